/**
 * reduceConsoleState: pure, idempotent and order-tolerant. Delivery is at-least-once (several
 * toolkit elements, pop-out windows, LMS), so every field is a join: phases only move forward,
 * first-seen times take the minimum, toggles keep the newest write, lists are keyed by id and
 * hold/participant changes are folded from a sorted log. Returns the same object when an event
 * changes nothing.
 */
import { foldAudio } from './audioQuality';
import {
    AUDIO_HISTORY,
    DEFAULT_LIMITS,
    type AudioSample,
    type CallPhase,
    type CallState,
    type ConsoleState,
    type ConversationRecord,
    type LegEntry,
    type StateLimits
} from './consoleState';
import type { VoiceEvent, VoiceEventOf } from './events';
import { foldFlags } from './flags';
import { compareLegs, compareRecords, compareSamples, insertSorted, legKey } from './ordering';
import { laterPhase, minTime, newerStamp } from './joins';
import { isUsableCallId } from './normalize';
import { foldParticipants } from './participants';
import { withUtterance } from './utterances';

/** A call first seen through `callstarted` rings; any other first event means it is connected. */
export function createCall(callId: string, at: number, phase: CallPhase = 'connected'): CallState {
    return {
        callId,
        callType: null,
        caller: null,
        phase,
        startedAt: at,
        connectedAt: null,
        endedAt: null,
        wrapUpEndedAt: null,
        lastEventAt: at,
        sawCallStarted: false,
        spokenAt: null,
        muted: null,
        recordingPaused: null,
        legs: [],
        participants: [],
        conferenced: false,
        audio: null,
        audioSamples: [],
        transcript: [],
        droppedUtterances: 0,
        flagRaises: [],
        flagLowers: [],
        flags: [],
        notes: [],
        conversationTextDroppedAt: null
    };
}

function withParticipants(call: CallState): CallState {
    const folded = foldParticipants(call.legs, call.caller, call.startedAt);
    return { ...call, participants: folded.participants, conferenced: folded.conferenced };
}

/** The leg entry an event adds, with the bus that observed it. */
function legOf(event: VoiceEvent, kind: LegEntry['kind'], participant: string | null): LegEntry {
    return { at: event.receivedAt, kind, participant, origin: event.origin ?? null };
}

function addLeg(call: CallState, leg: LegEntry, limits: StateLimits): CallState {
    const key = legKey(leg);
    if (call.legs.some((existing) => legKey(existing) === key)) {
        return call;
    }
    const max = limits.maxLegEntriesPerCall;
    if (max <= 0 || (call.legs.length >= max && !(compareLegs(call.legs[0], leg) < 0))) {
        // Not newer than everything kept: it would be the first dropped.
        return call;
    }
    let legs = insertSorted(call.legs, leg, compareLegs);
    if (legs.length > limits.maxLegEntriesPerCall) {
        legs = legs.slice(legs.length - limits.maxLegEntriesPerCall);
    }
    return withParticipants({ ...call, legs });
}

function conversationRecord(
    event: VoiceEventOf<'flagraise' | 'flaglower' | 'note'>
): ConversationRecord {
    return {
        id: event.id,
        callId: event.callId,
        at: event.serverReceivedTimestamp ?? event.clientSentTimestamp ?? event.receivedAt,
        receivedAt: event.receivedAt,
        text: event.text,
        sender: event.sender,
        voiceCallId: event.voiceCallId
    };
}

function addRecord(
    records: ConversationRecord[],
    record: ConversationRecord,
    limit: number
): ConversationRecord[] {
    const index = records.findIndex((existing) => existing.id === record.id);
    if (index >= 0) {
        // A copy: keep the first, but measure from the earliest arrival (a relayed copy is late).
        if (!(record.receivedAt < records[index].receivedAt)) {
            return records;
        }
        const earlier = [...records];
        earlier[index] = { ...records[index], receivedAt: record.receivedAt };
        return earlier;
    }
    if (limit <= 0 || (records.length >= limit && !(compareRecords(records[0], record) < 0))) {
        // Not newer than everything kept: it would be the first dropped.
        return records;
    }
    const next = insertSorted(records, record, compareRecords);
    return next.length > limit ? next.slice(next.length - limit) : next;
}

/** Keeps the newest AUDIO_HISTORY samples in time order and re-grades from them. */
function addAudioSample(call: CallState, sample: AudioSample): CallState {
    const samples = call.audioSamples;
    if (samples.some((existing) => existing.at === sample.at)) {
        return call;
    }
    if (samples.length >= AUDIO_HISTORY && sample.at < samples[0].at) {
        return call;
    }
    const audioSamples = insertSorted(samples, sample, compareSamples).slice(-AUDIO_HISTORY);
    return { ...call, audioSamples, audio: foldAudio(audioSamples) };
}

