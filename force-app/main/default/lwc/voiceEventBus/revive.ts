/**
 * Revives events and states that arrive over LMS. A message on VoiceConsoleEvent__c may come
 * from another window, another release of the kit or any code in the org, so nothing in it is
 * trusted: events go back through normalize, and a snapshot's calls are rebuilt from their
 * primary data (derived fields such as participants and flags are folded again, never copied).
 */
import { foldAudio } from './audioQuality';
import {
    AUDIO_HISTORY,
    PHASE_RANK,
    type AudioQuality,
    type AudioSample,
    type CallPhase,
    type CallState,
    type ConsoleState,
    type ConversationRecord,
    type LegEntry,
    type Stamped,
    type Utterance
} from './consoleState';
import type { ChannelStats, Sender, VoiceEvent } from './events';
import { foldFlags } from './flags';
import { isUsableCallId, normalizeToolkitEvent, speakerKind } from './normalize';
import {
    compareLegs,
    compareRecords,
    compareSamples,
    compareUtterances,
    legKey,
    mergeSortedUnique
} from './ordering';
import { foldParticipants } from './participants';

type Fields = Record<string, unknown>;

/** Most calls a snapshot may carry; more is not a console, it is a flood. */
const MAX_SNAPSHOT_CALLS = 500;
const LEG_KINDS: ReadonlySet<string> = new Set([
    'hold',
    'resume',
    'added',
    'removed',
    'conference',
    'swap'
]);

/**
 * Reads a property; a throwing getter or Proxy trap reads as missing. `-0` (which
 * JSON.parse makes of "-0") reads as `0`, so a revived state equals its own JSON copy.
 */
function read(source: unknown, key: string): unknown {
    if (source === null || typeof source !== 'object') {
        return undefined;
    }
    try {
        const value = (source as Fields)[key];
        return value === 0 ? 0 : value;
    } catch (_ignored) {
        return undefined;
    }
}

