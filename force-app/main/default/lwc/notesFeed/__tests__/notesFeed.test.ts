import { label } from '../../../../../test/useRealLabels';
import { join } from 'node:path';
import { createElement } from '@lwc/engine-dom';
import LiveTranscript from 'c/liveTranscript';
import NotesFeed from 'c/notesFeed';
import { voiceEventBus } from 'c/voiceEventBus';
import { formatClockTime, isolate } from 'c/voiceViewUtils';
import { emitToolkitEvent, flushPromises } from '../../../../../test/utils';
import { CALL_A, CALL_B, T0, documentedPayloads } from '../../../../../test/conversation/payloads';

const { connectedDetail, lowerDetail, noteDetail, raiseDetail } = documentedPayloads(
    join(__dirname, 'data')
);

type FeedElement = HTMLElement & { showFlagEvents?: boolean | string };

async function mountFeed(props: { showFlagEvents?: boolean | string } = {}): Promise<FeedElement> {
    const element: FeedElement = createElement('c-notes-feed', { is: NotesFeed });
    Object.assign(element, props);
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

async function emit(type: string, detail: unknown): Promise<void> {
    emitToolkitEvent(type, detail);
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

const entries = (element: HTMLElement) => $$(element, '[data-id="feed"] li');
const entryTexts = (element: HTMLElement) =>
    entries(element).map((li) => text(li.querySelector('[data-id="text"]')));
const toggle = (element: HTMLElement) =>
    $(element, '[data-id="show-flag-events"]') as HTMLElement & { checked: boolean; label: string };

async function switchFlagEvents(element: HTMLElement, checked: boolean): Promise<void> {
    const input = toggle(element);
    input.checked = checked;
    input.dispatchEvent(new CustomEvent('change'));
    await flushPromises();
}

const supervisorNote = (id: string, at: number, note: string, callId = CALL_A) =>
    noteDetail({ id, at, text: note, callId, role: 'Supervisor', displayName: 'Samir Supervisor' });

describe('c-notes-feed', () => {
    beforeEach(() => {
        voiceEventBus.reset();
    });

    describe('empty states', () => {
        it('says no events were seen since the page loaded', async () => {
            const element = await mountFeed();

            expect(text($(element, '[data-id="empty"]'))).toBe(
                'Waiting for Service Cloud Voice. No telephony event has arrived since this page loaded.'
            );
            expect(entries(element)).toHaveLength(0);
            await expect(element).toBeAccessible();
        });

        it('says there are no notes yet once calls are seen', async () => {
            const element = await mountFeed();

            await emit('callconnected', connectedDetail(CALL_A, '+1 (415) 555-0100'));

            expect(text($(element, '[data-id="empty"]'))).toBe(
                'No notes yet. Notes between the rep and the supervisor show here in the order they were sent.'
            );
        });

        it('still says no notes yet when the only events are hidden flag events', async () => {
            const element = await mountFeed({ showFlagEvents: false });

            await emit('flagraise', raiseDetail());

            expect(text($(element, '[data-id="empty"]'))).toMatch(/^No notes yet\./);
            expect(entries(element)).toHaveLength(0);
        });
    });

    describe('notes', () => {
        it('shows the documented note with role badge, name, time and text', async () => {
            const element = await mountFeed();

            await emit('note', noteDetail());

            const [entry] = entries(element);
            const badge = entry.querySelector<HTMLElement & { label: string }>('lightning-badge');
            expect(badge!.label).toBe('Agent');
            expect(text(entry.querySelector('[data-id="who"]'))).toBe('Angela Agent');
            const time = entry.querySelector('time')!;
            expect(text(time)).toBe(formatClockTime(T0));
            expect(time.getAttribute('datetime')).toBe(new Date(T0).toISOString());
            expect(text(entry.querySelector('[data-id="text"]'))).toBe(
                'The customer wants a refund or store credit.'
            );
            expect($(element, '[data-id="empty"]')).toBeNull();
        });

        it('keeps rep and supervisor notes in time order, without duplicates', async () => {
            const element = await mountFeed();

            await emit('note', supervisorNote('n3', T0 + 30_000, 'Offer store credit first.'));
            await emit('note', noteDetail({ id: 'n1', at: T0 }));
            await emit('note', supervisorNote('n2', T0 + 10_000, 'Checking the policy.'));
            await emit('note', noteDetail({ id: 'n1', at: T0 }));

            expect(entryTexts(element)).toEqual([
                'The customer wants a refund or store credit.',
                'Checking the policy.',
                'Offer store credit first.'
            ]);
            expect(
                entries(element).map(
                    (li) =>
                        li.querySelector<HTMLElement & { label: string }>('lightning-badge')!.label
                )
            ).toEqual(['Agent', 'Supervisor', 'Supervisor']);
        });

        it('lists notes in a polite log that exists before the first note arrives', async () => {
            const element = await mountFeed();
            const log = $(element, '[data-id="feed"]')!;
            expect(log.getAttribute('role')).toBe('log');
            expect(log.getAttribute('aria-live')).toBe('polite');
            expect(log.getAttribute('aria-label')).toBe('Notes between rep and supervisor');

            await emit('note', noteDetail());

            expect($(element, '[data-id="feed"]')).toBe(log);
            expect(log.querySelectorAll('li')).toHaveLength(1);
        });
    });

    describe('flag events', () => {
        const conversation = async (element: FeedElement): Promise<FeedElement> => {
            await emit('note', noteDetail({ id: 'n1', at: T0 - 5_000 }));
            await emit('flagraise', raiseDetail());
            await emit('note', supervisorNote('n2', T0 + 30_000, 'Joining now.'));
            await emit('flaglower', lowerDetail({ at: T0 + 60_000 }));
            return element;
        };

        it('shows the documented flagraise and flaglower (content null) inline', async () => {
            const element = await conversation(await mountFeed());

            expect(entries(element).map((li) => li.dataset.kind)).toEqual([
                'note',
                'flagRaise',
                'note',
                'flagLower'
            ]);
            expect(entryTexts(element)[1]).toBe(
                `${isolate('Angela Agent')} raised a flag: ${isolate('The customer wants a credit note.')}`
            );
            expect(entryTexts(element)[3]).toBe(`${isolate('Samir Supervisor')} lowered the flag`);
            const times = entries(element).map((li) => text(li.querySelector('time')));
            expect(times[1]).toBe(formatClockTime(T0));
            expect(times[3]).toBe(formatClockTime(T0 + 60_000));
            await expect(element).toBeAccessible();
        });

        it('hides and shows them with the checkbox', async () => {
            const element = await conversation(await mountFeed());
            expect(toggle(element).label).toBe('Show flag raises and lowers');
            expect(toggle(element).checked).toBe(true);

            await switchFlagEvents(element, false);
            expect(entries(element).map((li) => li.dataset.kind)).toEqual(['note', 'note']);

            await switchFlagEvents(element, true);
            expect(entries(element)).toHaveLength(4);
        });

        it('starts hidden when the design attribute is off', async () => {
            const element = await conversation(await mountFeed({ showFlagEvents: false }));

            expect(toggle(element).checked).toBe(false);
            expect(entries(element).map((li) => li.dataset.kind)).toEqual(['note', 'note']);
        });

        it('reads "false" from markup as off', async () => {
            const element = await mountFeed({ showFlagEvents: 'false' });

            expect(element.showFlagEvents).toBe(false);
        });

        it('follows a design attribute change after load', async () => {
            const element = await conversation(await mountFeed());

            element.showFlagEvents = false;
            await flushPromises();

            expect(entries(element)).toHaveLength(2);
            expect(toggle(element).checked).toBe(false);
        });
    });

    describe('the call it follows (the same as every panel)', () => {
        const switcher = (element: HTMLElement) =>
            $(element, 'c-voice-call-switcher') as HTMLElement & {
                options: Array<{ value: string; label: string }>;
                value: string | null;
            };
        const transcriptSwitcher = (transcript: HTMLElement) =>
            transcript.shadowRoot!.querySelector('c-voice-call-switcher') as HTMLElement & {
                options: Array<{ value: string; label: string }>;
                value: string | null;
            };
        const selectedLabel = (box: {
            options: Array<{ value: string; label: string }>;
            value: string | null;
        }) => box.options.find((option) => option.value === box.value)?.label ?? null;

        async function twoCalls(): Promise<void> {
            await emit('callconnected', connectedDetail(CALL_A, '+1 (415) 555-0100'));
            await emit('note', noteDetail({ id: 'a1', at: T0 }));
            await emit('hold', { callId: CALL_A, participant: '+1 (415) 555-0100' });
            await emit('callconnected', connectedDetail(CALL_B, '+44 20 7946 0000', 'outbound'));
            await emit('note', supervisorNote('b1', T0 + 20_000, 'Consult me first.', CALL_B));
        }

        it("shows the followed call's notes only, labelled as Live Transcript labels it", async () => {
            const element = await mountFeed();
            const transcript = createElement('c-live-transcript', { is: LiveTranscript });
            document.body.appendChild(transcript);
            await twoCalls();

            // The caller of the first call is on hold: both panels follow the second call.
            expect(entryTexts(element)).toEqual(['Consult me first.']);
            expect(switcher(element).value).toBe(CALL_B);
            expect(transcriptSwitcher(transcript).value).toBe(CALL_B);
            expect(switcher(element).options).toEqual(transcriptSwitcher(transcript).options);
            expect(selectedLabel(switcher(element))).toBe(
                `${isolate('+44 20 7946 0000')} · Outbound · Connected`
            );
            await expect(element).toBeAccessible();
        });

        it('follows another call picked in its switcher', async () => {
            const element = await mountFeed();
            await twoCalls();

            switcher(element).dispatchEvent(
                new CustomEvent('callchange', { detail: { callId: CALL_A } })
            );
            await flushPromises();

            expect(entryTexts(element)).toEqual(['The customer wants a refund or store credit.']);
            expect(switcher(element).value).toBe(CALL_A);
        });

        it('marks an ended call "Ended", and shows "No active call" once every call ended', async () => {
            const element = await mountFeed();
            await twoCalls();
            await emit('callended', { callId: CALL_A });
            await emit('wrapupended', { callId: CALL_A });
            await emit('callended', { callId: CALL_B });
            await emit('wrapupended', { callId: CALL_B });

            expect(switcher(element).value).toBeNull();
            expect($$(element, '[data-id="empty"] p').map(text)).toEqual([
                'No active call',
                label('VCK_Common_EventsSeen')
            ]);
            expect(switcher(element).options.map((option) => option.label)).toEqual([
                `${isolate('+44 20 7946 0000')} · Outbound · Ended`,
                `${isolate('+1 (415) 555-0100')} · Inbound · Ended`
            ]);

            switcher(element).dispatchEvent(
                new CustomEvent('callchange', { detail: { callId: CALL_A } })
            );
            await flushPromises();
            expect(selectedLabel(switcher(element))).toBe(
                `${isolate('+1 (415) 555-0100')} · Inbound · Ended`
            );
            expect(entryTexts(element)).toEqual(['The customer wants a refund or store credit.']);
        });
    });

    it('shows what the bus already knew when it opens late', async () => {
        await mountFeed();
        await emit('note', noteDetail());

        const late = await mountFeed();

        expect(entryTexts(late)).toEqual(['The customer wants a refund or store credit.']);
    });

    it('stops listening when removed', async () => {
        const element = await mountFeed();
        const other = await mountFeed();
        document.body.removeChild(element);

        await emit('note', noteDetail());

        expect(entries(element)).toHaveLength(0);
        expect(entries(other)).toHaveLength(1);
    });
});
