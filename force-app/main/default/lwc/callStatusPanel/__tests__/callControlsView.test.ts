import { label } from '../../../../../test/useRealLabels';
import {
    ToolkitActionError,
    createConsoleState,
    normalizeToolkitEvent,
    reduceConsoleState,
    type CallState,
    type VoiceToolkitActions
} from 'c/voiceEventBus';
import { formatLabel } from 'c/voiceViewUtils';
import {
    CONTROL_NAMES,
    asParticipantType,
    buildControlsView,
    isControlName,
    participantAction,
    runControl,
    type ControlContext
} from '../callControlsView';
import { LABELS } from '../labels';

const T0 = 1_700_000_000_000;
const CALLER = '+1 (415) 999-0000';
const READY: ControlContext = { pending: false, isActionTarget: true };

function call(events: Array<[type: string, detail?: Record<string, unknown>]>): CallState {
    let state = createConsoleState();
    events.forEach(([type, detail], index) => {
        const result = normalizeToolkitEvent(type, { callId: 'c1', ...detail }, T0 + index);
        if (!result.ok) {
            throw new Error(result.reason);
        }
        state = reduceConsoleState(state, result.event);
    });
    return state.calls.c1;
}

const CONNECTED: Array<[string, Record<string, unknown>?]> = [
    ['callconnected', { callType: 'inbound', participant: CALLER }]
];

/** Which controls are enabled, as a set of names. */
function enabled(view: ReturnType<typeof buildControlsView>): string[] {
    const flags: Record<string, boolean> = {
        mute: view.muteDisabled,
        recording: view.recordingDisabled,
        merge: view.mergeDisabled,
        swap: view.swapDisabled,
        end: view.endDisabled
    };
    return Object.keys(flags).filter((name) => !flags[name]);
}

describe('callControlsView', () => {
    it('offers end call only while ringing', () => {
        const view = buildControlsView(call([['callstarted', { participant: CALLER }]]), READY);
        expect(enabled(view)).toEqual(['end']);
        expect(view.showMultiparty).toBe(false);
    });

    it('offers mute, recording and end call on a connected call', () => {
        const view = buildControlsView(call(CONNECTED), READY);
        expect(enabled(view)).toEqual(['mute', 'recording', 'end']);
        expect(view).toMatchObject({
            muted: false,
            muteAction: 'mute',
            recordingAction: 'pauseRecording',
            recordingLabel: LABELS.pauseRecording,
            note: ''
        });
    });

    it('turns mute and recording into their opposites', () => {
        const view = buildControlsView(call([...CONNECTED, ['mute'], ['pauserecording']]), READY);
        expect(view).toMatchObject({
            muted: true,
            muteAction: 'unmute',
            recordingAction: 'resumeRecording',
            recordingLabel: LABELS.resumeRecording,
            recordingIcon: 'utility:record'
        });
    });

    it('offers merge and swap only when they would change something', () => {
        const added = call([...CONNECTED, ['participantadded', { participant: 'Queue' }]]);
        expect(buildControlsView(added, READY)).toMatchObject({
            showMultiparty: true,
            mergeDisabled: true,
            swapDisabled: true
        });

        const consult = call([
            ...CONNECTED,
            ['participantadded', { participant: 'Queue' }],
            ['hold', { participant: CALLER }]
        ]);
        expect(buildControlsView(consult, READY)).toMatchObject({
            mergeDisabled: false,
            swapDisabled: false
        });

        const bothHeld = call([
            ...CONNECTED,
            ['participantadded', { participant: 'Queue' }],
            ['hold', { participant: CALLER }],
            ['hold', { participant: 'Queue' }]
        ]);
        expect(buildControlsView(bothHeld, READY)).toMatchObject({
            mergeDisabled: false,
            swapDisabled: true
        });
    });

    it('turns everything off while an action is pending', () => {
        const view = buildControlsView(call(CONNECTED), { pending: true, isActionTarget: true });
        expect(enabled(view)).toEqual([]);
        expect(view).toMatchObject({ busy: true, ariaBusy: 'true' });
    });

    it('turns everything off, with a reason, on a live call the toolkit does not act on', () => {
        const view = buildControlsView(call(CONNECTED), { pending: false, isActionTarget: false });
        expect(enabled(view)).toEqual([]);
        expect(view.note).toBe(LABELS.controlsOtherCall);
    });

    it('turns everything off after the call, without a note', () => {
        const view = buildControlsView(call([...CONNECTED, ['callended']]), {
            pending: false,
            isActionTarget: false
        });
        expect(enabled(view)).toEqual([]);
        expect(view.note).toBe('');
        expect(view.showMultiparty).toBe(false);
    });

    it('offers hold or resume per participant, named after them', () => {
        const consult = call([
            ...CONNECTED,
            ['participantadded', { participant: 'Queue' }],
            ['hold', { participant: CALLER }]
        ]);
        const [caller, third] = consult.participants;
        expect(participantAction(consult, caller, 'Initial_Caller', READY)).toEqual({
            name: 'resume',
            label: LABELS.resume,
            accessibleName: formatLabel(label('VCK_CallStatus_ResumeParticipant'), CALLER),
            participantType: 'Initial_Caller',
            disabled: false
        });
        expect(participantAction(consult, third, 'Third_Party', READY)).toMatchObject({
            name: 'hold',
            accessibleName: formatLabel(label('VCK_CallStatus_HoldParticipant'), 'Queue'),
            participantType: 'Third_Party'
        });
        expect(
            participantAction(consult, third, 'Third_Party', { ...READY, pending: true }).disabled
        ).toBe(true);
    });

    describe('runControl', () => {
        function fakeActions(): jest.Mocked<VoiceToolkitActions> {
            const resolved = () => jest.fn(() => Promise.resolve('ok'));
            return {
                mute: resolved(),
                unmute: resolved(),
                hold: resolved(),
                resume: resolved(),
                endCall: resolved(),
                acceptCall: resolved(),
                declineCall: resolved(),
                pauseRecording: resolved(),
                resumeRecording: resolved(),
                merge: resolved(),
                swap: resolved(),
                addParticipant: resolved(),
                sendDigits: resolved(),
                startPreviewCall: resolved(),
                updateNextBestActions: resolved()
            } as unknown as jest.Mocked<VoiceToolkitActions>;
        }

        it.each(CONTROL_NAMES.filter((name) => name !== 'hold' && name !== 'resume'))(
            '%s calls the action of that name without arguments',
            async (name) => {
                const actions = fakeActions();
                await runControl(actions, name);
                expect(actions[name]).toHaveBeenCalledWith();
            }
        );

        it('passes the participant type to hold and resume', async () => {
            const actions = fakeActions();
            await runControl(actions, 'hold', 'Third_Party');
            await runControl(actions, 'resume', 'Initial_Caller');
            expect(actions.hold).toHaveBeenCalledWith('Third_Party');
            expect(actions.resume).toHaveBeenCalledWith('Initial_Caller');
        });

        it('refuses hold without a participant type instead of guessing one', async () => {
            const actions = fakeActions();
            await expect(runControl(actions, 'hold')).rejects.toBeInstanceOf(ToolkitActionError);
            expect(actions.hold).not.toHaveBeenCalled();
        });
    });

    it('recognises control names and participant types from data attributes', () => {
        expect(isControlName('merge')).toBe(true);
        expect(isControlName('addParticipant')).toBe(false);
        expect(isControlName(undefined)).toBe(false);
        expect(asParticipantType('Third_Party')).toBe('Third_Party');
        expect(asParticipantType('Agent')).toBeNull();
    });
});
