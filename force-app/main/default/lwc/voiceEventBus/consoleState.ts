/**
 * ConsoleState: what the console knows about every call, as plain JSON so it can travel in
 * an LMS snapshot. Built only by reduceConsoleState / mergeConsoleState.
 */
import type { ChannelStats, Sender } from './events';

/** ringing → connected → afterCallWork (from callended) → ended (wrapupended). Never goes back. */
export type CallPhase = 'ringing' | 'connected' | 'afterCallWork' | 'ended';

export const PHASE_RANK: Record<CallPhase, number> = {
    ringing: 1,
    connected: 2,
    afterCallWork: 3,
    ended: 4
};

/** A value with the time it was set; the newest write wins whatever order events arrive in. */
export interface Stamped<T> {
    value: T;
    at: number;
}

/** One hold/participant-affecting event, kept in time order; participants are folded from these. */
export interface LegEntry {
    at: number;
    kind: 'hold' | 'resume' | 'added' | 'removed' | 'conference' | 'swap';
    participant: string | null;
    /** The observing bus (VoiceEvent.origin), null when unknown: one observer never repeats. */
    origin: string | null;
}

export interface Participant {
    /** Stable key: CALLER_KEY for the initial caller, otherwise the participant string. */
    key: string;
    /** Phone number or Quick Connect name; null when the caller was never named. */
    name: string | null;
    role: 'caller' | 'thirdParty';
    onHold: boolean;
    holdStartedAt: number | null;
    joinedAt: number | null;
}

export const CALLER_KEY = '#caller';

export type QualityGrade = 'good' | 'poor';

/** One audiostats sample as received; the grade is folded from the most recent ones. */
export interface AudioSample {
    at: number;
    input: ChannelStats | null;
    output: ChannelStats | null;
}

/** Samples kept per call (5 minutes at the toolkit's 30 s cadence) for the grade's hysteresis. */
export const AUDIO_HISTORY = 10;

export interface AudioQuality {
    at: number;
    input: ChannelStats | null;
    output: ChannelStats | null;
    /** Worst direction's figures; null when no direction reported them. */
    roundTripTimeMillis: number | null;
    jitterMillis: number | null;
    packetLossPercent: number | null;
    /** Estimated MOS (1–4.5) from the simplified E-model. */
    mos: number | null;
    /** With hysteresis: turns poor past a warn threshold, good only once all are back in the clear. */
    grade: QualityGrade;
    /** Which figures are past their warn threshold: 'rtt' | 'jitter' | 'loss' | 'mos'. */
    breaches: string[];
}

export interface Utterance {
    id: string;
    callId: string;
    text: string;
    sender: Sender;
    /** Sort keys, in order: server time, client time, id (compareUtterances). Telephony's clock. */
    serverReceivedTimestamp: number | null;
    clientSentTimestamp: number | null;
    /** When the line arrived, on the agent's clock (the bus's); of several copies, the earliest. */
    receivedAt: number;
    /** Length of the text as sent, present only when it was cut to MAX_TEXT_LENGTH. */
    truncatedFrom?: number;
}

export interface ConversationRecord {
    id: string;
    callId: string;
    /** Best time for the record: server, else client, else arrival. Orders records. */
    at: number;
    /**
     * When it arrived, on the agent's own clock (the bus's); of several copies, the earliest.
     * Durations are measured from it, so a server clock minutes off cannot change them.
     */
    receivedAt: number;
    text: string | null;
    sender: Sender;
    voiceCallId: string | null;
}

export interface Flag {
    /** The flagraise event's id. */
    id: string;
    callId: string;
    voiceCallId: string | null;
    message: string | null;
    raisedBy: Sender;
    /** The raise's time (server, else client, else arrival): ordering and "Raised at". */
    raisedAt: number;
    /** When the raise arrived on the agent's clock: what the wait clock counts from. */
    raisedReceivedAt: number;
    /** `at` as raisedAt, `receivedAt` as raisedReceivedAt, for the lower. */
    lowered: { id: string; at: number; receivedAt: number; by: Sender } | null;
}

