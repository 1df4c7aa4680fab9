import { label } from '../../../../../test/useRealLabels';
import { VOICE_CONSOLE_CHANNEL, voiceEventBus } from 'c/voiceEventBus';
import { formatClockTime, formatLabel } from 'c/voiceViewUtils';
import { formatDateTime } from '../transcriptText';
import { subscriberCount } from '../../../../../test/jest-mocks/lightning/messageService';
import { emitToolkitEvent, flushPromises } from '../../../../../test/utils';
import { REVOKE_URL_MS, STATUS_CLEAR_MS } from '../liveTranscript';
import { MAX_RENDERED_ROWS, PAGE_SIZE, WINDOW_SIZE } from '../transcriptWindow';
import {
    CALL_ID,
    T0,
    answerHellos,
    bigTranscript,
    click,
    connectCall,
    filterOnly,
    marks,
    mountPanel,
    prop,
    query,
    readBlob,
    rowTexts,
    rows,
    say,
    scrollTo,
    search,
    stateWithTranscript,
    stubScrollMetrics,
    textOf
} from '../../../../../test/liveTranscript/panel';

const OTHER_CALL = 'f2b0c8aa-0d1e-4c39-9d5e-2a7c1b3e4f55';

describe('c-live-transcript', () => {
    beforeEach(() => {
        voiceEventBus.reset();
    });

    describe('empty states', () => {
        it('says no telephony event has arrived since the page loaded', async () => {
            const element = await mountPanel();
            const empty = textOf(query(element, '[data-id="empty"]'));
            expect(empty).toContain(label('VCK_Common_NoActiveCall'));
            expect(empty).toContain(label('VCK_Common_NoEventsYet'));
            expect(query(element, '[role="log"]')).toBeNull();
            expect(query(element, '[data-id="search"]')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('says a connected call has no transcript yet', async () => {
            const element = await mountPanel();
            connectCall();
            await flushPromises();
            expect(textOf(query(element, '[data-id="empty"]'))).toBe(
                label('VCK_Transcript_NoUtterances')
            );
            expect(query(element, '[data-id="search"]')).not.toBeNull();
            await expect(element).toBeAccessible();
        });

        it('disables copy and download while there is nothing to export', async () => {
            const element = await mountPanel();
            connectCall();
            await flushPromises();
            expect(prop(query(element, '[data-id="download"]'), 'disabled')).toBe(true);
            say('u1', 'Hello');
            await flushPromises();
            expect(prop(query(element, '[data-id="download"]'), 'disabled')).toBe(false);
        });
    });

    describe('utterances', () => {
        it('shows the documented payload as a row', async () => {
            const element = await mountPanel();
            connectCall();
            say('3115b389-ab50-400e-b8ba-978b7ec51d7a', 'Hello', { second: 0 });
            await flushPromises();
            expect(rowTexts(element)).toEqual(['Hello']);
        });

        it('keeps the bus order and drops duplicates whatever order events arrive in', async () => {
            const element = await mountPanel();
            connectCall();
            say('u2', 'second');
            say('u1', 'first');
            say('u2', 'second');
            say('u3', 'third');
            say('u1', 'first');
            await flushPromises();
            expect(rowTexts(element)).toEqual(['first', 'second', 'third']);
        });

        it('tells speakers apart by side, colour and role label', async () => {
            const element = await mountPanel();
            connectCall();
            say('u1', 'Thanks for calling', { kind: 'agent' });
            say('u2', 'Hi, I need help', { kind: 'customer', name: 'Jane Doe' });
            say('u3', 'Joining to help', { kind: 'supervisor', name: 'Sam Lead' });
            say('u4', 'Please hold', { kind: 'other' });
            await flushPromises();
            const [agent, customer, supervisor, other] = rows(element);
            const roleOf = (row: HTMLElement) => textOf(row.querySelector('[data-id="role"]'));
            const nameOf = (row: HTMLElement) => textOf(row.querySelector('[data-id="name"]'));

            expect(agent.dataset.kind).toBe('agent');
            expect(agent.className).toContain('vck-row_outbound');
            expect(agent.querySelector('.slds-chat-message__text_outbound')).not.toBeNull();
            expect(roleOf(agent)).toBe(label('VCK_Common_RoleAgent'));
            expect(nameOf(agent)).toBeNull();

            expect(customer.className).toContain('vck-row_inbound');
            expect(customer.querySelector('.slds-chat-message__text_inbound')).not.toBeNull();
            expect(roleOf(customer)).toBe(label('VCK_Common_RoleCustomer'));
            expect(nameOf(customer)).toBe('Jane Doe');

            expect(supervisor.className).toContain('vck-row_outbound');
            expect(
                supervisor.querySelector('.slds-chat-message__text_outbound-agent')
            ).not.toBeNull();
            expect(roleOf(supervisor)).toBe(label('VCK_Common_RoleSupervisor'));

            expect(other.querySelector('.vck-bubble_other')).not.toBeNull();
            expect(roleOf(other)).toBe(label('VCK_Common_RoleOther'));
            expect(nameOf(other)).toBe('IVR');
            await expect(element).toBeAccessible();
        });

        it('shows the sender time, and hides it when timestamps are turned off', async () => {
            const element = await mountPanel();
            connectCall();
            say('u5', 'Hello');
            await flushPromises();
            const time = query(element, 'li[data-row] time')!;
            expect(time.textContent).toBe(formatClockTime(T0 + 5000));
            expect(time.getAttribute('datetime')).toBe(new Date(T0 + 5000).toISOString());

            (element as unknown as { showTimestamps: boolean }).showTimestamps = false;
            await flushPromises();
            expect(query(element, 'li[data-row] time')).toBeNull();
            expect(rowTexts(element)).toEqual(['Hello']);
        });

        it('hides timestamps from the design attribute given as text', async () => {
            const element = await mountPanel({
                showTimestamps: 'false' as unknown as boolean
            });
            connectCall();
            say('u1', 'Hello');
            await flushPromises();
            expect(query(element, 'li[data-row] time')).toBeNull();
        });

        it('renders hostile text as text', async () => {
            const element = await mountPanel();
            connectCall();
            const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
            say('u1', hostile);
            say('u2', 'bidi \u202Egnp.exe\u202C and 👍🏽 and &amp; &lt;');
            await flushPromises();
            expect(query(element, 'img')).toBeNull();
            expect(query(element, 'script')).toBeNull();
            expect(rowTexts(element)).toEqual([
                hostile,
                'bidi \u202Egnp.exe\u202C and 👍🏽 and &amp; &lt;'
            ]);
            expect(query(element, '[data-id="text"]')!.getAttribute('dir')).toBe('auto');
        });
    });

    describe('filtering (show matching lines only)', () => {
        async function mountWithTalk(props = {}): Promise<HTMLElement> {
            const element = await mountPanel(props);
            connectCall();
            say('u1', 'I would like a refund', { kind: 'customer' });
            say('u2', 'Let me check that for you');
            say('u3', 'Refund approved. Anything else?');
            say('u4', 'Can I cancel my plan? (a|b)*');
            await flushPromises();
            await filterOnly(element, true);
            return element;
        }

        it('filters to matching utterances, highlights the term and counts the matches', async () => {
            const element = await mountWithTalk();
            await search(element, 'REFUND');
            expect(rowTexts(element)).toEqual([
                'I would like a refund',
                'Refund approved. Anything else?'
            ]);
            expect(marks(element)).toEqual(['refund', 'Refund']);
            expect(textOf(query(element, '[data-id="match-count"]'))).toBe(
                formatLabel(label('VCK_Transcript_MatchPosition'), 1, 2)
            );

            await search(element, '');
            expect(rowTexts(element)).toHaveLength(4);
            expect(marks(element)).toEqual([]);
            expect(query(element, '[data-id="match-count"]')).toBeNull();
        });

        it('matches regex metacharacters and markup literally', async () => {
            const element = await mountWithTalk();
            await search(element, '(a|b)*');
            expect(rowTexts(element)).toEqual(['Can I cancel my plan? (a|b)*']);
            expect(marks(element)).toEqual(['(a|b)*']);

            await search(element, '.*');
            expect(rowTexts(element)).toEqual([]);

            await search(element, '<img src=x onerror=alert(1)>');
            expect(query(element, 'img')).toBeNull();
            expect(textOf(query(element, '[data-id="empty"]'))).toBe(
                label('VCK_Transcript_NoMatches')
            );
            expect(textOf(query(element, '[data-id="match-count"]'))).toBe(
                label('VCK_Transcript_NoMatchesShort')
            );
        });

        it('keeps filtering as new utterances arrive', async () => {
            const element = await mountWithTalk();
            await search(element, 'refund');
            say('u5', 'No refund for that one');
            say('u6', 'Okay');
            await flushPromises();
            expect(rowTexts(element)).toEqual([
                'I would like a refund',
                'Refund approved. Anything else?',
                'No refund for that one'
            ]);
            expect(textOf(query(element, '[data-id="match-count"]'))).toBe(
                formatLabel(label('VCK_Transcript_MatchPosition'), 1, 3)
            );
        });

        it('highlights the keywords design attribute wherever they are said', async () => {
            const element = await mountWithTalk({ highlightKeywords: 'refund, CANCEL ,' });
            expect(rowTexts(element)).toHaveLength(4);
            expect(marks(element)).toEqual(['refund', 'Refund', 'cancel']);

            await search(element, 'plan');
            expect(marks(element)).toEqual(['cancel', 'plan']);

            (element as unknown as { highlightKeywords: string }).highlightKeywords = 'check';
            await flushPromises();
            await search(element, '');
            expect(marks(element)).toEqual(['check']);
            await expect(element).toBeAccessible();
        });
    });

    describe('auto-scroll and jump to latest', () => {
        async function mountScrollable(): Promise<{ element: HTMLElement; log: HTMLElement }> {
            const element = await mountPanel();
            connectCall();
            for (let index = 1; index <= 5; index += 1) {
                say(`u${index}`, `line ${index}`);
            }
            await flushPromises();
            const log = query(element, '[data-id="log"]')!;
            stubScrollMetrics(log, { scrollTop: 600, clientHeight: 400, scrollHeight: 1000 });
            return { element, log };
        }

        it('keeps the newest utterance in view while following', async () => {
            const { log } = await mountScrollable();
            log.scrollTop = 0;
            say('u6', 'line 6');
            await flushPromises();
            expect(log.scrollTop).toBe(600);
        });

        it('stops following when the user scrolls up and counts what arrives meanwhile', async () => {
            const { element, log } = await mountScrollable();
            expect(query(element, '[data-id="jump"]')).toBeNull();

            await scrollTo(log, 200);
            expect(prop(query(element, '[data-id="jump"]'), 'label')).toBe(
                label('VCK_Transcript_JumpToLatest')
            );

            say('u6', 'line 6');
            say('u7', 'line 7');
            say('u8', 'line 8');
            await flushPromises();
            expect(log.scrollTop).toBe(200);
            expect(prop(query(element, '[data-id="jump"]'), 'label')).toBe(
                formatLabel(label('VCK_Transcript_JumpToLatestNew'), 3)
            );
            await expect(element).toBeAccessible();
        });

        it('jumps back to the newest utterance and follows again', async () => {
            const { element, log } = await mountScrollable();
            await scrollTo(log, 200);
            say('u6', 'line 6');
            await flushPromises();
            const focus = jest.spyOn(log, 'focus');

            await click(element, '[data-id="jump"]');
            expect(query(element, '[data-id="jump"]')).toBeNull();
            expect(log.scrollTop).toBe(600);
            expect(focus).toHaveBeenCalled();

            log.scrollTop = 0;
            say('u7', 'line 7');
            await flushPromises();
            expect(log.scrollTop).toBe(600);
        });

        it('follows again when the user scrolls back to the bottom', async () => {
            const { element, log } = await mountScrollable();
            await scrollTo(log, 200);
            say('u6', 'line 6');
            await flushPromises();
            await scrollTo(log, 600);
            expect(query(element, '[data-id="jump"]')).toBeNull();
        });
    });

    describe('announcements', () => {
        it('announces only the newest utterance, in a region apart from the log', async () => {
            const element = await mountPanel();
            connectCall();
            await flushPromises();
            const announcer = query(element, '[data-id="announcer"]')!;
            expect(announcer.getAttribute('aria-live')).toBe('polite');
            expect(textOf(announcer)).toBe('');

            say('u1', 'Hello, how can I help?');
            say('u2', 'My card was charged twice', { kind: 'customer', name: 'Jane Doe' });
            await flushPromises();
            const log = query(element, '[role="log"]')!;
            expect(log.getAttribute('aria-live')).toBe('polite');
            expect(log.contains(announcer)).toBe(false);
            expect(textOf(announcer)).toBe(
                formatLabel(
                    label('VCK_Transcript_Announcement'),
                    `${label('VCK_Common_RoleCustomer')} (Jane Doe)`,
                    'My card was charged twice'
                )
            );
        });

        it('announces the same words said twice in a row both times', async () => {
            const element = await mountPanel();
            connectCall();
            say('u1', 'Yes', { kind: 'customer' });
            await flushPromises();
            const announcer = query(element, '[data-id="announcer"]')!;
            const first = announcer.textContent;
            say('u2', 'Yes', { kind: 'customer' });
            await flushPromises();
            expect(announcer.textContent).not.toBe(first);
            expect(textOf(announcer)!.replace(/\u200B/g, '')).toBe(
                formatLabel(
                    label('VCK_Transcript_Announcement'),
                    label('VCK_Common_RoleCustomer'),
                    'Yes'
                )
            );
        });

        it('does not announce a late utterance that lands in the past', async () => {
            const element = await mountPanel();
            connectCall();
            say('u5', 'newest');
            await flushPromises();
            say('u2', 'late arrival');
            await flushPromises();
            expect(textOf(query(element, '[data-id="announcer"]'))).toContain('newest');
            expect(rowTexts(element)).toEqual(['late arrival', 'newest']);
        });

        it('does not read out history when the panel mounts mid-call', async () => {
            const first = await mountPanel();
            connectCall();
            say('u1', 'said before the second panel opened');
            await flushPromises();
            expect(textOf(query(first, '[data-id="announcer"]'))).toContain('said before');

            const late = await mountPanel();
            expect(rowTexts(late)).toEqual(['said before the second panel opened']);
            expect(textOf(query(late, '[data-id="announcer"]'))).toBe('');
        });
    });

    describe('copy and download', () => {
        const clipboardDescriptor = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
        let writeText: jest.Mock;

        beforeEach(() => {
            writeText = jest.fn().mockResolvedValue(undefined);
            Object.defineProperty(navigator, 'clipboard', {
                configurable: true,
                value: { writeText }
            });
        });

        afterEach(() => {
            if (clipboardDescriptor) {
                Object.defineProperty(navigator, 'clipboard', clipboardDescriptor);
            } else {
                delete (navigator as unknown as { clipboard?: unknown }).clipboard;
            }
            jest.useRealTimers();
        });

        async function mountWithTalk(): Promise<HTMLElement> {
            const element = await mountPanel();
            connectCall();
            say('u1', 'Hello', { kind: 'agent' });
            say('u2', 'Hi, it is <Jane>', { kind: 'customer', name: 'Jane Doe' });
            await flushPromises();
            return element;
        }

        /** What the file says: the header (the call as connected now), a blank line, the lines. */
        const expectedText = () =>
            [
                label('VCK_Transcript_ExportTitle'),
                formatLabel(label('VCK_Transcript_ExportCaller'), '+1 (415) 999-0000'),
                formatLabel(label('VCK_Transcript_ExportCallType'), label('VCK_Common_Inbound')),
                formatLabel(label('VCK_Transcript_ExportDate'), formatDateTime(Date.now())),
                formatLabel(label('VCK_Transcript_ExportCallId'), CALL_ID),
                // sfdx-lwc-jest's @salesforce/user/Id.
                formatLabel(label('VCK_Transcript_ExportedBy'), '005000000000000000'),
                formatLabel(label('VCK_Transcript_ExportedAt'), formatDateTime(Date.now())),
                '',
                `[${formatClockTime(T0 + 1000)}] ${label('VCK_Common_RoleAgent')}: Hello`,
                `[${formatClockTime(T0 + 2000)}] ${label('VCK_Common_RoleCustomer')} (Jane Doe): Hi, it is <Jane>`,
                ''
            ].join('\n');

        it('copies the transcript as plain text and says so', async () => {
            jest.useFakeTimers({ doNotFake: ['setTimeout'] });
            jest.setSystemTime(new Date(2026, 10, 25, 16, 30));
            const element = await mountWithTalk();
            await click(element, '[data-id="copy"]');
            expect(writeText).toHaveBeenCalledWith(expectedText());
            expect(textOf(query(element, '[data-id="status"]'))).toBe(
                formatLabel(label('VCK_Transcript_Copied'), 2)
            );
            expect(query(element, '[data-id="status"]')!.getAttribute('role')).toBe('status');
        });

        it('clears the feedback after a while', async () => {
            const element = await mountWithTalk();
            jest.useFakeTimers();
            query(element, '[data-id="copy"]')!.click();
            // The clipboard promise, the handler and the re-render are microtasks.
            await Promise.resolve();
            await Promise.resolve();
            await Promise.resolve();
            expect(textOf(query(element, '[data-id="status"]'))).toBe(
                formatLabel(label('VCK_Transcript_Copied'), 2)
            );
            jest.advanceTimersByTime(STATUS_CLEAR_MS);
            await Promise.resolve();
            expect(textOf(query(element, '[data-id="status"]'))).toBe('');
        });

        it('says when the clipboard refuses', async () => {
            writeText.mockRejectedValue(new Error('NotAllowedError'));
            const element = await mountWithTalk();
            await click(element, '[data-id="copy"]');
            expect(textOf(query(element, '[data-id="status"]'))).toBe(
                label('VCK_Transcript_CopyFailed')
            );
        });

        it('offers only download where the clipboard API is missing', async () => {
            delete (navigator as unknown as { clipboard?: unknown }).clipboard;
            Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
            const element = await mountWithTalk();
            expect(query(element, '[data-id="copy"]')).toBeNull();
            expect(query(element, '[data-id="download"]')).not.toBeNull();
        });

        it('downloads a text file named after the call and the date', async () => {
            jest.useFakeTimers({ doNotFake: ['setTimeout'] });
            jest.setSystemTime(new Date(2026, 10, 25, 16, 30));
            const blobs: Blob[] = [];
            const createObjectURL = jest.fn((blob: Blob) => {
                blobs.push(blob);
                return 'blob:transcript-1';
            });
            const revokeObjectURL = jest.fn();
            Object.assign(URL, { createObjectURL, revokeObjectURL });
            const saved: Array<{ href: string; download: string }> = [];
            const anchorClick = jest
                .spyOn(HTMLAnchorElement.prototype, 'click')
                .mockImplementation(function (this: HTMLAnchorElement) {
                    saved.push({ href: this.href, download: this.download });
                });

            const element = await mountWithTalk();
            await click(element, '[data-id="download"]');
            anchorClick.mockRestore();

            const fileName = `transcript-${CALL_ID}-2026-11-25.txt`;
            expect(saved).toEqual([{ href: 'blob:transcript-1', download: fileName }]);
            expect(blobs[0].type).toBe('text/plain');
            expect(await readBlob(blobs[0])).toBe(expectedText());
            expect(textOf(query(element, '[data-id="status"]'))).toBe(
                formatLabel(label('VCK_Transcript_Downloaded'), fileName)
            );
            expect(revokeObjectURL).not.toHaveBeenCalled();
            document.body.removeChild(element);
            expect(revokeObjectURL).toHaveBeenCalledWith('blob:transcript-1');
            expect(REVOKE_URL_MS).toBeGreaterThan(0);
        });

        it('can be operated from the keyboard', async () => {
            const element = await mountWithTalk();
            const controls = ['[data-id="copy"]', '[data-id="download"]', '[data-id="search"]'];
            for (const selector of controls) {
                const control = query(element, selector)!;
                expect(control.tagName).toMatch(/^LIGHTNING-(BUTTON-ICON|INPUT)$/);
            }
            expect(prop(query(element, '[data-id="copy"]'), 'alternativeText')).toBe(
                label('VCK_Transcript_Copy')
            );
            expect(query(element, '[role="log"]')!.getAttribute('tabindex')).toBe('0');
            await expect(element).toBeAccessible();
        });
    });

    describe('long calls', () => {
        it('keeps a bounded window of rows in the DOM for a 10,000-utterance call', async () => {
            const element = await mountPanel();
            await answerHellos(stateWithTranscript(CALL_ID, bigTranscript(CALL_ID, 10000)));

            expect(rows(element)).toHaveLength(WINDOW_SIZE);
            expect(rowTexts(element).at(-1)).toBe('Utterance number 9999');
            expect(prop(query(element, '[data-id="show-earlier"]'), 'label')).toBe(
                label('VCK_Transcript_ShowEarlier')
            );

            const counts: number[] = [];
            for (let index = 10000; index < 10000 + 2 * PAGE_SIZE + 5; index += 1) {
                say(`u${index}`, `Utterance number ${index}`, { second: index });
                // One render per event, as when events arrive one by one from the platform.
                // eslint-disable-next-line no-await-in-loop
                await flushPromises();
                counts.push(rows(element).length);
                expect(rowTexts(element).at(-1)).toBe(`Utterance number ${index}`);
            }
            expect(Math.min(...counts)).toBeGreaterThanOrEqual(WINDOW_SIZE);
            expect(Math.max(...counts)).toBeLessThanOrEqual(MAX_RENDERED_ROWS);
            await expect(element).toBeAccessible();
        });

        it('appends new rows without moving the rows already in the DOM', async () => {
            const element = await mountPanel();
            await answerHellos(stateWithTranscript(CALL_ID, bigTranscript(CALL_ID, 10000)));
            const list = query(element, 'ol')!;
            const records: MutationRecord[] = [];
            const observer = new MutationObserver((batch) => records.push(...batch));
            observer.observe(list, { childList: true });
            for (let index = 10000; index < 10000 + PAGE_SIZE + 2; index += 1) {
                say(`u${index}`, `Utterance number ${index}`, { second: index });
                // eslint-disable-next-line no-await-in-loop
                await flushPromises();
            }
            records.push(...observer.takeRecords());
            observer.disconnect();
            // A row removed and added again was moved: LWC's keyed diff does that to every
            // row when one render both drops rows at the start and adds rows at the end.
            const removed = new Set(records.flatMap((record) => Array.from(record.removedNodes)));
            const added = records.flatMap((record) => Array.from(record.addedNodes));
            expect(removed.size).toBeGreaterThan(0);
            expect(added.filter((node) => removed.has(node)).length).toBe(0);
        });

        it('shifts the window to earlier and later rows without growing it', async () => {
            const element = await mountPanel();
            await answerHellos(stateWithTranscript(CALL_ID, bigTranscript(CALL_ID, 10000)));
            const firstShown = 10000 - WINDOW_SIZE;

            await click(element, '[data-id="show-earlier"]');
            expect(rows(element)).toHaveLength(WINDOW_SIZE);
            expect(rowTexts(element)[0]).toBe(`Utterance number ${firstShown - PAGE_SIZE}`);
            expect(prop(query(element, '[data-id="jump"]'), 'label')).toBe(
                label('VCK_Transcript_JumpToLatest')
            );

            say('u10000', 'Utterance number 10000', { second: 10000 });
            await flushPromises();
            expect(rowTexts(element)[0]).toBe(`Utterance number ${firstShown - PAGE_SIZE}`);
            expect(prop(query(element, '[data-id="jump"]'), 'label')).toBe(
                formatLabel(label('VCK_Transcript_JumpToLatestNew'), 1)
            );

            // One utterance was dropped at the bound: the window still moves by one page.
            await click(element, '[data-id="show-later"]');
            expect(rows(element)).toHaveLength(WINDOW_SIZE);
            expect(rowTexts(element)[0]).toBe(`Utterance number ${firstShown}`);
            await click(element, '[data-id="show-later"]');
            expect(rowTexts(element)[0]).toBe(`Utterance number ${firstShown + 1}`);
            expect(query(element, '[data-id="show-later"]')).toBeNull();

            await click(element, '[data-id="jump"]');
            expect(rowTexts(element).at(-1)).toBe('Utterance number 10000');
        });

        it('loads earlier rows when the user scrolls to the top, keeping their place', async () => {
            const element = await mountPanel();
            await answerHellos(stateWithTranscript(CALL_ID, bigTranscript(CALL_ID, 10000)));
            const log = query(element, '[data-id="log"]')!;
            stubScrollMetrics(log, { scrollTop: 5600, clientHeight: 400, scrollHeight: 6000 });
            const rowHeight = 50;
            const offsetTop = jest
                .spyOn(HTMLElement.prototype, 'offsetTop', 'get')
                .mockImplementation(function (this: HTMLElement) {
                    const siblings = Array.from(this.parentElement?.children ?? []);
                    return this.matches('li[data-row]') ? siblings.indexOf(this) * rowHeight : 0;
                });

            await scrollTo(log, 0);
            offsetTop.mockRestore();
            expect(rows(element)).toHaveLength(WINDOW_SIZE);
            expect(rowTexts(element)[0]).toBe(
                `Utterance number ${10000 - WINDOW_SIZE - PAGE_SIZE}`
            );
            // The row that was at the top is still at the top: PAGE_SIZE rows were added above it.
            expect(log.scrollTop).toBe(PAGE_SIZE * rowHeight);
        });

        it('searches the whole transcript but renders a window of matches', async () => {
            const element = await mountPanel();
            await answerHellos(stateWithTranscript(CALL_ID, bigTranscript(CALL_ID, 10000)));
            await filterOnly(element, true);
            await search(element, 'number 1');
            // 1, 10–19, 100–199 and 1000–1999.
            expect(textOf(query(element, '[data-id="match-count"]'))).toBe(
                formatLabel(label('VCK_Transcript_MatchPosition'), 1, '1,111')
            );
            expect(rows(element)).toHaveLength(WINDOW_SIZE);
            expect(rowTexts(element)[0]).toBe('Utterance number 1');
            expect(new Set(marks(element))).toEqual(new Set(['number 1']));
        });

        it('honours the maximum utterances design attribute', async () => {
            const element = await mountPanel({ maxUtterances: 100 });
            connectCall();
            for (let index = 0; index < 130; index += 1) {
                say(`u${index}`, `Utterance number ${index}`);
            }
            await flushPromises();
            expect(rows(element)).toHaveLength(100);
            expect(rowTexts(element)[0]).toBe('Utterance number 30');
            expect(textOf(query(element, '[data-id="dropped"]'))).toBe(
                formatLabel(label('VCK_Transcript_Dropped'), 30)
            );
        });

        it('keeps at least 100 utterances whatever the attribute says', async () => {
            const element = await mountPanel({ maxUtterances: 3 });
            connectCall();
            for (let index = 0; index < 110; index += 1) {
                say(`u${index}`, `Utterance number ${index}`);
            }
            await flushPromises();
            expect(rows(element)).toHaveLength(100);
        });
    });

    describe('several calls', () => {
        it('follows the active call and lets the user switch', async () => {
            const element = await mountPanel();
            connectCall(CALL_ID, '+1 (415) 999-0000');
            say('u1', 'first call speaking', { second: 1 });
            await flushPromises();
            connectCall(OTHER_CALL, '+1 (212) 555-0199');
            say('v1', 'consult call speaking', { callId: OTHER_CALL, second: 2 });
            await flushPromises();

            expect(rowTexts(element)).toEqual(['consult call speaking']);
            const switcher = query(element, 'c-voice-call-switcher')!;
            const options = prop<Array<{ value: string }>>(switcher, 'options');
            expect(options.map((option) => option.value).sort()).toEqual(
                [CALL_ID, OTHER_CALL].sort()
            );
            expect(prop(switcher, 'value')).toBe(OTHER_CALL);

            switcher.dispatchEvent(new CustomEvent('callchange', { detail: { callId: CALL_ID } }));
            await flushPromises();
            expect(rowTexts(element)).toEqual(['first call speaking']);
            expect(prop(switcher, 'value')).toBe(CALL_ID);

            say('v2', 'more on the consult', { callId: OTHER_CALL, second: 3 });
            await flushPromises();
            expect(rowTexts(element)).toEqual(['first call speaking']);
            expect(textOf(query(element, '[data-id="announcer"]'))).not.toContain('consult');
            await expect(element).toBeAccessible();
        });
    });

    describe('lifecycle', () => {
        it('stops listening when removed', async () => {
            const before = subscriberCount(VOICE_CONSOLE_CHANNEL);
            const element = await mountPanel();
            expect(subscriberCount(VOICE_CONSOLE_CHANNEL)).toBeGreaterThan(before);
            document.body.removeChild(element);
            expect(subscriberCount(VOICE_CONSOLE_CHANNEL)).toBe(before);
            expect(() => emitToolkitEvent('callconnected', { callId: 'x' })).not.toThrow();
        });
    });
});
