/**
 * The capture section of the call status panel (design attribute captureEvents): how much the
 * bus has kept, the redaction choices and whether a download makes sense. Counts and times
 * only: nothing captured is shown here.
 */
import type { CaptureStatus } from 'c/voiceEventBus';
import { formatClockTime, formatLabel } from 'c/voiceViewUtils';
import { LABELS } from './labels';

/** The admin's choices for the next download; both on by default. */
export interface CaptureChoices {
    redactText: boolean;
    redactParticipants: boolean;
}

export const DEFAULT_CAPTURE_CHOICES: CaptureChoices = {
    redactText: true,
    redactParticipants: true
};

export interface CaptureView {
    statusText: string;
    /** Set once the journal's bound dropped the oldest events. */
    droppedText: string | null;
    redactText: boolean;
    redactParticipants: boolean;
    /** Set while transcript redaction is off: the file will hold customer conversation. */
    warning: string | null;
    downloadDisabled: boolean;
}

/** The section's view, or null when capture is off (the section is not rendered). */
export function buildCaptureView(
    status: CaptureStatus,
    choices: CaptureChoices,
    locale?: string
): CaptureView | null {
    if (!status.capturing) {
        return null;
    }
    const since = formatClockTime(status.startedAt, locale);
    return {
        statusText:
            status.eventCount > 0
                ? formatLabel(LABELS.captureCount, status.eventCount, since)
                : formatLabel(LABELS.captureNone, since),
        droppedText:
            status.droppedEvents > 0
                ? formatLabel(LABELS.captureDropped, status.droppedEvents)
                : null,
        redactText: choices.redactText,
        redactParticipants: choices.redactParticipants,
        warning: choices.redactText ? null : LABELS.captureUnredactedWarning,
        downloadDisabled: status.eventCount === 0
    };
}
