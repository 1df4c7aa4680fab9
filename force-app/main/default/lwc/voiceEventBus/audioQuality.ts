/**
 * Audio quality from audiostats: worst-direction figures, an estimated MOS and a grade with
 * hysteresis so the warning does not flicker around a threshold.
 */
import type { AudioQuality, QualityGrade } from './consoleState';
import type { AudioStatsEvent, ChannelStats } from './events';

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

/** Lost packets as a percentage of all packets of that direction. */
function lossPercent(stats: ChannelStats | null): number | null {
    if (!stats || stats.packetsLost === null || stats.packetsCount === null) {
        return null;
    }
    const total = stats.packetsLost + stats.packetsCount;
    return total > 0 ? (stats.packetsLost / total) * 100 : 0;
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

export function assessAudio(event: AudioStatsEvent, previous: QualityGrade | null): AudioQuality {
    const channels = [event.input, event.output];
    const roundTripTimeMillis = worst(channels.map((c) => c?.roundTripTimeMillis ?? null));
    const jitterMillis = worst(channels.map((c) => c?.jitterBufferMillis ?? null));
    const packetLossPercent = worst(channels.map(lossPercent));
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
        at: event.receivedAt,
        input: event.input,
        output: event.output,
        roundTripTimeMillis,
        jitterMillis,
        packetLossPercent:
            packetLossPercent === null ? null : Math.round(packetLossPercent * 100) / 100,
        mos,
        grade,
        breaches
    };
}
