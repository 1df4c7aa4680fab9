import { label } from '../../../../../test/useRealLabels';
import { createElement } from '@lwc/engine-dom';
import VoiceToolkitConnector from 'c/voiceToolkitConnector';
import { VOICE_CONSOLE_CHANNEL, voiceEventBus } from 'c/voiceEventBus';
import { formatLabel } from 'c/voiceViewUtils';
import { toolkitActionMocks } from '../../../../../test/jest-mocks/lightning/serviceCloudVoiceToolkitApi/serviceCloudVoiceToolkitApi';
import { subscriberCount } from '../../../../../test/jest-mocks/lightning/messageService';
import { emitToolkitEvent, flushPromises, removeAllChildren } from '../../../../../test/utils';
import {
    CALL_ID,
    advance,
    offeredControls,
    emit,
    fixture,
    mountPanel,
    prop,
    query,
    queryAll,
    textOf,
    useFakeClock
} from '../../../../../test/callStatusPanel/panel';

const T0 = Date.UTC(2026, 4, 12, 9, 30, 0);
const CALLER = '+1 (415) 999-0000';
const THIRD_PARTY = 'Billing Queue';

const phaseOf = (element: HTMLElement) =>
    prop<string>(query(element, '[data-id="phase"]'), 'label');
const timer = (element: HTMLElement, key: string) => textOf(element, `[data-timer="${key}"]`);
const participantRow = (element: HTMLElement, type: string) =>
    query<HTMLLIElement>(element, `li[data-participant="${type}"]`);
const rowButton = (element: HTMLElement, type: string) =>
    query(
        element,
        `li[data-participant="${type}"] button[data-action="hold"], li[data-participant="${type}"] button[data-action="resume"]`
    );
const control = (element: HTMLElement, action: string) =>
    query(element, `[data-id="controls"] [data-action="${action}"]`);
const muteButton = (element: HTMLElement) => query(element, 'lightning-button-icon-stateful');

/** A connected call as Native Telephony opens it: callconnected alone. */
async function connectedCall(): Promise<HTMLElement> {
    const element = await mountPanel();
    await emit('callconnected');
    return element;
}

/** A connected call with a third party added and the caller on hold (a consult). */
async function consultCall(): Promise<HTMLElement> {
    // Partner Telephony (which has swap), though the call opens as Native Telephony's would.
    const element = await mountPanel({ telephony: 'Partner' });
    await emit('callconnected');
    await emit('participantadded');
    await emit('hold');
    return element;
}

function collectToasts(element: HTMLElement): Array<Record<string, unknown>> {
    const toasts: Array<Record<string, unknown>> = [];
    element.addEventListener('lightning__showtoast', (event) =>
        toasts.push((event as CustomEvent<Record<string, unknown>>).detail)
    );
    return toasts;
}

