/**
 * Figures about a call that every component on the bus needs: which call is followed, how long
 * it has lasted, its holds, its after-call work, who said how much, its flags. Pure functions
 * of the state and `now` (the agent's own clock, `Date.now()`), so any component shows the same
 * figures as the kit's panels, which use them too.
 *
 * Clocks: every time a figure starts or ends at is the bus's arrival time of an event
 * (`receivedAt`, the agent's clock), never a telephony server's timestamp, so a server clock
 * minutes off changes no duration.
 */
import {
    CALLER_KEY,
    afterCallWorkEndedAt,
    selectActiveCallId,
    type CallState,
    type ConsoleState,
    type Flag,
    type Participant
} from './consoleState';
import type { SpeakerKind } from './events';
import { walkLegs } from './participants';

/**
 * The call a component follows: the one the user picked while the state still knows it,
 * otherwise the active call (selectActiveCallId: the confirmed live call the agent is on,
 * never a stray call while a real one is known, none once wrap-up has ended). It does not
 * rank calls by latest event. Null when there is none.
 */
export function followedCallId(
    state: ConsoleState,
    pickedCallId: string | null = null
): string | null {
    if (pickedCallId && Object.prototype.hasOwnProperty.call(state.calls, pickedCallId)) {
        return pickedCallId;
    }
    return selectActiveCallId(state);
}

/** The followed call itself (see followedCallId), or null. */
export function selectFollowedCall(
    state: ConsoleState,
    pickedCallId: string | null = null
): CallState | null {
    const callId = followedCallId(state, pickedCallId);
    return callId === null ? null : state.calls[callId];
}

/** Milliseconds from `from` to `to`, never negative; 0 when `from` is unknown. */
function span(from: number | null, to: number): number {
    return from === null || !Number.isFinite(from) || !Number.isFinite(to)
        ? 0
        : Math.max(0, to - from);
}

/**
 * The call's duration in ms, as the Call Status panel shows it: from connect (or, if it never
 * connected, from its first sign) to its end, or to `now` while it lasts. Ringing time is not
 * part of it once the call connected.
 */
export function callDurationMs(call: CallState, now: number): number {
    return span(call.connectedAt ?? call.startedAt, call.endedAt ?? now);
}

/** How long the call has rung (ms), while it rings; 0 once it connected or ended. */
export function ringingMs(call: CallState, now: number): number {
    return call.phase === 'ringing' ? span(call.startedAt, now) : 0;
}

/**
 * After-call work in ms: from the call's end to the end of wrap-up, or to `now` while it goes
 * on. With the state, wrap-up also ends when the agent's next call connects
 * (afterCallWorkEndedAt); without it, only at `wrapupended`. Null for a call that has not ended.
 */
export function afterCallWorkMs(call: CallState, now: number, state?: ConsoleState): number | null {
    if (call.endedAt === null) {
        return null;
    }
    const wrapUpEndedAt = state ? afterCallWorkEndedAt(state, call) : call.wrapUpEndedAt;
    return span(call.endedAt, wrapUpEndedAt ?? now);
}

/** One party's holds, or the whole call's. */
export interface HoldFigures {
    /** Hold periods begun (a swap that puts a party on hold begins one). */
    count: number;
    /** Time on hold in ms, the current hold included up to `now`. */
    totalMs: number;
    /** When the current hold began; null when not on hold now. */
    heldSince: number | null;
}

export interface PartyHolds extends HoldFigures {
    /** Participant.key: CALLER_KEY for the initial caller. */
    key: string;
    name: string | null;
    role: Participant['role'];
    /** False once the party has left the call (its holds still count). */
    present: boolean;
}

export interface HoldSummary extends HoldFigures {
    /** `count` and `totalMs` summed over every party; `heldSince` is the caller's. */
    byParticipant: PartyHolds[];
}

