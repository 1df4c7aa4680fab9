import { label } from '../../../../../test/useRealLabels';
import type { AudioQuality } from 'c/voiceEventBus';
import { formatLabel } from 'c/voiceViewUtils';
import { AUDIO_STATS_OVERDUE_SECONDS, buildAudioQualityView } from '../audioQualityView';
import { LABELS } from '../labels';

const AT = 1_700_000_000_000;
const ms = (value: string) => formatLabel(label('VCK_CallStatus_Milliseconds'), value);
const percent = (value: string) => formatLabel(label('VCK_CallStatus_Percent'), value);

function audio(overrides: Partial<AudioQuality> = {}): AudioQuality {
    return {
        at: AT,
        input: null,
        output: null,
        roundTripTimeMillis: 120,
        jitterMillis: 8,
        packetLossPercent: 0,
        mos: 4.36,
        grade: 'good',
        breaches: [],
        ...overrides
    };
}

const values = (quality: AudioQuality) =>
    Object.fromEntries(
        buildAudioQualityView(quality, AT).metrics.map((metric) => [metric.key, metric.value])
    );

describe('audioQualityView', () => {
    it('shows a good grade and the four figures in their units', () => {
        const view = buildAudioQualityView(audio(), AT);
        expect(view).toMatchObject({
            poor: false,
            gradeLabel: LABELS.gradeGood,
            gradeIcon: 'utility:success'
        });
        expect(values(audio())).toEqual({
            rtt: ms('120'),
            jitter: ms('8'),
            loss: percent('0'),
            mos: '4.36'
        });
        expect(view.metrics.every((metric) => !metric.breached)).toBe(true);
    });

    it('marks exactly the figures the bus reports past their threshold', () => {
        const view = buildAudioQualityView(
            audio({
                grade: 'poor',
                roundTripTimeMillis: 480,
                packetLossPercent: 5.66,
                breaches: ['rtt', 'loss']
            }),
            AT
        );
        expect(view).toMatchObject({ poor: true, gradeLabel: LABELS.gradePoor });
        expect(view.metrics.filter((metric) => metric.breached).map((m) => m.key)).toEqual([
            'rtt',
            'loss'
        ]);
        expect(view.metrics[0].valueClass).toBe('slds-text-color_error');
    });

    it('stays poor without breaches while the bus says the line is still recovering', () => {
        const view = buildAudioQualityView(audio({ grade: 'poor', breaches: [] }), AT);
        expect(view.poor).toBe(true);
        expect(view.metrics.some((metric) => metric.breached)).toBe(false);
    });

    it('rounds milliseconds and keeps two decimals for loss and MOS', () => {
        expect(
            values(audio({ roundTripTimeMillis: 119.6, packetLossPercent: 2.3456, mos: 3.5 }))
        ).toMatchObject({ rtt: ms('120'), loss: percent('2.35'), mos: '3.5' });
    });

    it('says "not reported" for a figure the telephony system left out', () => {
        expect(values(audio({ jitterMillis: null, mos: null }))).toMatchObject({
            jitter: LABELS.notReported,
            mos: LABELS.notReported
        });
    });

    it('tells the age of the figures and when they are overdue', () => {
        const fresh = buildAudioQualityView(audio(), AT + 29_400);
        expect(fresh).toMatchObject({
            ageSeconds: 29,
            updatedLabel: formatLabel(label('VCK_CallStatus_UpdatedAgo'), 29)
        });
        expect(fresh.overdue).toBe(false);
        const due = AT + AUDIO_STATS_OVERDUE_SECONDS * 1000;
        expect(buildAudioQualityView(audio(), due).overdue).toBe(false);
        expect(buildAudioQualityView(audio(), due + 1000).overdue).toBe(true);
    });
});
