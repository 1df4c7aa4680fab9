/**
 * What Copy and Download hand over and what they say afterwards: the transcript's text with its
 * header, the file's name, and the status line. Pure: who and when come in; the component does
 * the clipboard, the Blob and the click.
 */
import type { CallState } from 'c/voiceEventBus';
import { formatLabel } from 'c/voiceViewUtils';
import { LABELS } from './labels';
import { transcriptFileName, transcriptText, type ExportContext } from './transcriptText';

/** The downloaded file's type. */
export const TRANSCRIPT_MIME_TYPE = 'text/plain';

export interface TranscriptFile {
    fileName: string;
    content: string;
}

/** Who exports (the Salesforce user id; '' when unknown) and when. */
export function exportContext(userId: string | null | undefined, now: number): ExportContext {
    return { exportedBy: userId ?? '', exportedAt: now };
}

/** "Transcript copied to the clipboard (12 utterances).", for the status line. */
export function copiedMessage(call: CallState): string {
    return formatLabel(LABELS.copied, call.transcript.length);
}

/** The file to download, named after the call and the export day; null with no lines to save. */
export function transcriptFile(call: CallState, context: ExportContext): TranscriptFile | null {
    if (call.transcript.length === 0) {
        return null;
    }
    return {
        fileName: transcriptFileName(
            LABELS.fileNamePrefix,
            call.callId,
            new Date(context.exportedAt)
        ),
        content: transcriptText(call, context)
    };
}

/** "Transcript downloaded as transcript-….txt.", for the status line. */
export function downloadedMessage(file: TranscriptFile): string {
    return formatLabel(LABELS.downloaded, file.fileName);
}
