/**
 * Pure view of the followed call: phase, caller, badges, timers and participants. Every time
 * comes from state (connectedAt, holdStartedAt, endedAt …), never from when the panel mounted,
 * so a panel opened mid-call shows the true elapsed time.
 */
import {
    afterCallWorkEndedAt,
    afterCallWorkMs,
    createConsoleState,
    callDurationMs,
    callPhase,
    holdSummary,
    isActionTarget,
    ringingMs,
    detectTelephonyProfile,
    isLive,
    type BusDiagnosticsSnapshot,
    type CallState,
    type ConsoleState,
    type Participant,
    type ParticipantType,
    type TelephonyProfile
} from 'c/voiceEventBus';
import {
    callOptions,
    callTypeLabel,
    effectivePhase,
    elapsedSeconds,
    followedCallId,
    formatDuration,
    formatLabel,
    phaseLabel,
    type CallOption,
    type DisplayPhase
} from 'c/voiceViewUtils';
import { buildAudioQualityView, type AudioQualityView } from './audioQualityView';
import {
    buildControlsView,
    hangUpAction,
    participantAction,
    type ControlContext,
    type ControlsView,
    type HangUpView,
    type ParticipantActionView
} from './callControlsView';
import { buildDiagnosticsView, type DiagnosticsView } from './diagnosticsView';
import { LABELS } from './labels';

export type TimerKey = 'ringing' | 'duration' | 'hold' | 'afterCallWork';

export interface TimerView {
    key: TimerKey;
    label: string;
    seconds: number;
    value: string;
}

export interface ParticipantView {
    key: string;
    name: string;
    roleLabel: string;
    participantType: ParticipantType;
    onHold: boolean;
    /** "On the line", or "On hold 0:42" with the participant's own hold timer. */
    statusLabel: string;
    statusClass: string;
    /** Hold or resume for this row; null when controls are hidden or cannot act. */
    action: ParticipantActionView | null;
    /** Hang up this party (three-way calls); null otherwise. */
    hangUp: HangUpView | null;
    /** Whether the row has any button, so the template lays out one column for them. */
    hasActions: boolean;
}

export interface CallView {
    callId: string;
    callerName: string;
    phase: DisplayPhase;
    phaseLabel: string;
    phaseBadgeClass: string;
    callTypeLabel: string;
    muted: boolean;
    recordingPaused: boolean;
    /** "Conference" or "Three-way call" while a third party is on the call; '' otherwise. */
    multipartyLabel: string;
    timers: TimerView[];
    /** Shown while connected only: after the call, hold states no longer mean anything. */
    participants: ParticipantView[];
    hasParticipants: boolean;
}

export interface CallStatusInput {
    state: ConsoleState;
    pickedCallId: string | null;
    now: number;
    /** True while a toolkit action this panel started has not settled. */
    pending: boolean;
    showControls: boolean;
    showAudioQuality: boolean;
    /** The bus's counters when the diagnostics view is on, else null. */
    diagnostics: BusDiagnosticsSnapshot | null;
    /** The admin's Telephony attribute; null detects it from the events. */
    telephony?: TelephonyProfile | null;
    /** Offer blind transfer (the admin's attribute; off for Amazon Connect). */
    allowBlindTransfer?: boolean;
}

export interface CallStatusView {
    callId: string | null;
    callOptions: CallOption[];
    call: CallView | null;
    /** Why there is nothing to show, in words a rep understands; '' when a call is shown. */
    emptyMessage: string;
    /** Text for the assistive live region: the followed call's phase. */
    announcement: string;
    controls: ControlsView | null;
    audio: AudioQualityView | null;
    diagnostics: DiagnosticsView | null;
    /** Whether anything shown changes with time, so the one-second clock must run. */
    clockNeeded: boolean;
}

const PHASE_BADGE_CLASSES: Record<DisplayPhase, string> = {
    ringing: 'slds-badge_lightest',
    connected: 'slds-theme_success',
    onHold: 'slds-theme_warning',
    afterCallWork: 'slds-badge_inverse',
    ended: ''
};

