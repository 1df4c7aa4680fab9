import { label } from '../../../../../test/useRealLabels';
import {
    createConsoleState,
    normalizeToolkitEvent,
    reduceConsoleState,
    type BusDiagnosticsSnapshot,
    type ConsoleState
} from 'c/voiceEventBus';
import { formatLabel } from 'c/voiceViewUtils';
import {
    buildCallStatusView,
    callTimers,
    emptyStateMessage,
    keptPick,
    shownCall,
    type CallStatusInput
} from '../callStatusView';
import { LABELS } from '../labels';

const T0 = 1_700_000_000_000;
const CALLER = '+1 (415) 999-0000';

/** Applies raw toolkit payloads the way the bus does, at the given arrival times. */
function apply(
    state: ConsoleState,
    events: Array<[type: string, at: number, detail?: Record<string, unknown>]>,
    callId = 'call-1'
): ConsoleState {
    return events.reduce((current, [type, at, detail]) => {
        const result = normalizeToolkitEvent(type, { callId, ...detail }, at);
        if (!result.ok) {
            throw new Error(`${type}: ${result.reason}`);
        }
        return reduceConsoleState(current, result.event);
    }, state);
}

function connected(at = T0, callId = 'call-1'): ConsoleState {
    return apply(
        createConsoleState(),
        [['callconnected', at, { callType: 'inbound', participant: CALLER }]],
        callId
    );
}

function input(state: ConsoleState, overrides: Partial<CallStatusInput> = {}): CallStatusInput {
    return {
        state,
        pickedCallId: null,
        now: T0,
        pending: false,
        showControls: true,
        showAudioQuality: true,
        diagnostics: null,
        ...overrides
    };
}

const timerValues = (state: ConsoleState, now: number) =>
    Object.fromEntries(callTimers(state.calls['call-1'], now).map((t) => [t.key, t.value]));