function isTime(value: unknown): value is number {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function timeOrNull(value: unknown): number | null | undefined {
    if (value === null) {
        return null;
    }
    return isTime(value) ? value : undefined;
}

function textOrNull(value: unknown): string | null | undefined {
    if (value === null) {
        return null;
    }
    return typeof value === 'string' ? value : undefined;
}

function nonEmpty(value: unknown): value is string {
    return typeof value === 'string' && value.length > 0;
}

/**
 * A VoiceEvent from an event message, or null. Re-normalizing (instead of checking the shape)
 * reuses every rule of the edge: bounds, types, the sender kind.
 */
export function reviveVoiceEvent(raw: unknown): VoiceEvent | null {
    const type = read(raw, 'type');
    const receivedAt = read(raw, 'receivedAt');
    if (typeof type !== 'string' || !isTime(receivedAt)) {
        return null;
    }
    const detail =
        type === 'audiostats'
            ? {
                  callId: read(raw, 'callId'),
                  stats: {
                      inputChannelStats: read(raw, 'input'),
                      outputChannelStats: read(raw, 'output')
                  }
              }
            : raw;
    const result = normalizeToolkitEvent(type, detail, receivedAt);
    if (!result.ok || result.event.type !== type) {
        return null;
    }
    // The text came already cut: what the sender's window measured is carried over.
    const event = result.event;
    if (event.type !== 'transcript') {
        return event;
    }
    const truncatedFrom = cutLength(read(raw, 'truncatedFrom'), event.text);
    return truncatedFrom === undefined ? event : { ...event, truncatedFrom };
}

/** A sent length longer than the kept `text` (a cut utterance's truncatedFrom), else undefined. */
function cutLength(value: unknown, text: string | null): number | undefined {
    return text !== null && Number.isSafeInteger(value) && (value as number) > text.length
        ? (value as number)
        : undefined;
}

function reviveSender(raw: unknown): Sender | null {
    const role = read(raw, 'role');
    const displayName = textOrNull(read(raw, 'displayName'));
    if (typeof role !== 'string' || displayName === undefined) {
        return null;
    }
    return { role, kind: speakerKind(role), displayName };
}

function reviveStamp(raw: unknown): Stamped<boolean> | null | undefined {
    if (raw === null) {
        return null;
    }
    const value = read(raw, 'value');
    const at = read(raw, 'at');
    return typeof value === 'boolean' && isTime(at) ? { value, at } : undefined;
}

function reviveLeg(raw: unknown): LegEntry | null {
    const at = read(raw, 'at');
    const kind = read(raw, 'kind');
    const participant = textOrNull(read(raw, 'participant'));
    const origin = read(raw, 'origin');
    if (!isTime(at) || typeof kind !== 'string' || !LEG_KINDS.has(kind)) {
        return null;
    }
    return participant === undefined
        ? null
        : {
              at,
              kind: kind as LegEntry['kind'],
              participant,
              origin: typeof origin === 'string' && origin.length <= 64 ? origin : null
          };
}

function reviveUtterance(raw: unknown, callId: string): Utterance | null {
    const id = read(raw, 'id');
    const text = read(raw, 'text');
    const sender = reviveSender(read(raw, 'sender'));
    const serverReceivedTimestamp = timeOrNull(read(raw, 'serverReceivedTimestamp'));
    const clientSentTimestamp = timeOrNull(read(raw, 'clientSentTimestamp'));
    const receivedAt = read(raw, 'receivedAt');
    if (
        !nonEmpty(id) ||
        typeof text !== 'string' ||
        !sender ||
        serverReceivedTimestamp === undefined ||
        clientSentTimestamp === undefined ||
        !isTime(receivedAt)
    ) {
        return null;
    }
    const truncatedFrom = cutLength(read(raw, 'truncatedFrom'), text);
    return {
        id,
        callId,
        text,
        sender,
        serverReceivedTimestamp,
        clientSentTimestamp,
        receivedAt,
        ...(truncatedFrom === undefined ? {} : { truncatedFrom })
    };
}

function reviveRecord(raw: unknown, callId: string): ConversationRecord | null {
    const id = read(raw, 'id');
    const at = read(raw, 'at');
    const text = textOrNull(read(raw, 'text'));
    const sender = reviveSender(read(raw, 'sender'));
    const voiceCallId = textOrNull(read(raw, 'voiceCallId'));
    const receivedAt = read(raw, 'receivedAt');
    if (
        !nonEmpty(id) ||
        !isTime(at) ||
        text === undefined ||
        !sender ||
        voiceCallId === undefined
    ) {
        return null;
    }
    // A record saved before receivedAt existed: its own time is the best there is.
    return {
        id,
        callId,
        at,
        receivedAt: isTime(receivedAt) ? receivedAt : at,
        text,
        sender,
        voiceCallId
    };
}

function reviveChannel(raw: unknown): ChannelStats | null | undefined {
    if (raw === null) {
        return null;
    }
    const channel = {
        packetsLost: timeOrNull(read(raw, 'packetsLost')),
        packetsCount: timeOrNull(read(raw, 'packetsCount')),
        jitterBufferMillis: timeOrNull(read(raw, 'jitterBufferMillis')),
        roundTripTimeMillis: timeOrNull(read(raw, 'roundTripTimeMillis'))
    };
    return Object.values(channel).includes(undefined) ? undefined : (channel as ChannelStats);
}

function reviveSample(raw: unknown): AudioSample | null {
    const at = read(raw, 'at');
    const input = reviveChannel(read(raw, 'input'));
    const output = reviveChannel(read(raw, 'output'));
    if (!isTime(at) || input === undefined || output === undefined || (!input && !output)) {
        return null;
    }
    return { at, input, output };
}

/** Rebuilds a list: valid items only, sorted, one per key, at most `limit` (the newest). */
function reviveList<T>(
    raw: unknown,
    revive: (item: unknown) => T | null,
    compare: (a: T, b: T) => number,
    keyOf: (item: T) => string,
    limit: number
): T[] | null {
    if (!Array.isArray(raw)) {
        return null;
    }
    const items: T[] = [];
    for (const item of raw.slice(-limit * 2)) {
        const revived = revive(item);
        if (revived) {
            items.push(revived);
        }
    }
    items.sort(compare);
    return mergeSortedUnique<T>([], items, compare, keyOf).slice(-limit);
}

/** An audio grade from an older release that sent no samples: kept only if well formed. */
function reviveQuality(raw: unknown): AudioQuality | null {
    const sample = reviveSample(raw);
    const grade = read(raw, 'grade');
    const breaches = read(raw, 'breaches');
    if (!sample || (grade !== 'good' && grade !== 'poor') || !Array.isArray(breaches)) {
        return null;
    }
    const figure = (key: string) => timeOrNull(read(raw, key)) ?? null;
    return {
        ...sample,
        roundTripTimeMillis: figure('roundTripTimeMillis'),
        jitterMillis: figure('jitterMillis'),
        packetLossPercent: figure('packetLossPercent'),
        mos: figure('mos'),
        grade,
        breaches: breaches.filter((breach): breach is string => typeof breach === 'string')
    };
}

const byId = (item: { id: string }) => item.id;
const sampleKey = (sample: AudioSample) => String(sample.at);

/**
 * Rebuilds one call of a snapshot, or null when its identity or timeline is unusable. Lists
 * are capped generously here; the merge applies the receiver's own limits.
 */
export function reviveCallState(raw: unknown, callId: string): CallState | null {
    const phase = read(raw, 'phase');
    const startedAt = read(raw, 'startedAt');
    const lastEventAt = read(raw, 'lastEventAt');
    const callType = textOrNull(read(raw, 'callType'));
    const caller = textOrNull(read(raw, 'caller'));
    const connectedAt = timeOrNull(read(raw, 'connectedAt'));
    const endedAt = timeOrNull(read(raw, 'endedAt'));
    const wrapUpEndedAt = timeOrNull(read(raw, 'wrapUpEndedAt'));
    const muted = reviveStamp(read(raw, 'muted'));
    const recordingPaused = reviveStamp(read(raw, 'recordingPaused'));
    const dropped = read(raw, 'droppedUtterances');
    const spokenAt = timeOrNull(read(raw, 'spokenAt'));
    // Unusable is the same as absent (a snapshot from before the field existed): nothing dropped.
    const textDroppedAt = timeOrNull(read(raw, 'conversationTextDroppedAt')) ?? null;
    if (
        read(raw, 'callId') !== callId ||
        typeof phase !== 'string' ||
        !Object.prototype.hasOwnProperty.call(PHASE_RANK, phase) ||
        !isTime(startedAt) ||
        !isTime(lastEventAt) ||
        callType === undefined ||
        caller === undefined ||
        connectedAt === undefined ||
        endedAt === undefined ||
        wrapUpEndedAt === undefined ||
        muted === undefined ||
        recordingPaused === undefined
    ) {
        return null;
    }
    const legs = reviveList(read(raw, 'legs'), reviveLeg, compareLegs, legKey, 5000);
    const transcript = reviveList(
        read(raw, 'transcript'),
        (item) => reviveUtterance(item, callId),
        compareUtterances,
        byId,
        100000
    );
    const record = (item: unknown) => reviveRecord(item, callId);
    const flagRaises = reviveList(read(raw, 'flagRaises'), record, compareRecords, byId, 5000);
    const flagLowers = reviveList(read(raw, 'flagLowers'), record, compareRecords, byId, 5000);
    const notes = reviveList(read(raw, 'notes'), record, compareRecords, byId, 5000);
    if (!legs || !transcript || !flagRaises || !flagLowers || !notes) {
        return null;
    }
    const audioSamples =
        reviveList(
            read(raw, 'audioSamples'),
            reviveSample,
            compareSamples,
            sampleKey,
            AUDIO_HISTORY
        ) ?? [];
    return {
        callId,
        callType,
        caller,
        phase: phase as CallPhase,
        startedAt,
        connectedAt,
        endedAt,
        wrapUpEndedAt,
        lastEventAt,
        sawCallStarted: read(raw, 'sawCallStarted') === true,
        // A snapshot from before spokenAt existed: its transcript still tells.
        spokenAt:
            spokenAt ??
            transcript.reduce<number | null>(
                (first, u) => (first === null || u.receivedAt < first ? u.receivedAt : first),
                null
            ),
        muted,
        recordingPaused,
        legs,
        ...foldParticipants(legs, caller, startedAt),
        audio: audioSamples.length ? foldAudio(audioSamples) : reviveQuality(read(raw, 'audio')),
        audioSamples,
        transcript,
        droppedUtterances: isTime(dropped) ? Math.floor(dropped) : 0,
        flagRaises,
        flagLowers,
        flags: foldFlags(flagRaises, flagLowers),
        notes,
        conversationTextDroppedAt: textDroppedAt
    };
}

/** A snapshot's state with every call rebuilt (unusable calls dropped), or null. */
export function reviveConsoleState(raw: unknown): ConsoleState | null {
    const calls = read(raw, 'calls');
    const pruned = read(raw, 'prunedCallIds');
    const lastEventAt = timeOrNull(read(raw, 'lastEventAt'));
    if (
        read(raw, 'version') !== 1 ||
        calls === null ||
        typeof calls !== 'object' ||
        Array.isArray(calls) ||
        !Array.isArray(pruned) ||
        lastEventAt === undefined
    ) {
        return null;
    }
    const revived: Record<string, CallState> = {};
    for (const [callId, call] of Object.entries(calls).slice(0, MAX_SNAPSHOT_CALLS)) {
        const state = isUsableCallId(callId) ? reviveCallState(call, callId) : null;
        if (state) {
            revived[callId] = state;
        }
    }
    return {
        version: 1,
        calls: revived,
        prunedCallIds: pruned.filter(nonEmpty),
        lastEventAt
    };
}
