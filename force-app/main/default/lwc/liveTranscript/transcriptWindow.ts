/**
 * Bounded rendering. However long the transcript, only a window of rows is in the DOM: at least
 * WINDOW_SIZE (when there are that many) and never more than WINDOW_SIZE + PAGE_SIZE.
 * - Following, the window ends at the newest row and keeps its first row until it holds
 *   WINDOW_SIZE + PAGE_SIZE rows; then it drops PAGE_SIZE rows at once.
 * - When the user leaves the bottom, the window is pinned to an utterance (not an index), so
 *   new, late or dropped utterances do not move what the user is reading. Reaching the top or
 *   bottom edge (by scrolling, or with "Show earlier/later" for keyboard users) shifts it by
 *   PAGE_SIZE rows; the panel keeps a surviving row at the same place on screen.
 * - A change that drops rows at the start and adds rows at the end is rendered in two steps
 *   (add, then drop; see splitRange). LWC's keyed diff (snabbdom's) would otherwise move every
 *   row in the DOM, which measured ~10x slower than an append.
 *
 * Lists are sorted by compareUtterances (the bus's order), so every lookup is a binary search:
 * O(log n) per event instead of O(n).
 */
import { compareUtterances, type Utterance } from 'c/voiceEventBus';

/** Rows a full window shows: enough for several screens, few enough to patch in a frame. */
export const WINDOW_SIZE = 120;
/** Rows added at one edge (and dropped at the other) when the window shifts or trims. */
export const PAGE_SIZE = 40;
/** The most rows rendered (after a moment's two-step change), whatever the length of the call. */
export const MAX_RENDERED_ROWS = WINDOW_SIZE + PAGE_SIZE;

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

/**
 * The window while following: it ends at the newest row and keeps `first` (the first row shown
 * now) while that leaves at most size + page rows, so most events only append a row.
 */
export function followRange(
    list: readonly Utterance[],
    first: Utterance | null,
    size: number = WINDOW_SIZE,
    page: number = PAGE_SIZE
): WindowRange {
    const end = list.length;
    const newest = Math.max(0, end - size);
    if (first === null) {
        return { start: newest, end };
    }
    const start = lowerBound(list, first);
    const keep = list[start] === first && start <= newest && end - start < size + page;
    return { start: keep ? start : newest, end };
}

/**
 * When going from the rows shown now (`shown` of `previous`) to `target` in `next` would drop
 * rows at the start and add rows at the end, the range to render first (the old rows plus the
 * new ones); rendering `target` afterwards only drops rows. Null when one step is cheap.
 */
export function splitRange(
    previous: readonly Utterance[],
    shown: WindowRange,
    next: readonly Utterance[],
    target: WindowRange
): WindowRange | null {
    if (shown.end <= shown.start || target.end <= target.start) {
        return null;
    }
    const first = previous[shown.start];
    const last = previous[shown.end - 1];
    const firstIndex = lowerBound(next, first);
    const lastIndex = lowerBound(next, last);
    if (next[firstIndex] !== first || next[lastIndex] !== last) {
        return null;
    }
    const dropsAtStart = target.start > firstIndex;
    const addsAtEnd = target.end > lastIndex + 1;
    return dropsAtStart && addsAtEnd ? { start: firstIndex, end: target.end } : null;
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

/**
 * The pinned position when the user stops following: the last `size` rows of what is shown, so
 * the rows near the bottom, where the user is, stay put.
 */
export function pinnedAt(
    list: readonly Utterance[],
    range: WindowRange,
    size: number = WINDOW_SIZE
): WindowPosition {
    return { follow: false, anchor: list[Math.max(range.start, range.end - size)] ?? null };
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

/**
 * The position that shows `item` (a search match): the current one when `item` is already in the
 * pinned window of the same list, else a window with `item` near its middle, so the rows around
 * the match are context on both sides.
 */
export function revealPosition(
    list: readonly Utterance[],
    shown: readonly Utterance[],
    range: WindowRange,
    position: WindowPosition,
    item: Utterance,
    size: number = WINDOW_SIZE
): WindowPosition {
    const index = lowerBound(list, item);
    if (list === shown && !position.follow && index >= range.start && index < range.end) {
        return position;
    }
    const start = Math.max(0, Math.min(index - (size >> 1), list.length - size));
    return { follow: false, anchor: list[start] ?? null };
}
