/**
 * Find in place over the transcript: the search term, its matching utterances (kept up to date
 * incrementally by filterTranscript), which match is current, and whether the panel shows every
 * line (the default) or only the matching ones. Pure state, no DOM: the panel turns it into a
 * window of rows and scrolls the current match into view.
 *
 * A match is a matching utterance (a line), so "3 of 437" counts lines, as the filter does.
 */
import type { Utterance } from 'c/voiceEventBus';
import { formatLabel, formatNumber } from 'c/voiceViewUtils';
import { createTermQuery, normalizeTerm, type TermQuery } from './highlight';
import { LABELS } from './labels';
import type { ScrollAnchor } from './scrollFollow';
import { filterTranscript, type FilterResult } from './transcriptSearch';
import { lowerBound, type WindowPosition } from './transcriptWindow';

/** Where the user was reading before a search, put back when the search is cleared. */
export interface ReadingPosition {
    position: WindowPosition;
    lastSeen: Utterance | null;
    anchor: ScrollAnchor | null;
}

/** What a new search value did. */
export type SearchChange = 'same' | 'started' | 'changed' | 'cleared';

/** -1 for Shift+Enter or Shift+F3, 1 for Enter or F3, 0 for any other key. */
export function searchStep(event: Pick<KeyboardEvent, 'key' | 'shiftKey'>): -1 | 0 | 1 {
    if (event.key !== 'Enter' && event.key !== 'F3') {
        return 0;
    }
    return event.shiftKey ? -1 : 1;
}

/** `item` when it is in `matches`, else the first match after it, wrapping to the first. */
export function keepMatch(matches: readonly Utterance[], item: Utterance | null): Utterance | null {
    if (item === null) {
        return matches[0] ?? null;
    }
    return matches[lowerBound(matches, item)] ?? matches[0] ?? null;
}

/** The match `step` (1 or -1) from `current`, wrapping at both ends. */
export function stepMatch(
    matches: readonly Utterance[],
    current: Utterance | null,
    step: -1 | 1
): Utterance | null {
    if (matches.length === 0) {
        return null;
    }
    if (current === null) {
        return step > 0 ? matches[0] : matches[matches.length - 1];
    }
    const at = lowerBound(matches, current);
    const index = matches[at] === current ? at + step : step > 0 ? at : at - 1;
    return matches[(index + matches.length) % matches.length];
}

export class SearchSession {
    query: TermQuery = createTermQuery([]);
    /** Show only the matching lines (the old behaviour) instead of every line. */
    filterOnly = false;
    current: Utterance | null = null;
    /** Set when a search starts; taken back when it is cleared. */
    saved: ReadingPosition | null = null;
    private result: FilterResult | null = null;

    get active(): boolean {
        return this.query.patterns.length > 0;
    }

    get matches(): readonly Utterance[] {
        return this.active ? (this.result?.matches ?? []) : [];
    }

    /** 1-based position of the current match; 0 when there is none. */
    get position(): number {
        const matches = this.matches;
        const current = this.current;
        if (current === null) {
            return 0;
        }
        const index = lowerBound(matches, current);
        return matches[index] === current ? index + 1 : 0;
    }

    /** "3 of 437", or "No matches". */
    get positionText(): string {
        const count = this.matches.length;
        return count === 0
            ? LABELS.noMatchesShort
            : formatLabel(
                  LABELS.matchPosition,
                  formatNumber(this.position, 0),
                  formatNumber(count, 0)
              );
    }

    /** What the polite live region says: "Match 3 of 437", or "No matches". */
    get announcementText(): string {
        const count = this.matches.length;
        return count === 0
            ? LABELS.noMatchesShort
            : formatLabel(
                  LABELS.matchAnnouncement,
                  formatNumber(this.position, 0),
                  formatNumber(count, 0)
              );
    }

    /** Takes a new search value; the matches are computed by the next sync. */
    setTerm(value: unknown): SearchChange {
        const query = createTermQuery([normalizeTerm(value)]);
        if (query.key === this.query.key) {
            return 'same';
        }
        const wasActive = this.active;
        this.query = query;
        this.result = null;
        if (!this.active) {
            this.current = null;
            return 'cleared';
        }
        return wasActive ? 'changed' : 'started';
    }

    /**
     * Brings the matches up to date with `transcript` and keeps the current match valid: the same
     * utterance while it still matches, else the next match after it (or after `from`, where the
     * user is reading, when there is no current match yet).
     */
    sync(transcript: readonly Utterance[], from: Utterance | null = null): void {
        if (!this.active) {
            this.result = null;
            this.current = null;
            return;
        }
        this.result = filterTranscript(this.result, transcript, this.query);
        this.current = keepMatch(this.result.matches, this.current ?? from);
    }

    /** Moves to the next (1) or previous (-1) match; returns it. */
    step(direction: -1 | 1): Utterance | null {
        this.current = stepMatch(this.matches, this.current, direction);
        return this.current;
    }

    /** The lines the panel lays out: every line, or only the matching ones when filtering. */
    list(transcript: readonly Utterance[]): readonly Utterance[] {
        return this.active && this.filterOnly ? this.matches : transcript;
    }

    /** Another call is followed: its matches and reading position are its own. */
    resetCall(): void {
        this.result = null;
        this.current = null;
        this.saved = null;
    }
}
