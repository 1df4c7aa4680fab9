import {
    EDGE_TOLERANCE_PX,
    isNearBottom,
    isNearTop,
    scrollIntent,
    scrollMove
} from '../scrollFollow';

const at = (scrollTop: number, clientHeight = 400, scrollHeight = 4000) => ({
    scrollTop,
    clientHeight,
    scrollHeight
});

describe('scrollFollow', () => {
    describe('isNearBottom', () => {
        it('is true at the bottom and within the tolerance of it', () => {
            expect(isNearBottom(at(3600))).toBe(true);
            expect(isNearBottom(at(3600 - EDGE_TOLERANCE_PX))).toBe(true);
            expect(isNearBottom(at(3600.4))).toBe(true);
        });

        it('is false once the user scrolled up past the tolerance', () => {
            expect(isNearBottom(at(3600 - EDGE_TOLERANCE_PX - 1))).toBe(false);
            expect(isNearBottom(at(0))).toBe(false);
        });

        it('is true when the content does not overflow (and in jsdom, where all are 0)', () => {
            expect(isNearBottom(at(0, 400, 300))).toBe(true);
            expect(isNearBottom(at(0, 0, 0))).toBe(true);
        });
    });

    describe('isNearTop', () => {
        it('is true near the top of overflowing content only', () => {
            expect(isNearTop(at(0))).toBe(true);
            expect(isNearTop(at(EDGE_TOLERANCE_PX))).toBe(true);
            expect(isNearTop(at(EDGE_TOLERANCE_PX + 1))).toBe(false);
            expect(isNearTop(at(0, 400, 300))).toBe(false);
        });
    });

    describe('scrollIntent', () => {
        it('follows at the bottom of the newest rows', () => {
            expect(scrollIntent(at(3600), true, false)).toBe('follow');
        });

        it('shifts the window later at its bottom when later rows exist', () => {
            expect(scrollIntent(at(3600), true, true)).toBe('later');
        });

        it('shifts the window earlier at its top when earlier rows exist', () => {
            expect(scrollIntent(at(0), true, false)).toBe('earlier');
        });

        it('pins the window anywhere else', () => {
            expect(scrollIntent(at(1800), true, true)).toBe('pin');
            expect(scrollIntent(at(0), false, false)).toBe('pin');
        });
    });

    describe('scrollMove', () => {
        it('follows again at the bottom after reading history', () => {
            expect(scrollMove('follow', false, false)).toBe('follow');
            expect(scrollMove('follow', true, false)).toBeNull();
        });

        it('pins at the bottom while searching: only clearing the search follows again', () => {
            expect(scrollMove('follow', true, true)).toBe('pinned');
            expect(scrollMove('follow', false, true)).toBeNull();
        });

        it('pins when the user scrolls away from the bottom, once', () => {
            expect(scrollMove('pin', true, false)).toBe('pinned');
            expect(scrollMove('pin', false, false)).toBeNull();
            expect(scrollMove('pin', true, true)).toBe('pinned');
        });

        it('shifts the window at its edges, searching or not', () => {
            expect(scrollMove('earlier', false, false)).toBe('earlier');
            expect(scrollMove('later', false, true)).toBe('later');
            expect(scrollMove('earlier', true, false)).toBe('earlier');
        });
    });
});
