// Copy and download as a German user in Berlin sees the panel: 14:05:09, 25.11.2026.
import '../../../../../test/germanUserInBerlin';
import { label } from '../../../../../test/useRealLabels';
import { createConsoleState, normalizeToolkitEvent, reduceConsoleState } from 'c/voiceEventBus';
import type { CallState } from 'c/voiceEventBus';
import {
    copiedMessage,
    downloadedMessage,
    exportContext,
    transcriptFile
} from '../transcriptExport';
import { transcriptText } from '../transcriptText';
import { utterance, utterances } from '../../../../../test/liveTranscript/utterances';

/** Local noon, so the file name has the same day in every time zone the tests run in. */
const NOW = new Date(2026, 10, 25, 12, 0, 0).getTime();

function callWith(transcript: CallState['transcript']): CallState {
    const connected = normalizeToolkitEvent(
        'callconnected',
        { callId: 'call/1', callType: 'inbound', participant: '+49 30 1234567' },
        NOW - 60000
    );
    if (!connected.ok) {
        throw new Error(connected.reason);
    }
    const call = reduceConsoleState(createConsoleState(), connected.event).calls['call/1'];
    return { ...call, transcript };
}

describe('transcriptExport', () => {
    it('names who exports, or nobody when the user id is unknown', () => {
        expect(exportContext('005000000000001', NOW)).toEqual({
            exportedBy: '005000000000001',
            exportedAt: NOW
        });
        expect(exportContext(undefined, NOW).exportedBy).toBe('');
        expect(exportContext(null, NOW).exportedBy).toBe('');
    });

    it('downloads the header and every line in a file named after the call and the day', () => {
        const call = callWith(utterances(3));
        const context = exportContext('005000000000001', NOW);
        const file = transcriptFile(call, context);
        expect(file).toEqual({
            fileName: 'transcript-call_1-2026-11-25.txt',
            content: transcriptText(call, context)
        });
        expect(file?.content).toContain('Utterance number 2');
    });

    it('has no file to download for a call without lines', () => {
        expect(transcriptFile(callWith([]), exportContext('', NOW))).toBeNull();
    });

    it('says how many utterances were copied and which file was saved', () => {
        const call = callWith([utterance(1), utterance(2)]);
        expect(copiedMessage(call)).toBe(label('VCK_Transcript_Copied').replace('{0}', '2'));
        expect(
            downloadedMessage({ fileName: 'transcript-call_1-2026-11-25.txt', content: '' })
        ).toBe('Transcript downloaded as transcript-call_1-2026-11-25.txt.');
    });
});
