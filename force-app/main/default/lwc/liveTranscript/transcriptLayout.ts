/**
 * Which rows the panel renders: the window over the lines shown (every line, or the matches
 * when filtering), where it is (following the newest rows or pinned), and the row objects for
 * it. Pure state over transcriptWindow.ts's functions; the panel owns the DOM and the scroll.
 */
import type { Utterance } from 'c/voiceEventBus';
import { createTermQuery, type TermQuery } from './highlight';
import { asCurrentRow, createRowCache, type RowCache, type TranscriptRow } from './transcriptView';
import {
    FOLLOWING,
    countAfter,
    followRange,
    pinnedAt,
    revealPosition,
    sameWindow,
    shiftEarlier,
    shiftLater,
    splitRange,
    windowRange,
    type WindowPosition,
    type WindowRange
} from './transcriptWindow';

const NO_UTTERANCES: readonly Utterance[] = [];

export class TranscriptLayout {
    position: WindowPosition = FOLLOWING;
    /** The newest utterance the user had seen when they stopped following. */
    lastSeen: Utterance | null = null;
    /** The lines laid out last, and the window over them. */
    list: readonly Utterance[] = NO_UTTERANCES;
    range: WindowRange = { start: 0, end: 0 };
    /** A window change was split in two: the next layout drops rows at the start. */
    trimPending = false;
    private cache: RowCache = createRowCache(createTermQuery([]));
    /** Set when the highlight terms change: same utterances, new row objects. */
    private stale = false;
    private current: Utterance | null = null;

    get following(): boolean {
        return this.position.follow;
    }

    get hasEarlier(): boolean {
        return this.range.start > 0;
    }

    get hasLater(): boolean {
        return this.range.end < this.list.length;
    }

    /** Lines after the last one seen, for "Jump to latest (3 new)". */
    get newCount(): number {
        return this.position.follow ? 0 : countAfter(this.list, this.lastSeen);
    }

    /** New highlight terms: every row is built again. */
    setQuery(query: TermQuery): void {
        this.cache = createRowCache(query);
        this.stale = true;
    }

    /** Another call: the newest rows, no link to what was shown, no rows of the old call kept. */
    reset(): void {
        this.position = FOLLOWING;
        this.lastSeen = null;
        this.list = NO_UTTERANCES;
        this.range = { start: 0, end: 0 };
        this.cache = createRowCache(this.cache.query);
    }

    /**
     * Lays `list` out with `current` (the current search match, or null) marked. Returns the rows
     * to render when they changed, else null. O(log n) plus the window per call.
     */
    layout(list: readonly Utterance[], current: Utterance | null): TranscriptRow[] | null {
        let range = this.position.follow
            ? followRange(
                  list,
                  this.range.end > this.range.start ? this.list[this.range.start] : null
              )
            : windowRange(list, this.position);
        const firstStep = splitRange(this.list, this.range, list, range);
        if (firstStep) {
            // Add the new rows now and drop the old ones in a second render (see splitRange).
            range = firstStep;
            this.trimPending = true;
        }
        let rows: TranscriptRow[] | null = null;
        if (
            this.stale ||
            current !== this.current ||
            !sameWindow(this.list, this.range, list, range)
        ) {
            rows = list.slice(range.start, range.end).map((utterance) => {
                const row = this.cache.rowFor(utterance);
                return utterance === current ? asCurrentRow(row) : row;
            });
            this.stale = false;
            this.current = current;
        }
        this.list = list;
        this.range = range;
        return rows;
    }

    /** Leaves follow mode (remembering what was seen) or moves a pinned window. */
    moveTo(position: WindowPosition): void {
        if (this.position.follow) {
            this.lastSeen = this.list[this.list.length - 1] ?? null;
        }
        this.position = position;
    }

    follow(): void {
        this.position = FOLLOWING;
        this.lastSeen = null;
    }

    /** Back to where a reader was (before a search). */
    restore(position: WindowPosition, lastSeen: Utterance | null): void {
        this.position = position;
        this.lastSeen = lastSeen;
    }

    pinned(): WindowPosition {
        return pinnedAt(this.list, this.range);
    }

    earlier(): WindowPosition {
        return shiftEarlier(this.list, this.range);
    }

    later(): WindowPosition {
        return shiftLater(this.list, this.range);
    }

    /** The position that shows `item` of `list` (see revealPosition). */
    revealing(list: readonly Utterance[], item: Utterance): WindowPosition {
        return revealPosition(list, this.list, this.range, this.position, item);
    }
}
