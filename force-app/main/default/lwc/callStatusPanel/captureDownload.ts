/**
 * Saving the capture file from the panel: a Blob (as LWS requires) behind an object URL and a
 * link click. The previous download's URL is freed at the next one or on `revoke()`: revoking
 * right after the click can cancel the save in some browsers, and a timer is not allowed here.
 */
import type { CaptureSnapshot } from 'c/voiceEventBus';
import { formatLabel } from 'c/voiceViewUtils';
import { CAPTURE_MIME_TYPE, buildCaptureFile } from './captureFile';
import type { CaptureChoices } from './captureView';
import { LABELS } from './labels';

export class CaptureDownload {
    private url: string | null = null;

    /** Saves `voice-capture-<time>.json`; returns what to announce (done, or why not). */
    save(capture: CaptureSnapshot, choices: CaptureChoices, now: Date): string {
        try {
            const file = buildCaptureFile(capture, choices, now);
            const url = URL.createObjectURL(new Blob([file.content], { type: CAPTURE_MIME_TYPE }));
            this.revoke();
            this.url = url;
            const link = document.createElement('a');
            link.href = url;
            link.download = file.fileName;
            link.click();
            return formatLabel(LABELS.captureDownloaded, file.fileName);
        } catch (_ignored) {
            return LABELS.captureDownloadFailed;
        }
    }

    revoke(): void {
        if (this.url !== null) {
            const url = this.url;
            this.url = null;
            try {
                URL.revokeObjectURL(url);
            } catch (_ignored) {
                // Nothing to free where object URLs do not exist.
            }
        }
    }
}
