/**
 * Which call controls make sense right now, and running one through the toolkit. Controls are
 * offered only on the call the toolkit's actions reach, and only those that can act in the
 * call's phase and telephony system: Accept and Decline while an inbound call rings, Cancel while
 * an outbound call dials, the in-call controls once connected. A pending action never disables
 * them (that would drop keyboard focus): the panel ignores a second click until it settles.
 */
import {
    type CallState,
    type ContactType,
    type Participant,
    type ParticipantType,
    type TelephonyProfile,
    type VoiceToolkitActions
} from 'c/voiceEventBus';
import { DIGIT_PATTERN, formatLabel } from 'c/voiceViewUtils';
import { LABELS } from './labels';

/** What a control asks the toolkit to do; the participant name is for the announcement. */
export type ControlRequest =
    | {
          name:
              | 'mute'
              | 'unmute'
              | 'pauseRecording'
              | 'resumeRecording'
              | 'merge'
              | 'swap'
              | 'acceptCall'
              | 'declineCall'
              | 'cancelCall'
              | 'endCall';
      }
    | {
          name: 'hold' | 'resume' | 'hangUp';
          participantType: ParticipantType;
          participantName: string;
      }
    | { name: 'addParticipant'; contactType: ContactType; contactValue: string; blind: boolean }
    | { name: 'sendDigits'; digits: string };

export type ControlName = ControlRequest['name'];

const SIMPLE_CONTROLS: readonly string[] = [
    'mute',
    'unmute',
    'pauseRecording',
    'resumeRecording',
    'merge',
    'swap',
    'acceptCall',
    'declineCall',
    'cancelCall',
    'endCall'
];

export interface ControlContext {
    pending: boolean;
    /** The followed call is the one the toolkit's actions reach. */
    isActionTarget: boolean;
    /** From the panel's Telephony attribute, else detected from the events. */
    profile: TelephonyProfile;
    /** Blind transfer offered (off for Amazon Connect, which refuses it). */
    allowBlindTransfer: boolean;
}

export interface ParticipantActionView {
    name: 'hold' | 'resume';
    label: string;
    /** Names the participant, since every row has a Hold or Resume button. */
    accessibleName: string;
    participantType: ParticipantType;
    /** Keeps keyboard focus on this row's button across Hold → Resume. */
    focusKey: string;
}

export interface HangUpView {
    label: string;
    accessibleName: string;
    participantType: ParticipantType;
    focusKey: string;
}

export interface ControlsView {
    busy: boolean;
    /** 'true' / 'false' for aria-busy on the controls group. */
    ariaBusy: string;
    /** Why no controls are offered although the call is live; '' when there is no such reason. */
    note: string;
    /** Accept and Decline: an inbound call rings. */
    ringing: boolean;
    /** Cancel: an outbound call is dialing. */
    dialing: boolean;
    /** Mute, recording, transfer, keypad and end call: the call is connected. */
    connected: boolean;
    muted: boolean;
    muteAction: 'mute' | 'unmute';
    /** "Mute" or "Unmute": the button's name says what a press does. */
    muteLabel: string;
    recordingAction: 'pauseRecording' | 'resumeRecording';
    recordingLabel: string;
    recordingIcon: string;
    /** Merge takes everyone off hold: offered while someone is held. */
    showMerge: boolean;
    /** Swap: one party held, one talking, and not Native Telephony (which has no swap). */
    showSwap: boolean;
    allowBlindTransfer: boolean;
}

function canControlConnected(call: CallState, context: ControlContext): boolean {
    return call.phase === 'connected' && context.isActionTarget;
}

function hasThirdParty(call: CallState): boolean {
    return call.participants.some((participant) => participant.role === 'thirdParty');
}

/** Hold or Resume for a participant's row; null when the call cannot be controlled. */
export function participantAction(
    call: CallState,
    participant: Participant,
    participantType: ParticipantType,
    context: ControlContext
): ParticipantActionView | null {
    if (!canControlConnected(call, context)) {
        return null;
    }
    const name = participant.name ?? LABELS.unknownCaller;
    const resume = participant.onHold;
    return {
        name: resume ? 'resume' : 'hold',
        label: resume ? LABELS.resume : LABELS.hold,
        accessibleName: formatLabel(
            resume ? LABELS.resumeParticipant : LABELS.holdParticipant,
            name
        ),
        participantType,
        focusKey: `hold-${participant.key}`
    };
}

/** Hang up one party: offered per participant while a third party is on the call. */
export function hangUpAction(
    call: CallState,
    participant: Participant,
    participantType: ParticipantType,
    context: ControlContext
): HangUpView | null {
    if (!canControlConnected(call, context) || !hasThirdParty(call)) {
        return null;
    }
    return {
        label: LABELS.hangUp,
        accessibleName: formatLabel(
            LABELS.hangUpParticipant,
            participant.name ?? LABELS.unknownCaller
        ),
        participantType,
        focusKey: `hangup-${participant.key}`
    };
}