describe('callStatusView', () => {
    describe('callTimers', () => {
        it('counts ringing time from callstarted', () => {
            const state = apply(createConsoleState(), [['callstarted', T0]]);
            expect(timerValues(state, T0 + 7000)).toEqual({ ringing: '0:07' });
        });

        it('counts the call from connect, not from when it started ringing', () => {
            const state = apply(createConsoleState(), [
                ['callstarted', T0],
                ['callconnected', T0 + 20000]
            ]);
            expect(timerValues(state, T0 + 80000)).toEqual({ duration: '1:00' });
        });

        it("adds the caller's hold time while the caller is held", () => {
            const state = apply(connected(), [['hold', T0 + 10000, { participant: CALLER }]]);
            expect(timerValues(state, T0 + 70000)).toEqual({ duration: '1:10', hold: '1:00' });
        });

        it('does not count a third party on hold as the caller on hold', () => {
            const state = apply(connected(), [
                ['participantadded', T0 + 1000, { participant: 'Billing Queue' }],
                ['hold', T0 + 2000, { participant: 'Billing Queue' }]
            ]);
            expect(timerValues(state, T0 + 9000)).toEqual({ duration: '0:09' });
        });

        it('freezes the duration at callended and runs after-call work until wrap-up', () => {
            const ended = apply(connected(), [['callended', T0 + 95000]]);
            expect(timerValues(ended, T0 + 125000)).toEqual({
                duration: '1:35',
                afterCallWork: '0:30'
            });

            const wrapped = apply(ended, [['wrapupended', T0 + 140000]]);
            expect(timerValues(wrapped, T0 + 999000)).toEqual({
                duration: '1:35',
                afterCallWork: '0:45'
            });
        });

        it('never shows a negative time when the clocks disagree', () => {
            expect(timerValues(connected(T0 + 5000), T0)).toEqual({ duration: '0:00' });
        });
    });

    describe('shownCall and keptPick', () => {
        it('follows the newer of two calls known alike, or the one the user picked', () => {
            const state = apply(connected(T0, 'a'), [['callconnected', T0 + 5]], 'b');
            expect(shownCall(state, null)?.callId).toBe('b');
            expect(shownCall(state, 'a')?.callId).toBe('a');
        });

        it('shows no call once wrap-up has ended, unless the user picked it', () => {
            const state = apply(connected(), [
                ['callended', T0 + 1],
                ['wrapupended', T0 + 2]
            ]);
            expect(shownCall(state, null)).toBeNull();
            expect(shownCall(state, 'call-1')?.callId).toBe('call-1');
        });

        it('keeps showing a call in after-call work', () => {
            const state = apply(connected(), [['callended', T0 + 1]]);
            expect(shownCall(state, null)?.phase).toBe('afterCallWork');
        });

        it('drops the pick of a finished call when a new live call appears', () => {
            const before = apply(connected(T0, 'old'), [['callended', T0 + 1]], 'old');
            const after = apply(before, [['callstarted', T0 + 2]], 'new');
            expect(keptPick(before, after, 'old')).toBeNull();
        });

        it('keeps the pick of a live call, and of a finished one without a new call', () => {
            const two = apply(connected(T0, 'a'), [['callconnected', T0 + 1]], 'b');
            const three = apply(two, [['callstarted', T0 + 2]], 'c');
            expect(keptPick(two, three, 'a')).toBe('a');

            const ended = apply(two, [['callended', T0 + 3]], 'a');
            const muted = apply(ended, [['mute', T0 + 4]], 'b');
            expect(keptPick(ended, muted, 'a')).toBe('a');
        });
    });

    describe('a stray event for an unknown call (issue 10)', () => {
        // Native Telephony: connected, a transcript line, the caller on hold.
        const live = apply(connected(), [
            [
                'transcript',
                T0 + 2000,
                {
                    id: 'u-1',
                    serverReceivedTimestamp: T0 + 2000,
                    content: { formatType: 'Text', text: 'Let me check that.' },
                    sender: { role: 'Agent' }
                }
            ],
            ['hold', T0 + 3000, { participant: CALLER }]
        ]);
        const withStray = apply(live, [['hold', T0 + 4000, { participant: '+1 555' }]], '12345');

        it('keeps the agent on the real call, with its controls, and lists the stray one as unconfirmed', () => {
            const view = buildCallStatusView(input(withStray, { now: T0 + 10_000 }));
            expect(view.callId).toBe('call-1');
            expect(view.call).toMatchObject({ callerName: CALLER, phase: 'onHold' });
            expect(view.controls).toMatchObject({
                note: '',
                connected: true
            });
            expect(view.callOptions.map((option) => option.value)).toEqual(['call-1', '12345']);
            expect(view.callOptions[1].label).toBe(
                [
                    label('VCK_Common_UnknownCaller'),
                    label('VCK_Common_PhaseConnected'),
                    label('VCK_Common_StrayCall')
                ].join(' · ')
            );
        });

        it('offers no control on the stray call when the agent picks it: the toolkit would act on the real one', () => {
            const view = buildCallStatusView(
                input(withStray, { now: T0 + 10_000, pickedCallId: '12345' })
            );
            expect(view.callId).toBe('12345');
            expect(view.controls).toMatchObject({
                note: LABELS.controlsOtherCall,
                connected: false,
                ringing: false,
                dialing: false
            });
        });
    });

    describe('buildCallStatusView', () => {
        it('explains an empty panel by whether any event has arrived', () => {
            expect(emptyStateMessage(createConsoleState())).toBe(LABELS.noEventsYet);
            const wrapped = apply(connected(), [['wrapupended', T0 + 1]]);
            expect(emptyStateMessage(wrapped)).toBe(LABELS.eventsSeen);

            const view = buildCallStatusView(input(wrapped));
            expect(view.call).toBeNull();
            expect(view.emptyMessage).toBe(LABELS.eventsSeen);
            expect(view.callOptions.map((option) => option.value)).toEqual(['call-1']);
            expect(view.clockNeeded).toBe(false);
        });

        it('describes a held caller: phase, badge, participant row and its action', () => {
            const state = apply(connected(), [
                ['hold', T0 + 1000, { participant: CALLER }],
                ['mute', T0 + 1000]
            ]);
            const view = buildCallStatusView(input(state, { now: T0 + 43000 }));

            expect(view.call).toMatchObject({
                callerName: CALLER,
                phase: 'onHold',
                phaseBadgeClass: 'slds-theme_warning',
                muted: true,
                recordingPaused: false,
                multipartyLabel: ''
            });
            expect(view.announcement).toBe(view.call!.phaseLabel);
            expect(view.call!.participants).toEqual([
                expect.objectContaining({
                    participantType: 'Initial_Caller',
                    onHold: true,
                    statusLabel: formatLabel(label('VCK_CallStatus_OnHoldFor'), '0:42'),
                    action: expect.objectContaining({
                        name: 'resume',
                        participantType: 'Initial_Caller'
                    })
                })
            ]);
            expect(view.clockNeeded).toBe(true);
        });

        it('labels a three-way call, then a conference', () => {
            const added = apply(connected(), [
                ['participantadded', T0 + 1000, { participant: 'Billing Queue' }]
            ]);
            expect(buildCallStatusView(input(added)).call!.multipartyLabel).toBe(LABELS.threeWay);
            const merged = apply(added, [['conference', T0 + 2000]]);
            expect(buildCallStatusView(input(merged)).call!.multipartyLabel).toBe(
                LABELS.conference
            );
        });

        it('names an unnamed caller in words', () => {
            const state = apply(createConsoleState(), [['mute', T0]]);
            const view = buildCallStatusView(input(state));
            expect(view.call!.callerName).toBe(LABELS.unknownCaller);
            expect(view.call!.participants[0].name).toBe(LABELS.unknownCaller);
        });

        it('leaves controls and row actions out when showControls is off', () => {
            const view = buildCallStatusView(input(connected(), { showControls: false }));
            expect(view.controls).toBeNull();
            expect(view.call!.participants[0].action).toBeNull();
        });

        it('shows audio quality only for a connected call that has figures', () => {
            const detail = {
                stats: [{ inputChannelStats: { roundTripTimeMillis: 100, jitterBufferMillis: 5 } }]
            };
            const withStats = apply(connected(), [['audiostats', T0 + 1000, detail]]);
            expect(buildCallStatusView(input(connected())).audio).toBeNull();
            expect(buildCallStatusView(input(withStats)).audio).not.toBeNull();
            expect(
                buildCallStatusView(input(withStats, { showAudioQuality: false })).audio
            ).toBeNull();
            const ended = apply(withStats, [['callended', T0 + 2000]]);
            expect(buildCallStatusView(input(ended)).audio).toBeNull();
        });

        it('keeps the clock running for diagnostics and pending actions without a call', () => {
            const diagnostics: BusDiagnosticsSnapshot = {
                accepted: {},
                acceptedTotal: 0,
                unchanged: 0,
                rejectedTotal: 0,
                recentRejections: [],
                subscriberErrors: 0,
                publishErrors: 0,
                internalErrors: 0,
                storageErrors: 0,
                registeredToolkits: 0,
                hasLeader: false
            };
            const empty = createConsoleState();
            expect(buildCallStatusView(input(empty)).clockNeeded).toBe(false);
            expect(buildCallStatusView(input(empty, { diagnostics })).clockNeeded).toBe(true);
            expect(buildCallStatusView(input(empty, { pending: true })).clockNeeded).toBe(true);
        });
    });
});
