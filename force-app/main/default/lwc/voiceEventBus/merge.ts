/**
 * mergeConsoleState: joins two states (a panel's own and a snapshot from a bus) field by field
 * with the reducer's rules, so a snapshot that overlaps events a panel already applied changes
 * nothing, and one that knows more fills the gaps. When `b` adds nothing, `a` itself comes
 * back, so "nothing new" is visible by identity and panels need not re-render.
 */
import { foldAudio } from './audioQuality';
import {
    AUDIO_HISTORY,
    DEFAULT_LIMITS,
    type AudioQuality,
    type AudioSample,
    type CallState,
    type ConsoleState,
    type ConversationRecord,
    type StateLimits,
    type Utterance
} from './consoleState';
import { foldFlags } from './flags';
import {
    compareLegs,
    compareRecords,
    compareSamples,
    compareUtterances,
    legKey,
    mergeSortedUnique
} from './ordering';
import { foldParticipants } from './participants';
import { laterPhase, minTime, newerStamp } from './joins';
import { pruneEndedCalls } from './reduce';

const byId = (item: { id: string }) => item.id;
const sampleKey = (sample: AudioSample) => String(sample.at);

function newest<T>(list: T[], limit: number): T[] {
    return list.length > limit ? list.slice(list.length - limit) : list;
}

function newerAudio(a: AudioQuality | null, b: AudioQuality | null): AudioQuality | null {
    return !a || (b !== null && b.at > a.at) ? b : a;
}

/** How many of `list` (sorted) fall before the first utterance kept. */
function droppedFrom(list: readonly Utterance[], kept: readonly Utterance[]): number {
    if (kept.length === 0) {
        return list.length;
    }
    let count = 0;
    while (count < list.length && compareUtterances(list[count], kept[0]) < 0) {
        count += 1;
    }
    return count;
}

/** Records of both sides, each once, arriving when its earliest copy arrived. */
function mergeRecords(
    a: ConversationRecord[],
    b: readonly ConversationRecord[]
): ConversationRecord[] {
    const merged = mergeSortedUnique(a, b, compareRecords, byId);
    const earliest = new Map<string, number>();
    for (const record of [...a, ...b]) {
        const known = earliest.get(record.id);
        earliest.set(
            record.id,
            known === undefined ? record.receivedAt : Math.min(known, record.receivedAt)
        );
    }
    let changed = false;
    const result = merged.map((record) => {
        const other = earliest.get(record.id);
        if (other !== undefined && other < record.receivedAt) {
            changed = true;
            return { ...record, receivedAt: other };
        }
        return record;
    });
    return changed ? result : merged;
}

function maxTime(a: number | null, b: number | null): number | null {
    return a === null ? b : b === null ? a : Math.max(a, b);
}

/** `next` when any field differs from `call`, else `call` itself. */
function sameOr(call: CallState, next: CallState): CallState {
    const keys = Object.keys(next) as Array<keyof CallState>;
    return keys.every((key) => next[key] === call[key]) ? call : next;
}

/**
 * Joins two versions of one call. With `b === a` it only applies `limits` (a snapshot from a
 * bus keeps more than a panel may want).
 */