export interface CallState {
    callId: string;
    callType: string | null;
    caller: string | null;
    phase: CallPhase;
    /**
     * All times below are arrival times on the agent's clock (the bus's `receivedAt`, ms), the
     * earliest of several copies. Earliest sign of the call: callstarted, else callconnected,
     * else its first event of any kind.
     */
    startedAt: number;
    /** The first callconnected; null while it rings, and for a call never seen connecting. */
    connectedAt: number | null;
    /** The first callended (after-call work starts); null while the call lasts. */
    endedAt: number | null;
    /** The first wrapupended (Partner Telephony only); see afterCallWorkEndedAt for Native. */
    wrapUpEndedAt: number | null;
    /** The newest event of the call. */
    lastEventAt: number;
    /** False under Native Telephony, which never sends callstarted. */
    sawCallStarted: boolean;
    /**
     * When the call's first transcript line arrived (the bus's clock), null before any. Kept when
     * a reload drops the conversation text: it is part of the call's evidence (callEvidence).
     */
    spokenAt: number | null;
    muted: Stamped<boolean> | null;
    recordingPaused: Stamped<boolean> | null;
    legs: LegEntry[];
    /** Folded from legs: the caller first, then third parties by join time. */
    participants: Participant[];
    /** True after a conference (merge) until someone is held or swapped again. */
    conferenced: boolean;
    /** Folded from audioSamples: the newest sample's figures, graded with hysteresis. */
    audio: AudioQuality | null;
    /** The newest AUDIO_HISTORY audiostats samples in time order; `audio` is folded from them. */
    audioSamples: AudioSample[];
    /**
     * In display order; at most maxUtterancesPerCall, oldest dropped first. Read-only like the
     * rest of the state, and enforced: versions of a call share this array's storage (so adding
     * a line costs O(1)), so a write throws a TypeError. `slice()` gives a plain array.
     */
    transcript: Utterance[];
    droppedUtterances: number;
    flagRaises: ConversationRecord[];
    flagLowers: ConversationRecord[];
    /** Folded from flagRaises/flagLowers, oldest raise first. */
    flags: Flag[];
    /** Notes in time order, deduped by id. */
    notes: ConversationRecord[];
    /**
     * Set when a page reload restored this call from a save made without conversation text
     * (the default: no admin asked to keep it): the save's time on the bus's clock, so every
     * transcript line, note and flag message that arrived up to it is gone from this window.
     * Null when nothing was dropped. Never cleared while the call is known (a later reload that
     * drops text again moves it to that save's time); merge keeps the later time. Panels say
     * "not kept after a page refresh" only while nothing from before it is present, so a
     * snapshot from a window that kept the text (a pop-out) brings the text back and the notice
     * goes away.
     */
    conversationTextDroppedAt: number | null;
}

export interface ConsoleState {
    version: 1;
    calls: Record<string, CallState>;
    /** Ids of calls pruned for memory, so late events do not bring them back. */
    prunedCallIds: string[];
    /** Arrival time of the newest accepted event; null until the first one. */
    lastEventAt: number | null;
}

/** Bounds on what state keeps; a panel may lower them through its design attributes. */
export interface StateLimits {
    maxUtterancesPerCall: number;
    maxNotesPerCall: number;
    maxFlagsPerCall: number;
    maxLegEntriesPerCall: number;
    /** Calls in afterCallWork/ended kept; older ones are pruned. */
    maxEndedCalls: number;
    maxPrunedIds: number;
}

export const DEFAULT_LIMITS: StateLimits = {
    maxUtterancesPerCall: 10000,
    maxNotesPerCall: 500,
    maxFlagsPerCall: 100,
    maxLegEntriesPerCall: 500,
    maxEndedCalls: 20,
    maxPrunedIds: 200
};

/**
 * Fills a partial set of limits from DEFAULT_LIMITS. A value that is not a finite number >= 0
 * (e.g. an empty design attribute) falls back to the default; fractions are rounded down.
 */
export function resolveLimits(overrides: Partial<StateLimits> = {}): StateLimits {
    const limits = { ...DEFAULT_LIMITS };
    for (const key of Object.keys(limits) as Array<keyof StateLimits>) {
        const value = overrides[key];
        if (typeof value === 'number' && Number.isFinite(value) && value >= 0) {
            limits[key] = Math.floor(value);
        }
    }
    return limits;
}

export function createConsoleState(): ConsoleState {
    return { version: 1, calls: {}, prunedCallIds: [], lastEventAt: null };
}

export function isLive(call: CallState): boolean {
    return call.phase === 'ringing' || call.phase === 'connected';
}

/** The caller is on hold: the agent has stepped away from this call (e.g. to consult). */
function callerHeld(call: CallState): boolean {
    return call.participants.some((p) => p.key === CALLER_KEY && p.onHold);
}

/**
 * How sure the console is that a call is one the agent really has:
 * - `confirmed`: a sign of the call itself (callstarted, callconnected or a transcript) and at
 *   least one other kind of event (another of those, hold or participants, mute, recording,
 *   audio stats, flags, notes, its end);
 * - `announced`: a sign of the call itself and nothing else yet;
 * - `stray`: known only from state events (hold, mute, audio stats…), e.g. a malformed payload.
 * Any single event, however often it is delivered, makes at most an announced call, so one
 * stray event can never look like the call the agent is on. Folded from the state, so it is the
 * same in any arrival order and survives snapshots and reloads.
 */
export type CallEvidence = 'confirmed' | 'announced' | 'stray';

