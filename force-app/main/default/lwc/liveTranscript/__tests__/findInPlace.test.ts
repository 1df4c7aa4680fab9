import { label } from '../../../../../test/useRealLabels';
import { MAX_TEXT_LENGTH, voiceEventBus } from 'c/voiceEventBus';
import { formatLabel } from 'c/voiceViewUtils';
import { flushPromises } from '../../../../../test/utils';
import { ANNOUNCE_MATCHES_MS } from '../liveTranscript';
import { MAX_RENDERED_ROWS } from '../transcriptWindow';
import {
    CALL_ID,
    answerHellos,
    bigTranscript,
    click,
    connectCall,
    filterOnly,
    marks,
    mountPanel,
    prop,
    query,
    rowTexts,
    rows,
    say,
    scrollTo,
    search,
    stateWithTranscript,
    stubScrollMetrics,
    textOf
} from '../../../../../test/liveTranscript/panel';

const position = (at: number | string, of: number | string) =>
    formatLabel(label('VCK_Transcript_MatchPosition'), at, of);

function countText(element: HTMLElement): string | null {
    return textOf(query(element, '[data-id="match-count"]'));
}

/** The text of the row marked as the current match (aria-current), and how many are marked. */
function current(element: HTMLElement): string | null {
    const marked = rows(element).filter((row) => row.getAttribute('aria-current') === 'true');
    expect(marked.length).toBeLessThanOrEqual(1);
    return marked[0] ? (marked[0].querySelector('[data-id="text"]')!.textContent ?? '') : null;
}

async function press(element: HTMLElement, key: string, shiftKey = false): Promise<boolean> {
    const event = new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true });
    query(element, '[data-id="search"]')!.dispatchEvent(event);
    await flushPromises();
    return event.defaultPrevented;
}

async function mountWithTalk(): Promise<HTMLElement> {
    const element = await mountPanel();
    connectCall();
    say('u1', 'I would like a refund', { kind: 'customer' });
    say('u2', 'Let me check that for you');
    say('u3', 'Refund approved. Anything else?');
    say('u4', 'Can I cancel my plan?');
    say('u5', 'No refund needed after all', { kind: 'customer' });
    await flushPromises();
    return element;
}

