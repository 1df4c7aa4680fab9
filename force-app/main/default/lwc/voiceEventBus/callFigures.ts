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

/**
 * Whether the toolkit's actions (which take no call id) reach this call: they act on the call
 * the telephony system has the agent on, which is the active call (selectActiveCallId). A call
 * the user picked to look at, another than that one, must not offer Hold or Mute: they would
 * act on the other call.
 */
export function isActionTarget(state: ConsoleState, callId: string | null): boolean {
    return callId !== null && selectActiveCallId(state) === callId;
}

/** Milliseconds from `from` to `to`, never negative; 0 when `from` is unknown. */
function span(from: number | null, to: number): number {
    return from === null || !Number.isFinite(from) || !Number.isFinite(to)
        ? 0
        : Math.max(0, to - from);
}

/**
 * The call's duration in ms, as the Call Status panel shows it: from connect to its end, or to
 * `now` while it lasts. Ringing is not part of it: a call that rang and ended without
 * connecting (a missed or cancelled call) lasted 0. A call first seen mid-call (no
 * callstarted, no callconnected yet: a page opened during it) counts from its first sign.
 */
export function callDurationMs(call: CallState, now: number): number {
    if (call.connectedAt === null && call.sawCallStarted) {
        return 0;
    }
    return span(call.connectedAt ?? call.startedAt, call.endedAt ?? now);
}

/** How long the call has rung (ms), while it rings; 0 once it connected or ended. */
export function ringingMs(call: CallState, now: number): number {
    return call.phase === 'ringing' ? span(call.startedAt, now) : 0;
}

/**
 * After-call work in ms: from the call's end to the end of wrap-up (afterCallWorkEndedAt:
 * `wrapupended`, else the agent's next call connecting, as under Native Telephony, which never
 * sends wrapupended), or to `now` while it goes on. Null for a call that has not ended.
 */
export function afterCallWorkMs(state: ConsoleState, call: CallState, now: number): number | null {
    if (call.endedAt === null) {
        return null;
    }
    return span(call.endedAt, afterCallWorkEndedAt(state, call) ?? now);
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
    /** Every party's holds, the caller first (its row is the summary's own figures). */
    byParticipant: PartyHolds[];
}

/**
 * Holds on the call: the summary's `count`, `totalMs` and `heldSince` are the caller's (the
 * customer's time on hold, what a wrap-up reports); `byParticipant` has every party's, a
 * consulted third party included (their times overlap the caller's, so they are not added
 * up). Folded from the call's legs by the same walk that decides who shows as on hold: a copy
 * of a hold seen by a second window is not a second hold; swap, conference and a party
 * leaving end holds. The call's end stops every hold, and a hold that begins after it is not
 * counted. Counts what the state keeps: a call with more than `maxLegEntriesPerCall` (500)
 * hold and participant events has lost its earliest ones.
 */
export function holdSummary(call: CallState, now: number): HoldSummary {
    const endedAt = call.endedAt;
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
            if (endedAt !== null && at >= endedAt) {
                return;
            }
            const entry = party(key);
            entry.count += 1;
            entry.since = at;
        },
        holdEnded(key, at) {
            const entry = party(key);
            if (entry.since !== null) {
                entry.closedMs += span(entry.since, endedAt === null ? at : Math.min(at, endedAt));
            }
            entry.since = null;
        }
    });
    const present = new Set(participants.map((participant) => participant.key));
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
        const open = entry.since === null ? 0 : span(entry.since, endedAt ?? now);
        row.count = entry.count;
        row.totalMs = entry.closedMs + open;
        row.heldSince =
            entry.since !== null && present.has(key) && endedAt === null ? entry.since : null;
    }
    const caller = byParticipant.find((row) => row.key === CALLER_KEY);
    return {
        count: caller?.count ?? 0,
        totalMs: caller?.totalMs ?? 0,
        heldSince: caller?.heldSince ?? null,
        byParticipant
    };
}

/** Transcript lines per speaker. */
export interface SpeakerCounts extends Record<SpeakerKind, number> {
    /**
     * Lines the state no longer holds, dropped oldest first past `maxUtterancesPerCall` (the
     * subscriber's limit: a component that lowers it counts fewer kept lines than the kit's
     * panels): counted, but whose speaker is unknown.
     */
    notKept: number;
    /**
     * The kept lines and `notKept`. Not counted anywhere: a line older than every kept one
     * that arrives once the limit is reached, and lines lost to a reload (below).
     */
    total: number;
    /**
     * True while a page reload has left out the call's earlier lines and none came back
     * (linesDroppedOnReload): those lines are in no count.
     */
    textDroppedOnReload: boolean;
}

/**
 * A page reload restored the call without its earlier transcript lines (they were said:
 * spokenAt) and none of them came back since (a pop-out's snapshot would bring them back).
 * See CallState.conversationTextDroppedAt.
 */
export function linesDroppedOnReload(call: CallState): boolean {
    const droppedAt = call.conversationTextDroppedAt;
    return (
        droppedAt !== null &&
        call.spokenAt !== null &&
        call.spokenAt <= droppedAt &&
        !call.transcript.some((line) => line.receivedAt <= droppedAt)
    );
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
        textDroppedOnReload: linesDroppedOnReload(call)
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
