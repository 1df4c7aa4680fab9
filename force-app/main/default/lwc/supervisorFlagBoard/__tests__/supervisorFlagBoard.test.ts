import '../../../../../test/useRealLabels';
import { join } from 'node:path';
import { createElement } from '@lwc/engine-dom';
import SupervisorFlagBoard from 'c/supervisorFlagBoard';
import { voiceEventBus } from 'c/voiceEventBus';
import { formatClockTime, isolate } from 'c/voiceViewUtils';
import { EnclosingUtilityId, updateUtility } from 'lightning/platformUtilityBarApi';
import { emitToolkitEvent, flushPromises } from '../../../../../test/utils';
import { CALL_A, CALL_B, T0, documentedPayloads } from '../../../../../test/conversation/payloads';

const { connectedDetail, lowerDetail, raiseDetail } = documentedPayloads(join(__dirname, 'data'));

// The stock sfdx-lwc-jest navigation stub records nothing; this one remembers what was asked.
jest.mock('lightning/navigation', () => {
    type PageRef = { type: string; attributes: Record<string, string> };
    const Navigate = Symbol('Navigate');
    const GenerateUrl = Symbol('GenerateUrl');
    const navigate = jest.fn();
    const generateUrl = jest.fn((page: PageRef) =>
        Promise.resolve(`https://acme.lightning.force.com/r/${page.attributes.recordId}`)
    );
    // TypeScript requires `any[]` for a mixin's constructor parameters (TS2545).
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const NavigationMixin = <T extends new (...args: any[]) => object>(Base: T) =>
        class extends Base {
            [Navigate](page: PageRef, replace?: boolean): void {
                navigate(page, replace);
            }
            [GenerateUrl](page: PageRef): Promise<string> {
                return generateUrl(page);
            }
        };
    NavigationMixin.Navigate = Navigate;
    NavigationMixin.GenerateUrl = GenerateUrl;
    return { NavigationMixin, CurrentPageReference: jest.fn(), navigate, generateUrl };
});

const { navigate, generateUrl } = jest.requireMock<{
    navigate: jest.Mock;
    generateUrl: jest.Mock;
}>('lightning/navigation');
const utilityIdAdapter = EnclosingUtilityId as unknown as { emit(value: unknown): void };
const updateUtilityMock = jest.mocked(updateUtility);

interface BoardProps {
    waitWarningSeconds?: number;
    historyLength?: number;
}

type BoardElement = HTMLElement & BoardProps;

