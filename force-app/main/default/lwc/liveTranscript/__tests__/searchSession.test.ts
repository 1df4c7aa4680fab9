import { label } from '../../../../../test/useRealLabels';
import { formatLabel } from 'c/voiceViewUtils';
import { SearchSession, keepMatch, searchStep, stepMatch } from '../searchSession';
import { revealPosition, windowRange } from '../transcriptWindow';
import { utterance, utterances } from '../../../../../test/liveTranscript/utterances';

describe('searchSession', () => {
    const lines = utterances(10);
    const matches = [lines[2], lines[5], lines[8]];

    it('reads Enter and F3 as next, with Shift as previous, and nothing else', () => {
        expect(searchStep({ key: 'Enter', shiftKey: false })).toBe(1);
        expect(searchStep({ key: 'Enter', shiftKey: true })).toBe(-1);
        expect(searchStep({ key: 'F3', shiftKey: false })).toBe(1);
        expect(searchStep({ key: 'F3', shiftKey: true })).toBe(-1);
        expect(searchStep({ key: 'a', shiftKey: true })).toBe(0);
    });

    it('steps through the matches and wraps at both ends', () => {
        expect(stepMatch(matches, null, 1)).toBe(lines[2]);
        expect(stepMatch(matches, null, -1)).toBe(lines[8]);
        expect(stepMatch(matches, lines[5], 1)).toBe(lines[8]);
        expect(stepMatch(matches, lines[8], 1)).toBe(lines[2]);
        expect(stepMatch(matches, lines[2], -1)).toBe(lines[8]);
        // A current match that no longer matches: its neighbours.
        expect(stepMatch(matches, lines[4], 1)).toBe(lines[5]);
        expect(stepMatch(matches, lines[4], -1)).toBe(lines[2]);
        expect(stepMatch([], null, 1)).toBeNull();
    });

    it('keeps a match, else takes the next one after it, wrapping', () => {
        expect(keepMatch(matches, lines[5])).toBe(lines[5]);
        expect(keepMatch(matches, lines[6])).toBe(lines[8]);
        expect(keepMatch(matches, lines[9])).toBe(lines[2]);
        expect(keepMatch(matches, null)).toBe(lines[2]);
        expect(keepMatch([], lines[1])).toBeNull();
    });

    it('counts matching lines and lays out every line unless filtering', () => {
        const session = new SearchSession();
        expect(session.setTerm('  ')).toBe('same');
        expect(session.setTerm('number 1')).toBe('started');
        const transcript = [...utterances(12), utterance(13, { text: 'NUMBER 1 again' })];
        session.sync(transcript, transcript[5]);
        // 1, 10, 11 and 13: from the reader's place (index 5) the next is 10.
        expect(session.matches).toHaveLength(4);
        expect(session.current).toBe(transcript[10]);
        expect(session.positionText).toBe(formatLabel(label('VCK_Transcript_MatchPosition'), 2, 4));
        expect(session.list(transcript)).toBe(transcript);
        session.filterOnly = true;
        expect(session.list(transcript)).toEqual(session.matches);
        expect(session.setTerm('number 11')).toBe('changed');
        session.sync(transcript);
        expect(session.current).toBe(transcript[11]);
        expect(session.setTerm('nothing like it')).toBe('changed');
        session.sync(transcript);
        expect(session.positionText).toBe(label('VCK_Transcript_NoMatchesShort'));
        expect(session.setTerm('')).toBe('cleared');
        expect(session.current).toBeNull();
    });

    it('reveals a match outside the window with rows on both sides', () => {
        const long = utterances(1000);
        const pinned = { follow: false as const, anchor: long[0] };
        const range = windowRange(long, pinned);
        expect(revealPosition(long, long, range, pinned, long[50])).toBe(pinned);
        const moved = revealPosition(long, long, range, pinned, long[700]);
        const around = windowRange(long, moved);
        expect(around.start).toBeLessThan(700 - 40);
        expect(around.end).toBeGreaterThan(700 + 40);
    });
});