function timer(key: TimerKey, label: string, milliseconds: number): TimerView {
    const seconds = Math.floor(milliseconds / 1000);
    return {
        key,
        label,
        seconds,
        value: formatDuration(seconds)
    };
}

function soleCall(call: CallState): ConsoleState {
    return { ...createConsoleState(), calls: { [call.callId]: call } };
}

function isFinished(call: CallState): boolean {
    return call.phase === 'afterCallWork' || call.phase === 'ended';
}

/**
 * Ringing time while it rings; the call's duration (callDurationMs: from connect, frozen at
 * its end); the caller's current hold while held; after-call work (afterCallWorkMs). The same
 * selectors any component on the bus uses, so every figure agrees with the kit's panel.
 */
export function callTimers(call: CallState, now: number, state?: ConsoleState): TimerView[] {
    if (call.phase === 'ringing') {
        return [timer('ringing', LABELS.ringingFor, ringingMs(call, now))];
    }
    const timers = [timer('duration', LABELS.duration, callDurationMs(call, now))];
    const heldSince = holdSummary(call, now).heldSince;
    if (call.phase === 'connected' && heldSince !== null) {
        timers.push(timer('hold', LABELS.holdDuration, Math.max(0, now - heldSince)));
    }
    // Without the console state (a view of one call), wrap-up ends only at wrapupended.
    const afterCallWork = afterCallWorkMs(state ?? soleCall(call), call, now);
    if (isFinished(call) && afterCallWork !== null) {
        timers.push(timer('afterCallWork', LABELS.afterCallWork, afterCallWork));
    }
    return timers;
}

/** True while any timer of the call still moves. */
export function callTicks(
    call: CallState,
    wrapUpEndedAt: number | null = call.wrapUpEndedAt
): boolean {
    return call.phase === 'ringing' || call.phase === 'connected' || wrapUpEndedAt === null;
}

export function participantType(participant: Participant): ParticipantType {
    return participant.role === 'caller' ? 'Initial_Caller' : 'Third_Party';
}

export interface RowActions {
    action: ParticipantActionView | null;
    hangUp: HangUpView | null;
}

/** "Caller" on an inbound call; on an outbound call the agent called them: "Customer". */
function roleLabelOf(call: CallState, participant: Participant): string {
    if (participant.role !== 'caller') {
        return LABELS.roleThirdParty;
    }
    return call.callType === 'outbound' ? LABELS.roleCustomer : LABELS.roleCaller;
}

function participantView(
    call: CallState,
    participant: Participant,
    now: number,
    actions: RowActions | null
): ParticipantView {
    const name = participant.name ?? LABELS.unknownCaller;
    const held = participant.onHold;
    // holdStartedAt comes from the same walk over the legs as holdSummary (walkLegs), so it
    // is the figure any component reads, without folding the legs again for every row.
    const statusLabel = !held
        ? LABELS.onTheLine
        : participant.holdStartedAt === null
          ? LABELS.onHold
          : formatLabel(
                LABELS.onHoldFor,
                formatDuration(elapsedSeconds(participant.holdStartedAt, now))
            );
    return {
        key: participant.key,
        name,
        roleLabel: roleLabelOf(call, participant),
        participantType: participantType(participant),
        onHold: held,
        statusLabel,
        statusClass: `slds-m-left_x-small ${held ? 'slds-text-color_error' : 'slds-text-color_success'}`,
        action: actions?.action ?? null,
        hangUp: actions?.hangUp ?? null,
        hasActions: Boolean(actions?.action || actions?.hangUp)
    };
}

function multipartyLabel(call: CallState): string {
    if (!call.participants.some((participant) => participant.role === 'thirdParty')) {
        return '';
    }
    return call.conferenced ? LABELS.conference : LABELS.threeWay;
}

