import {
    createTermQuery,
    escapeRegExp,
    highlightSegments,
    matchesQuery,
    matchRanges,
    MAX_KEYWORDS,
    MAX_TERM_LENGTH,
    normalizeTerm,
    parseKeywords,
    type TextSegment
} from '../highlight';

const joined = (segments: TextSegment[]) => segments.map((segment) => segment.text).join('');
const marked = (segments: TextSegment[]) =>
    segments.filter((segment) => segment.isMatch).map((segment) => segment.text);

describe('highlight', () => {
    describe('parseKeywords', () => {
        it('splits on commas, trims, drops blanks and case duplicates', () => {
            expect(parseKeywords(' refund, cancel ,, Refund ,  ')).toEqual(['refund', 'cancel']);
        });

        it('returns nothing for a missing or non-string attribute', () => {
            expect(parseKeywords(undefined)).toEqual([]);
            expect(parseKeywords(42)).toEqual([]);
            expect(parseKeywords('')).toEqual([]);
        });

        it(`keeps at most ${MAX_KEYWORDS} keywords of at most ${MAX_TERM_LENGTH} characters`, () => {
            const many = Array.from({ length: 80 }, (_, index) => `word${index}`).join(',');
            expect(parseKeywords(many)).toHaveLength(MAX_KEYWORDS);
            expect(parseKeywords('x'.repeat(500))[0]).toHaveLength(MAX_TERM_LENGTH);
        });
    });

    describe('normalizeTerm', () => {
        it('trims and treats non-strings as empty', () => {
            expect(normalizeTerm('  hello ')).toBe('hello');
            expect(normalizeTerm(null)).toBe('');
        });
    });

    describe('escapeRegExp', () => {
        it('escapes every regular expression syntax character', () => {
            const hostile = '^$\\.*+?()[]{}|/';
            expect(new RegExp(escapeRegExp(hostile), 'u').test(`a${hostile}b`)).toBe(true);
        });
    });

    describe('matchesQuery', () => {
        it('matches case-insensitively and literally', () => {
            const query = createTermQuery(['ReFuNd']);
            expect(matchesQuery('I want a REFUND now', query)).toBe(true);
            expect(matchesQuery('I want a refun', query)).toBe(false);
        });

        it.each(['.*', '(a', '[', '\\', 'a|b', '$^', '+', '?', '{2}'])(
            'treats %s as text, not a pattern',
            (term) => {
                const query = createTermQuery([term]);
                expect(matchesQuery('nothing special here', query)).toBe(false);
                expect(matchesQuery(`before ${term} after`, query)).toBe(true);
            }
        );

        it('is not affected by a previous global search (lastIndex)', () => {
            const query = createTermQuery(['ab']);
            expect(matchesQuery('xx ab', query)).toBe(true);
            expect(matchesQuery('ab', query)).toBe(true);
            expect(matchesQuery('ab', query)).toBe(true);
        });
    });

    describe('highlightSegments', () => {
        it('returns the text as one plain segment without terms', () => {
            expect(highlightSegments('Hello there', createTermQuery([]))).toEqual([
                { key: 0, text: 'Hello there', isMatch: false }
            ]);
        });

        it('marks every occurrence, keeping the original case', () => {
            const segments = highlightSegments(
                'Refund? A refund, REFUND!',
                createTermQuery(['refund'])
            );
            expect(marked(segments)).toEqual(['Refund', 'refund', 'REFUND']);
            expect(joined(segments)).toBe('Refund? A refund, REFUND!');
            expect(segments.map((segment) => segment.key)).toEqual([0, 1, 2, 3, 4, 5]);
        });

        it('merges overlapping and adjacent matches of several terms', () => {
            const segments = highlightSegments('abcd xyz', createTermQuery(['abc', 'bcd', 'xy']));
            expect(marked(segments)).toEqual(['abcd', 'xy']);
            expect(joined(segments)).toBe('abcd xyz');
        });

        it('finds overlapping occurrences of one term', () => {
            expect(marked(highlightSegments('aaaa', createTermQuery(['aaa'])))).toEqual(['aaaa']);
        });

        it('keeps markup as text', () => {
            const text = '<img src=x onerror=alert(1)> and <b>bold</b>';
            const segments = highlightSegments(text, createTermQuery(['<img src=x']));
            expect(marked(segments)).toEqual(['<img src=x']);
            expect(joined(segments)).toBe(text);
        });

        it('never splits an emoji or other surrogate pair', () => {
            const text = 'ok 👍🏽 thanks 😀';
            const lone = highlightSegments(text, createTermQuery(['\uD83D']));
            expect(marked(lone)).toEqual([]);
            const whole = highlightSegments(text, createTermQuery(['😀']));
            expect(marked(whole)).toEqual(['😀']);
            expect(joined(whole)).toBe(text);
        });

        it('keeps right-to-left overrides and other controls as text', () => {
            const text = 'pay \u202Eevil\u202C now \u0000';
            const segments = highlightSegments(text, createTermQuery(['evil']));
            expect(marked(segments)).toEqual(['evil']);
            expect(joined(segments)).toBe(text);
        });

        it('matches Unicode case-insensitively (Greek, Cyrillic)', () => {
            expect(
                marked(highlightSegments('ΣΟΦΙΑ и Москва', createTermQuery(['σοφια', 'МОСКВА'])))
            ).toEqual(['ΣΟΦΙΑ', 'Москва']);
        });

        it('handles a 5,000 character utterance with many matches', () => {
            const text = 'ab '.repeat(1700);
            const segments = highlightSegments(text, createTermQuery(['ab']));
            expect(marked(segments)).toHaveLength(1700);
            expect(joined(segments)).toBe(text);
        });
    });

    describe('createTermQuery', () => {
        it('drops blank and duplicate terms and gives equal terms an equal key', () => {
            const query = createTermQuery(['', ' Refund ', 'refund', 'cancel']);
            expect(query.terms).toEqual(['Refund', 'cancel']);
            expect(query.key).toBe(createTermQuery(['refund', 'CANCEL']).key);
            expect(createTermQuery(['  ']).patterns).toHaveLength(0);
        });
    });

    describe('matchRanges', () => {
        it('returns sorted, merged ranges', () => {
            expect(matchRanges('one two one', createTermQuery(['one', 'two']))).toEqual([
                [0, 3],
                [4, 7],
                [8, 11]
            ]);
        });
    });
});
