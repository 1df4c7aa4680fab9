/**
 * The search filter over the whole transcript, kept up to date incrementally: between two events
 * the bus's transcript usually only gains utterances at the end (and, at its bound, loses some at
 * the start), so only those are tested. Anything else (a late utterance in the middle, a merged
 * snapshot, a new call or query) falls back to one full pass.
 */
import type { Utterance } from 'c/voiceEventBus';
import { matchesQuery, type TermQuery } from './highlight';
import { lowerBound } from './transcriptWindow';

export interface FilterResult {
    /** The transcript this result was computed from. */
    readonly source: readonly Utterance[];
    readonly query: TermQuery;
    /** Matching utterances, in transcript order. */
    readonly matches: readonly Utterance[];
}

function fullPass(source: readonly Utterance[], query: TermQuery): FilterResult {
    const matches = query.patterns.length
        ? source.filter((utterance) => matchesQuery(utterance.text, query))
        : source;
    return { source, query, matches };
}

/**
 * How `next` relates to `previous` when it only lost `dropped` items at the start and gained
 * `added` at the end; null for any other change. Checks identities at both seams and the
 * lengths, which together rule out inserts in the middle (the reducer never replaces items).
 */
export function appendedTail(
    previous: readonly Utterance[],
    next: readonly Utterance[]
): { dropped: number; added: number } | null {
    if (previous.length === 0 || next.length === 0) {
        return null;
    }
    const dropped = lowerBound(previous, next[0]);
    if (previous[dropped] !== next[0]) {
        return null;
    }
    const lastKept = previous[previous.length - 1];
    const lastIndex = lowerBound(next, lastKept);
    if (next[lastIndex] !== lastKept) {
        return null;
    }
    const added = next.length - lastIndex - 1;
    return previous.length - dropped + added === next.length ? { dropped, added } : null;
}

/** The matches of `query` in `source`, reusing `previous` when only the tail changed. */
export function filterTranscript(
    previous: FilterResult | null,
    source: readonly Utterance[],
    query: TermQuery
): FilterResult {
    if (previous && previous.source === source && previous.query === query) {
        return previous;
    }
    if (!previous || previous.query !== query || query.patterns.length === 0) {
        return fullPass(source, query);
    }
    const change = appendedTail(previous.source, source);
    if (!change) {
        return fullPass(source, query);
    }
    let matches = previous.matches;
    if (change.dropped > 0) {
        matches = matches.slice(lowerBound(matches, source[0]));
    }
    const tail = source.slice(source.length - change.added);
    const added = tail.filter((utterance) => matchesQuery(utterance.text, query));
    if (added.length > 0) {
        matches = matches.concat(added);
    }
    return { source, query, matches };
}
