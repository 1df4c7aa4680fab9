// Why a figure misses its target and what was tried, printed under the table for each ✗ row.
// The full account, with before and after figures, is in docs/BENCHMARKS.md.
const LMS_PER_SUBSCRIBER =
    'LMS copies every message for every subscriber (the local console stand-in parses its JSON ' +
    'once per subscriber), and the bus is itself a subscriber of its channel (it must hear other ' +
    "windows' hellos and events), so each event is copied once more than the relay's, and the " +
    'copy is of a validated event, larger than the raw payload.';

export const MISSED = {
    'bus-vs-relay':
        `${LMS_PER_SUBSCRIBER} Tried: an O(1) transcript, literals instead of spreads on the ` +
        'per-utterance path (normalize 6 → 0.5 µs in Node, reduce 4 → 1.4 µs). What is left is ' +
        'dispatch, validation, reduction and that extra copy; see docs/BENCHMARKS.md.',
    'bus-vs-relay-4': `${LMS_PER_SUBSCRIBER} See docs/BENCHMARKS.md.`,
    'page-vs-peer-short':
        "Each kit panel takes the bus's state but still gets an LMS copy of every message (the " +
        'design: panels listen on the channel); with the reducer now about 1.5 µs per event, that ' +
        'copy costs about what a self-subscribing panel spends validating and reducing the event ' +
        'itself. See docs/BENCHMARKS.md for the options.',
    'page-vs-peer-long': 'As at the shorter history: see docs/BENCHMARKS.md.',
    'transcript-latency':
        "Lightning Web Security's sandbox: the same page without it is about 10× faster (the " +
        'baseline). Profiled: the live transcript re-renders its window of 120 rows (about ' +
        '1,200 vnodes) for each line, every vnode crossing the sandbox membrane, and garbage ' +
        'collection takes 40 % of the time. Meeting it needs rows as child components (a line ' +
        're-renders one row); not done under issue 15.',
    'console-latency':
        'The same sandbox cost as on the bench page; the console’s own parts now cost about ' +
        '0.6 ms per event (the same console without the sandbox: p95 8 ms at a history of 2,000).',
    'flag-tick': 'Lightning Web Security: see docs/BENCHMARKS.md.',
    'bus-throughput': 'One over the 1-panel bus path: see its row and docs/BENCHMARKS.md.',
    'heap-slope':
        'What the second 1,000 calls add is mostly compiled code (see the growth by kind in ' +
        'docs/BENCHMARKS.md); no kit object count grows with the calls.'
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