/** Applies one event to its call; returns the same call when nothing changed. */
function applyToCall(call: CallState, event: VoiceEvent, limits: StateLimits): CallState {
    const at = event.receivedAt;
    switch (event.type) {
        case 'callstarted':
        case 'callconnected': {
            const connected = event.type === 'callconnected';
            const next: CallState = {
                ...call,
                callType: call.callType ?? event.callType,
                caller: call.caller ?? event.participant,
                phase: laterPhase(call.phase, connected ? 'connected' : 'ringing'),
                startedAt: Math.min(call.startedAt, at),
                connectedAt: connected ? minTime(call.connectedAt, at) : call.connectedAt,
                sawCallStarted: call.sawCallStarted || !connected
            };
            // The caller's entry carries the name and joins at startedAt: refold if either moved.
            return next.caller !== call.caller || next.startedAt !== call.startedAt
                ? withParticipants(next)
                : next;
        }
        case 'callended':
            return {
                ...call,
                phase: laterPhase(call.phase, 'afterCallWork'),
                endedAt: minTime(call.endedAt, at)
            };
        case 'wrapupended':
            return {
                ...call,
                phase: 'ended',
                endedAt: minTime(call.endedAt, at),
                wrapUpEndedAt: minTime(call.wrapUpEndedAt, at)
            };
        case 'mute':
        case 'unmute': {
            const muted = newerStamp(call.muted, { value: event.type === 'mute', at });
            return muted === call.muted ? call : { ...call, muted };
        }
        case 'pauserecording':
        case 'resumerecording': {
            const value = event.type === 'pauserecording';
            const recordingPaused = newerStamp(call.recordingPaused, { value, at });
            return recordingPaused === call.recordingPaused ? call : { ...call, recordingPaused };
        }
        case 'hold':
        case 'resume':
            return addLeg(call, legOf(event, event.type, event.participant), limits);
        case 'participantadded':
        case 'participantremoved': {
            const kind = event.type === 'participantadded' ? 'added' : 'removed';
            return addLeg(call, legOf(event, kind, event.participant), limits);
        }
        case 'conference':
        case 'swap':
            return addLeg(call, legOf(event, event.type, null), limits);
        case 'audiostats':
            return addAudioSample(call, { at, input: event.input, output: event.output });
        case 'transcript':
            return withUtterance(call, event, limits);
        case 'note': {
            const notes = addRecord(call.notes, conversationRecord(event), limits.maxNotesPerCall);
            return notes === call.notes ? call : { ...call, notes };
        }
        case 'flagraise':
        case 'flaglower': {
            const record = conversationRecord(event);
            const raise = event.type === 'flagraise';
            const list = raise ? call.flagRaises : call.flagLowers;
            const next = addRecord(list, record, limits.maxFlagsPerCall);
            if (next === list) {
                return call;
            }
            const flagRaises = raise ? next : call.flagRaises;
            const flagLowers = raise ? call.flagLowers : next;
            return { ...call, flagRaises, flagLowers, flags: foldFlags(flagRaises, flagLowers) };
        }
        default:
            return call;
    }
}

/**
 * `next`, or `call` itself when every field is the same: a repeated lifecycle event (callstarted,
 * callended …) rebuilds the call with equal values, and must still come back as "no change".
 */
function unlessSame(call: CallState, next: CallState): CallState {
    if (next === call) {
        return call;
    }
    for (const key of Object.keys(next) as Array<keyof CallState>) {
        if (next[key] !== call[key]) {
            return next;
        }
    }
    return call;
}

/** Drops the oldest finished calls beyond the limit, remembering their ids. */
export function pruneEndedCalls(state: ConsoleState, limits: StateLimits): ConsoleState {
    const finished = Object.values(state.calls).filter(
        (call) => call.phase === 'afterCallWork' || call.phase === 'ended'
    );
    if (finished.length <= limits.maxEndedCalls) {
        return state;
    }
    finished.sort(
        (a, b) =>
            (a.endedAt ?? a.lastEventAt) - (b.endedAt ?? b.lastEventAt) ||
            (a.callId < b.callId ? -1 : 1)
    );
    const doomed = finished.slice(0, finished.length - limits.maxEndedCalls);
    const calls = { ...state.calls };
    for (const call of doomed) {
        delete calls[call.callId];
    }
    const remembered = [...state.prunedCallIds, ...doomed.map((call) => call.callId)];
    // Not slice(-max): slice(-0) would keep them all.
    const prunedCallIds = remembered.slice(Math.max(0, remembered.length - limits.maxPrunedIds));
    return { ...state, calls, prunedCallIds };
}

/** `state` with `call` in it, the newest event time, and finished calls past the limit pruned. */
function withCall(
    state: ConsoleState,
    call: CallState,
    lastEventAt: number,
    limits: StateLimits
): ConsoleState {
    // Assigned, not spread with a computed key: this runs for every utterance.
    const calls = { ...state.calls };
    calls[call.callId] = call;
    const next: ConsoleState = {
        version: state.version,
        calls,
        prunedCallIds: state.prunedCallIds,
        lastEventAt
    };
    return call.phase === 'afterCallWork' || call.phase === 'ended'
        ? pruneEndedCalls(next, limits)
        : next;
}

/**
 * Applies one validated event. Pure: never mutates `state`. Idempotent: applying the same event
 * again returns an equal state. Events for a pruned call are ignored.
 */
export function reduceConsoleState(
    state: ConsoleState,
    event: VoiceEvent,
    limits: StateLimits = DEFAULT_LIMITS
): ConsoleState {
    // The edge refuses reserved ids; an event built by hand must not get past it here either.
    if (!isUsableCallId(event.callId) || state.prunedCallIds.includes(event.callId)) {
        return state;
    }
    const existing = state.calls[event.callId];
    const lastEventAt = Math.max(state.lastEventAt ?? 0, event.receivedAt);
    if (existing && event.type === 'transcript') {
        // The event of a long call, on a path of its own (see withUtterance).
        const call = withUtterance(existing, event, limits);
        return call === existing && lastEventAt === state.lastEventAt
            ? state
            : withCall(state, call, lastEventAt, limits);
    }
    const base =
        existing ??
        withParticipants(
            createCall(
                event.callId,
                event.receivedAt,
                event.type === 'callstarted' ? 'ringing' : 'connected'
            )
        );
    const seen: CallState =
        existing && existing.lastEventAt >= event.receivedAt
            ? base
            : { ...base, lastEventAt: event.receivedAt };
    const call = unlessSame(seen, applyToCall(seen, event, limits));
    if (call === existing && lastEventAt === state.lastEventAt) {
        return state;
    }
    return withCall(state, call, lastEventAt, limits);
}
