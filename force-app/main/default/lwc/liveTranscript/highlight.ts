/**
 * Case-insensitive search and highlighting over untrusted text, never as markup: text is cut
 * into segments that the template renders as plain text or <mark>. Terms are matched literally
 * (regex metacharacters are escaped) and never split a surrogate pair, so emoji stay whole.
 */

/** One run of text; `isMatch` runs are highlighted. `key` is the run's index, for for:each. */
export interface TextSegment {
    key: number;
    text: string;
    isMatch: boolean;
}

/** A compiled set of terms: built once per search or keyword change, reused for every row. */
export interface TermQuery {
    /** Stable identity of the terms, e.g. for caches keyed on the query. */
    readonly key: string;
    readonly terms: readonly string[];
    /** One global, case-insensitive, Unicode-aware pattern per term. */
    readonly patterns: readonly RegExp[];
}

/** Longest search term or keyword considered; longer input is cut. */
export const MAX_TERM_LENGTH = 200;
/** Most keywords taken from the design attribute. */
export const MAX_KEYWORDS = 50;

const EMPTY_QUERY: TermQuery = { key: '', terms: [], patterns: [] };

/** Escapes the characters that are syntax in a Unicode-mode regular expression. */
export function escapeRegExp(text: string): string {
    return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** Trims a raw search value and cuts it to MAX_TERM_LENGTH; non-strings become ''. */
export function normalizeTerm(value: unknown): string {
    if (typeof value !== 'string') {
        return '';
    }
    const trimmed = value.trim();
    return trimmed.length > MAX_TERM_LENGTH ? trimmed.slice(0, MAX_TERM_LENGTH) : trimmed;
}

/** "refund, cancel ,, Refund" → ['refund', 'cancel']: trimmed, no blanks, no case duplicates. */
export function parseKeywords(value: unknown): string[] {
    if (typeof value !== 'string') {
        return [];
    }
    const seen = new Set<string>();
    const keywords: string[] = [];
    for (const part of value.split(',')) {
        const term = normalizeTerm(part);
        const folded = term.toLowerCase();
        if (term && !seen.has(folded) && keywords.length < MAX_KEYWORDS) {
            seen.add(folded);
            keywords.push(term);
        }
    }
    return keywords;
}

function compile(term: string): RegExp | null {
    try {
        return new RegExp(escapeRegExp(term), 'giu');
    } catch (_ignored) {
        // A term that is still not a valid pattern (should not happen once escaped) is skipped.
        return null;
    }
}

/** Compiles terms (blank ones and case duplicates dropped) into a TermQuery. */
export function createTermQuery(terms: readonly string[]): TermQuery {
    const seen = new Set<string>();
    const kept: string[] = [];
    const patterns: RegExp[] = [];
    for (const raw of terms) {
        const term = normalizeTerm(raw);
        const folded = term.toLowerCase();
        if (!term || seen.has(folded)) {
            continue;
        }
        const pattern = compile(term);
        if (pattern) {
            seen.add(folded);
            kept.push(term);
            patterns.push(pattern);
        }
    }
    return kept.length === 0
        ? EMPTY_QUERY
        : { key: JSON.stringify(kept.map((term) => term.toLowerCase())), terms: kept, patterns };
}

/** True when any term occurs in `text` (case-insensitive, literal). */
export function matchesQuery(text: string, query: TermQuery): boolean {
    for (const pattern of query.patterns) {
        pattern.lastIndex = 0;
        if (pattern.test(text)) {
            return true;
        }
    }
    return false;
}

/** Start of the next code point after `index`, so overlapping matches never land mid-pair. */
function nextCodePoint(text: string, index: number): number {
    const code = text.codePointAt(index) ?? 0;
    return index + (code > 0xffff ? 2 : 1);
}

/** Sorted, merged [start, end) ranges of every occurrence of every term, overlaps included. */
export function matchRanges(text: string, query: TermQuery): Array<[number, number]> {
    const ranges: Array<[number, number]> = [];
    for (const pattern of query.patterns) {
        pattern.lastIndex = 0;
        let match: RegExpExecArray | null;
        while ((match = pattern.exec(text)) !== null) {
            ranges.push([match.index, match.index + match[0].length]);
            pattern.lastIndex = nextCodePoint(text, match.index);
        }
    }
    ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const merged: Array<[number, number]> = [];
    for (const range of ranges) {
        const last = merged[merged.length - 1];
        if (last && range[0] <= last[1]) {
            last[1] = Math.max(last[1], range[1]);
        } else {
            merged.push([range[0], range[1]]);
        }
    }
    return merged;
}

/**
 * Cuts `text` into plain and matching segments. Joined, the segments give back `text` exactly.
 * With no terms (or no match) the result is one plain segment.
 */
export function highlightSegments(text: string, query: TermQuery): TextSegment[] {
    const ranges = query.patterns.length > 0 ? matchRanges(text, query) : [];
    if (ranges.length === 0) {
        return [{ key: 0, text, isMatch: false }];
    }
    const segments: TextSegment[] = [];
    let cursor = 0;
    for (const [start, end] of ranges) {
        if (start > cursor) {
            segments.push({
                key: segments.length,
                text: text.slice(cursor, start),
                isMatch: false
            });
        }
        segments.push({ key: segments.length, text: text.slice(start, end), isMatch: true });
        cursor = end;
    }
    if (cursor < text.length) {
        segments.push({ key: segments.length, text: text.slice(cursor), isMatch: false });
    }
    return segments;
}
