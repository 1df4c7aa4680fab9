/**
 * View helpers shared by the Voice Console Kit panels: formatting, labels for phases and roles,
 * the followed call and its label, refresh notices, one shared one-second clock, and holding a
 * panel's requests on the bus. Pure functions except the clock and HeldBusRequest.
 */
export {
    formatDuration,
    formatClockTime,
    formatLabel,
    formatNumber,
    elapsedSeconds,
    isolate
} from './format';
export { phaseLabel, roleLabel, callTypeLabel, effectivePhase } from './labels';
export type { DisplayPhase } from './labels';
export { callLabel, callOptions, callerAndType } from './calls';
// The rule lives in the bus (one implementation); kept here so existing imports keep working.
export { followedCallId } from 'c/voiceEventBus';
export type { CallOption } from './calls';
export { onEverySecond } from './clock';
export type { Tick } from './clock';
export { actionFailureMessage, actionFailureToast } from './toast';
export { senderName } from './senderName';
export { FocusKeeper } from './focusKeeper';
export type { FocusRoot, FocusSuccessors } from './focusKeeper';
export { DIGIT_PATTERN, KEYPAD_KEYS, isAgentOrQueueId, isDialableNumber } from './dialing';
export { earlierLinesNotKept, earlierNotesNotKept, flagMessageNotKept } from './refreshNotice';
export { HeldBusRequest, keepConversationRequest } from './busRequest';
