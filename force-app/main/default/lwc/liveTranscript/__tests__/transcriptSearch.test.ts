import { createTermQuery } from '../highlight';
import { appendedTail, filterTranscript } from '../transcriptSearch';
import { utterance, utterances } from '../../../../../test/liveTranscript/utterances';

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

describe('transcriptSearch', () => {
    const base = utterances(30).map((item, index) => {
        return index % 3 === 0 ? { ...item, text: `Refund request ${index}` } : item;
    });
    const refund = createTermQuery(['refund']);

    describe('appendedTail', () => {
        it('recognises utterances added at the end', () => {
            expect(appendedTail(base, [...base, utterance(30)])).toEqual({ dropped: 0, added: 1 });
        });

        it('recognises utterances dropped at the start and added at the end', () => {
            expect(appendedTail(base, [...base.slice(2), utterance(30)])).toEqual({
                dropped: 2,
                added: 1
            });
        });

        it('refuses an utterance inserted in the middle', () => {
            const late = utterance(0, {
                id: 'late',
                serverReceivedTimestamp: base[10].serverReceivedTimestamp! + 1
            });
            expect(appendedTail(base, [...base.slice(0, 11), late, ...base.slice(11)])).toBeNull();
            expect(appendedTail(base, [...base.slice(1, 11), late, ...base.slice(11)])).toBeNull();
        });

        it('refuses unrelated or empty lists', () => {
            expect(
                appendedTail(
                    base,
                    utterances(5, 100).map((item) => ({ ...item }))
                )
            ).toBeNull();
            expect(appendedTail([], base)).toBeNull();
            expect(appendedTail(base, [])).toBeNull();
        });
    });

    describe('filterTranscript', () => {
        it('returns the transcript itself without a search term', () => {
            const result = filterTranscript(null, base, createTermQuery([]));
            expect(result.matches).toBe(base);
        });

        it('keeps the matching utterances in order', () => {
            const result = filterTranscript(null, base, refund);
            expect(ids(result.matches)).toEqual(ids(base.filter((_, index) => index % 3 === 0)));
        });

        it('reuses the previous result when nothing changed', () => {
            const first = filterTranscript(null, base, refund);
            expect(filterTranscript(first, base, refund)).toBe(first);
        });

        it('tests only new utterances when the transcript grows at the end', () => {
            const first = filterTranscript(null, base, refund);
            const added = { ...utterance(30), text: 'another REFUND' };
            const grown = [...base.slice(3), added, utterance(31)];
            const spy = jest.spyOn(RegExp.prototype, 'test');
            const next = filterTranscript(first, grown, refund);
            expect(spy.mock.calls.length).toBeLessThanOrEqual(2);
            spy.mockRestore();
            expect(ids(next.matches)).toEqual(ids(filterTranscript(null, grown, refund).matches));
            expect(next.matches.at(-1)).toBe(added);
        });

        it('recomputes when an utterance arrives out of order', () => {
            const first = filterTranscript(null, base, refund);
            const late = {
                ...utterance(0, { id: 'late' }),
                text: 'late refund',
                serverReceivedTimestamp: base[4].serverReceivedTimestamp! + 1
            };
            const next = [...base.slice(0, 5), late, ...base.slice(5)];
            expect(ids(filterTranscript(first, next, refund).matches)).toEqual(
                ids(next.filter((item) => /refund/i.test(item.text)))
            );
        });

        it('recomputes for a new query', () => {
            const first = filterTranscript(null, base, refund);
            const other = filterTranscript(first, base, createTermQuery(['number 7']));
            expect(ids(other.matches)).toEqual(['u-00007']);
        });
    });
});
