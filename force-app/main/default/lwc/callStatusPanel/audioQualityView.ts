/**
 * How the bus's audio assessment (CallState.audio) is shown: the grade, the four figures with
 * the ones past their warn threshold marked, and how old the figures are. The bus computes the
 * grade with hysteresis and the MOS; nothing is recomputed here.
 */
import type { AudioQuality } from 'c/voiceEventBus';
import { elapsedSeconds, formatLabel, formatNumber } from 'c/voiceViewUtils';
import { LABELS } from './labels';

/** The toolkit sends audiostats every 30 s; past two and a half intervals one is overdue. */
export const AUDIO_STATS_INTERVAL_SECONDS = 30;
export const AUDIO_STATS_OVERDUE_SECONDS = 75;

export type AudioMetricKey = 'rtt' | 'jitter' | 'loss' | 'mos';

export interface AudioMetricView {
    key: AudioMetricKey;
    label: string;
    value: string;
    breached: boolean;
    /** For screen readers after a breached value: MOS breaches below, the others above. */
    breachText: string;
    valueClass: string;
}

export interface AudioQualityView {
    poor: boolean;
    gradeLabel: string;
    gradeIcon: string;
    gradeIconVariant: string;
    gradeClass: string;
    metrics: AudioMetricView[];
    ageSeconds: number;
    updatedLabel: string;
    overdue: boolean;
}

function metric(
    key: AudioMetricKey,
    label: string,
    value: number | null,
    format: (value: number) => string,
    breaches: readonly string[]
): AudioMetricView {
    const breached = value !== null && breaches.includes(key);
    return {
        key,
        label,
        value: value === null ? LABELS.notReported : format(value),
        breached,
        breachText: key === 'mos' ? LABELS.belowThreshold : LABELS.aboveThreshold,
        valueClass: breached ? 'slds-text-color_error' : ''
    };
}

export function buildAudioQualityView(audio: AudioQuality, now: number): AudioQualityView {
    const poor = audio.grade === 'poor';
    const milliseconds = (value: number) =>
        formatLabel(LABELS.milliseconds, formatNumber(value, 0));
    const ageSeconds = elapsedSeconds(audio.at, now);
    return {
        poor,
        gradeLabel: poor ? LABELS.gradePoor : LABELS.gradeGood,
        gradeIcon: poor ? 'utility:warning' : 'utility:success',
        gradeIconVariant: poor ? 'warning' : 'success',
        gradeClass: `slds-m-left_x-small ${poor ? 'slds-text-color_error' : 'slds-text-color_success'}`,
        metrics: [
            metric(
                'rtt',
                LABELS.roundTrip,
                audio.roundTripTimeMillis,
                milliseconds,
                audio.breaches
            ),
            metric('jitter', LABELS.jitter, audio.jitterMillis, milliseconds, audio.breaches),
            metric(
                'loss',
                LABELS.packetLoss,
                audio.packetLossPercent,
                (value) => formatLabel(LABELS.percent, formatNumber(value, 2)),
                audio.breaches
            ),
            metric('mos', LABELS.mos, audio.mos, (value) => formatNumber(value, 2), audio.breaches)
        ],
        ageSeconds,
        updatedLabel: formatLabel(LABELS.updatedAgo, ageSeconds),
        overdue: ageSeconds > AUDIO_STATS_OVERDUE_SECONDS
    };
}
