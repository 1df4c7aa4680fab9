import '../../../../../test/useRealLabels';
import { createElement } from '@lwc/engine-dom';
import FlagWaitClock from 'c/flagWaitClock';
import { flushPromises } from '../../../../../test/utils';

const RAISED = 1594944652328;

type ClockElement = HTMLElement & { since?: number | null; warnAfterSeconds?: number };

async function mountClock(props: { since?: number | null; warnAfterSeconds?: number }) {
    const element: ClockElement = createElement('c-flag-wait-clock', { is: FlagWaitClock });
    Object.assign(element, props);
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

const clock = (element: HTMLElement) =>
    element.shadowRoot!.querySelector<HTMLElement>('[data-id="clock"]')!;
const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

async function tick(seconds: number): Promise<void> {
    jest.advanceTimersByTime(seconds * 1000);
    await flushPromises();
}

describe('c-flag-wait-clock', () => {
    beforeEach(() => {
        jest.useFakeTimers({
            doNotFake: ['setTimeout', 'nextTick', 'setImmediate', 'queueMicrotask']
        });
        jest.setSystemTime(RAISED + 10_000);
    });

    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.useRealTimers();
    });

    it('counts up every second from when the flag was raised', async () => {
        const element = await mountClock({ since: RAISED });
        expect(text(clock(element))).toBe('Waiting 0:10');

        await tick(3);

        expect(text(clock(element))).toBe('Waiting 0:13');
    });

    it('shows a warning icon and style past the threshold', async () => {
        const element = await mountClock({ since: RAISED, warnAfterSeconds: 12 });
        expect(clock(element).querySelector('lightning-icon')).toBeNull();

        await tick(2);

        expect(clock(element).classList).toContain('slds-theme_warning');
        const icon = clock(element).querySelector<HTMLElement & { alternativeText: string }>(
            'lightning-icon'
        );
        expect(icon!.alternativeText).toBe('Waiting longer than 0:12');
        await expect(element).toBeAccessible();
    });

    it('shares one interval between clocks and releases it when removed', async () => {
        const first = await mountClock({ since: RAISED });
        const second = await mountClock({ since: RAISED + 5_000 });
        expect(jest.getTimerCount()).toBe(1);

        document.body.removeChild(first);
        expect(jest.getTimerCount()).toBe(1);
        document.body.removeChild(second);
        expect(jest.getTimerCount()).toBe(0);
    });

    it('follows a new raise time', async () => {
        const element = await mountClock({ since: RAISED });

        element.since = RAISED + 8_000;
        await flushPromises();

        expect(text(clock(element))).toBe('Waiting 0:02');
    });
});
