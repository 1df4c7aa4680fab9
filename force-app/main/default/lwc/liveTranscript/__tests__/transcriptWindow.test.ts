import {
    FOLLOWING,
    PAGE_SIZE,
    WINDOW_SIZE,
    countAfter,
    followRange,
    lowerBound,
    MAX_RENDERED_ROWS,
    pinnedAt,
    sameWindow,
    shiftEarlier,
    shiftLater,
    splitRange,
    upperBound,
    windowRange
} from '../transcriptWindow';
import { utterance, utterances } from '../../../../../test/liveTranscript/utterances';

describe('transcriptWindow', () => {
    const list = utterances(10000);

    describe('binary search', () => {
        it('finds an utterance and the positions around a missing one', () => {
            expect(lowerBound(list, list[4321])).toBe(4321);
            expect(upperBound(list, list[4321])).toBe(4322);
            const between = utterance(0, {
                id: 'between',
                serverReceivedTimestamp: list[10].serverReceivedTimestamp! + 500
            });
            expect(lowerBound(list, between)).toBe(11);
            expect(upperBound(list, between)).toBe(11);
            expect(lowerBound([], between)).toBe(0);
        });
    });

    describe('windowRange', () => {
        it('follows the newest rows, never more than the window size', () => {
            expect(windowRange(list, FOLLOWING)).toEqual({
                start: 10000 - WINDOW_SIZE,
                end: 10000
            });
            expect(windowRange(list.slice(0, 7), FOLLOWING)).toEqual({ start: 0, end: 7 });
            expect(windowRange([], FOLLOWING)).toEqual({ start: 0, end: 0 });
        });

        it('stays pinned to its first utterance while the transcript grows', () => {
            const position = { follow: false as const, anchor: list[500] };
            expect(windowRange(list, position)).toEqual({ start: 500, end: 500 + WINDOW_SIZE });
            const grown = [...list, ...utterances(50, 10000)];
            expect(windowRange(grown, position)).toEqual({ start: 500, end: 500 + WINDOW_SIZE });
        });

        it('keeps showing the same utterances when older ones are dropped at the bound', () => {
            const trimmed = list.slice(300);
            const range = windowRange(trimmed, { follow: false, anchor: list[500] });
            expect(trimmed[range.start]).toBe(list[500]);
        });

        it('starts at the oldest kept utterance when its anchor was dropped', () => {
            const trimmed = list.slice(600);
            expect(windowRange(trimmed, { follow: false, anchor: list[500] }).start).toBe(0);
        });

        it('shows a full window near the end of the list', () => {
            const range = windowRange(list, { follow: false, anchor: list[9990] });
            expect(range).toEqual({ start: 10000 - WINDOW_SIZE, end: 10000 });
        });

        it('honours a custom size', () => {
            expect(windowRange(list, FOLLOWING, 5)).toEqual({ start: 9995, end: 10000 });
        });
    });

    describe('shifting', () => {
        it('moves a page earlier, stopping at the start', () => {
            const range = { start: 1000, end: 1000 + WINDOW_SIZE };
            expect(shiftEarlier(list, range)).toEqual({
                follow: false,
                anchor: list[1000 - PAGE_SIZE]
            });
            expect(shiftEarlier(list, { start: 10, end: 130 })).toEqual({
                follow: false,
                anchor: list[0]
            });
        });

        it('moves a page later, stopping at the last full window', () => {
            const range = { start: 1000, end: 1000 + WINDOW_SIZE };
            expect(shiftLater(list, range)).toEqual({
                follow: false,
                anchor: list[1000 + PAGE_SIZE]
            });
            const nearEnd = { start: 9870, end: 9990 };
            expect(shiftLater(list, nearEnd)).toEqual({
                follow: false,
                anchor: list[10000 - WINDOW_SIZE]
            });
        });

        it('pins the window where it is', () => {
            const range = windowRange(list, FOLLOWING);
            const pinned = pinnedAt(list, range);
            expect(windowRange(list, pinned)).toEqual(range);
            // A following window longer than a full one keeps its newest rows, near the user.
            expect(windowRange(list, pinnedAt(list, { start: 9850, end: 10000 }))).toEqual(range);
            expect(pinnedAt([], { start: 0, end: 0 })).toEqual({ follow: false, anchor: null });
            expect(windowRange(list, { follow: false, anchor: null })).toEqual(range);
        });
    });

    describe('followRange', () => {
        it('starts with the newest full window', () => {
            expect(followRange(list, null)).toEqual({ start: 10000 - WINDOW_SIZE, end: 10000 });
            expect(followRange(list.slice(0, 5), null)).toEqual({ start: 0, end: 5 });
        });

        it('keeps its first row as rows are appended, then drops a page at once', () => {
            let shown = followRange(list.slice(0, 1000), null);
            const sizes: number[] = [];
            for (let length = 1001; length <= 1200; length += 1) {
                const grown = list.slice(0, length);
                shown = followRange(grown, grown[shown.start]);
                expect(shown.end).toBe(length);
                sizes.push(shown.end - shown.start);
            }
            expect(Math.min(...sizes)).toBe(WINDOW_SIZE);
            expect(Math.max(...sizes)).toBeLessThan(MAX_RENDERED_ROWS);
            // Most appends leave the first row alone.
            const trims = sizes.filter((size, index) => index > 0 && size < sizes[index - 1]);
            expect(trims.length).toBeLessThanOrEqual(Math.ceil(200 / PAGE_SIZE));
        });

        it('starts again when its first row is gone or too few rows are shown', () => {
            const trimmed = list.slice(500);
            expect(followRange(trimmed, list[100])).toEqual({
                start: trimmed.length - WINDOW_SIZE,
                end: trimmed.length
            });
            expect(followRange(list, list[9990])).toEqual({
                start: 10000 - WINDOW_SIZE,
                end: 10000
            });
            expect(followRange(list, { ...list[9900] })).toEqual({
                start: 10000 - WINDOW_SIZE,
                end: 10000
            });
        });
    });

    describe('splitRange', () => {
        it('adds before dropping when rows go at the start and come at the end', () => {
            const shown = { start: 1000, end: 1120 };
            expect(splitRange(list, shown, list, { start: 1040, end: 1160 })).toEqual({
                start: 1000,
                end: 1160
            });
            const trimmed = list.slice(10);
            expect(splitRange(list, shown, trimmed, { start: 1030, end: 1150 })).toEqual({
                start: 990,
                end: 1150
            });
        });

        it('does nothing for an append, a trim, an earlier shift or unrelated lists', () => {
            const shown = { start: 1000, end: 1120 };
            expect(splitRange(list, shown, list, { start: 1000, end: 1121 })).toBeNull();
            expect(splitRange(list, shown, list, { start: 1040, end: 1120 })).toBeNull();
            expect(splitRange(list, shown, list, { start: 960, end: 1080 })).toBeNull();
            expect(splitRange(list, { start: 0, end: 0 }, list, shown)).toBeNull();
            expect(
                splitRange(list, shown, utterances(50, 20000), { start: 10, end: 50 })
            ).toBeNull();
        });
    });

    describe('countAfter', () => {
        it('counts utterances newer than the last one seen', () => {
            expect(countAfter(list, list[9996])).toBe(3);
            expect(countAfter(list, list[9999])).toBe(0);
            expect(countAfter(list, null)).toBe(10000);
        });

        it('counts from where a seen utterance would be when it is not in the list', () => {
            const matches = list.filter((_, index) => index % 10 === 0);
            expect(countAfter(matches, list[9975])).toBe(2);
        });
    });

    describe('sameWindow', () => {
        it('compares the shown utterances in constant time', () => {
            const range = { start: 10, end: 20 };
            expect(sameWindow(list, range, list.slice(), range)).toBe(true);
            expect(sameWindow(list, range, list.slice(1), { start: 9, end: 19 })).toBe(true);
            expect(sameWindow(list, range, list, { start: 11, end: 21 })).toBe(false);
            expect(sameWindow(list, range, list, { start: 10, end: 19 })).toBe(false);
            expect(sameWindow(list, { start: 0, end: 0 }, [], { start: 0, end: 0 })).toBe(true);
        });
    });
});