async function mountBoard(props: BoardProps = {}): Promise<BoardElement> {
    const element: BoardElement = createElement('c-supervisor-flag-board', {
        is: SupervisorFlagBoard
    });
    Object.assign(element, props);
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

async function emit(type: string, detail: unknown): Promise<void> {
    emitToolkitEvent(type, detail);
    await flushPromises();
}

/** Lets the shared one-second clock tick `seconds` times, then lets LWC re-render. */
async function tick(seconds: number): Promise<void> {
    jest.advanceTimersByTime(seconds * 1000);
    await flushPromises();
}

function $(element: HTMLElement, selector: string): HTMLElement | null {
    return element.shadowRoot!.querySelector<HTMLElement>(selector);
}

function $$(element: HTMLElement, selector: string): HTMLElement[] {
    return Array.from(element.shadowRoot!.querySelectorAll<HTMLElement>(selector));
}

function text(node: Element | null | undefined): string {
    return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const queueRows = (element: HTMLElement) => $$(element, '[data-id="queue"] > li');
/** A row's wait clock, rendered by its c-flag-wait-clock. */
const clockOf = (row: Element) =>
    row
        .querySelector('c-flag-wait-clock')!
        .shadowRoot!.querySelector<HTMLElement>('[data-id="clock"]')!;
const clocks = (element: HTMLElement) => queueRows(element).map((row) => text(clockOf(row)));
const historyRows = (element: HTMLElement) => $$(element, '[data-id="history"] li');
const card = (element: HTMLElement) =>
    $(element, 'lightning-card') as HTMLElement & { title: string };
const announcer = (element: HTMLElement) => text($(element, '[data-id="announcer"]'));

describe('c-supervisor-flag-board', () => {
    beforeEach(() => {
        voiceEventBus.reset();
        updateUtilityMock.mockClear();
        navigate.mockClear();
        generateUrl.mockClear();
        // Only the clock's setInterval and Date are faked: flushPromises needs a real setTimeout.
        jest.useFakeTimers({
            doNotFake: ['setTimeout', 'nextTick', 'setImmediate', 'queueMicrotask']
        });
        jest.setSystemTime(T0);
    });

    afterEach(() => {
        // Disconnect panels (and their clock) before the timers go back to real ones.
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.useRealTimers();
    });

    describe('empty states', () => {
        it('says no events were seen since the page loaded', async () => {
            const element = await mountBoard();

            expect(text($(element, '[data-id="empty"]'))).toBe(
                'Waiting for Service Cloud Voice. No telephony event has arrived since this page loaded.'
            );
            expect(card(element).title).toBe('Raised flags');
            await expect(element).toBeAccessible();
        });

        it('says no flag is raised once calls are seen', async () => {
            const element = await mountBoard();

            await emit('callconnected', connectedDetail(CALL_A, '+1 (415) 555-0100'));

            expect(text($(element, '[data-id="empty"]'))).toMatch(/^No flags raised\./);
            expect(queueRows(element)).toHaveLength(0);
            expect(text($(element, '[data-id="history"]'))).toContain(
                'No flag lowered since this page loaded.'
            );
        });
    });

    describe('raised flags', () => {
        it('shows the documented flagraise with who, role, message, call and wait clock', async () => {
            const element = await mountBoard();
            await emit('callconnected', connectedDetail(CALL_A, '+1 (415) 555-0100'));

            await emit('flagraise', raiseDetail());

            const [row] = queueRows(element);
            expect(text(row.querySelector('[data-id="who"]'))).toBe('Angela Agent');
            expect(
                row.querySelector<HTMLElement & { label: string }>('lightning-badge')!.label
            ).toBe('Agent');
            expect(text(row.querySelector('[data-id="message"]'))).toBe(
                'The customer wants a credit note.'
            );
            expect(text(row)).toContain(
                `Raised at ${formatClockTime(T0)} · ${isolate('+1 (415) 555-0100')} · Inbound · Connected`
            );
            expect(text(clockOf(row))).toBe('Waiting 0:00');
            expect(card(element).title).toBe('Raised flags (1)');
            expect($(element, '[data-id="empty"]')).toBeNull();
        });

        it('ignores a duplicate delivery of the same flag', async () => {
            const element = await mountBoard();

            await emit('flagraise', raiseDetail());
            await emit('flagraise', raiseDetail());

            expect(queueRows(element)).toHaveLength(1);
        });

        it('orders flags across two calls longest waiting first, whatever the arrival order', async () => {
            const element = await mountBoard();
            await emit('callconnected', connectedDetail(CALL_A, '+1 (415) 555-0100'));
            await emit('callconnected', connectedDetail(CALL_B, '+44 20 7946 0000', 'outbound'));

            // f-new is raised 30 s after f-old but its event arrives first; waits count from arrival.
            jest.setSystemTime(T0 + 40_000);
            await emit(
                'flagraise',
                raiseDetail({
                    id: 'f-new',
                    callId: CALL_A,
                    at: T0 + 40_000,
                    text: 'Refund over limit'
                })
            );
            await emit(
                'flagraise',
                raiseDetail({
                    id: 'f-old',
                    callId: CALL_B,
                    at: T0 + 10_000,
                    displayName: 'Rafael Rep',
                    text: 'Caller is upset'
                })
            );
            await tick(20);

            const rows = queueRows(element);
            expect(rows.map((row) => row.dataset.flagId)).toEqual(['f-old', 'f-new']);
            expect(text(clockOf(rows[0]))).toBe('Waiting 0:20');
            expect(text(rows[0])).toContain(`${isolate('+44 20 7946 0000')} · Outbound`);
            expect(text(clockOf(rows[1]))).toBe('Waiting 0:20');
            expect(text(rows[1])).toContain(`${isolate('+1 (415) 555-0100')} · Inbound`);
            expect(card(element).title).toBe('Raised flags (2)');
        });
    });

    describe('wait clock', () => {
        it('counts up every second on one shared clock', async () => {
            const element = await mountBoard();
            await emit('flagraise', raiseDetail());
            await tick(1);
            await emit('flagraise', raiseDetail({ id: 'second', at: T0 + 1_000 }));

            await tick(4);

            expect(clocks(element)).toEqual(['Waiting 0:05', 'Waiting 0:04']);
            expect(jest.getTimerCount()).toBe(1);
        });

        it.each([
            ['3 minutes ahead of', 180_000],
            ['10 minutes behind', -600_000]
        ])("counts from arrival when the server clock is %s the agent's", async (_name, skew) => {
            const element = await mountBoard();
            await emit('flagraise', raiseDetail({ at: T0 + skew }));
            const clock = () => clockOf(queueRows(element)[0]);

            expect(text(clock())).toBe('Waiting 0:00');
            expect(clock().classList).not.toContain('slds-theme_warning');
            await tick(5);
            expect(text(clock())).toBe('Waiting 0:05');
            expect(clock().classList).not.toContain('slds-theme_warning');
        });

        it('turns to the warning style at the configured threshold', async () => {
            const element = await mountBoard({ waitWarningSeconds: 10 });
            await emit('flagraise', raiseDetail());

            await tick(9);
            const clock = () => clockOf(queueRows(element)[0]);
            expect(clock().classList).not.toContain('slds-theme_warning');
            expect(clock().querySelector('lightning-icon')).toBeNull();

            await tick(1);
            expect(clock().classList).toContain('slds-theme_warning');
            const icon = clock().querySelector<HTMLElement & { alternativeText: string }>(
                'lightning-icon'
            );
            expect(icon!.alternativeText).toBe('Waiting longer than 0:10');
            expect(text(clock())).toBe('Waiting 0:10');
            await expect(element).toBeAccessible();
        });

        it('warns after 60 seconds by default', async () => {
            const element = await mountBoard();
            await emit('flagraise', raiseDetail());

            await tick(59);
            expect(clockOf(queueRows(element)[0]).classList).not.toContain('slds-theme_warning');
            await tick(1);
            expect(clockOf(queueRows(element)[0]).classList).toContain('slds-theme_warning');
        });

        it('applies a threshold changed after load to the clocks already shown', async () => {
            const element = await mountBoard();
            await emit('flagraise', raiseDetail());
            await tick(20);
            expect(clockOf(queueRows(element)[0]).classList).not.toContain('slds-theme_warning');

            element.waitWarningSeconds = 15;
            await flushPromises();

            expect(clockOf(queueRows(element)[0]).classList).toContain('slds-theme_warning');
        });

        it('never warns before 5 seconds, whatever the threshold says', async () => {
            const element = await mountBoard({ waitWarningSeconds: 1 });
            await emit('flagraise', raiseDetail());

            await tick(4);
            expect(clockOf(queueRows(element)[0]).classList).not.toContain('slds-theme_warning');
            await tick(1);
            expect(clockOf(queueRows(element)[0]).classList).toContain('slds-theme_warning');
        });

        it('stops the clock when no flag is raised and on disconnect', async () => {
            const element = await mountBoard();
            await emit('flagraise', raiseDetail());
            expect(jest.getTimerCount()).toBe(1);

            await emit('flaglower', lowerDetail({ at: T0 + 3_000 }));
            expect(jest.getTimerCount()).toBe(0);

            await emit('flagraise', raiseDetail({ id: 'again', at: T0 + 4_000 }));
            expect(jest.getTimerCount()).toBe(1);
            document.body.removeChild(element);
            expect(jest.getTimerCount()).toBe(0);
        });
    });

    describe('lowered flags', () => {
        it('moves a lowered flag (documented flaglower, content null) to the history', async () => {
            const element = await mountBoard();
            await emit('flagraise', raiseDetail());
            await tick(125);

            await emit('flaglower', lowerDetail({ at: T0 + 125_000 }));

            expect(queueRows(element)).toHaveLength(0);
            expect(text($(element, '[data-id="empty"]'))).toMatch(/^No flags raised\./);
            const [entry] = historyRows(element);
            expect(text(entry)).toContain('Angela Agent');
            expect(text(entry)).toContain('The customer wants a credit note.');
            expect(text(entry.querySelector('[data-id="outcome"]'))).toBe(
                `Lowered by ${isolate('Samir Supervisor')} after 2:05 · Lowered at ${formatClockTime(T0 + 125_000)}`
            );
            expect(card(element).title).toBe('Raised flags');
            await expect(element).toBeAccessible();
        });

        it('keeps the newest lowered flags first, up to the history length', async () => {
            const element = await mountBoard({ historyLength: 2 });
            await emit('flagraise', raiseDetail({ id: 'h1', at: T0 }));
            await emit('flagraise', raiseDetail({ id: 'h2', at: T0 + 10_000 }));
            await emit('flagraise', raiseDetail({ id: 'h3', at: T0 + 20_000 }));

            await emit('flaglower', lowerDetail({ id: 'h2', at: T0 + 30_000 }));
            await emit('flaglower', lowerDetail({ id: 'h1', at: T0 + 31_000 }));
            await emit('flaglower', lowerDetail({ id: 'h3', at: T0 + 32_000 }));

            expect(historyRows(element).map((row) => row.dataset.flagId)).toEqual(['h3', 'h1']);
        });

        it('hides the history when its length is 0', async () => {
            const element = await mountBoard({ historyLength: 0 });
            await emit('flagraise', raiseDetail());
            await emit('flaglower', lowerDetail({ at: T0 + 1_000 }));

            expect($(element, '[data-id="history"]')).toBeNull();
        });
    });

    describe('utility bar', () => {
        const cleared = { label: 'Flags (0)', highlighted: false, iconVariant: '' };

        it('puts the count in the label and highlights the item while flags are raised', async () => {
            await mountBoard();
            utilityIdAdapter.emit('utility-1');
            await flushPromises();
            expect(updateUtilityMock).toHaveBeenLastCalledWith('utility-1', cleared);

            await emit('flagraise', raiseDetail());
            expect(updateUtilityMock).toHaveBeenLastCalledWith('utility-1', {
                label: 'Flags (1)',
                highlighted: true,
                iconVariant: 'warning'
            });

            await emit('flagraise', raiseDetail({ id: 'f2', callId: CALL_B, at: T0 + 1_000 }));
            expect(updateUtilityMock).toHaveBeenLastCalledWith(
                'utility-1',
                expect.objectContaining({ label: 'Flags (2)', highlighted: true })
            );

            await emit('flaglower', lowerDetail({ at: T0 + 2_000 }));
            await emit('flaglower', lowerDetail({ id: 'f2', callId: CALL_B, at: T0 + 3_000 }));
            expect(updateUtilityMock).toHaveBeenLastCalledWith('utility-1', cleared);
            expect(updateUtilityMock).toHaveBeenCalledTimes(5);
        });

        it('calls updateUtility only when the count changes', async () => {
            await mountBoard();
            utilityIdAdapter.emit('utility-1');
            await emit('flagraise', raiseDetail());
            updateUtilityMock.mockClear();

            await emit('flagraise', raiseDetail());
            await emit('mute', { callId: CALL_A });
            await tick(3);

            expect(updateUtilityMock).not.toHaveBeenCalled();
        });

        it('does nothing outside a utility bar', async () => {
            await mountBoard();

            await emit('flagraise', raiseDetail());

            expect(updateUtilityMock).not.toHaveBeenCalled();
        });

        it('survives a rejected update without a toast and tries again on the next change', async () => {
            const element = await mountBoard();
            const toasts = jest.fn();
            element.addEventListener('lightning__showtoast', toasts);
            updateUtilityMock.mockRejectedValueOnce(new Error('Lightning Web Security is off'));
            utilityIdAdapter.emit('utility-1');
            await flushPromises();

            await emit('flagraise', raiseDetail());

            expect(updateUtilityMock).toHaveBeenCalledTimes(2);
            expect(toasts).not.toHaveBeenCalled();
            expect(queueRows(element)).toHaveLength(1);
        });
    });

    describe('call record link', () => {
        it('links to the VoiceCall record with a generated URL and navigates on click', async () => {
            const element = await mountBoard();
            await emit('flagraise', raiseDetail());

            const link = $(element, 'a')! as HTMLAnchorElement;
            expect(generateUrl).toHaveBeenCalledWith({
                type: 'standard__recordPage',
                attributes: {
                    recordId: '0LQRM0000006CSz',
                    objectApiName: 'VoiceCall',
                    actionName: 'view'
                }
            });
            expect(link.getAttribute('href')).toBe(
                'https://acme.lightning.force.com/r/0LQRM0000006CSz'
            );
            expect(link.getAttribute('aria-label')).toBe(
                'Open call record of the flag raised by Angela Agent'
            );
            expect(text(link)).toBe('Open call record');

            const click = new MouseEvent('click', { bubbles: true, cancelable: true });
            link.dispatchEvent(click);

            expect(click.defaultPrevented).toBe(true);
            expect(navigate).toHaveBeenCalledWith(
                {
                    type: 'standard__recordPage',
                    attributes: {
                        recordId: '0LQRM0000006CSz',
                        objectApiName: 'VoiceCall',
                        actionName: 'view'
                    }
                },
                undefined
            );
        });

        it('leaves Ctrl-click to the browser (new tab)', async () => {
            const element = await mountBoard();
            await emit('flagraise', raiseDetail());

            const link = $(element, 'a')!;
            let preventedByBoard: boolean | undefined;
            link.addEventListener('click', (event) => {
                preventedByBoard = event.defaultPrevented;
                event.preventDefault(); // jsdom cannot open a new tab
            });
            link.dispatchEvent(
                new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true })
            );

            expect(preventedByBoard).toBe(false);
            expect(navigate).not.toHaveBeenCalled();
        });

        it('keeps the Lightning record path when no URL can be generated', async () => {
            generateUrl.mockRejectedValueOnce(new Error('offline'));
            const element = await mountBoard();

            await emit('flagraise', raiseDetail());

            expect($(element, 'a')!.getAttribute('href')).toBe(
                '/lightning/r/VoiceCall/0LQRM0000006CSz/view'
            );
        });

        it('keeps showing flags when GenerateUrl throws for a malformed voiceCallId', async () => {
            generateUrl.mockImplementationOnce(() => {
                throw new URIError('URI malformed');
            });
            const element = await mountBoard();

            await emit('flagraise', raiseDetail({ id: 'a', voiceCallId: '0LQ\uD800' }));
            await emit('flagraise', raiseDetail({ id: 'b', at: T0 + 1_000 }));

            expect($$(element, '[data-flag-id]').map((row) => row.dataset.flagId)).toEqual([
                'a',
                'b'
            ]);
            expect($(element, '[data-flag-id="a"] a')!.getAttribute('href')).toBe(
                `/lightning/r/VoiceCall/0LQ${encodeURIComponent('\uFFFD')}/view`
            );
        });

        it('asks for each call record URL once while its flags are on the board', async () => {
            const element = await mountBoard();
            await emit('flagraise', raiseDetail({ id: 'a' }));
            await emit('flagraise', raiseDetail({ id: 'b', at: T0 + 1_000 }));
            expect(generateUrl).toHaveBeenCalledTimes(1);

            await emit('flaglower', lowerDetail({ id: 'a', at: T0 + 2_000 }));
            await emit('flaglower', lowerDetail({ id: 'b', at: T0 + 3_000 }));
            await emit('flagraise', raiseDetail({ id: 'c', at: T0 + 4_000 }));

            expect(generateUrl).toHaveBeenCalledTimes(2);
            expect($(element, 'a')!.getAttribute('href')).toBe(
                'https://acme.lightning.force.com/r/0LQRM0000006CSz'
            );
        });

        it('shows no link for a flag without a VoiceCall id', async () => {
            const element = await mountBoard();

            await emit('flagraise', raiseDetail({ voiceCallId: null }));

            expect(queueRows(element)).toHaveLength(1);
            expect($(element, 'a')).toBeNull();
            expect(generateUrl).not.toHaveBeenCalled();
        });
    });

    describe('screen reader announcement', () => {
        it('announces a new flag assertively, naming who raised it and the message', async () => {
            const element = await mountBoard();
            const region = $(element, '[data-id="announcer"]')!;
            expect(region.getAttribute('aria-live')).toBe('assertive');
            expect(region.classList).toContain('slds-assistive-text');

            await emit('flagraise', raiseDetail());

            expect(announcer(element)).toBe(
                'Angela Agent raised a flag: The customer wants a credit note.'
            );
        });

        it('announces the next new flag, and nothing on clock ticks or lowers', async () => {
            const element = await mountBoard();
            await emit('flagraise', raiseDetail());
            await emit(
                'flagraise',
                raiseDetail({ id: 'f2', at: T0 + 2_000, displayName: 'Rafael Rep', text: null })
            );
            expect(announcer(element)).toBe('Rafael Rep raised a flag');

            await tick(3);
            await emit('flaglower', lowerDetail({ id: 'f2', at: T0 + 4_000 }));
            await emit('flagraise', raiseDetail());

            expect(announcer(element)).toBe('Rafael Rep raised a flag');
        });

        it('announces a re-raised flag with the same text again', async () => {
            const element = await mountBoard();
            await emit('flagraise', raiseDetail({ id: 'first' }));
            await emit('flaglower', lowerDetail({ id: 'first', at: T0 + 1_000 }));
            const region = $(element, '[data-id="announcer"]')!;
            const seen: string[] = [];
            const observer = new MutationObserver(() => seen.push(text(region)));
            observer.observe(region, { subtree: true, childList: true, characterData: true });

            await emit('flagraise', raiseDetail({ id: 'again', at: T0 + 2_000 }));
            await flushPromises();
            observer.disconnect();

            const message = 'Angela Agent raised a flag: The customer wants a credit note.';
            expect(seen).toEqual(['', message]);
            expect(announcer(element)).toBe(message);
        });

        it('does not announce flags that were already raised when the board opened', async () => {
            await mountBoard();
            await emit('flagraise', raiseDetail());

            const late = await mountBoard();

            expect(queueRows(late)).toHaveLength(1);
            expect(announcer(late)).toBe('');
        });
    });

    it('stops listening when removed', async () => {
        const element = await mountBoard();
        const other = await mountBoard();
        document.body.removeChild(element);

        await emit('flagraise', raiseDetail());

        expect(queueRows(element)).toHaveLength(0);
        expect(queueRows(other)).toHaveLength(1);
    });

    it('is accessible with raised flags and a history', async () => {
        const element = await mountBoard();
        await emit('callconnected', connectedDetail(CALL_A, '+1 (415) 555-0100'));
        await emit('flagraise', raiseDetail());
        await emit('flagraise', raiseDetail({ id: 'f2', at: T0 + 1_000, text: null }));
        await emit('flaglower', lowerDetail({ id: 'f2', at: T0 + 5_000 }));

        await expect(element).toBeAccessible();
    });
});
