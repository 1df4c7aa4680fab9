/**
 * Audio quality from audiostats: worst-direction figures, an estimated MOS and a grade with
 * hysteresis so the warning does not flicker around a threshold.
 */
import type { AudioQuality, AudioSample, QualityGrade } from './consoleState';
import type { ChannelStats } from './events';

/** Warn thresholds from the call status issue; 'clear' is where a poor grade turns good again. */
export const QUALITY_THRESHOLDS = {
    rtt: { warn: 400, clear: 320 },
    jitter: { warn: 30, clear: 24 },
    loss: { warn: 3, clear: 2 },
    mos: { warn: 3.5, clear: 3.7 }
} as const;

function worst(values: Array<number | null>): number | null {
    const present = values.filter((value): value is number => value !== null);
    return present.length ? Math.max(...present) : null;
}

/**
 * Lost packets as a percentage of the packets that direction should have carried. Amazon
 * Connect's connect-rtc-js (src/js/rtp-stats.js) fills `packetsCount` with packetsReceived for
 * the input (so lost packets are not in it) and with packetsSent for the output (so they are).
 * Null without packets: no traffic is not the same as a clean line.
 */
export function lossPercent(
    stats: ChannelStats | null,
    direction: 'input' | 'output'
): number | null {
    if (!stats || stats.packetsLost === null || stats.packetsCount === null) {
        return null;
    }
    const expected =
        direction === 'input' ? stats.packetsCount + stats.packetsLost : stats.packetsCount;
    if (expected <= 0) {
        return null;
    }
    return Math.min(100, (stats.packetsLost / expected) * 100);
}

/**
 * Simplified ITU-T G.107 E-model: effective latency from RTT and jitter, R = 93.2 minus the
 * delay term minus 2.5 × loss (%), then R → MOS. Null without RTT.
 */
export function estimateMos(
    rttMs: number | null,
    jitterMs: number | null,
    lossPct: number | null
): number | null {
    if (rttMs === null) {
        return null;
    }
    const latency = rttMs / 2 + 2 * (jitterMs ?? 0) + 10;
    const delayTerm = latency < 160 ? latency / 40 : (latency - 120) / 10;
    const r = Math.min(100, Math.max(0, 93.2 - delayTerm - 2.5 * (lossPct ?? 0)));
    const mos = 1 + 0.035 * r + 0.000007 * r * (r - 60) * (100 - r);
    return Math.round(Math.min(4.5, Math.max(1, mos)) * 100) / 100;
}

/** Grades one sample; `previous` is the grade of the sample before it (hysteresis). */
export function assessAudio(sample: AudioSample, previous: QualityGrade | null): AudioQuality {
    const channels = [sample.input, sample.output];
    const roundTripTimeMillis = worst(channels.map((c) => c?.roundTripTimeMillis ?? null));
    const jitterMillis = worst(channels.map((c) => c?.jitterBufferMillis ?? null));
    const packetLossPercent = worst([
        lossPercent(sample.input, 'input'),
        lossPercent(sample.output, 'output')
    ]);
    const mos = estimateMos(roundTripTimeMillis, jitterMillis, packetLossPercent);
    const over = (value: number | null, limit: number) => value !== null && value > limit;
    const under = (value: number | null, limit: number) => value !== null && value < limit;
    const t = QUALITY_THRESHOLDS;
    const breaches = [
        over(roundTripTimeMillis, t.rtt.warn) ? 'rtt' : '',
        over(jitterMillis, t.jitter.warn) ? 'jitter' : '',
        over(packetLossPercent, t.loss.warn) ? 'loss' : '',
        under(mos, t.mos.warn) ? 'mos' : ''
    ].filter(Boolean);
    const stillRecovering =
        over(roundTripTimeMillis, t.rtt.clear) ||
        over(jitterMillis, t.jitter.clear) ||
        over(packetLossPercent, t.loss.clear) ||
        under(mos, t.mos.clear);
    const grade: QualityGrade =
        breaches.length > 0 || (previous === 'poor' && stillRecovering) ? 'poor' : 'good';
    return {
        at: sample.at,
        input: sample.input,
        output: sample.output,
        roundTripTimeMillis,
        jitterMillis,
        packetLossPercent:
            packetLossPercent === null ? null : Math.round(packetLossPercent * 100) / 100,
        mos,
        grade,
        breaches
    };
}

/**
 * The toolkit sends audiostats every 30 s: a sample less than this after the last one applied
 * is that sample again, relayed by another window's bus (which stamps its own arrival time).
 */
export const AUDIO_DEDUPE_MS = 1000;

/**
 * The call's audio quality from its recent samples (time order). Folding the hysteresis over
 * the sorted samples, instead of carrying the last grade forward, gives the same grade whatever
 * order the samples arrived in; a relayed copy is skipped, measured from the last sample
 * applied (as swaps are), so the console looks the same with or without copies. Null without
 * samples.
 */
export function foldAudio(samples: readonly AudioSample[]): AudioQuality | null {
    let quality: AudioQuality | null = null;
    for (const sample of samples) {
        if (quality === null || sample.at - quality.at >= AUDIO_DEDUPE_MS) {
            quality = assessAudio(sample, quality?.grade ?? null);
        }
    }
    return quality;
}
