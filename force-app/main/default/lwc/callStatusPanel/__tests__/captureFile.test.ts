import { label } from '../../../../../test/useRealLabels';
import { normalizeToolkitEvent, type CaptureSnapshot, type VoiceEvent } from 'c/voiceEventBus';
import { formatLabel } from 'c/voiceViewUtils';
import { parseScenario } from '../../../../../../simulator/src/modules/sim/scenario/format';
import {
    CALLER,
    CANARY,
    CANARY_PATTERN,
    canaryCall
} from '../../voiceEventBus/__tests__/canaryCall';
import { CAPTURE_MIME_TYPE, buildCaptureFile } from '../captureFile';
import { DEFAULT_CAPTURE_CHOICES } from '../captureView';

const T0 = Date.UTC(2026, 4, 12, 9, 30, 0);
const NOW = new Date(Date.UTC(2026, 4, 12, 9, 45, 7, 123));

function capture(): CaptureSnapshot {
    const events = canaryCall('call-file', T0).map((step) => {
        const result = normalizeToolkitEvent(step.type, step.detail, step.at);
        if (!result.ok) {
            throw new Error(result.reason);
        }
        return result.event;
    });
    return { startedAt: T0 - 1000, droppedEvents: 4, events: events as VoiceEvent[] };
}

describe('captureFile', () => {
    it('is named voice-capture-<UTC time>.json and typed application/json (allowed by LWS)', () => {
        const file = buildCaptureFile(capture(), DEFAULT_CAPTURE_CHOICES, NOW);

        expect(file.fileName).toBe('voice-capture-2026-05-12T09-45-07Z.json');
        expect(CAPTURE_MIME_TYPE).toBe('application/json');
    });

    it('holds a scenario the local console loads, with every captured event', () => {
        const file = buildCaptureFile(capture(), DEFAULT_CAPTURE_CHOICES, NOW);
        const result = parseScenario(JSON.parse(file.content));

        expect(result).toMatchObject({
            ok: true,
            scenario: {
                name: 'voice-capture-2026-05-12T09-45-07Z',
                title: formatLabel(label('VCK_CallStatus_CaptureFileTitle'), NOW.toISOString()),
                steps: capture().events.map((event) =>
                    expect.objectContaining({ type: event.type })
                )
            }
        });
    });

    it('records where it came from and how it was redacted, without any content', () => {
        const parsed = JSON.parse(
            buildCaptureFile(capture(), DEFAULT_CAPTURE_CHOICES, NOW).content
        ) as { source: Record<string, unknown> };

        expect(parsed.source).toEqual({
            capturedBy: 'c-call-status-panel',
            capturedAt: '2026-05-12T09:45:07.123Z',
            captureStartedAt: new Date(T0 - 1000).toISOString(),
            events: 11,
            droppedEvents: 4,
            redacted: { text: true, participants: true }
        });
    });

    it('by default leaves no transcript, note, flag text, number or customer name in the file', () => {
        const content = buildCaptureFile(capture(), DEFAULT_CAPTURE_CHOICES, NOW).content;

        expect(content).not.toMatch(CANARY_PATTERN);
        expect(content).not.toContain(CALLER);
        expect(content).not.toContain('4111');
        expect(content).toContain('call-file-u2');
    });

    it('keeps the text when the admin unticks redaction', () => {
        const content = buildCaptureFile(
            capture(),
            { redactText: false, redactParticipants: false },
            NOW
        ).content;

        expect(content).toContain(CANARY.transcript);
        expect(content).toContain(CANARY.note);
        expect(content).toContain(CALLER);
    });
});