describe('c-call-status-panel', () => {
    beforeEach(() => {
        voiceEventBus.reset();
        jest.clearAllMocks();
        useFakeClock(T0);
    });

    afterEach(() => {
        removeAllChildren();
        jest.useRealTimers();
    });

    describe('empty states', () => {
        it('says no telephony event has arrived yet on a fresh page', async () => {
            const element = await mountPanel();

            expect(textOf(element, '[data-id="empty"] h3')).toBe(label('VCK_Common_NoActiveCall'));
            expect(textOf(element, '[data-id="empty-message"]')).toBe(
                label('VCK_Common_NoEventsYet')
            );
            expect(query(element, '[data-id="controls"]')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('says events are arriving once a call has been wrapped up', async () => {
            const element = await connectedCall();
            await emit('callended');
            await emit('wrapupended');

            expect(textOf(element, '[data-id="empty-message"]')).toBe(
                label('VCK_Common_EventsSeen')
            );
            expect(query(element, '[data-id="phase"]')).toBeNull();
        });

        it('embeds a toolkit connector so the panel works alone', async () => {
            const element = await mountPanel();
            expect(query(element, 'c-voice-toolkit-connector')).not.toBeNull();
        });
    });

    describe('state after each event', () => {
        it('callstarted: ringing, outbound, the caller, and a ringing timer', async () => {
            const element = await mountPanel();
            await emit('callstarted');

            expect(phaseOf(element)).toBe(label('VCK_Common_PhaseRinging'));
            expect(prop(query(element, '[data-id="call-type"]'), 'label')).toBe(
                label('VCK_Common_Outbound')
            );
            expect(textOf(element, '[data-id="caller"]')).toBe(CALLER);
            expect(textOf(element, '[data-id="timers"] dt')).toBe(
                label('VCK_CallStatus_RingingFor')
            );
            expect(textOf(element, '[data-id="announcement"]')).toBe(
                label('VCK_Common_PhaseRinging')
            );
        });

        it('callconnected alone (Native Telephony) opens a connected call', async () => {
            const element = await connectedCall();

            expect(phaseOf(element)).toBe(label('VCK_Common_PhaseConnected'));
            expect(timer(element, 'duration')).toBe('0:00');
            expect(textOf(element, '[data-id="announcement"]')).toBe(
                label('VCK_Common_PhaseConnected')
            );
            expect(queryAll(element, '[data-id="participants"] li')).toHaveLength(1);
        });

        it('hold and resume: phase, the caller row and its timer', async () => {
            const element = await connectedCall();
            await advance(20000);
            await emit('hold');
            await advance(42000);

            expect(phaseOf(element)).toBe(label('VCK_Common_PhaseOnHold'));
            expect(textOf(element, '[data-id="announcement"]')).toBe(
                label('VCK_Common_PhaseOnHold')
            );
            expect(timer(element, 'hold')).toBe('0:42');
            const row = participantRow(element, 'Initial_Caller')!;
            expect(row.querySelector('[data-id="hold-state"]')!.textContent!.trim()).toBe(
                formatLabel(label('VCK_CallStatus_OnHoldFor'), '0:42')
            );
            expect(rowButton(element, 'Initial_Caller')!.textContent!.trim()).toBe(
                label('VCK_CallStatus_Resume')
            );

            await emit('resume');
            expect(phaseOf(element)).toBe(label('VCK_Common_PhaseConnected'));
            expect(timer(element, 'hold')).toBeNull();
            expect(
                participantRow(element, 'Initial_Caller')!
                    .querySelector('[data-id="hold-state"]')!
                    .textContent!.trim()
            ).toBe(label('VCK_CallStatus_OnTheLine'));
        });

        it('mute and unmute: badge and the stateful button', async () => {
            const element = await connectedCall();
            await emit('mute');

            expect(prop(query(element, '[data-id="muted"]'), 'label')).toBe(
                label('VCK_CallStatus_Muted')
            );
            expect(prop(muteButton(element), 'selected')).toBe(true);

            await advance(1000);
            await emit('unmute');
            expect(query(element, '[data-id="muted"]')).toBeNull();
            expect(prop(muteButton(element), 'selected')).toBe(false);
        });

        it('pauserecording and resumerecording: indicator and button', async () => {
            const element = await connectedCall();
            await emit('pauserecording');

            expect(prop(query(element, '[data-id="recording-paused"]'), 'label')).toBe(
                label('VCK_CallStatus_RecordingPaused')
            );
            expect(prop(control(element, 'resumeRecording'), 'label')).toBe(
                label('VCK_CallStatus_ResumeRecording')
            );

            await advance(1000);
            await emit('resumerecording');
            expect(query(element, '[data-id="recording-paused"]')).toBeNull();
            expect(prop(control(element, 'pauseRecording'), 'label')).toBe(
                label('VCK_CallStatus_PauseRecording')
            );
        });

        it('participantadded: a third-party row, the three-way badge, merge and swap', async () => {
            const element = await consultCall();

            const rows = queryAll(element, '[data-id="participants"] li');
            expect(rows.map((row) => row.dataset.participant)).toEqual([
                'Initial_Caller',
                'Third_Party'
            ]);
            expect(rows[1].textContent).toContain(THIRD_PARTY);
            expect(rows[1].textContent).toContain(label('VCK_CallStatus_RoleThirdParty'));
            expect(prop(query(element, '[data-id="multiparty"]'), 'label')).toBe(
                label('VCK_CallStatus_ThreeWay')
            );
            expect(control(element, 'merge')).not.toBeNull();
            expect(control(element, 'swap')).not.toBeNull();
        });

        it('conference: everyone off hold and the conference badge', async () => {
            const element = await consultCall();
            await emit('conference');

            expect(prop(query(element, '[data-id="multiparty"]'), 'label')).toBe(
                label('VCK_CallStatus_Conference')
            );
            expect(phaseOf(element)).toBe(label('VCK_Common_PhaseConnected'));
            // Nobody is held any more: merge and swap would change nothing.
            expect(control(element, 'merge')).toBeNull();
            expect(control(element, 'swap')).toBeNull();
        });

        it('swap: the caller comes back and the third party goes on hold', async () => {
            const element = await consultCall();
            await emit('swap');

            const states = queryAll(element, '[data-id="hold-state"]').map((node) =>
                node.textContent!.trim()
            );
            expect(states[0]).toBe(label('VCK_CallStatus_OnTheLine'));
            expect(states[1]).toBe(formatLabel(label('VCK_CallStatus_OnHoldFor'), '0:00'));
            expect(rowButton(element, 'Third_Party')!.textContent!.trim()).toBe(
                label('VCK_CallStatus_Resume')
            );
        });

        it('participantremoved: the third party leaves, merge and swap go', async () => {
            const element = await consultCall();
            await emit('participantremoved');

            expect(participantRow(element, 'Third_Party')).toBeNull();
            expect(query(element, '[data-id="multiparty"]')).toBeNull();
            expect(control(element, 'merge')).toBeNull();
        });

        it('callended: after-call work with a frozen call duration', async () => {
            const element = await connectedCall();
            await advance(95000);
            await emit('callended');
            await advance(30000);

            expect(phaseOf(element)).toBe(label('VCK_Common_PhaseAfterCallWork'));
            expect(timer(element, 'duration')).toBe('1:35');
            expect(timer(element, 'afterCallWork')).toBe('0:30');
            expect(query(element, '[data-id="participants"]')).toBeNull();
        });

        it('wrapupended: after-call work stops at wrap-up (shown when picked)', async () => {
            const element = await connectedCall();
            await emit('callended');
            await advance(45000);
            await emit('wrapupended');
            query(element, 'c-voice-call-switcher')!.dispatchEvent(
                new CustomEvent('callchange', { detail: { callId: CALL_ID } })
            );
            await advance(60000);

            expect(phaseOf(element)).toBe(label('VCK_Common_PhaseEnded'));
            expect(timer(element, 'afterCallWork')).toBe('0:45');
        });

        it('a burst of transcript lines leaves the status as it was', async () => {
            const element = await connectedCall();
            await emit('mute');
            for (let index = 0; index < 50; index += 1) {
                emitToolkitEvent('transcript', {
                    ...fixture('transcript').detail,
                    id: `utterance-${index}`,
                    serverReceivedTimestamp: T0 + index
                });
            }
            await flushPromises();

            expect(phaseOf(element)).toBe(label('VCK_Common_PhaseConnected'));
            expect(query(element, '[data-id="muted"]')).not.toBeNull();
        });
    });

    describe('timers', () => {
        it('ticks the call duration once a second', async () => {
            const element = await connectedCall();

            await advance(1000);
            expect(timer(element, 'duration')).toBe('0:01');
            await advance(64000);
            expect(timer(element, 'duration')).toBe('1:05');
            await advance(3600000);
            expect(timer(element, 'duration')).toBe('1:01:05');
        });

        it('measures the duration from connect, not from when the call started ringing', async () => {
            const element = await mountPanel();
            await emit('callstarted');
            await advance(12000);
            expect(timer(element, 'ringing')).toBe('0:12');

            await emit('callconnected');
            await advance(5000);
            expect(timer(element, 'duration')).toBe('0:05');
        });

        it('shows the true elapsed time when mounted mid-call', async () => {
            const host = createElement('c-voice-toolkit-connector', { is: VoiceToolkitConnector });
            document.body.appendChild(host);
            await flushPromises();
            await emit('callconnected');
            await advance(60000);
            await emit('hold');
            await advance(240000);

            const element = await mountPanel();

            expect(timer(element, 'duration')).toBe('5:00');
            expect(timer(element, 'hold')).toBe('4:00');
            await advance(1000);
            expect(timer(element, 'duration')).toBe('5:01');
        });

        it('counts after-call work from the end of the call when mounted during it', async () => {
            const host = createElement('c-voice-toolkit-connector', { is: VoiceToolkitConnector });
            document.body.appendChild(host);
            await flushPromises();
            await emit('callconnected');
            await advance(30000);
            await emit('callended');
            await advance(90000);

            const element = await mountPanel();

            expect(timer(element, 'duration')).toBe('0:30');
            expect(timer(element, 'afterCallWork')).toBe('1:30');
        });

        it('stops its clock when nothing moves and when removed', async () => {
            const element = await connectedCall();
            expect(jest.getTimerCount()).toBe(1);

            await emit('callended');
            await emit('wrapupended');
            expect(jest.getTimerCount()).toBe(0);

            await emit('callconnected', { callId: 'next-call' });
            expect(jest.getTimerCount()).toBe(1);
            document.body.removeChild(element);
            expect(jest.getTimerCount()).toBe(0);
        });
    });

    describe('audio quality', () => {
        it('shows the grade and figures from the latest audiostats', async () => {
            const element = await connectedCall();
            await emit('audiostatsGood');

            const call = voiceEventBus.getState().calls[CALL_ID];
            expect(textOf(element, '[data-id="grade"]')).toBe(label('VCK_CallStatus_GradeGood'));
            expect(textOf(element, '[data-metric="rtt"]')).toBe(
                formatLabel(label('VCK_CallStatus_Milliseconds'), '120')
            );
            expect(textOf(element, '[data-metric="jitter"]')).toBe(
                formatLabel(label('VCK_CallStatus_Milliseconds'), '8')
            );
            expect(textOf(element, '[data-metric="loss"]')).toBe(
                formatLabel(label('VCK_CallStatus_Percent'), '0')
            );
            expect(textOf(element, '[data-metric="mos"]')).toBe(String(call.audio!.mos));
            expect(textOf(element, '[data-id="audio-age"]')).toBe(
                formatLabel(label('VCK_CallStatus_UpdatedAgo'), 0)
            );
        });

        it('says how old the figures are, and when they are overdue', async () => {
            const element = await connectedCall();
            await emit('audiostatsGood');

            await advance(12000);
            expect(textOf(element, '[data-id="audio-age"]')).toBe(
                formatLabel(label('VCK_CallStatus_UpdatedAgo'), 12)
            );
            expect(query(element, '[data-id="audio-overdue"]')).toBeNull();

            await advance(64000);
            expect(textOf(element, '[data-id="audio-overdue"]')).toBe(
                label('VCK_CallStatus_StatsOverdue')
            );
        });

        it('marks the figures past their threshold and keeps poor until all recover', async () => {
            const element = await connectedCall();
            await emit('audiostatsGood');
            await advance(30000);
            await emit('audiostatsPoor');

            expect(textOf(element, '[data-id="grade"]')).toBe(label('VCK_CallStatus_GradePoor'));
            for (const metric of ['rtt', 'jitter', 'loss']) {
                expect(textOf(element, `[data-metric="${metric}"] .slds-assistive-text`)).toBe(
                    label('VCK_CallStatus_AboveThreshold')
                );
            }
            // A low MOS is the bad one: read out as below its threshold.
            expect(textOf(element, '[data-metric="mos"] .slds-assistive-text')).toBe(
                label('VCK_CallStatus_BelowThreshold')
            );
            expect(textOf(element, '[data-metric="loss"]')).toContain(
                formatLabel(label('VCK_CallStatus_Percent'), '5.66')
            );

            await advance(30000);
            await emit('audiostatsRecovering');
            expect(textOf(element, '[data-id="grade"]')).toBe(label('VCK_CallStatus_GradePoor'));
            expect(queryAll(element, '[data-metric] .slds-assistive-text')).toHaveLength(0);

            await advance(30000);
            await emit('audiostatsGood');
            expect(textOf(element, '[data-id="grade"]')).toBe(label('VCK_CallStatus_GradeGood'));
            await expect(element).toBeAccessible();
        });

        it('stays hidden where audiostats never come (Native Telephony)', async () => {
            const element = await connectedCall();
            await advance(90000);
            expect(query(element, '[data-id="audio"]')).toBeNull();
        });

        it('is hidden once the call has ended', async () => {
            const element = await connectedCall();
            await emit('audiostatsGood');
            await emit('callended');
            expect(query(element, '[data-id="audio"]')).toBeNull();
        });
    });

    describe('controls', () => {
        it.each([
            ['mute', () => muteButton, 'mute', []],
            [
                'pause recording',
                () => (el: HTMLElement) => control(el, 'pauseRecording'),
                'pauseRecording',
                []
            ],
            ['end call', () => (el: HTMLElement) => control(el, 'endCall'), 'endCall', []],
            [
                'hold the caller',
                () => (el: HTMLElement) => rowButton(el, 'Initial_Caller'),
                'hold',
                ['Initial_Caller']
            ]
        ] as const)('%s calls the toolkit action', async (_name, find, action, args) => {
            const element = await connectedCall();
            find()(element)!.click();
            await flushPromises();

            expect(toolkitActionMocks[action]).toHaveBeenCalledTimes(1);
            expect(toolkitActionMocks[action]).toHaveBeenCalledWith(...args);
        });

        it('unmute and resume recording when muted and paused', async () => {
            const element = await connectedCall();
            await emit('mute');
            await emit('pauserecording');

            muteButton(element)!.click();
            await flushPromises();
            control(element, 'resumeRecording')!.click();
            await flushPromises();

            expect(toolkitActionMocks.unmute).toHaveBeenCalledTimes(1);
            expect(toolkitActionMocks.mute).not.toHaveBeenCalled();
            expect(toolkitActionMocks.resumeRecording).toHaveBeenCalledTimes(1);
        });

        it('resume, hold, merge and swap name the right participant type', async () => {
            const element = await consultCall();

            rowButton(element, 'Initial_Caller')!.click();
            await flushPromises();
            rowButton(element, 'Third_Party')!.click();
            await flushPromises();
            control(element, 'swap')!.click();
            await flushPromises();
            control(element, 'merge')!.click();
            await flushPromises();

            expect(toolkitActionMocks.resume).toHaveBeenCalledWith('Initial_Caller');
            expect(toolkitActionMocks.hold).toHaveBeenCalledWith('Third_Party');
            expect(toolkitActionMocks.swap).toHaveBeenCalledTimes(1);
            expect(toolkitActionMocks.merge).toHaveBeenCalledTimes(1);
        });

        it('gives each hold button a name that says whom it holds', async () => {
            const element = await consultCall();

            expect(rowButton(element, 'Initial_Caller')!.getAttribute('aria-label')).toBe(
                formatLabel(label('VCK_CallStatus_ResumeParticipant'), CALLER)
            );
            expect(rowButton(element, 'Third_Party')!.getAttribute('aria-label')).toBe(
                formatLabel(label('VCK_CallStatus_HoldParticipant'), THIRD_PARTY)
            );
        });

        it('shows a toast and announces the reason when an action fails', async () => {
            const element = await connectedCall();
            const toasts = collectToasts(element);
            toolkitActionMocks.hold.mockImplementationOnce(() =>
                Promise.reject(new Error('The caller already left'))
            );

            rowButton(element, 'Initial_Caller')!.click();
            await flushPromises();

            expect(toasts).toEqual([
                {
                    title: label('VCK_Common_ActionFailedTitle'),
                    message: formatLabel(
                        label('VCK_Common_ActionFailed'),
                        'The caller already left'
                    ),
                    variant: 'error'
                }
            ]);
            expect(textOf(element, '[data-id="control-outcome"]')).toBe(
                formatLabel(label('VCK_Common_ActionFailed'), 'The caller already left')
            );
            expect(query(element, '[data-id="controls"]')!.getAttribute('aria-busy')).toBe('false');
        });

        it('announces what an action did once it has gone through', async () => {
            const element = await connectedCall();
            rowButton(element, 'Initial_Caller')!.click();
            await flushPromises();
            expect(textOf(element, '[data-id="control-outcome"]')).toBe(
                formatLabel(label('VCK_CallStatus_DoneHold'), CALLER)
            );
        });

        it('treats a { success: false } answer as a failure', async () => {
            const element = await connectedCall();
            const toasts = collectToasts(element);
            toolkitActionMocks.endCall.mockImplementationOnce(() =>
                Promise.resolve({ success: false, message: 'Call is not active' } as never)
            );

            control(element, 'endCall')!.click();
            await flushPromises();

            expect(toasts).toHaveLength(1);
            expect(toasts[0].message).toBe(
                formatLabel(label('VCK_Common_ActionFailed'), 'Call is not active')
            );
        });

        it('keeps every control, busy, while an action is pending, and ignores a second press', async () => {
            const element = await connectedCall();
            let settle: (value: unknown) => void = () => undefined;
            toolkitActionMocks.mute.mockImplementationOnce(
                () => new Promise((resolve) => (settle = resolve)) as never
            );
            const before = offeredControls(element);

            muteButton(element)!.click();
            await flushPromises();

            expect(offeredControls(element)).toEqual(before);
            expect(queryAll(element, '[data-action]').some((el) => prop(el, 'disabled'))).toBe(
                false
            );
            expect(query(element, 'lightning-spinner')).not.toBeNull();
            expect(query(element, '[data-id="controls"]')!.getAttribute('aria-busy')).toBe('true');
            muteButton(element)!.click();
            control(element, 'endCall')!.click();
            expect(toolkitActionMocks.mute).toHaveBeenCalledTimes(1);
            expect(toolkitActionMocks.endCall).not.toHaveBeenCalled();

            settle({ success: true });
            await flushPromises();
            expect(query(element, 'lightning-spinner')).toBeNull();
            expect(query(element, '[data-id="controls"]')!.getAttribute('aria-busy')).toBe('false');
        });

        it('gives up waiting on an action that never answers', async () => {
            const element = await connectedCall();
            toolkitActionMocks.mute.mockImplementationOnce(
                () => new Promise(() => undefined) as never
            );
            muteButton(element)!.click();
            await flushPromises();

            await advance(14000);
            control(element, 'endCall')!.click();
            expect(toolkitActionMocks.endCall).not.toHaveBeenCalled();
            await advance(1000);
            control(element, 'endCall')!.click();
            expect(toolkitActionMocks.endCall).toHaveBeenCalledTimes(1);
        });

        it('offers only what acts in each phase', async () => {
            const element = await mountPanel();
            await emit('callstarted', { callType: 'inbound' });
            expect(offeredControls(element)).toEqual(['acceptCall', 'declineCall']);

            await emit('callconnected');
            expect(offeredControls(element)).toEqual([
                'hold:Initial_Caller',
                'mute',
                'pauseRecording',
                'transfer-toggle',
                'keypad-toggle',
                'endCall'
            ]);

            await emit('participantadded');
            expect(offeredControls(element)).not.toContain('merge');
            await emit('hold');
            expect(offeredControls(element)).toEqual([
                'resume:Initial_Caller',
                'hangUp:Initial_Caller',
                'hold:Third_Party',
                'hangUp:Third_Party',
                'mute',
                'pauseRecording',
                'merge',
                'swap',
                'transfer-toggle',
                'keypad-toggle',
                'endCall'
            ]);

            await emit('callended');
            expect(offeredControls(element)).toEqual([]);
        });

        it('accepts and declines a ringing call, and cancels one that dials', async () => {
            const element = await mountPanel();
            await emit('callstarted', { callType: 'inbound' });
            control(element, 'acceptCall')!.click();
            await flushPromises();
            expect(toolkitActionMocks.acceptCall).toHaveBeenCalledTimes(1);
            control(element, 'declineCall')!.click();
            await flushPromises();
            expect(toolkitActionMocks.declineCall).toHaveBeenCalledTimes(1);

            voiceEventBus.reset();
            removeAllChildren();
            const outbound = await mountPanel();
            await emit('callstarted', { callId: 'dial-1', callType: 'outbound' });
            expect(offeredControls(outbound)).toEqual(['cancelCall']);
            control(outbound, 'cancelCall')!.click();
            await flushPromises();
            expect(toolkitActionMocks.endCall).toHaveBeenCalledWith();
        });

        it('calls an outbound call’s other party the customer, not the caller', async () => {
            const element = await mountPanel();
            await emit('callconnected', { callType: 'outbound' });
            expect(participantRow(element, 'Initial_Caller')!.textContent).toContain(
                label('VCK_Common_RoleCustomer')
            );
        });

        it('hangs up one party of a three-way call', async () => {
            const element = await consultCall();
            query(element, 'li[data-participant="Third_Party"] [data-action="hangUp"]')!.click();
            await flushPromises();
            expect(toolkitActionMocks.endCall).toHaveBeenCalledWith('Third_Party');
            expect(
                query(
                    element,
                    'li[data-participant="Third_Party"] [data-action="hangUp"]'
                )!.getAttribute('aria-label')
            ).toBe(formatLabel(label('VCK_CallStatus_HangUpParticipant'), THIRD_PARTY));
        });

        it('names the mute button Unmute while muted', async () => {
            const element = await connectedCall();
            expect(prop(muteButton(element), 'alternativeText')).toBe(label('VCK_CallStatus_Mute'));
            await emit('mute');
            expect(prop(muteButton(element), 'alternativeText')).toBe(
                label('VCK_CallControls_Unmute')
            );
        });

        it('offers no swap under Native Telephony (set, or detected from the events)', async () => {
            const native = await mountPanel();
            Object.assign(native, { telephony: 'Native' });
            await emit('callconnected');
            await emit('participantadded');
            await emit('hold');
            expect(control(native, 'merge')).not.toBeNull();
            expect(control(native, 'swap')).toBeNull();
            Object.assign(native, { telephony: 'Partner' });
            await flushPromises();
            expect(control(native, 'swap')).not.toBeNull();
            // Detected: no callstarted, audiostats, swap or wrapupended has arrived.
            Object.assign(native, { telephony: 'Detect' });
            await flushPromises();
            expect(control(native, 'swap')).toBeNull();
        });
    });

    describe('design attributes', () => {
        it('hides controls and hold buttons with showControls off', async () => {
            const element = await mountPanel({ showControls: false });
            await emit('callconnected');

            expect(query(element, '[data-id="controls"]')).toBeNull();
            expect(queryAll(element, '[data-action]')).toHaveLength(0);
            expect(participantRow(element, 'Initial_Caller')).not.toBeNull();
        });

        it('hides audio quality with showAudioQuality off', async () => {
            const element = await mountPanel({ showAudioQuality: false });
            await emit('callconnected');
            await emit('audiostatsPoor');

            expect(query(element, '[data-id="audio"]')).toBeNull();
        });

        it('defaults to controls and audio on, diagnostics off', async () => {
            const element = await connectedCall();
            await emit('audiostatsGood');

            expect(prop(element, 'showControls')).toBe(true);
            expect(prop(element, 'showAudioQuality')).toBe(true);
            expect(prop(element, 'showDiagnostics')).toBe(false);
            expect(query(element, '[data-id="controls"]')).not.toBeNull();
            expect(query(element, '[data-id="audio"]')).not.toBeNull();
            expect(query(element, '[data-id="diagnostics"]')).toBeNull();
        });

        it('follows a change of a design attribute after mount', async () => {
            const element = await connectedCall();
            Object.assign(element, { showControls: false });
            await flushPromises();
            expect(query(element, '[data-id="controls"]')).toBeNull();
        });
    });

    describe('several calls', () => {
        async function twoCalls(): Promise<HTMLElement> {
            const element = await mountPanel();
            await emit('callconnected', { callId: 'call-a', participant: '+1 555 0100' });
            await advance(10000);
            await emit('callconnected', { callId: 'call-b', participant: '+1 555 0199' });
            return element;
        }

        it('follows the call with the latest activity and offers both', async () => {
            const element = await twoCalls();
            const switcher = query(element, 'c-voice-call-switcher')!;

            expect(textOf(element, '[data-id="caller"]')).toBe('+1 555 0199');
            expect(prop<Array<{ value: string }>>(switcher, 'options').map((o) => o.value)).toEqual(
                ['call-b', 'call-a']
            );
            expect(prop(switcher, 'value')).toBe('call-b');
        });

        it('switches to the call the user picks, with controls off for it', async () => {
            const element = await twoCalls();
            query(element, 'c-voice-call-switcher')!.dispatchEvent(
                new CustomEvent('callchange', { detail: { callId: 'call-a' } })
            );
            await flushPromises();

            expect(textOf(element, '[data-id="caller"]')).toBe('+1 555 0100');
            expect(timer(element, 'duration')).toBe('0:10');
            expect(textOf(element, '[data-id="controls-note"]')).toBe(
                label('VCK_CallStatus_ControlsOtherCall')
            );
            expect(offeredControls(element)).toEqual([]);

            await emit('mute', { callId: 'call-b' });
            expect(query(element, '[data-id="muted"]')).toBeNull();
            expect(textOf(element, '[data-id="caller"]')).toBe('+1 555 0100');
        });

        it('offers a call first seen through a transcript line within a second', async () => {
            const element = await twoCalls();
            await advance(1000);
            emitToolkitEvent('transcript', { ...fixture('transcript').detail, callId: 'call-c' });
            await advance(1000);

            const options = prop<Array<{ value: string }>>(
                query(element, 'c-voice-call-switcher'),
                'options'
            );
            expect(options.map((option) => option.value)).toEqual(['call-c', 'call-b', 'call-a']);
        });

        it('moves from a finished call the user picked to a new call', async () => {
            const element = await mountPanel();
            await emit('callconnected', { callId: 'call-a' });
            await emit('callended', { callId: 'call-a' });
            await emit('callconnected', { callId: 'call-b', participant: '+1 555 0199' });
            query(element, 'c-voice-call-switcher')!.dispatchEvent(
                new CustomEvent('callchange', { detail: { callId: 'call-a' } })
            );
            await flushPromises();
            // The agent is on call-b: call-a's after-call work ended when call-b connected.
            expect(phaseOf(element)).toBe(label('VCK_Common_PhaseEnded'));

            await advance(1000);
            await emit('callstarted', { callId: 'call-c', participant: '+1 555 0123' });
            expect(textOf(element, '[data-id="caller"]')).toBe('+1 555 0123');
        });
    });

    describe('diagnostics', () => {
        const row = (element: HTMLElement, type: string) =>
            textOf(element, `[data-id="event-counts"] tr[data-type="${type}"] td`);
        const counter = (element: HTMLElement, key: string) =>
            textOf(element, `[data-counter="${key}"]`);

        it("shows the bus's counters per event type and its totals", async () => {
            const element = await mountPanel({ showDiagnostics: true });
            await emit('callconnected');
            await emit('hold');
            // The same hold again changes no state; the panel's one-second poll still counts it.
            await emit('hold');
            await advance(1000);

            const diagnostics = voiceEventBus.getDiagnostics();
            expect(queryAll(element, '[data-id="event-counts"] tbody tr')).toHaveLength(19);
            expect(row(element, 'hold')).toBe(String(diagnostics.accepted.hold));
            expect(row(element, 'callconnected')).toBe(String(diagnostics.accepted.callconnected));
            expect(row(element, 'swap')).toBe(String(diagnostics.accepted.swap ?? 0));
            expect(counter(element, 'accepted')).toBe(String(diagnostics.acceptedTotal));
            expect(counter(element, 'duplicates')).toBe(String(diagnostics.unchanged));
            expect(counter(element, 'toolkits')).toBe('1');
            expect(counter(element, 'listening')).toBe(label('VCK_CallStatus_Yes'));
            await expect(element).toBeAccessible();
        });

        it('polls on the clock, so a rejected payload shows with its reason', async () => {
            const element = await mountPanel({ showDiagnostics: true });
            expect(textOf(element, '[data-id="no-rejections"]')).not.toBeNull();
            const rejectedBefore = voiceEventBus.getDiagnostics().rejectedTotal;

            emitToolkitEvent('callconnected', { callType: 'inbound', participant: CALLER });
            await advance(1000);

            const diagnostics = voiceEventBus.getDiagnostics();
            const reason = diagnostics.recentRejections.at(-1)!.reason;
            expect(diagnostics.rejectedTotal).toBe(rejectedBefore + 1);
            expect(counter(element, 'rejected')).toBe(String(rejectedBefore + 1));
            const cells = queryAll(element, '[data-id="rejections"] tbody tr:first-child td').map(
                (cell) => cell.textContent!.trim()
            );
            expect(cells.slice(1)).toEqual(['callconnected', reason]);
            expect(reason).not.toBe('');
            await expect(element).toBeAccessible();
        });

        it('runs the clock only while diagnostics are on', async () => {
            const element = await mountPanel({ showDiagnostics: true });
            expect(jest.getTimerCount()).toBe(1);
            expect(query(element, '[data-id="empty"]')).not.toBeNull();

            Object.assign(element, { showDiagnostics: false });
            await flushPromises();
            expect(query(element, '[data-id="diagnostics"]')).toBeNull();
            expect(jest.getTimerCount()).toBe(0);
        });
    });

    describe('lifecycle and accessibility', () => {
        it('unsubscribes when removed', async () => {
            const before = subscriberCount(VOICE_CONSOLE_CHANNEL);
            const element = await mountPanel();
            expect(subscriberCount(VOICE_CONSOLE_CHANNEL)).toBeGreaterThan(before);

            document.body.removeChild(element);
            expect(subscriberCount(VOICE_CONSOLE_CHANNEL)).toBe(before);
        });

        it('is accessible during a consult with audio figures', async () => {
            const element = await consultCall();
            await emit('mute');
            await emit('pauserecording');
            await emit('audiostatsPoor');

            await expect(element).toBeAccessible();
        });

        it('is accessible while ringing and in after-call work', async () => {
            const element = await mountPanel();
            await emit('callstarted');
            await expect(element).toBeAccessible();
            await emit('callended');
            await expect(element).toBeAccessible();
        });
    });
});
