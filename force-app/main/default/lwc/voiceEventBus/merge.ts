/**
 * mergeConsoleState: joins two states (a panel's own and a snapshot from a bus) field by field
 * with the reducer's rules, so a snapshot that overlaps events a panel already applied changes
 * nothing, and one that knows more fills the gaps.
 */
import {
    DEFAULT_LIMITS,
    type CallState,
    type ConsoleState,
    type ConversationRecord,
    type StateLimits
} from './consoleState';
import { foldFlags } from './flags';
import {
    compareLegs,
    compareRecords,
    compareUtterances,
    legKey,
    mergeSortedUnique
} from './ordering';
import { foldParticipants } from './participants';
import { laterPhase, minTime, newerStamp, pruneEndedCalls } from './reduce';

const byId = (item: { id: string }) => item.id;

function mergeRecords(
    a: ConversationRecord[],
    b: ConversationRecord[],
    limit: number
): ConversationRecord[] {
    return mergeSortedUnique(a, b, compareRecords, byId).slice(-limit);
}

function mergeCall(a: CallState, b: CallState, limits: StateLimits): CallState {
    const callerSource = a.caller !== null ? a : b;
    const legs = mergeSortedUnique(a.legs, b.legs, compareLegs, legKey).slice(
        -limits.maxLegEntriesPerCall
    );
    const startedAt = Math.min(a.startedAt, b.startedAt);
    const transcript = mergeSortedUnique(a.transcript, b.transcript, compareUtterances, byId);
    const keep = transcript.slice(-limits.maxUtterancesPerCall);
    const transcriptIds: Record<string, true> = {};
    for (const utterance of keep) {
        transcriptIds[utterance.id] = true;
    }
    const flagRaises = mergeRecords(a.flagRaises, b.flagRaises, limits.maxFlagsPerCall);
    const flagLowers = mergeRecords(a.flagLowers, b.flagLowers, limits.maxFlagsPerCall);
    const newerAudio =
        !a.audio || (b.audio !== null && b.audio.at > a.audio.at) ? b.audio : a.audio;
    return {
        callId: a.callId,
        callType: a.callType ?? b.callType,
        caller: callerSource.caller,
        phase: laterPhase(a.phase, b.phase),
        startedAt,
        connectedAt: minTime(a.connectedAt, b.connectedAt),
        endedAt: minTime(a.endedAt, b.endedAt),
        wrapUpEndedAt: minTime(a.wrapUpEndedAt, b.wrapUpEndedAt),
        lastEventAt: Math.max(a.lastEventAt, b.lastEventAt),
        sawCallStarted: a.sawCallStarted || b.sawCallStarted,
        muted: newerStamp(a.muted, b.muted),
        recordingPaused: newerStamp(a.recordingPaused, b.recordingPaused),
        legs,
        ...foldParticipants(legs, callerSource.caller, startedAt),
        audio: newerAudio,
        transcript: keep,
        transcriptIds,
        droppedUtterances:
            Math.max(a.droppedUtterances, b.droppedUtterances) + (transcript.length - keep.length),
        flagRaises,
        flagLowers,
        flags: foldFlags(flagRaises, flagLowers),
        notes: mergeRecords(a.notes, b.notes, limits.maxNotesPerCall)
    };
}

export function mergeConsoleState(
    a: ConsoleState,
    b: ConsoleState,
    limits: StateLimits = DEFAULT_LIMITS
): ConsoleState {
    const prunedCallIds = [...new Set([...a.prunedCallIds, ...b.prunedCallIds])].slice(
        -limits.maxPrunedIds
    );
    const pruned = new Set(prunedCallIds);
    const calls: Record<string, CallState> = {};
    for (const source of [a.calls, b.calls]) {
        for (const [callId, call] of Object.entries(source)) {
            if (pruned.has(callId)) {
                continue;
            }
            const known = calls[callId];
            calls[callId] = known ? mergeCall(known, call, limits) : call;
        }
    }
    const lastEventAt =
        a.lastEventAt === null ? b.lastEventAt : Math.max(a.lastEventAt, b.lastEventAt ?? 0);
    return pruneEndedCalls({ version: 1, calls, prunedCallIds, lastEventAt }, limits);
}
