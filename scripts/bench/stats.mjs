// Small statistics for the bench: medians of repetitions and percentiles of latency samples.

/** The median; the mean of the two middle values for an even count. */
export function median(values) {
    if (values.length === 0) {
        throw new Error('median of nothing');
    }
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The p-th percentile (0–100), linear between the two nearest ranks (as numpy's default). */
export function percentile(values, p) {
    if (values.length === 0) {
        throw new Error('percentile of nothing');
    }
    const sorted = [...values].sort((a, b) => a - b);
    const rank = (p / 100) * (sorted.length - 1);
    const low = Math.floor(rank);
    const high = Math.ceil(rank);
    return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}
