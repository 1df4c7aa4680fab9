/**
 * The downloaded capture: the bus's captured events as the local console's scenario file
 * (c/voiceEventBus toCaptureScenario), named `voice-capture-<UTC time>.json`. Pure: the time
 * comes in, the file's text goes out; the panel does the Blob and the click.
 */
import { toCaptureScenario, type CaptureSnapshot } from 'c/voiceEventBus';
import { formatLabel } from 'c/voiceViewUtils';
import type { CaptureChoices } from './captureView';
import { LABELS } from './labels';

/** LWS lets a Blob of this type through; it refuses MIME types with parameters. */
export const CAPTURE_MIME_TYPE = 'application/json';

export interface CaptureFile {
    fileName: string;
    content: string;
}

/** `2026-05-12T09-30-00Z`: UTC like support's logs, without the colons file systems refuse. */
function fileStamp(now: Date): string {
    return now
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z')
        .replace(/:/g, '-');
}

export function buildCaptureFile(
    capture: CaptureSnapshot,
    choices: CaptureChoices,
    now: Date
): CaptureFile {
    const name = `voice-capture-${fileStamp(now)}`;
    const file = toCaptureScenario(capture.events, {
        redactText: choices.redactText,
        redactParticipants: choices.redactParticipants,
        name,
        title: formatLabel(LABELS.captureFileTitle, now.toISOString()),
        source: {
            capturedBy: 'c-call-status-panel',
            capturedAt: now.toISOString(),
            captureStartedAt: new Date(capture.startedAt).toISOString(),
            events: capture.events.length,
            droppedEvents: capture.droppedEvents,
            redacted: { text: choices.redactText, participants: choices.redactParticipants }
        }
    });
    return { fileName: `${name}.json`, content: JSON.stringify(file, null, 2) };
}