describe('c-live-transcript find in place', () => {
    beforeEach(() => {
        voiceEventBus.reset();
    });

    it('keeps every line, highlights the matches and marks the first as current', async () => {
        const element = await mountWithTalk();
        await search(element, 'refund');
        expect(rowTexts(element)).toHaveLength(5);
        expect(marks(element)).toEqual(['refund', 'Refund', 'refund']);
        expect(countText(element)).toBe(position(1, 3));
        expect(current(element)).toBe('I would like a refund');
        expect(rows(element)[0].className).toContain('vck-row_current');
        await expect(element).toBeAccessible();
    });

    it('moves to the next and previous match with the buttons, wrapping at both ends', async () => {
        const element = await mountWithTalk();
        await search(element, 'refund');
        expect(prop(query(element, '[data-id="next-match"]'), 'alternativeText')).toBe(
            label('VCK_Transcript_NextMatch')
        );
        expect(prop(query(element, '[data-id="previous-match"]'), 'alternativeText')).toBe(
            label('VCK_Transcript_PreviousMatch')
        );

        await click(element, '[data-id="next-match"]');
        expect(countText(element)).toBe(position(2, 3));
        expect(current(element)).toBe('Refund approved. Anything else?');
        await click(element, '[data-id="next-match"]');
        await click(element, '[data-id="next-match"]');
        expect(countText(element)).toBe(position(1, 3));
        expect(current(element)).toBe('I would like a refund');
        await click(element, '[data-id="previous-match"]');
        expect(countText(element)).toBe(position(3, 3));
        expect(current(element)).toBe('No refund needed after all');
    });

    it('moves with Enter and Shift+Enter (and F3) in the search box', async () => {
        const element = await mountWithTalk();
        await search(element, 'refund');
        expect(await press(element, 'Enter')).toBe(true);
        expect(countText(element)).toBe(position(2, 3));
        expect(await press(element, 'F3')).toBe(true);
        expect(countText(element)).toBe(position(3, 3));
        expect(await press(element, 'Enter', true)).toBe(true);
        expect(countText(element)).toBe(position(2, 3));
        expect(await press(element, 'a')).toBe(false);
        expect(countText(element)).toBe(position(2, 3));
    });

    it('keeps the current match while the term grows and as lines arrive', async () => {
        const element = await mountWithTalk();
        await search(element, 'refund');
        await click(element, '[data-id="next-match"]');
        await search(element, 'refund approved');
        expect(countText(element)).toBe(position(1, 1));
        expect(current(element)).toBe('Refund approved. Anything else?');
        say('u6', 'So the refund approved is final?');
        await flushPromises();
        expect(countText(element)).toBe(position(1, 2));
        expect(current(element)).toBe('Refund approved. Anything else?');
    });

    it('says when nothing matches and disables next and previous', async () => {
        const element = await mountWithTalk();
        await search(element, 'invoice');
        expect(rowTexts(element)).toHaveLength(5);
        expect(countText(element)).toBe(label('VCK_Transcript_NoMatchesShort'));
        expect(prop(query(element, '[data-id="next-match"]'), 'disabled')).toBe(true);
        expect(current(element)).toBeNull();
    });

    it('offers filtering as a choice, keeping the current match', async () => {
        const element = await mountWithTalk();
        expect(prop(query(element, '[data-id="filter-only"]'), 'label')).toBe(
            label('VCK_Transcript_FilterMatches')
        );
        await search(element, 'refund');
        await click(element, '[data-id="next-match"]');
        await filterOnly(element, true);
        expect(rowTexts(element)).toEqual([
            'I would like a refund',
            'Refund approved. Anything else?',
            'No refund needed after all'
        ]);
        expect(current(element)).toBe('Refund approved. Anything else?');
        await filterOnly(element, false);
        expect(rowTexts(element)).toHaveLength(5);
        expect(current(element)).toBe('Refund approved. Anything else?');
    });

    it('announces the count politely once typing stops, and each move at once', async () => {
        const element = await mountWithTalk();
        const announcer = query(element, '[data-id="search-announcer"]')!;
        expect(announcer.getAttribute('aria-live')).toBe('polite');
        await search(element, 'r');
        await search(element, 're');
        await search(element, 'refund');
        expect(textOf(announcer)).toBe('');
        await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_MATCHES_MS + 50));
        await flushPromises();
        expect(textOf(announcer)).toBe(
            formatLabel(label('VCK_Transcript_MatchAnnouncement'), 1, 3)
        );
        await click(element, '[data-id="next-match"]');
        expect(textOf(announcer)).toBe(
            formatLabel(label('VCK_Transcript_MatchAnnouncement'), 2, 3)
        );
    });

    it('pauses following while searching and puts the reading position back when cleared', async () => {
        const element = await mountWithTalk();
        const log = query(element, '[data-id="log"]')!;
        stubScrollMetrics(log, { scrollTop: 600, clientHeight: 400, scrollHeight: 1000 });
        await scrollTo(log, 200);
        expect(query(element, '[data-id="jump"]')).not.toBeNull();

        await search(element, 'refund');
        expect(query(element, '[data-id="jump"]')).toBeNull();
        await click(element, '[data-id="next-match"]');
        log.scrollTop = 350;
        say('u7', 'Anything else I can do?');
        await flushPromises();
        expect(log.scrollTop).toBe(350);

        await search(element, '');
        expect(log.scrollTop).toBe(200);
        expect(marks(element)).toEqual([]);
        expect(current(element)).toBeNull();
        expect(prop(query(element, '[data-id="jump"]'), 'label')).toBe(
            formatLabel(label('VCK_Transcript_JumpToLatestNew'), 1)
        );
    });

    it('follows again after the search when it was following before', async () => {
        const element = await mountWithTalk();
        const log = query(element, '[data-id="log"]')!;
        stubScrollMetrics(log, { scrollTop: 600, clientHeight: 400, scrollHeight: 1000 });
        await search(element, 'refund');
        log.scrollTop = 100;
        // Reaching the bottom while searching does not start following.
        await scrollTo(log, 600);
        log.scrollTop = 100;
        say('u7', 'Anything else I can do?');
        await flushPromises();
        expect(log.scrollTop).toBe(100);

        await search(element, '');
        expect(log.scrollTop).toBe(600);
        say('u8', 'Goodbye');
        log.scrollTop = 0;
        await flushPromises();
        expect(log.scrollTop).toBe(600);
    });

    it('brings a match outside the rendered window into it, around the match', async () => {
        const element = await mountPanel();
        await answerHellos(stateWithTranscript(CALL_ID, bigTranscript(CALL_ID, 10000)));
        await search(element, 'number 1');
        // 1, 10–19, 100–199 and 1000–1999.
        expect(countText(element)).toBe(position(1, '1,111'));
        expect(current(element)).toBe('Utterance number 1');

        await click(element, '[data-id="previous-match"]');
        expect(countText(element)).toBe(position('1,111', '1,111'));
        expect(current(element)).toBe('Utterance number 1999');
        const texts = rowTexts(element);
        expect(texts.length).toBeLessThanOrEqual(MAX_RENDERED_ROWS);
        // Context on both sides: every line, not only matches.
        expect(texts).toContain('Utterance number 1950');
        expect(texts).toContain('Utterance number 2050');
    });

    it('marks an utterance the bus cut at its length limit', async () => {
        const element = await mountPanel();
        connectCall();
        say('u1', 'x'.repeat(7342));
        await flushPromises();
        expect(rowTexts(element)[0]).toHaveLength(MAX_TEXT_LENGTH);
        expect(textOf(query(element, '[data-id="cut"]'))).toBe(
            formatLabel(label('VCK_Transcript_CutMark'), '5,000', '7,342')
        );
    });
});
