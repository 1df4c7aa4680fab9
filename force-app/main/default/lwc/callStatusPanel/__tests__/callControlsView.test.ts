import { label } from '../../../../../test/useRealLabels';
import {
    createConsoleState,
    normalizeToolkitEvent,
    reduceConsoleState,
    type CallState,
    type VoiceToolkitActions
} from 'c/voiceEventBus';
import { formatLabel } from 'c/voiceViewUtils';
import {
    asControlRequest,
    asParticipantType,
    buildControlsView,
    hangUpAction,
    outcomeMessage,
    participantAction,
    runControl,
    type ControlContext,
    type ControlRequest
} from '../callControlsView';
import { LABELS } from '../labels';

const T0 = 1_700_000_000_000;
const CALLER = '+1 (415) 999-0000';
const READY: ControlContext = {
    pending: false,
    isActionTarget: true,
    profile: 'partner',
    allowBlindTransfer: false
};

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
const CONSULT: Array<[string, Record<string, unknown>?]> = [
    ...CONNECTED,
    ['participantadded', { participant: 'Queue' }],
    ['hold', { participant: CALLER }]
];

/** The controls an agent sees, by name. */
function offered(view: ReturnType<typeof buildControlsView>): string[] {
    const shown: Record<string, boolean> = {
        accept: view.ringing,
        decline: view.ringing,
        cancel: view.dialing,
        mute: view.connected,
        recording: view.connected,
        merge: view.showMerge,
        swap: view.showSwap,
        transfer: view.connected,
        keypad: view.connected,
        end: view.connected
    };
    return Object.keys(shown).filter((name) => shown[name]);
}

