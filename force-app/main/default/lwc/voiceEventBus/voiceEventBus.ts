/**
 * Voice Console Kit event bus: the public API (documented in docs/API.md).
 * Import as `c/voiceEventBus`; keep this list stable, other teams build on it.
 */
export { VOICE_EVENT_TYPES, isVoiceEventType } from './events';
export type {
    AudioStatsEvent,
    CallLifecycleEvent,
    CallOnlyEvent,
    ChannelStats,
    EventBase,
    FlagLowerEvent,
    FlagRaiseEvent,
    NormalizeResult,
    NoteEvent,
    ParticipantEvent,
    Sender,
    SpeakerKind,
    TranscriptEvent,
    VoiceEvent,
    VoiceEventOf,
    VoiceEventType
} from './events';
export {
    normalizeToolkitEvent,
    canonicalEventType,
    speakerKind,
    MAX_TEXT_LENGTH
} from './normalize';
export {
    AUDIO_HISTORY,
    CALLER_KEY,
    DEFAULT_LIMITS,
    PHASE_RANK,
    afterCallWorkEndedAt,
    callEvidence,
    callPhase,
    callerOf,
    createConsoleState,
    isLive,
    openFlags,
    resolveLimits,
    selectActiveCallId,
    sortedCalls
} from './consoleState';
export type {
    AudioQuality,
    AudioSample,
    CallEvidence,
    CallPhase,
    CallState,
    ConsoleState,
    ConversationRecord,
    Flag,
    LegEntry,
    Participant,
    QualityGrade,
    Stamped,
    StateLimits,
    Utterance
} from './consoleState';
export {
    afterCallWorkMs,
    callDurationMs,
    callFlags,
    followedCallId,
    holdSummary,
    isActionTarget,
    linesDroppedOnReload,
    ringingMs,
    selectFollowedCall,
    speakerCounts
} from './callFigures';
export type { HoldFigures, HoldSummary, PartyHolds, SpeakerCounts } from './callFigures';
export { reduceConsoleState } from './reduce';
export { detectTelephonyProfile } from './telephonyProfile';
export type { TelephonyProfile } from './telephonyProfile';
export { mergeConsoleState } from './merge';
export { QUALITY_THRESHOLDS, estimateMos, lossPercent } from './audioQuality';
export { SWAP_DEDUPE_MS } from './participants';
export { compareUtterances } from './ordering';
export { MESSAGE_VERSION, parseConsoleMessage } from './channel';
export type {
    EventMessage,
    HelloMessage,
    ParseOptions,
    SnapshotMessage,
    VoiceConsoleMessage
} from './channel';
export { ToolkitActionError } from './actions';
export type {
    ContactType,
    EndCallParticipantType,
    ParticipantType,
    ToolkitActionErrorCode,
    ToolkitActionName,
    VoiceToolkitActions
} from './actions';
export type { ToolkitElement } from './toolkitRegistry';
export type { BusDiagnosticsSnapshot, Rejection } from './diagnostics';
export { VoiceEventBus, voiceEventBus, VOICE_CONSOLE_CHANNEL } from './bus';
export type { VoiceEventBusOptions } from './bus';
export {
    FINISHED_CALL_RETENTION_MS,
    MAX_PERSISTED_AGE_MS,
    MAX_PERSISTED_CHARS,
    PERSISTED_STATE_KEY,
    PERSISTED_STATE_VERSION,
    PERSISTED_UTTERANCES_PER_CALL,
    PERSIST_THROTTLE_MS,
    parsePersistedState,
    serializeConsoleState
} from './persistence';
export type { PersistenceOptions, StateStorage } from './persistence';
export { MAX_CAPTURED_CHARS, MAX_CAPTURED_EVENTS } from './capture';
export type { CaptureSnapshot, CaptureStatus } from './capture';
export {
    ParticipantMask,
    SCENARIO_FORMAT,
    SCENARIO_VERSION,
    redactCapturedEvent,
    redactConversationText,
    toCaptureScenario
} from './captureScenario';
export type {
    CaptureScenarioFile,
    CaptureScenarioOptions,
    CapturedScenarioStep
} from './captureScenario';
export { subscribeToVoiceConsole } from './subscription';
export type {
    ConsoleListener,
    ConsoleSubscription,
    ConsoleUpdate,
    SubscribeOptions
} from './subscription';

import { voiceEventBus } from './bus';
import type { ToolkitElement } from './toolkitRegistry';
import type { MessageContextValue } from 'lightning/messageService';

/** Registers a connector's toolkit element with this window's bus; returns the unregister call. */
export function registerToolkit(
    element: ToolkitElement,
    context: MessageContextValue | undefined
): () => void {
    return voiceEventBus.registerToolkit(element, context);
}

/** The toolkit's actions, sent through whichever toolkit element currently leads. */
export const voiceToolkitActions = voiceEventBus.actions;
