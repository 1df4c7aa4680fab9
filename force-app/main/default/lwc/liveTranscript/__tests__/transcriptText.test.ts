// Copy and download as a German user in Berlin sees the panel: 14:05:09, 25.11.2026.
import '../../../../../test/germanUserInBerlin';
import { label } from '../../../../../test/useRealLabels';
import { createConsoleState, normalizeToolkitEvent, reduceConsoleState } from 'c/voiceEventBus';
import type { CallState } from 'c/voiceEventBus';
import { formatClockTime, formatLabel } from 'c/voiceViewUtils';
import {
    cutMark,
    formatDateTime,
    senderTime,
    speakerLabel,
    speakerName,
    transcriptFileName,
    transcriptHeader,
    transcriptLine,
    transcriptText
} from '../transcriptText';
import { toTranscriptRow } from '../transcriptView';
import { createTermQuery } from '../highlight';
import { utterance } from '../../../../../test/liveTranscript/utterances';

/** 13:05:09 UTC: 14:05:09 in Berlin in November (CET). */
const LOCAL_2PM = Date.UTC(2026, 10, 25, 13, 5, 9);

/** A connected inbound call from the bus, with `transcript` and `dropped` lines not kept. */
function callWith(transcript: CallState['transcript'], dropped = 0): CallState {
    const connected = normalizeToolkitEvent(
        'callconnected',
        { callId: 'call-1', callType: 'inbound', participant: '+49 30 1234567' },
        LOCAL_2PM - 60000
    );
    if (!connected.ok) {
        throw new Error(connected.reason);
    }
    const call = reduceConsoleState(createConsoleState(), connected.event).calls['call-1'];
    return { ...call, transcript, droppedUtterances: dropped };
}

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

    describe('times', () => {
        it('are the ones the panel shows: the user locale and time zone', () => {
            const said = utterance(1, { serverReceivedTimestamp: LOCAL_2PM });
            expect(transcriptLine(said)).toMatch(/^\[14:05:09\] /);
            expect(transcriptLine(said)).toContain(
                `[${toTranscriptRow(said, createTermQuery([])).time}]`
            );
            expect(formatDateTime(LOCAL_2PM)).toBe('25.11.2026 14:05:09');
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

    describe('cut utterances', () => {
        it('say how much was kept of how much was sent, in the panel and the file', () => {
            const cut = utterance(4, {
                text: `${'a'.repeat(4999)}…`,
                truncatedFrom: 7342,
                serverReceivedTimestamp: LOCAL_2PM
            });
            const mark = formatLabel(label('VCK_Transcript_CutMark'), '5.000', '7.342');
            expect(mark).toBe('[cut: 5.000 of 7.342 characters]');
            expect(cutMark(cut)).toBe(mark);
            expect(transcriptLine(cut).endsWith(`… ${mark}`)).toBe(true);
            expect(toTranscriptRow(cut, createTermQuery([])).cutText).toBe(mark);
            expect(cutMark(utterance(5))).toBeNull();
            expect(toTranscriptRow(utterance(5), createTermQuery([])).cutText).toBeNull();
        });
    });

    describe('transcriptText', () => {
        const context = {
            exportedBy: '005Rm00000Agent1AAA',
            exportedAt: Date.UTC(2026, 10, 25, 15, 30, 0)
        };

        it('starts with a header naming the call, who exported it and when', () => {
            const call = callWith([utterance(1, { serverReceivedTimestamp: LOCAL_2PM })]);
            expect(transcriptHeader(call, context)).toEqual([
                label('VCK_Transcript_ExportTitle'),
                formatLabel(label('VCK_Transcript_ExportCaller'), '+49 30 1234567'),
                formatLabel(label('VCK_Transcript_ExportCallType'), label('VCK_Common_Inbound')),
                formatLabel(label('VCK_Transcript_ExportDate'), '25.11.2026 14:04:09'),
                formatLabel(label('VCK_Transcript_ExportCallId'), 'call-1'),
                formatLabel(label('VCK_Transcript_ExportedBy'), '005Rm00000Agent1AAA'),
                formatLabel(label('VCK_Transcript_ExportedAt'), '25.11.2026 16:30:00')
            ]);
        });

        it('says how many earlier lines the panel no longer had', () => {
            const header = transcriptHeader(callWith([utterance(1)], 1200), context);
            expect(header.at(-1)).toBe(formatLabel(label('VCK_Transcript_Dropped'), '1.200'));
        });

        it('joins header and lines in order with a final newline', () => {
            const call = callWith([
                utterance(1, { kind: 'agent', text: 'Hi', serverReceivedTimestamp: LOCAL_2PM }),
                utterance(2, {
                    kind: 'customer',
                    text: 'Hello',
                    serverReceivedTimestamp: LOCAL_2PM + 1000
                })
            ]);
            const text = transcriptText(call, context);
            const header = transcriptHeader(call, context).join('\n');
            expect(text).toBe(
                `${header}\n\n[14:05:09] ${label('VCK_Common_RoleAgent')}: Hi\n[14:05:10] ${label('VCK_Common_RoleCustomer')}: Hello\n`
            );
            expect(formatClockTime(LOCAL_2PM)).toBe('14:05:09');
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
