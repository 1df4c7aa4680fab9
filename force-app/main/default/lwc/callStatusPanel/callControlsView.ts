/**
 * Which call controls make sense right now, and running one through the toolkit. A control is
 * enabled only on a connected call the toolkit acts on, with no other action of this panel
 * still pending (end call also works while ringing).
 */
import {
    ToolkitActionError,
    type CallState,
    type Participant,
    type ParticipantType,
    type VoiceToolkitActions
} from 'c/voiceEventBus';
import { formatLabel } from 'c/voiceViewUtils';
import { LABELS } from './labels';

export const CONTROL_NAMES = [
    'mute',
    'unmute',
    'hold',
    'resume',
    'pauseRecording',
    'resumeRecording',
    'merge',
    'swap',
    'endCall'
] as const;

export type ControlName = (typeof CONTROL_NAMES)[number];

export interface ControlContext {
    pending: boolean;
    /** The followed call is the one the toolkit's actions reach. */
    isActionTarget: boolean;
}

export interface ParticipantActionView {
    name: 'hold' | 'resume';
    label: string;
    /** Names the participant, since every row has a Hold or Resume button. */
    accessibleName: string;
    participantType: ParticipantType;
    disabled: boolean;
}

export interface ControlsView {
    busy: boolean;
    /** 'true' / 'false' for aria-busy on the controls group. */
    ariaBusy: string;
    /** Why the controls are off although the call is live; '' when there is no such reason. */
    note: string;
    muted: boolean;
    muteAction: 'mute' | 'unmute';
    muteDisabled: boolean;
    recordingAction: 'pauseRecording' | 'resumeRecording';
    recordingLabel: string;
    recordingIcon: string;
    recordingDisabled: boolean;
    /** Merge and swap only appear while a third party is on the call. */
    showMultiparty: boolean;
    mergeDisabled: boolean;
    swapDisabled: boolean;
    endDisabled: boolean;
}

export function isControlName(value: unknown): value is ControlName {
    return typeof value === 'string' && (CONTROL_NAMES as readonly string[]).includes(value);
}

function canControlConnected(call: CallState, context: ControlContext): boolean {
    return call.phase === 'connected' && context.isActionTarget && !context.pending;
}

export function participantAction(
    call: CallState,
    participant: Participant,
    participantType: ParticipantType,
    context: ControlContext
): ParticipantActionView {
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
        disabled: !canControlConnected(call, context)
    };
}

export function buildControlsView(call: CallState, context: ControlContext): ControlsView {
    const connected = canControlConnected(call, context);
    const live = call.phase === 'ringing' || call.phase === 'connected';
    const muted = call.muted?.value === true;
    const paused = call.recordingPaused?.value === true;
    const thirdParty = call.participants.some((participant) => participant.role === 'thirdParty');
    const anyHeld = call.participants.some((participant) => participant.onHold);
    const anyActive = call.participants.some((participant) => !participant.onHold);
    return {
        busy: context.pending,
        ariaBusy: String(context.pending),
        note: live && !context.isActionTarget ? LABELS.controlsOtherCall : '',
        muted,
        muteAction: muted ? 'unmute' : 'mute',
        muteDisabled: !connected,
        recordingAction: paused ? 'resumeRecording' : 'pauseRecording',
        recordingLabel: paused ? LABELS.resumeRecording : LABELS.pauseRecording,
        recordingIcon: paused ? 'utility:record' : 'utility:pause',
        recordingDisabled: !connected,
        showMultiparty: thirdParty && call.phase === 'connected',
        // Merge takes everyone off hold: pointless when nobody is held.
        mergeDisabled: !connected || !thirdParty || !anyHeld,
        // Swap exchanges who is held: needs one side held and the other not.
        swapDisabled: !connected || !thirdParty || !anyHeld || !anyActive,
        endDisabled: !live || !context.isActionTarget || context.pending
    };
}

export function asParticipantType(value: unknown): ParticipantType | null {
    return value === 'Initial_Caller' || value === 'Third_Party' ? value : null;
}

/**
 * Runs one control through the toolkit; rejects with ToolkitActionError on failure. Hold and
 * resume need the row's participant type ('Initial_Caller' or 'Third_Party').
 */
export function runControl(
    actions: VoiceToolkitActions,
    name: ControlName,
    participantType: ParticipantType | null = null
): Promise<unknown> {
    switch (name) {
        case 'hold':
        case 'resume':
            return participantType
                ? actions[name](participantType)
                : Promise.reject(
                      new ToolkitActionError(name, 'invalid-argument', 'Unknown participant type.')
                  );
        case 'endCall':
            return actions.endCall();
        default:
            return actions[name]();
    }
}
