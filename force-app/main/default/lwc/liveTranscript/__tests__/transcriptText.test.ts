import { label } from '../../../../../test/useRealLabels';
import {
    clockTime24,
    senderTime,
    speakerLabel,
    speakerName,
    transcriptFileName,
    transcriptLine,
    transcriptText
} from '../transcriptText';
import { utterance } from '../../../../../test/liveTranscript/utterances';

const LOCAL_2PM = new Date(2026, 10, 25, 14, 5, 9).getTime();

describe('transcriptText', () => {
    describe('senderTime', () => {
        it('prefers server time, then client time, then arrival', () => {
            const base = utterance(1, {
                serverReceivedTimestamp: 3,
                clientSentTimestamp: 2,
                receivedAt: 1
            });
            expect(senderTime(base)).toBe(3);
            expect(senderTime({ ...base, serverReceivedTimestamp: null })).toBe(2);
            expect(
                senderTime({ ...base, serverReceivedTimestamp: null, clientSentTimestamp: null })
            ).toBe(1);
        });
    });

    describe('speakers', () => {
        it('labels the role and adds the display name when there is one', () => {
            expect(speakerLabel(utterance(1, { kind: 'customer', name: 'Jane Doe' }).sender)).toBe(
                `${label('VCK_Common_RoleCustomer')} (Jane Doe)`
            );
            expect(speakerLabel(utterance(1, { kind: 'agent' }).sender)).toBe(
                label('VCK_Common_RoleAgent')
            );
        });

        it('names an unrecognised role by the role string the toolkit sent', () => {
            const bot = utterance(1, { kind: 'other' }).sender;
            expect(speakerName(bot)).toBe('Bot');
            expect(speakerLabel(bot)).toBe(`${label('VCK_Common_RoleOther')} (Bot)`);
            expect(speakerName({ role: '', kind: 'other', displayName: null })).toBeNull();
        });
    });

    describe('clockTime24', () => {
        it('formats local time as 24-hour hh:mm:ss', () => {
            expect(clockTime24(LOCAL_2PM)).toBe('14:05:09');
            expect(clockTime24(new Date(2026, 0, 1, 0, 0, 0).getTime())).toBe('00:00:00');
            expect(clockTime24(Number.NaN)).toBe('--:--:--');
        });
    });

    describe('transcriptLine', () => {
        it('writes "[hh:mm:ss] Role (Name): text"', () => {
            const line = transcriptLine(
                utterance(1, {
                    kind: 'customer',
                    name: 'Jane Doe',
                    text: "I'd like a refund.",
                    serverReceivedTimestamp: LOCAL_2PM
                })
            );
            expect(line).toBe(
                `[14:05:09] ${label('VCK_Common_RoleCustomer')} (Jane Doe): I'd like a refund.`
            );
        });

        it('omits the name part when there is no name', () => {
            const line = transcriptLine(
                utterance(2, { kind: 'agent', text: 'Hello', serverReceivedTimestamp: LOCAL_2PM })
            );
            expect(line).toBe(`[14:05:09] ${label('VCK_Common_RoleAgent')}: Hello`);
        });

        it('keeps one line per utterance and leaves markup as text', () => {
            const line = transcriptLine(
                utterance(3, {
                    text: 'one\r\ntwo\nthree\u2028<b>four</b>',
                    serverReceivedTimestamp: LOCAL_2PM
                })
            );
            expect(line.split('\n')).toHaveLength(1);
            expect(line).toContain('one two three <b>four</b>');
        });
    });

    describe('transcriptText', () => {
        it('joins lines in order with a final newline', () => {
            const text = transcriptText([
                utterance(1, { kind: 'agent', text: 'Hi', serverReceivedTimestamp: LOCAL_2PM }),
                utterance(2, {
                    kind: 'customer',
                    text: 'Hello',
                    serverReceivedTimestamp: LOCAL_2PM + 1000
                })
            ]);
            expect(text).toBe(
                `[14:05:09] ${label('VCK_Common_RoleAgent')}: Hi\n[14:05:10] ${label('VCK_Common_RoleCustomer')}: Hello\n`
            );
            expect(transcriptText([])).toBe('');
        });
    });

    describe('transcriptFileName', () => {
        const day = new Date(2026, 10, 5, 9, 30);

        it('names the file after the call and the local date', () => {
            expect(transcriptFileName('transcript', 'c5d93c19-e03b-44f8', day)).toBe(
                'transcript-c5d93c19-e03b-44f8-2026-11-05.txt'
            );
        });

        it('makes any call id safe for a file name', () => {
            expect(transcriptFileName('transcript', '../../etc/passwd', day)).toBe(
                'transcript-etc_passwd-2026-11-05.txt'
            );
            expect(transcriptFileName('transcript', 'a/b\\c:d*e?"f<g>|h', day)).toBe(
                'transcript-a_b_c_d_e_f_g_h-2026-11-05.txt'
            );
            expect(transcriptFileName('transcript', '///', day)).toBe(
                'transcript-call-2026-11-05.txt'
            );
            expect(transcriptFileName('transcript', 'x'.repeat(300), day)).toHaveLength(
                'transcript--2026-11-05.txt'.length + 64
            );
        });

        it('keeps a translated prefix but not path characters in it', () => {
            expect(transcriptFileName('Transkript/Anruf', 'id', day)).toBe(
                'Transkript-Anruf-id-2026-11-05.txt'
            );
            expect(transcriptFileName('', 'id', day)).toBe('transcript-id-2026-11-05.txt');
        });
    });
});
