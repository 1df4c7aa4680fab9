// The test kit first: it makes the component's labels resolve to their real text.
import {
    advance,
    collectToasts,
    emitDocumented,
    flushPromises,
    label,
    mountComponent,
    resetVoiceConsole,
    toolkitActionMocks,
    useFakeClock
} from 'voiceTestKit';
import WrapUpHelper from '../wrapUpHelper';

const T0 = Date.UTC(2026, 11, 4, 9, 0, 0);
const CALLER = '+1 (415) 555-0100';

const mount = () => mountComponent('c-wrap-up-helper', WrapUpHelper);

const figure = (element: HTMLElement, key: string) =>
    element.shadowRoot!.querySelector(`[data-id="${key}"]`)?.textContent?.trim() ?? null;

function button(element: HTMLElement, id: string): HTMLElement & { disabled: boolean } {
    return element.shadowRoot!.querySelector(`lightning-button[data-id="${id}"]`)!;
}

/** The documented transcript payload, said by `role` at `offset` ms after T0. */
const line = (id: string, role: string, offset: number) =>
    emitDocumented('transcript', {
        id,
        sender: { role },
        clientSentTimestamp: T0 + offset,
        serverReceivedTimestamp: T0 + offset
    });

describe('c-wrap-up-helper (example built from docs/BUILD-YOUR-OWN.md)', () => {
    beforeEach(() => useFakeClock(T0));
    afterEach(() => resetVoiceConsole());

    it('says there is no call before one connects', async () => {
        const element = await mount();
        expect(figure(element, 'empty')).toBe(label('VCK_Example_WrapUp_NoCall'));
    });

    it('shows the connected call’s caller and a duration that follows the clock', async () => {
        const element = await mount();
        expect(await emitDocumented('callconnected', { participant: CALLER })).toBeGreaterThan(0);
        expect(figure(element, 'caller')).toBe(CALLER);
        expect(figure(element, 'duration')).toBe('0:00');
        await advance(75_000);
        expect(figure(element, 'duration')).toBe('1:15');
    });

    it('counts holds and time on hold, and offers Hold or Resume for the caller', async () => {
        const element = await mount();
        await emitDocumented('callconnected', { participant: CALLER });
        expect(button(element, 'hold').disabled).toBe(false);
        expect(button(element, 'resume').disabled).toBe(true);

        await advance(10_000);
        await emitDocumented('hold', { participant: CALLER });
        await advance(30_000);
        expect(figure(element, 'holds')).toBe('1');
        expect(figure(element, 'hold-time')).toBe('0:30');
        expect(button(element, 'hold').disabled).toBe(true);
        expect(button(element, 'resume').disabled).toBe(false);

        await emitDocumented('resume', { participant: CALLER });
        await advance(20_000);
        expect(figure(element, 'hold-time')).toBe('0:30');
        await emitDocumented('hold', { participant: CALLER });
        await advance(5_000);
        expect(figure(element, 'holds')).toBe('2');
        expect(figure(element, 'hold-time')).toBe('0:35');
    });

    it('asks the toolkit to hold the caller, and shows a refused action in a toast', async () => {
        const element = await mount();
        const toasts = collectToasts(element);
        await emitDocumented('callconnected', { participant: CALLER });

        button(element, 'hold').click();
        await flushPromises();
        expect(toolkitActionMocks.hold).toHaveBeenCalledWith('Initial_Caller');

        toolkitActionMocks.hold.mockImplementationOnce(() =>
            Promise.reject(new Error('No call is connected.'))
        );
        button(element, 'hold').click();
        await flushPromises();
        expect(toasts).toEqual([
            expect.objectContaining({
                variant: 'error',
                message: expect.stringContaining('No call is connected.')
            })
        ]);
    });

    it('counts lines per speaker, a copy of a line once', async () => {
        const element = await mount();
        await emitDocumented('callconnected', { participant: CALLER });
        await line('u1', 'Agent', 1000);
        await line('u2', 'EndUser', 2000);
        await line('u2', 'EndUser', 2000);
        await line('u3', 'Supervisor', 3000);
        expect(figure(element, 'lines')).toBe('Agent 1 · Customer 1 · Supervisor 1 · Others 0');
    });

    it('after the call: a summary to copy, after-call work until wrap-up ends', async () => {
        const element = await mount();
        const toasts = collectToasts(element);
        await emitDocumented('callconnected', { participant: CALLER });
        expect(element.shadowRoot!.querySelector('[data-id="summary"]')).toBeNull();

        await advance(120_000);
        await emitDocumented('callended');
        await advance(15_000);
        expect(figure(element, 'duration')).toBe('2:00');
        expect(figure(element, 'after-call-work')).toBe('0:15');
        const summary = element.shadowRoot!.querySelector<HTMLElement & { value: string }>(
            '[data-id="summary"]'
        )!;
        expect(summary.value.split('\n')).toEqual([
            `${label('VCK_Example_WrapUp_Caller')}: ${CALLER}`,
            `${label('VCK_Example_WrapUp_Duration')}: 2:00`,
            `${label('VCK_Example_WrapUp_Holds')}: 0`,
            `${label('VCK_Example_WrapUp_HoldTime')}: 0:00`,
            `${label('VCK_Example_WrapUp_Lines')}: Agent 0 · Customer 0 · Supervisor 0 · Others 0`
        ]);

        const writeText = jest.fn(() => Promise.resolve());
        Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
        button(element, 'copy').click();
        await flushPromises();
        expect(writeText).toHaveBeenCalledWith(summary.value);
        expect(toasts).toEqual([
            expect.objectContaining({ title: label('VCK_Example_WrapUp_Copied') })
        ]);

        // Wrap-up over: like every panel, it follows no call until the next one.
        await emitDocumented('wrapupended');
        await advance(60_000);
        expect(figure(element, 'empty')).toBe(label('VCK_Example_WrapUp_NoCall'));
    });
});