/**
 * Hold count and time on hold, for the call and per party, folded from the call's legs by the
 * same rules that decide who shows as on hold (a copy of a hold seen by a second window is not
 * a second hold; a swap or conference ends holds; a party who leaves ends theirs). A hold still
 * open when the call ended stops at the end. Counts what the state keeps: a call with more
 * than `maxLegEntriesPerCall` (500) hold and participant events has lost its earliest ones.
 */
export function holdSummary(call: CallState, now: number): HoldSummary {
    const until = call.endedAt ?? now;
    const parties = new Map<string, { count: number; closedMs: number; since: number | null }>();
    const party = (key: string) => {
        let entry = parties.get(key);
        if (!entry) {
            entry = { count: 0, closedMs: 0, since: null };
            parties.set(key, entry);
        }
        return entry;
    };
    const { participants } = walkLegs(call.legs, call.caller, call.startedAt, {
        holdStarted(key, at) {
            const entry = party(key);
            entry.count += 1;
            entry.since = at;
        },
        holdEnded(key, at) {
            const entry = party(key);
            entry.closedMs += span(entry.since, Math.min(at, until));
            entry.since = null;
        }
    });
    const present = new Map(participants.map((participant) => [participant.key, participant]));
    const byParticipant: PartyHolds[] = participants.map((participant) => ({
        key: participant.key,
        name: participant.name,
        role: participant.role,
        present: true,
        count: 0,
        totalMs: 0,
        heldSince: null
    }));
    for (const [key, entry] of parties) {
        let row = byParticipant.find((candidate) => candidate.key === key);
        if (!row) {
            row = {
                key,
                name: key,
                role: 'thirdParty',
                present: false,
                count: 0,
                totalMs: 0,
                heldSince: null
            };
            byParticipant.push(row);
        }
        const stillHeld = entry.since !== null && present.has(key) && call.endedAt === null;
        row.count = entry.count;
        row.totalMs = entry.closedMs + (entry.since === null ? 0 : span(entry.since, until));
        row.heldSince = stillHeld ? entry.since : null;
    }
    return {
        count: byParticipant.reduce((sum, row) => sum + row.count, 0),
        totalMs: byParticipant.reduce((sum, row) => sum + row.totalMs, 0),
        heldSince: byParticipant.find((row) => row.key === CALLER_KEY)?.heldSince ?? null,
        byParticipant
    };
}

/** Transcript lines per speaker. */
export interface SpeakerCounts extends Record<SpeakerKind, number> {
    /**
     * Lines the state no longer holds, dropped oldest first past `maxUtterancesPerCall`:
     * counted, but whose speaker is unknown.
     */
    notKept: number;
    /** Every line the call has had: the kept ones and `notKept`. */
    total: number;
    /**
     * True when a page reload restored the call without its conversation text: lines from
     * before that reload are in neither count (see CallState.conversationTextDroppedAt).
     */
    textDroppedOnReload: boolean;
}

const SPEAKER_KINDS: readonly SpeakerKind[] = ['agent', 'customer', 'supervisor', 'other'];

/** Lines per speaker (`sender.kind`), and how many were not kept. */
export function speakerCounts(call: CallState): SpeakerCounts {
    const counts: SpeakerCounts = {
        agent: 0,
        customer: 0,
        supervisor: 0,
        other: 0,
        notKept: call.droppedUtterances,
        total: call.droppedUtterances,
        textDroppedOnReload: call.conversationTextDroppedAt !== null
    };
    for (const utterance of call.transcript) {
        const kind = utterance.sender.kind;
        counts[SPEAKER_KINDS.includes(kind) ? kind : 'other'] += 1;
        counts.total += 1;
    }
    return counts;
}

/** The call's flags, split: raised and not lowered (oldest first), and lowered. */
export function callFlags(call: CallState): { open: Flag[]; lowered: Flag[] } {
    return {
        open: call.flags.filter((flag) => flag.lowered === null),
        lowered: call.flags.filter((flag) => flag.lowered !== null)
    };
}
