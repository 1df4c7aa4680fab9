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
    'page-vs-peer-long': 'As at the shorter history: see docs/BENCHMARKS.md.'
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