export function callEvidence(call: CallState): CallEvidence {
    const spoken = call.spokenAt !== null;
    const callSigns = [call.sawCallStarted, call.connectedAt !== null, spoken];
    if (!callSigns.some(Boolean)) {
        return 'stray';
    }
    const kinds = [
        ...callSigns,
        call.legs.length > 0,
        call.muted !== null,
        call.recordingPaused !== null,
        call.audioSamples.length > 0,
        call.flagRaises.length > 0 || call.flagLowers.length > 0,
        call.notes.length > 0,
        call.endedAt !== null
    ].filter(Boolean).length;
    return kinds >= 2 ? 'confirmed' : 'announced';
}

/**
 * When the call's after-call work ended: at `wrapupended`, else when the agent's next call
 * connected. Native Telephony never sends `wrapupended`, and an agent talking on a new call has
 * left the last one's wrap-up under any telephony system. Null while wrap-up goes on, and for a
 * call that has not ended. Folded from the state, so it does not depend on arrival order.
 */
export function afterCallWorkEndedAt(state: ConsoleState, call: CallState): number | null {
    if (call.wrapUpEndedAt !== null || call.endedAt === null) {
        return call.wrapUpEndedAt;
    }
    let nextConnect: number | null = null;
    for (const other of Object.values(state.calls)) {
        const connectedAt = other.connectedAt;
        if (
            other.callId !== call.callId &&
            connectedAt !== null &&
            connectedAt >= call.endedAt &&
            (nextConnect === null || connectedAt < nextConnect)
        ) {
            nextConnect = connectedAt;
        }
    }
    return nextConnect;
}

/**
 * The call's phase as the agent lives it: as in the state, except that after-call work counts
 * as ended once the next call has connected (see afterCallWorkEndedAt).
 */
export function callPhase(state: ConsoleState, call: CallState): CallPhase {
    return call.phase === 'afterCallWork' && afterCallWorkEndedAt(state, call) !== null
        ? 'ended'
        : call.phase;
}

/** The rank of calls whose wrap-up has ended: listed, never followed by default. */
const ENDED_RANK = 5;

/**
 * Which calls a panel follows first (lower is first): the call the agent is on is live and
 * confirmed; a call only announced so far (the next call ringing after the last one ended)
 * comes next; then calls in after-call work (until wrap-up ends or the next call connects); a stray call only when nothing better is known;
 * ended calls (wrap-up done) are never followed by default.
 */
function followRank(state: ConsoleState, call: CallState): number {
    const evidence = callEvidence(call);
    if (isLive(call)) {
        return evidence === 'confirmed' ? 0 : evidence === 'announced' ? 1 : 3;
    }
    if (callPhase(state, call) === 'afterCallWork') {
        return evidence === 'stray' ? 4 : 2;
    }
    return ENDED_RANK;
}

/**
 * Calls in the order a panel should offer them (see followRank): live calls the agent has,
 * among them the one the agent is on (caller not held), then the newest; then calls in
 * after-call work and stray calls; ended calls last, the latest first. Deliberately not by
 * latest event: transcript lines and 30-second audio stats would make the order hop, and a
 * stray event would move its call to the top.
 */
export function sortedCalls(state: ConsoleState): CallState[] {
    const ranked = Object.values(state.calls).map((call) => ({
        call,
        rank: followRank(state, call)
    }));
    ranked.sort((a, b) => a.rank - b.rank || compareWithinRank(a.call, b.call));
    return ranked.map((entry) => entry.call);
}

function compareWithinRank(a: CallState, b: CallState): number {
    if (isLive(a)) {
        return (
            Number(callerHeld(a)) - Number(callerHeld(b)) ||
            b.startedAt - a.startedAt ||
            (a.callId < b.callId ? -1 : 1)
        );
    }
    return (
        (b.endedAt ?? b.lastEventAt) - (a.endedAt ?? a.lastEventAt) ||
        (a.callId < b.callId ? -1 : 1)
    );
}

/**
 * The call every panel follows when the user has not picked one, and the one the toolkit's
 * actions reach: the first of sortedCalls unless it has ended (after wrap-up no call is
 * followed until the next one starts). Null when there is none.
 */
export function selectActiveCallId(state: ConsoleState): string | null {
    const first = sortedCalls(state)[0];
    return first && followRank(state, first) < ENDED_RANK ? first.callId : null;
}

/** The initial caller's participant entry, if the call has one. */
export function callerOf(call: CallState): Participant | null {
    return call.participants.find((participant) => participant.key === CALLER_KEY) ?? null;
}

/** Raised flags that are not lowered, across all calls, longest waiting first. */
export function openFlags(state: ConsoleState): Flag[] {
    return Object.values(state.calls)
        .flatMap((call) => call.flags.filter((flag) => flag.lowered === null))
        .sort((a, b) => a.raisedAt - b.raisedAt || (a.id < b.id ? -1 : 1));
}