export function buildControlsView(call: CallState, context: ControlContext): ControlsView {
    const live = call.phase === 'ringing' || call.phase === 'connected';
    const offered = live && context.isActionTarget;
    const connected = offered && call.phase === 'connected';
    const muted = call.muted?.value === true;
    const paused = call.recordingPaused?.value === true;
    const thirdParty = hasThirdParty(call);
    const anyHeld = call.participants.some((participant) => participant.onHold);
    const anyActive = call.participants.some((participant) => !participant.onHold);
    return {
        busy: context.pending,
        ariaBusy: String(context.pending),
        note: live && !context.isActionTarget ? LABELS.controlsOtherCall : '',
        ringing: offered && call.phase === 'ringing' && call.callType !== 'outbound',
        dialing: offered && call.phase === 'ringing' && call.callType === 'outbound',
        connected,
        muted,
        muteAction: muted ? 'unmute' : 'mute',
        muteLabel: muted ? LABELS.unmute : LABELS.mute,
        recordingAction: paused ? 'resumeRecording' : 'pauseRecording',
        recordingLabel: paused ? LABELS.resumeRecording : LABELS.pauseRecording,
        recordingIcon: paused ? 'utility:record' : 'utility:pause',
        showMerge: connected && thirdParty && anyHeld,
        showSwap: connected && thirdParty && anyHeld && anyActive && context.profile !== 'native',
        allowBlindTransfer: context.allowBlindTransfer
    };
}

export function asParticipantType(value: unknown): ParticipantType | null {
    return value === 'Initial_Caller' || value === 'Third_Party' ? value : null;
}

function stringField(source: Record<string, unknown>, key: string): string | null {
    const value = source[key];
    return typeof value === 'string' ? value : null;
}

/**
 * The request a control's event or data attributes describe, or null for anything else: the
 * panel never passes an unknown action name or argument to the toolkit.
 */
export function asControlRequest(value: unknown): ControlRequest | null {
    if (value === null || typeof value !== 'object') {
        return null;
    }
    const source = value as Record<string, unknown>;
    const name = stringField(source, 'name');
    if (name !== null && SIMPLE_CONTROLS.includes(name)) {
        return { name } as ControlRequest;
    }
    if (name === 'hold' || name === 'resume' || name === 'hangUp') {
        const participantType = asParticipantType(source.participantType);
        return participantType
            ? {
                  name,
                  participantType,
                  participantName: stringField(source, 'participantName') ?? ''
              }
            : null;
    }
    if (name === 'addParticipant') {
        const contactType = source.contactType;
        const contactValue = stringField(source, 'contactValue');
        return (contactType === 'PhoneNumber' || contactType === 'AgentOrQueueId') &&
            contactValue !== null
            ? { name, contactType, contactValue, blind: source.blind === true }
            : null;
    }
    if (name === 'sendDigits') {
        const digits = stringField(source, 'digits');
        return digits !== null && DIGIT_PATTERN.test(digits) ? { name, digits } : null;
    }
    return null;
}

/** Runs one control through the toolkit; rejects with ToolkitActionError on failure. */
export function runControl(
    actions: VoiceToolkitActions,
    request: ControlRequest
): Promise<unknown> {
    switch (request.name) {
        case 'hold':
        case 'resume':
            return actions[request.name](request.participantType);
        case 'hangUp':
            return actions.endCall(request.participantType);
        case 'cancelCall':
            // The toolkit has no cancel: ending a call that is still dialing cancels it.
            return actions.endCall();
        case 'endCall':
            return actions.endCall();
        case 'addParticipant':
            return actions.addParticipant(request.contactType, request.contactValue, request.blind);
        case 'sendDigits':
            return actions.sendDigits(request.digits);
        default:
            return actions[request.name]();
    }
}

const SIMPLE_OUTCOMES: Record<string, string> = {
    mute: LABELS.doneMute,
    unmute: LABELS.doneUnmute,
    pauseRecording: LABELS.donePauseRecording,
    resumeRecording: LABELS.doneResumeRecording,
    merge: LABELS.doneMerge,
    swap: LABELS.doneSwap,
    acceptCall: LABELS.doneAccept,
    declineCall: LABELS.doneDecline,
    cancelCall: LABELS.doneCancel,
    endCall: LABELS.doneEndCall
};

/** What the panel announces politely once a control's action has gone through. */
export function outcomeMessage(request: ControlRequest): string {
    switch (request.name) {
        case 'hold':
            return formatLabel(LABELS.doneHold, request.participantName);
        case 'resume':
            return formatLabel(LABELS.doneResume, request.participantName);
        case 'hangUp':
            return formatLabel(LABELS.doneHangUp, request.participantName);
        case 'addParticipant':
            return formatLabel(
                request.blind ? LABELS.doneBlindTransfer : LABELS.doneConsult,
                request.contactValue
            );
        case 'sendDigits':
            return formatLabel(LABELS.doneDigits, request.digits);
        default:
            return SIMPLE_OUTCOMES[request.name];
    }
}