function mergeCall(a: CallState, b: CallState, limits: StateLimits): CallState {
    const legs = newest(
        mergeSortedUnique(a.legs, b.legs, compareLegs, legKey),
        limits.maxLegEntriesPerCall
    );
    const transcript = newest(
        mergeSortedUnique(a.transcript, b.transcript, compareUtterances, byId),
        limits.maxUtterancesPerCall
    );
    const flagRaises = newest(mergeRecords(a.flagRaises, b.flagRaises), limits.maxFlagsPerCall);
    const flagLowers = newest(mergeRecords(a.flagLowers, b.flagLowers), limits.maxFlagsPerCall);
    const notes = newest(mergeRecords(a.notes, b.notes), limits.maxNotesPerCall);
    const samplesA = a.audioSamples;
    const audioSamples = newest(
        mergeSortedUnique(samplesA, b.audioSamples, compareSamples, sampleKey),
        AUDIO_HISTORY
    );
    const caller = a.caller ?? b.caller;
    const startedAt = Math.min(a.startedAt, b.startedAt);
    const sameLegs = legs === a.legs && caller === a.caller && startedAt === a.startedAt;
    const folded = sameLegs
        ? { participants: a.participants, conferenced: a.conferenced }
        : foldParticipants(legs, caller, startedAt);
    const sameFlags = flagRaises === a.flagRaises && flagLowers === a.flagLowers;
    let audio: AudioQuality | null;
    if (audioSamples === samplesA) {
        audio = a.audio;
    } else {
        audio = audioSamples.length ? foldAudio(audioSamples) : newerAudio(a.audio, b.audio);
    }
    const next: CallState = {
        ...a,
        callType: a.callType ?? b.callType,
        caller,
        phase: laterPhase(a.phase, b.phase),
        startedAt,
        connectedAt: minTime(a.connectedAt, b.connectedAt),
        endedAt: minTime(a.endedAt, b.endedAt),
        wrapUpEndedAt: minTime(a.wrapUpEndedAt, b.wrapUpEndedAt),
        lastEventAt: Math.max(a.lastEventAt, b.lastEventAt),
        sawCallStarted: a.sawCallStarted || b.sawCallStarted,
        spokenAt: minTime(a.spokenAt, b.spokenAt),
        muted: newerStamp(a.muted, b.muted),
        recordingPaused: newerStamp(a.recordingPaused, b.recordingPaused),
        legs,
        participants: folded.participants,
        conferenced: folded.conferenced,
        audio,
        audioSamples,
        transcript,
        // Each side's own count plus what this merge cut from it; the larger is the estimate.
        droppedUtterances: Math.max(
            a.droppedUtterances + droppedFrom(a.transcript, transcript),
            b.droppedUtterances + droppedFrom(b.transcript, transcript)
        ),
        flagRaises,
        flagLowers,
        flags: sameFlags ? a.flags : foldFlags(flagRaises, flagLowers),
        notes,
        // Either window's loss stands: a copy that never lost the text brings the lines back,
        // and the panels see them (consoleState.ts), but it cannot undo the other's reload.
        conversationTextDroppedAt: maxTime(a.conversationTextDroppedAt, b.conversationTextDroppedAt)
    };
    return sameOr(a, next);
}

/**
 * Joins two console states: commutative in what it keeps (calls, utterances, notes, flags,
 * hold log, samples), idempotent (`merge(a, a)` is `a`), and `limits` bound the result.
 * Calls pruned in either state stay pruned.
 */
export function mergeConsoleState(
    a: ConsoleState,
    b: ConsoleState,
    limits: StateLimits = DEFAULT_LIMITS
): ConsoleState {
    const knownPruned = new Set(a.prunedCallIds);
    const addedPruned = b.prunedCallIds.filter((callId) => !knownPruned.has(callId));
    const prunedCallIds = newest(
        addedPruned.length ? [...a.prunedCallIds, ...new Set(addedPruned)] : a.prunedCallIds,
        limits.maxPrunedIds
    );
    const pruned = new Set([...a.prunedCallIds, ...b.prunedCallIds]);
    let changed = prunedCallIds !== a.prunedCallIds;
    const calls: Record<string, CallState> = {};
    for (const [callId, call] of Object.entries(a.calls)) {
        if (pruned.has(callId)) {
            changed = true;
            continue;
        }
        const other = b.calls[callId];
        const merged = mergeCall(call, other ?? call, limits);
        changed = changed || merged !== call;
        calls[callId] = merged;
    }
    for (const [callId, call] of Object.entries(b.calls)) {
        if (!calls[callId] && !pruned.has(callId)) {
            calls[callId] = mergeCall(call, call, limits);
            changed = true;
        }
    }
    const lastEventAt =
        a.lastEventAt === null ? b.lastEventAt : Math.max(a.lastEventAt, b.lastEventAt ?? 0);
    changed = changed || lastEventAt !== a.lastEventAt;
    const joined: ConsoleState = changed ? { version: 1, calls, prunedCallIds, lastEventAt } : a;
    return pruneEndedCalls(joined, limits);
}
