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
    /** Sort keys, in order: server time, client time, id (see ordering.ts). */
    serverReceivedTimestamp: number | null;
    clientSentTimestamp: number | null;
    receivedAt: number;
}

export interface ConversationRecord {
    id: string;
    callId: string;
    /** Best time for the record: server, else client, else arrival. */
    at: number;
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
    raisedAt: number;
    lowered: { id: string; at: number; by: Sender } | null;
}

export interface CallState {
    callId: string;
    callType: string | null;
    caller: string | null;
    phase: CallPhase;
    /** Earliest sign of the call: callstarted, else callconnected, else first event. */
    startedAt: number;
    connectedAt: number | null;
    endedAt: number | null;
    wrapUpEndedAt: number | null;
    lastEventAt: number;
    /** False under Native Telephony, which never sends callstarted. */
    sawCallStarted: boolean;
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
    /** In display order; at most maxUtterancesPerCall, oldest dropped first. */
    transcript: Utterance[];
    droppedUtterances: number;
    flagRaises: ConversationRecord[];
    flagLowers: ConversationRecord[];
    /** Folded from flagRaises/flagLowers, oldest raise first. */
    flags: Flag[];
    /** Notes in time order, deduped by id. */
    notes: ConversationRecord[];
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
 * Calls in the order a panel should offer them: live calls first; among them the one the agent
 * is on (caller not held), then the newest; finished calls by when they ended. Deliberately not
 * by latest event: transcript lines and 30-second audio stats would make the order hop.
 */
export function sortedCalls(state: ConsoleState): CallState[] {
    return Object.values(state.calls).sort((a, b) => {
        const live = Number(isLive(b)) - Number(isLive(a));
        if (live !== 0) {
            return live;
        }
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
    });
}

/** The call a panel should follow when the user has not picked one; null when none. */
export function selectActiveCallId(state: ConsoleState): string | null {
    return sortedCalls(state)[0]?.callId ?? null;
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
