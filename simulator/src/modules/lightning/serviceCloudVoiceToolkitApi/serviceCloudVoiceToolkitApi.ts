/**
 * `<lightning-service-cloud-voice-toolkit-api>` for the local console. Every instance on the
 * page receives every event (as on the platform), and every documented telephony action goes to
 * the page's one simulated telephony system, which answers with the events a real one sends.
 * Actions return promises and reject with a reason when the call's state does not allow them.
 */
import { LightningElement, api } from 'lwc';
import { simPlatform, type ToolkitInstance } from 'sim/platform';

const telephony = () => simPlatform.telephony;

export default class ServiceCloudVoiceToolkitApi extends LightningElement {
    private readonly instance: ToolkitInstance = {
        fire: (type, detail) => {
            this.dispatchEvent(new CustomEvent(type, { detail }));
        }
    };

    connectedCallback(): void {
        simPlatform.toolkit.register(this.instance);
    }

    disconnectedCallback(): void {
        simPlatform.toolkit.unregister(this.instance);
    }

    @api mute(): Promise<unknown> {
        return simPlatform.runAction('mute', [], () => telephony().mute());
    }

    @api unmute(): Promise<unknown> {
        return simPlatform.runAction('unmute', [], () => telephony().unmute());
    }

    /** @param participantType 'Initial_Caller' | 'Third_Party' */
    @api hold(participantType: string): Promise<unknown> {
        return simPlatform.runAction('hold', [participantType], () =>
            telephony().hold(participantType)
        );
    }

    /** @param participantType 'Initial_Caller' | 'Third_Party' */
    @api resume(participantType: string): Promise<unknown> {
        return simPlatform.runAction('resume', [participantType], () =>
            telephony().resume(participantType)
        );
    }

    /** Ends the call; with 'Initial_Caller' or 'Third_Party', removes that party only. */
    @api endCall(participantType?: string): Promise<unknown> {
        const args = participantType === undefined ? [] : [participantType];
        return simPlatform.runAction('endCall', args, () => telephony().endCall(participantType));
    }

    @api acceptCall(): Promise<unknown> {
        return simPlatform.runAction('acceptCall', [], () => telephony().acceptCall());
    }

    @api declineCall(): Promise<unknown> {
        return simPlatform.runAction('declineCall', [], () => telephony().declineCall());
    }

    @api pauseRecording(): Promise<unknown> {
        return simPlatform.runAction('pauseRecording', [], () => telephony().pauseRecording());
    }

    @api resumeRecording(): Promise<unknown> {
        return simPlatform.runAction('resumeRecording', [], () => telephony().resumeRecording());
    }

    @api merge(): Promise<unknown> {
        return simPlatform.runAction('merge', [], () => telephony().merge());
    }

    @api swap(): Promise<unknown> {
        return simPlatform.runAction('swap', [], () => telephony().swap());
    }

    @api addParticipant(
        contactType: string,
        contactValue: string,
        isBlindTransfer: boolean
    ): Promise<unknown> {
        return simPlatform.runAction(
            'addParticipant',
            [contactType, contactValue, isBlindTransfer],
            () => telephony().addParticipant(contactType, contactValue, isBlindTransfer)
        );
    }

    @api sendDigits(digits: string): Promise<unknown> {
        return simPlatform.runAction('sendDigits', [digits], () => telephony().sendDigits(digits));
    }

    @api startPreviewCall(phoneNumber: string): Promise<unknown> {
        return simPlatform.runAction('startPreviewCall', [phoneNumber], () =>
            telephony().startPreviewCall(phoneNumber)
        );
    }

    @api updateNextBestActions(
        recordId: string,
        recommendations: Record<string, unknown>
    ): Promise<unknown> {
        return simPlatform.runAction('updateNextBestActions', [recordId, recommendations], () =>
            telephony().updateNextBestActions(recordId, recommendations)
        );
    }
}
