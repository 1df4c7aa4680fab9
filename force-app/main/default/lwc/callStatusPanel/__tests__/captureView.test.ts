import { label } from '../../../../../test/useRealLabels';
import type { CaptureStatus } from 'c/voiceEventBus';
import { formatClockTime, formatLabel } from 'c/voiceViewUtils';
import { DEFAULT_CAPTURE_CHOICES, buildCaptureView } from '../captureView';

const T0 = Date.UTC(2026, 4, 12, 9, 30, 0);

function status(overrides: Partial<CaptureStatus> = {}): CaptureStatus {
    return { capturing: true, startedAt: T0, eventCount: 0, droppedEvents: 0, ...overrides };
}

describe('captureView', () => {
    it('shows nothing while capture is off', () => {
        expect(
            buildCaptureView(
                { capturing: false, startedAt: null, eventCount: 0, droppedEvents: 0 },
                DEFAULT_CAPTURE_CHOICES
            )
        ).toBeNull();
    });

    it('redacts transcript, note text and participants by default', () => {
        expect(DEFAULT_CAPTURE_CHOICES).toEqual({ redactText: true, redactParticipants: true });
        const view = buildCaptureView(status({ eventCount: 3 }), DEFAULT_CAPTURE_CHOICES)!;
        expect(view).toMatchObject({ redactText: true, redactParticipants: true, warning: null });
    });

    it('says capture is waiting for events, with the download off, before any arrived', () => {
        const view = buildCaptureView(status(), DEFAULT_CAPTURE_CHOICES, 'en-GB')!;

        expect(view.statusText).toBe(
            formatLabel(label('VCK_CallStatus_CaptureNone'), formatClockTime(T0, 'en-GB'))
        );
        expect(view.downloadDisabled).toBe(true);
        expect(view.droppedText).toBeNull();
    });

    it('counts the events kept and when capture started, with the download on', () => {
        const view = buildCaptureView(
            status({ eventCount: 42 }),
            DEFAULT_CAPTURE_CHOICES,
            'en-GB'
        )!;

        expect(view.statusText).toBe(
            formatLabel(label('VCK_CallStatus_CaptureCount'), 42, formatClockTime(T0, 'en-GB'))
        );
        expect(view.statusText).toMatch(/^42 events captured since \d{2}:30:00/);
        expect(view.downloadDisabled).toBe(false);
    });

    it('says how many of the oldest events the bound dropped', () => {
        const view = buildCaptureView(
            status({ eventCount: 20000, droppedEvents: 125 }),
            DEFAULT_CAPTURE_CHOICES
        )!;

        expect(view.droppedText).toBe(formatLabel(label('VCK_CallStatus_CaptureDropped'), 125));
    });

    it('warns while transcript and note text would go into the file', () => {
        const view = buildCaptureView(status({ eventCount: 1 }), {
            redactText: false,
            redactParticipants: true
        })!;

        expect(view.redactText).toBe(false);
        expect(view.warning).toBe(label('VCK_CallStatus_CaptureUnredactedWarning'));
    });
});
