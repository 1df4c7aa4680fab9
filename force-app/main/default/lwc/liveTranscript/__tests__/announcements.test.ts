import { label } from '../../../../../test/useRealLabels';
import { matchAnnouncement, nextAnnouncement, utteranceAnnouncement } from '../announcements';
import { utterance } from '../../../../../test/liveTranscript/utterances';

describe('announcements', () => {
    describe('nextAnnouncement', () => {
        it('changes the text of a repeated announcement so it is read again', () => {
            expect(nextAnnouncement('', 'Customer: Yes')).toBe('Customer: Yes');
            const again = nextAnnouncement('Customer: Yes', 'Customer: Yes');
            expect(again).not.toBe('Customer: Yes');
            expect(again.replace(/\u200B/g, '')).toBe('Customer: Yes');
            expect(nextAnnouncement(again, 'Customer: Yes')).toBe('Customer: Yes');
            expect(nextAnnouncement('Agent: Hi', 'Customer: Yes')).toBe('Customer: Yes');
        });
    });

    describe('utteranceAnnouncement', () => {
        it('says who spoke and what they said, and again when it is said twice', () => {
            const said = utterance(1, { kind: 'customer', name: 'Jane Doe', text: 'Yes' });
            const first = utteranceAnnouncement('', said);
            expect(first).toBe(`${label('VCK_Common_RoleCustomer')} (Jane Doe): Yes`);
            expect(utteranceAnnouncement(first, said)).toBe(`${first}\u200B`);
        });
    });

    describe('matchAnnouncement', () => {
        it('reads the match position while searching, again on a repeat', () => {
            const search = { active: true, announcementText: 'Match 3 of 437' };
            expect(matchAnnouncement('', search)).toBe('Match 3 of 437');
            expect(matchAnnouncement('Match 3 of 437', search)).toBe('Match 3 of 437\u200B');
        });

        it('falls silent once the search is cleared', () => {
            expect(
                matchAnnouncement('Match 3 of 437', { active: false, announcementText: 'x' })
            ).toBe('');
        });
    });
});
