/**
 * Scroll decisions as pure functions of the container's scroll metrics, so they are testable
 * without layout (jsdom reports 0 for all of them).
 */

/** How close (px) to an edge still counts as being at it: absorbs rounding and small nudges. */
export const EDGE_TOLERANCE_PX = 32;

export interface ScrollMetrics {
    scrollTop: number;
    clientHeight: number;
    scrollHeight: number;
}

/** True when the bottom of the content is in view (or the content does not overflow). */
export function isNearBottom(
    { scrollTop, clientHeight, scrollHeight }: ScrollMetrics,
    tolerance: number = EDGE_TOLERANCE_PX
): boolean {
    return scrollHeight - (scrollTop + clientHeight) <= tolerance;
}

/** True when the top of the content is in view but the content does scroll. */
export function isNearTop(
    { scrollTop, clientHeight, scrollHeight }: ScrollMetrics,
    tolerance: number = EDGE_TOLERANCE_PX
): boolean {
    return scrollHeight > clientHeight && scrollTop <= tolerance;
}

export type ScrollIntent =
    /** Keep (or start) following the newest utterance. */
    | 'follow'
    /** The user reads history: stop following, pin the window. */
    | 'pin'
    /** At the top of the window with earlier rows available: shift the window earlier. */
    | 'earlier'
    /** At the bottom of the window with later rows available: shift the window later. */
    | 'later';

/**
 * What a scroll event means. `hasEarlier`/`hasLater`: whether rows exist before/after the
 * window. At the bottom of the newest rows the panel follows; anywhere else it is pinned.
 */
export function scrollIntent(
    metrics: ScrollMetrics,
    hasEarlier: boolean,
    hasLater: boolean
): ScrollIntent {
    if (isNearBottom(metrics)) {
        return hasLater ? 'later' : 'follow';
    }
    if (hasEarlier && isNearTop(metrics)) {
        return 'earlier';
    }
    return 'pin';
}

/** Keeps a row that is on screen before and after a window change at the same height. */
export interface ScrollAnchor {
    /** The row's key (utterance id). */
    key: string;
    /** Its distance from the top of the viewport before the change. */
    offset: number;
}

/** The scrollTop that puts a row of `rowTop` and `rowHeight` in the middle of the viewport. */
export function centredScrollTop(rowTop: number, rowHeight: number, clientHeight: number): number {
    return Math.max(0, Math.round(rowTop - (clientHeight - rowHeight) / 2));
}

/** What a scroll does to the window: follow the newest rows, or move to a layout position. */
export type ScrollMove = 'follow' | 'pinned' | 'earlier' | 'later' | null;

/**
 * The window move for a scroll `intent`. While searching, the bottom is just another place to
 * read (following is paused and the way back is clearing the search), so it pins instead.
 */
export function scrollMove(
    intent: ScrollIntent,
    following: boolean,
    searching: boolean
): ScrollMove {
    switch (intent) {
        case 'follow':
            if (searching) {
                return following ? 'pinned' : null;
            }
            return following ? null : 'follow';
        case 'pin':
            return following ? 'pinned' : null;
        default:
            return intent;
    }
}