export function buildCallView(
    call: CallState,
    now: number,
    actionsFor: ((participant: Participant) => RowActions) | null,
    state?: ConsoleState
): CallView {
    const phase = effectivePhase(call, state);
    const participants =
        call.phase === 'connected'
            ? call.participants.map((participant) =>
                  participantView(
                      call,
                      participant,
                      now,
                      actionsFor ? actionsFor(participant) : null
                  )
              )
            : [];
    return {
        callId: call.callId,
        callerName: call.caller ?? LABELS.unknownCaller,
        phase,
        phaseLabel: phaseLabel(phase),
        phaseBadgeClass: PHASE_BADGE_CLASSES[phase],
        callTypeLabel: callTypeLabel(call.callType),
        muted: call.muted?.value === true,
        recordingPaused: call.recordingPaused?.value === true,
        multipartyLabel: call.phase === 'connected' ? multipartyLabel(call) : '',
        timers: callTimers(call, now, state),
        participants,
        hasParticipants: participants.length > 0
    };
}

/** No call to show: say whether any telephony event has arrived since the page loaded. */
export function emptyStateMessage(state: ConsoleState): string {
    return state.lastEventAt === null ? LABELS.noEventsYet : LABELS.eventsSeen;
}

/**
 * The call to show: the one the user picked, else the bus's active call, unless that call is
 * fully over (wrap-up ended): then there is no active call, though the switcher still offers
 * the finished ones.
 */
export function shownCall(state: ConsoleState, pickedCallId: string | null): CallState | null {
    const callId = followedCallId(state, pickedCallId);
    const call = callId ? state.calls[callId] : undefined;
    if (!call || (callPhase(state, call) === 'ended' && callId !== pickedCallId)) {
        return null;
    }
    return call;
}

/**
 * The pick to keep after a state change. A pick of a finished call is dropped when a new live
 * call appears, so a rep looking back at the last call does not miss the next one; a pick of a
 * live call is kept.
 */
export function keptPick(
    previous: ConsoleState,
    next: ConsoleState,
    pickedCallId: string | null
): string | null {
    const picked = pickedCallId ? next.calls[pickedCallId] : undefined;
    if (!picked || isLive(picked)) {
        return pickedCallId;
    }
    const newLiveCall = Object.values(next.calls).some(
        (call) => isLive(call) && !previous.calls[call.callId]
    );
    return newLiveCall ? null : pickedCallId;
}

/** Everything the panel's template shows, from state and the panel's own settings. */
export function buildCallStatusView(input: CallStatusInput): CallStatusView {
    const { state, now } = input;
    const call = shownCall(state, input.pickedCallId);
    const diagnostics = input.diagnostics ? buildDiagnosticsView(input.diagnostics) : null;
    if (!call) {
        return {
            callId: null,
            callOptions: callOptions(state),
            call: null,
            emptyMessage: emptyStateMessage(state),
            announcement: '',
            controls: null,
            audio: null,
            diagnostics,
            clockNeeded: diagnostics !== null || input.pending
        };
    }
    const controlContext: ControlContext = {
        pending: input.pending,
        // The toolkit acts on the agent's current call (isActionTarget); controls on any other
        // call would act on the wrong one.
        isActionTarget: isActionTarget(state, call.callId),
        profile: input.telephony ?? detectTelephonyProfile(state) ?? 'partner',
        allowBlindTransfer: input.allowBlindTransfer === true
    };
    const offered = input.showControls ? buildControlsView(call, controlContext) : null;
    // No control and nothing to say about them (after the call): no controls section at all.
    const controls =
        offered && (offered.ringing || offered.dialing || offered.connected || offered.note)
            ? offered
            : null;
    const view = buildCallView(
        call,
        now,
        input.showControls
            ? (participant) => {
                  const type = participantType(participant);
                  return {
                      action: participantAction(call, participant, type, controlContext),
                      hangUp: hangUpAction(call, participant, type, controlContext)
                  };
              }
            : null,
        state
    );
    const audio =
        input.showAudioQuality && call.phase === 'connected' && call.audio
            ? buildAudioQualityView(call.audio, now)
            : null;
    return {
        callId: call.callId,
        callOptions: callOptions(state),
        call: view,
        emptyMessage: '',
        announcement: view.phaseLabel,
        controls,
        audio,
        diagnostics,
        clockNeeded:
            callTicks(call, afterCallWorkEndedAt(state, call)) ||
            diagnostics !== null ||
            input.pending
    };
}
