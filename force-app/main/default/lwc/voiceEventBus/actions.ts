/**
 * Typed wrappers for the toolkit's telephony actions. The docs do not say whether the element's
 * methods return values or promises, or how they fail, so every call is awaited, a `{ success:
 * false }` answer counts as failure, and every failure becomes a ToolkitActionError.
 */
import type { ToolkitElement } from './toolkitRegistry';

export type ParticipantType = 'Initial_Caller' | 'Third_Party';
export type EndCallParticipantType = ParticipantType | 'Agent';
export type ContactType = 'PhoneNumber' | 'AgentOrQueueId';

export type ToolkitActionName =
    | 'mute'
    | 'unmute'
    | 'hold'
    | 'resume'
    | 'endCall'
    | 'acceptCall'
    | 'declineCall'
    | 'pauseRecording'
    | 'resumeRecording'
    | 'merge'
    | 'swap'
    | 'addParticipant'
    | 'sendDigits'
    | 'startPreviewCall'
    | 'updateNextBestActions';

/** Why an action failed: no connector on the page, the element lacks it, bad input, or it failed. */
export type ToolkitActionErrorCode = 'no-toolkit' | 'not-supported' | 'invalid-argument' | 'failed';

export class ToolkitActionError extends Error {
    readonly action: ToolkitActionName;
    readonly code: ToolkitActionErrorCode;
    readonly detail: unknown;

    constructor(
        action: ToolkitActionName,
        code: ToolkitActionErrorCode,
        message: string,
        detail?: unknown
    ) {
        super(message);
        this.name = 'ToolkitActionError';
        this.action = action;
        this.code = code;
        this.detail = detail;
    }
}

export interface VoiceToolkitActions {
    mute(): Promise<unknown>;
    unmute(): Promise<unknown>;
    hold(participantType: ParticipantType): Promise<unknown>;
    resume(participantType: ParticipantType): Promise<unknown>;
    /** Ends the call, or one leg of it when a participant type is given. */
    endCall(participantType?: EndCallParticipantType): Promise<unknown>;
    acceptCall(): Promise<unknown>;
    declineCall(): Promise<unknown>;
    pauseRecording(): Promise<unknown>;
    resumeRecording(): Promise<unknown>;
    /** Conference: takes everyone off hold. */
    merge(): Promise<unknown>;
    swap(): Promise<unknown>;
    /** isBlindTransfer must be false for Amazon Connect. */
    addParticipant(
        contactType: ContactType,
        contactValue: string,
        isBlindTransfer: boolean
    ): Promise<unknown>;
    /** 0-9, *, #, A-D and comma (pause). */
    sendDigits(digits: string): Promise<unknown>;
    /** Not supported under Native Telephony. */
    startPreviewCall(phoneNumber: string): Promise<unknown>;
    /** Not supported under Native Telephony. */
    updateNextBestActions(
        recordId: string,
        recommendations: Record<string, unknown>
    ): Promise<unknown>;
}

const DIGITS = /^[0-9*#A-D,]{1,64}$/;
const PARTICIPANT_TYPES: readonly string[] = ['Initial_Caller', 'Third_Party'];
const END_CALL_TYPES: readonly string[] = [...PARTICIPANT_TYPES, 'Agent'];

function messageOf(error: unknown): string {
    if (error instanceof Error && error.message) {
        return error.message;
    }
    if (typeof error === 'string' && error) {
        return error;
    }
    const text = (error as { message?: unknown; errorMessage?: unknown } | null) ?? {};
    const candidate = typeof text === 'object' ? (text.message ?? text.errorMessage) : undefined;
    return typeof candidate === 'string' && candidate
        ? candidate
        : 'The telephony system refused the action.';
}

function isFailureAnswer(result: unknown): boolean {
    return (
        result !== null &&
        typeof result === 'object' &&
        (result as { success?: unknown }).success === false
    );
}

/** Builds the action set over whichever element currently leads. */
export function createToolkitActions(getElement: () => ToolkitElement | null): VoiceToolkitActions {
    async function invoke(action: ToolkitActionName, args: unknown[]): Promise<unknown> {
        const element = getElement();
        if (!element) {
            throw new ToolkitActionError(
                action,
                'no-toolkit',
                'No Service Cloud Voice toolkit is on this page.'
            );
        }
        const method = (element as unknown as Record<string, unknown>)[action];
        if (typeof method !== 'function') {
            throw new ToolkitActionError(
                action,
                'not-supported',
                `The toolkit does not offer ${action}.`
            );
        }
        let result: unknown;
        try {
            result = await method.apply(element, args);
        } catch (error) {
            throw new ToolkitActionError(action, 'failed', messageOf(error), error);
        }
        if (isFailureAnswer(result)) {
            throw new ToolkitActionError(action, 'failed', messageOf(result), result);
        }
        return result;
    }

    function requireArgument(action: ToolkitActionName, valid: boolean, message: string): void {
        if (!valid) {
            throw new ToolkitActionError(action, 'invalid-argument', message);
        }
    }

    return {
        mute: () => invoke('mute', []),
        unmute: () => invoke('unmute', []),
        hold: async (participantType) => {
            requireArgument(
                'hold',
                PARTICIPANT_TYPES.includes(participantType),
                'Unknown participant type.'
            );
            return invoke('hold', [participantType]);
        },
        resume: async (participantType) => {
            requireArgument(
                'resume',
                PARTICIPANT_TYPES.includes(participantType),
                'Unknown participant type.'
            );
            return invoke('resume', [participantType]);
        },
        endCall: async (participantType) => {
            requireArgument(
                'endCall',
                participantType === undefined || END_CALL_TYPES.includes(participantType),
                'Unknown participant type.'
            );
            return invoke('endCall', participantType === undefined ? [] : [participantType]);
        },
        acceptCall: () => invoke('acceptCall', []),
        declineCall: () => invoke('declineCall', []),
        pauseRecording: () => invoke('pauseRecording', []),
        resumeRecording: () => invoke('resumeRecording', []),
        merge: () => invoke('merge', []),
        swap: () => invoke('swap', []),
        addParticipant: async (contactType, contactValue, isBlindTransfer) => {
            requireArgument(
                'addParticipant',
                (contactType === 'PhoneNumber' || contactType === 'AgentOrQueueId') &&
                    typeof contactValue === 'string' &&
                    contactValue.trim() !== '',
                'A contact type and value are required.'
            );
            return invoke('addParticipant', [
                contactType,
                contactValue.trim(),
                isBlindTransfer === true
            ]);
        },
        sendDigits: async (digits) => {
            requireArgument(
                'sendDigits',
                typeof digits === 'string' && DIGITS.test(digits),
                'Digits must be 0-9, *, #, A-D or a comma.'
            );
            return invoke('sendDigits', [digits]);
        },
        startPreviewCall: async (phoneNumber) => {
            requireArgument(
                'startPreviewCall',
                typeof phoneNumber === 'string' && phoneNumber.trim() !== '',
                'A phone number is required.'
            );
            return invoke('startPreviewCall', [phoneNumber.trim()]);
        },
        updateNextBestActions: async (recordId, recommendations) => {
            requireArgument(
                'updateNextBestActions',
                typeof recordId === 'string' &&
                    recordId.trim() !== '' &&
                    recommendations !== null &&
                    typeof recommendations === 'object',
                'A record id and recommendations are required.'
            );
            return invoke('updateNextBestActions', [recordId.trim(), recommendations]);
        }
    };
}
