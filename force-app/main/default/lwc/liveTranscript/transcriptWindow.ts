/**
 * Bounded rendering. However long the transcript, only a window of at most WINDOW_SIZE rows is
 * in the DOM. While following, the window is the newest rows. When the user leaves the bottom,
 * the window is pinned to an utterance (not an index), so new, late or dropped utterances do not
 * move what the user is reading. Reaching the top or bottom edge of the window (by scrolling, or
 * with the "Show earlier/later" buttons for keyboard users) shifts it by PAGE_SIZE rows; the
 * panel keeps a surviving row at the same place on screen, so scrolling stays continuous.
 *
 * Lists are sorted by compareUtterances (the bus's order), so every lookup is a binary search:
 * O(log n) per event instead of O(n).
 */
import { compareUtterances, type Utterance } from 'c/voiceEventBus';

/** Rows in the DOM at most: enough for several screens, few enough to patch in a frame. */
export const WINDOW_SIZE = 120;
/** Rows added at one edge (and dropped at the other) when the window shifts. */
export const PAGE_SIZE = 40;

/** Where the window is: the newest rows, or pinned to its first utterance. */
export type WindowPosition = { follow: true } | { follow: false; anchor: Utterance | null };

export interface WindowRange {
    /** First index shown (inclusive). */
    start: number;
    /** Index after the last one shown. */
    end: number;
}

export const FOLLOWING: WindowPosition = { follow: true };

/** Index of the first item not before `item` (its own index when present). */
export function lowerBound(list: readonly Utterance[], item: Utterance): number {
    let low = 0;
    let high = list.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (compareUtterances(list[middle], item) < 0) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return low;
}

/** Index of the first item after `item`. */
export function upperBound(list: readonly Utterance[], item: Utterance): number {
    let low = 0;
    let high = list.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (compareUtterances(list[middle], item) <= 0) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return low;
}

/** The slice of `list` to render for `position`; never more than `size` items. */
export function windowRange(
    list: readonly Utterance[],
    position: WindowPosition,
    size: number = WINDOW_SIZE
): WindowRange {
    const length = list.length;
    if (position.follow || position.anchor === null) {
        return { start: Math.max(0, length - size), end: length };
    }
    let start = Math.min(lowerBound(list, position.anchor), length);
    const end = Math.min(length, start + size);
    // Near the end of a short list, show a full window rather than a half-empty one.
    start = Math.max(0, Math.min(start, end - size));
    return { start, end };
}

/** The position after moving the window `page` rows towards the start. */
export function shiftEarlier(
    list: readonly Utterance[],
    range: WindowRange,
    page: number = PAGE_SIZE
): WindowPosition {
    const start = Math.max(0, range.start - page);
    return { follow: false, anchor: list[start] ?? null };
}

/** The position after moving the window `page` rows towards the end (staying a full window). */
export function shiftLater(
    list: readonly Utterance[],
    range: WindowRange,
    page: number = PAGE_SIZE,
    size: number = WINDOW_SIZE
): WindowPosition {
    const start = Math.max(0, Math.min(range.start + page, list.length - size));
    return { follow: false, anchor: list[start] ?? null };
}

/** The pinned position that shows what `range` shows now (used when the user stops following). */
export function pinnedAt(list: readonly Utterance[], range: WindowRange): WindowPosition {
    return { follow: false, anchor: list[range.start] ?? null };
}

/** How many items of `list` come after `lastSeen` (all of them when nothing was seen). */
export function countAfter(list: readonly Utterance[], lastSeen: Utterance | null): number {
    return lastSeen === null ? list.length : list.length - upperBound(list, lastSeen);
}

/**
 * True when two windows show the same utterances. Lists are sorted and free of duplicates, so
 * equal length and the same first and last item mean the same slice: O(1), not O(window).
 */
export function sameWindow(
    previous: readonly Utterance[],
    previousRange: WindowRange,
    next: readonly Utterance[],
    nextRange: WindowRange
): boolean {
    const count = previousRange.end - previousRange.start;
    if (count !== nextRange.end - nextRange.start) {
        return false;
    }
    return (
        count === 0 ||
        (previous[previousRange.start] === next[nextRange.start] &&
            previous[previousRange.end - 1] === next[nextRange.end - 1])
    );
}
