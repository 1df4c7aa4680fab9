/**
 * `<lightning-service-cloud-voice-toolkit-api>` for Jest, with every documented action.
 * The stock sfdx-lwc-jest stub (src/lightning-stubs/serviceCloudVoiceToolkitApi) only has
 * updateNextBestActions. Each action delegates to a shared jest.fn in `toolkitActionMocks`, so a
 * test can assert calls or make an action fail, whichever instance a panel used.
 */
import { LightningElement, api } from 'lwc';

const resolved = (..._args: unknown[]) => Promise.resolve({ success: true });

export const toolkitActionMocks = {
    mute: jest.fn(resolved),
    unmute: jest.fn(resolved),
    hold: jest.fn(resolved),
    resume: jest.fn(resolved),
    endCall: jest.fn(resolved),
    acceptCall: jest.fn(resolved),
    declineCall: jest.fn(resolved),
    pauseRecording: jest.fn(resolved),
    resumeRecording: jest.fn(resolved),
    merge: jest.fn(resolved),
    swap: jest.fn(resolved),
    addParticipant: jest.fn(resolved),
    sendDigits: jest.fn(resolved),
    startPreviewCall: jest.fn(resolved),
    updateNextBestActions: jest.fn(resolved)
};

export default class ServiceCloudVoiceToolkitApi extends LightningElement {
    @api mute() {
        return toolkitActionMocks.mute();
    }
    @api unmute() {
        return toolkitActionMocks.unmute();
    }
    @api hold(participantType: string) {
        return toolkitActionMocks.hold(participantType);
    }
    @api resume(participantType: string) {
        return toolkitActionMocks.resume(participantType);
    }
    @api endCall(participantType?: string) {
        return participantType === undefined
            ? toolkitActionMocks.endCall()
            : toolkitActionMocks.endCall(participantType);
    }
    @api acceptCall() {
        return toolkitActionMocks.acceptCall();
    }
    @api declineCall() {
        return toolkitActionMocks.declineCall();
    }
    @api pauseRecording() {
        return toolkitActionMocks.pauseRecording();
    }
    @api resumeRecording() {
        return toolkitActionMocks.resumeRecording();
    }
    @api merge() {
        return toolkitActionMocks.merge();
    }
    @api swap() {
        return toolkitActionMocks.swap();
    }
    @api addParticipant(contactType: string, contactValue: string, isBlindTransfer: boolean) {
        return toolkitActionMocks.addParticipant(contactType, contactValue, isBlindTransfer);
    }
    @api sendDigits(digits: string) {
        return toolkitActionMocks.sendDigits(digits);
    }
    @api startPreviewCall(phoneNumber: string) {
        return toolkitActionMocks.startPreviewCall(phoneNumber);
    }
    @api updateNextBestActions(recordId: string, recommendations: Record<string, unknown>) {
        return toolkitActionMocks.updateNextBestActions(recordId, recommendations);
    }
}