describe('callControlsView', () => {
    it('offers Accept and Decline, not End call, while an inbound call rings', () => {
        const ringing = call([['callstarted', { callType: 'inbound', participant: CALLER }]]);
        expect(offered(buildControlsView(ringing, READY))).toEqual(['accept', 'decline']);
    });

    it('offers Cancel while an outbound call dials', () => {
        const dialing = call([['callstarted', { callType: 'outbound', participant: CALLER }]]);
        expect(offered(buildControlsView(dialing, READY))).toEqual(['cancel']);
    });

    it('offers the in-call controls once connected', () => {
        const view = buildControlsView(call(CONNECTED), READY);
        expect(offered(view)).toEqual(['mute', 'recording', 'transfer', 'keypad', 'end']);
        expect(view).toMatchObject({
            muted: false,
            muteAction: 'mute',
            muteLabel: LABELS.mute,
            recordingAction: 'pauseRecording',
            recordingLabel: LABELS.pauseRecording,
            note: ''
        });
    });

    it('names the mute button after what a press does: Unmute while muted', () => {
        const view = buildControlsView(call([...CONNECTED, ['mute'], ['pauserecording']]), READY);
        expect(view).toMatchObject({
            muted: true,
            muteAction: 'unmute',
            muteLabel: label('VCK_CallControls_Unmute'),
            recordingAction: 'resumeRecording',
            recordingLabel: LABELS.resumeRecording,
            recordingIcon: 'utility:record'
        });
    });

    it('offers Merge and Swap only when they would change something', () => {
        const added = call([...CONNECTED, ['participantadded', { participant: 'Queue' }]]);
        // Nobody held: Merge and Swap would change nothing.
        expect(buildControlsView(added, READY)).toMatchObject({
            showMerge: false,
            showSwap: false
        });

        expect(buildControlsView(call(CONSULT), READY)).toMatchObject({
            showMerge: true,
            showSwap: true
        });

        const bothHeld = call([...CONSULT, ['hold', { participant: 'Queue' }]]);
        expect(buildControlsView(bothHeld, READY)).toMatchObject({
            showMerge: true,
            showSwap: false
        });

        const conferenced = call([...CONSULT, ['conference']]);
        expect(buildControlsView(conferenced, READY)).toMatchObject({
            showMerge: false,
            showSwap: false
        });
    });

    it('never offers Swap under Native Telephony, which refuses it', () => {
        const view = buildControlsView(call(CONSULT), { ...READY, profile: 'native' });
        expect(view).toMatchObject({ showMerge: true, showSwap: false });
    });

    it('keeps every control while an action is pending, marked busy, so focus stays', () => {
        const view = buildControlsView(call(CONNECTED), { ...READY, pending: true });
        expect(offered(view)).toEqual(['mute', 'recording', 'transfer', 'keypad', 'end']);
        expect(view).toMatchObject({ busy: true, ariaBusy: 'true' });
    });

    it('offers nothing, and says why, on a live call the toolkit does not act on', () => {
        const RINGING: Array<[string, Record<string, unknown>?]> = [
            ['callstarted', { participant: CALLER }]
        ];
        for (const events of [CONNECTED, RINGING]) {
            const view = buildControlsView(call(events), { ...READY, isActionTarget: false });
            expect(offered(view)).toEqual([]);
            expect(view.note).toBe(LABELS.controlsOtherCall);
        }
    });

    it('offers nothing after the call, without a note', () => {
        const view = buildControlsView(call([...CONNECTED, ['callended']]), READY);
        expect(offered(view)).toEqual([]);
        expect(view.note).toBe('');
    });

    it('passes the admin’s blind-transfer choice to the transfer form', () => {
        expect(buildControlsView(call(CONNECTED), READY).allowBlindTransfer).toBe(false);
        const allowed = { ...READY, allowBlindTransfer: true };
        expect(buildControlsView(call(CONNECTED), allowed).allowBlindTransfer).toBe(true);
    });

    it('offers hold or resume per participant, named after them', () => {
        const consult = call(CONSULT);
        const [caller, third] = consult.participants;
        expect(participantAction(consult, caller, 'Initial_Caller', READY)).toEqual({
            name: 'resume',
            label: LABELS.resume,
            accessibleName: formatLabel(label('VCK_CallStatus_ResumeParticipant'), CALLER),
            participantType: 'Initial_Caller',
            focusKey: 'hold-#caller'
        });
        expect(participantAction(consult, third, 'Third_Party', READY)).toMatchObject({
            name: 'hold',
            accessibleName: formatLabel(label('VCK_CallStatus_HoldParticipant'), 'Queue'),
            participantType: 'Third_Party'
        });
        expect(
            participantAction(consult, third, 'Third_Party', { ...READY, isActionTarget: false })
        ).toBeNull();
    });

    it('offers Hang up per party only in a three-way call', () => {
        const alone = call(CONNECTED);
        expect(hangUpAction(alone, alone.participants[0], 'Initial_Caller', READY)).toBeNull();
        const consult = call(CONSULT);
        expect(hangUpAction(consult, consult.participants[1], 'Third_Party', READY)).toEqual({
            label: label('VCK_CallStatus_HangUp'),
            accessibleName: formatLabel(label('VCK_CallStatus_HangUpParticipant'), 'Queue'),
            participantType: 'Third_Party',
            focusKey: `hangup-${consult.participants[1].key}`
        });
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

        it.each([
            'mute',
            'unmute',
            'pauseRecording',
            'resumeRecording',
            'merge',
            'swap',
            'acceptCall',
            'declineCall',
            'endCall'
        ] as const)('%s calls the action of that name without arguments', async (name) => {
            const actions = fakeActions();
            await runControl(actions, { name });
            expect(actions[name]).toHaveBeenCalledWith();
        });

        it('cancels a dialing call with endCall(), the toolkit having no cancel', async () => {
            const actions = fakeActions();
            await runControl(actions, { name: 'cancelCall' });
            expect(actions.endCall).toHaveBeenCalledWith();
        });

        it('passes the participant type to hold, resume and hang up', async () => {
            const actions = fakeActions();
            const party = { participantName: 'Queue' };
            await runControl(actions, { name: 'hold', participantType: 'Third_Party', ...party });
            await runControl(actions, {
                name: 'resume',
                participantType: 'Initial_Caller',
                ...party
            });
            await runControl(actions, { name: 'hangUp', participantType: 'Third_Party', ...party });
            expect(actions.hold).toHaveBeenCalledWith('Third_Party');
            expect(actions.resume).toHaveBeenCalledWith('Initial_Caller');
            expect(actions.endCall).toHaveBeenCalledWith('Third_Party');
        });

        it('adds a participant warm or blind, and sends digits', async () => {
            const actions = fakeActions();
            const number = '+1 206 555 0100';
            await runControl(actions, {
                name: 'addParticipant',
                contactType: 'PhoneNumber',
                contactValue: number,
                blind: false
            });
            await runControl(actions, {
                name: 'addParticipant',
                contactType: 'AgentOrQueueId',
                contactValue: 'Billing',
                blind: true
            });
            await runControl(actions, { name: 'sendDigits', digits: '#' });
            expect(actions.addParticipant.mock.calls).toEqual([
                ['PhoneNumber', number, false],
                ['AgentOrQueueId', 'Billing', true]
            ]);
            expect(actions.sendDigits).toHaveBeenCalledWith('#');
        });
    });

    it('reads only known requests from data attributes and events', () => {
        expect(asControlRequest({ name: 'merge' })).toEqual({ name: 'merge' });
        expect(asControlRequest({ name: 'hold' })).toBeNull();
        expect(
            asControlRequest({ name: 'hangUp', participantType: 'Agent', participantName: 'x' })
        ).toBeNull();
        expect(asControlRequest({ name: 'startPreviewCall' })).toBeNull();
        expect(asControlRequest({ name: 'sendDigits', digits: '12x' })).toBeNull();
        expect(
            asControlRequest({ name: 'addParticipant', contactType: 'Fax', contactValue: '1' })
        ).toBeNull();
        expect(asControlRequest(null)).toBeNull();
        expect(asParticipantType('Third_Party')).toBe('Third_Party');
        expect(asParticipantType('Agent')).toBeNull();
    });

    it('says what each control did, naming the party', () => {
        const cases: Array<[ControlRequest, string]> = [
            [{ name: 'acceptCall' }, 'Call accepted.'],
            [{ name: 'cancelCall' }, 'Call cancelled.'],
            [{ name: 'unmute' }, 'Unmuted.'],
            [
                { name: 'hold', participantType: 'Initial_Caller', participantName: CALLER },
                `${CALLER} is on hold.`
            ],
            [
                { name: 'hangUp', participantType: 'Third_Party', participantName: 'Queue' },
                'Queue has left the call.'
            ],
            [
                {
                    name: 'addParticipant',
                    contactType: 'PhoneNumber',
                    contactValue: '+1 206 555 0100',
                    blind: false
                },
                'Calling +1 206 555 0100. The caller is on hold.'
            ],
            [{ name: 'sendDigits', digits: '5' }, 'Sent 5.']
        ];
        for (const [request, message] of cases) {
            expect(outcomeMessage(request)).toBe(message);
        }
    });
});
