// Why a figure misses its target and what was tried, printed under the table for each ✗ row.
// The full account, with before and after figures, is in docs/BENCHMARKS.md.
const BUS_COST =
    'The bus validates each untrusted payload, reduces it into immutable state and publishes it ' +
    'on LMS, which copies it for every subscriber; the LMS copy alone takes the whole 2× budget. ' +
    'Tried: one-copy append, no re-validation of its own events, panels sharing the bus state ' +
    '(halved the cost); meeting it would mean dropping validation or LMS.';

export const MISSED = {
    'bus-cost-node': `${BUS_COST} Node's EventTarget dispatch (about 0.1 µs) is a far lower baseline than Chromium's.`,
    'bus-cost-chromium': BUS_COST,
    'bus-throughput':
        'On a loaded machine the figure moves around 100,000/s (about 10 µs per event). Tried: ' +
        'the changes listed for the bus cost; what is left is the reducer copy, LMS copies and ' +
        'the DOM dispatch itself.',
    heap:
        'Most of the growth is compiled code (functions first run during the calls) and the LWC ' +
        "engine's WeakMap tables; the kept state (20 calls, shared by the bus and panels) is " +
        'about 1 MB. Tried: panels sharing the bus state (−1 MB), per-call transcript row cache ' +
        '(−0.5 MB).',
    'size-voiceEventBus':
        'The bundle holds the whole bus (validation, reducer, merge, revival, refresh recovery, ' +
        'capture, toolkit actions). As one minified module it is 12.3 KB; without recovery, ' +
        'capture and actions 11.1 KB. Meeting it needs splitting features into their own ' +
        'bundles, a public API change.'
};

/** A line per missed target: the row, its figure, and why (or where to look). */
export function missedLines(rows) {
    return rows
        .filter((row) => row.met === false)
        .map(
            (row) =>
                `✗ ${row.figure}: ${row.value}. ${
                    MISSED[row.id] ?? 'No known reason: see docs/BENCHMARKS.md.'
                }`
        );
}
