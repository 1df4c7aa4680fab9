// Turns the measurements into rows (figure, baseline, ratio, target, met), the console table and
// docs/BENCHMARKS.md.
import { SIZE_TARGETS_KB } from './sizes.mjs';

const FRAME_MS = 16.7;
const us = (value) => `${value.toFixed(2)} µs`;
const ms = (value) => `${value.toFixed(2)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const count = (value) => Math.round(value).toLocaleString('en-US');
const MB_BYTES = 1024 * 1024;

/** "min–max" of a figure's repetitions, in its unit. */
const spreadOf = (figure, format) => `${format(figure.min)}–${format(figure.max)}`;
const bare = (value) => value.toFixed(2);
const rangeOf = (values, format) => `${format(Math.min(...values))}–${format(Math.max(...values))}`;

/**
 * One row per figure: what was measured (median), its spread over the repetitions (min–max),
 * the same-run baseline, the ratio and the target. `met` is true, false, or null for figures
 * without a target. Every row is produced whatever the size of the run; `npm run
 * test:bench` checks that.
 */
export function buildRows({ browser, sizes: bundles }) {
    const rows = [];
    const bus = browser.bus;
    const f = bus.figures;
    const history = count(bus.history);
    const longHistory = count(bus.extraHistory);
    /** A row comparing figure `a` with baseline `b` (both µs/event unless `unit` says ms). */
    const versus = ({ id, figure, a, b, baseline, target, limit, strict = false, unit = us }) => {
        const ratio = a.median / b.median;
        rows.push({
            id,
            figure,
            value: unit(a.median),
            spread: spreadOf(a, bare),
            baseline: `${unit(b.median)} (${spreadOf(b, bare)}) ${baseline}`,
            ratio: `${ratio.toFixed(2)}×`,
            target,
            met: strict ? ratio < limit : ratio <= limit
        });
    };
    versus({
        id: 'bus-vs-relay',
        figure: `Bus path per transcript event, 1 panel (history ${history})`,
        a: f.bus,
        b: f.relay,
        baseline: 'minimal LMS relay, 1 subscriber',
        target: '≤ 2× baseline',
        limit: 2
    });
    versus({
        id: 'bus-vs-relay-4',
        figure: `Bus path per transcript event, 4 panels (history ${history})`,
        a: f.busFourPanels,
        b: f.relayFour,
        baseline: 'minimal LMS relay, 4 subscribers',
        target: '≤ 2× baseline',
        limit: 2
    });
    for (const [suffix, at] of [
        ['', history],
        ['ExtraHistory', longHistory]
    ]) {
        versus({
            id: `page-vs-peer-${suffix ? 'long' : 'short'}`,
            figure: `Sample console page (4 panels, one bus) per transcript event (history ${at})`,
            a: f[`page${suffix}`],
            b: f[`peer${suffix}`],
            baseline: 'four self-subscribing panels',
            target: '< 1× baseline',
            limit: 1,
            strict: true
        });
    }
    versus({
        id: 'flat-history',
        figure: `Bus path per transcript event at history ${longHistory}`,
        a: f.busExtraHistory,
        b: f.bus,
        baseline: `the same at history ${history}`,
        target: '≤ 1.2× baseline',
        limit: 1.2
    });
    versus({
        id: 'flat-call',
        figure: `A ${count(bus.callLengths[1])}-utterance call replayed end to end`,
        a: f.longCall,
        b: f.shortCall,
        baseline: `a ${count(bus.callLengths[0])}-utterance call`,
        target: `≤ ${(bus.callLengths[1] / bus.callLengths[0]) * 1.2}× baseline`,
        limit: (bus.callLengths[1] / bus.callLengths[0]) * 1.2,
        unit: ms
    });
    const throughput = 1e6 / f.bus.median;
    rows.push({
        id: 'bus-throughput',
        figure: `Bus throughput, transcript events, 1 panel (history ${history})`,
        value: `${count(throughput)} events/s`,
        spread: `${count(1e6 / f.bus.max)}–${count(1e6 / f.bus.min)}`,
        baseline: '–',
        ratio: '–',
        target: '≥ 100,000 events/s',
        met: throughput >= 100_000
    });
    const latencyRow = (id, where, latency, baseline, ratio) => {
        rows.push({
            id,
            figure: `Transcript event → row in the DOM, ${where}, p50 / p95 / p99 (history ${count(latency.history)})`,
            value: [latency.p50, latency.p95, latency.p99]
                .map((value) => value.toFixed(1))
                .join(' / ')
                .concat(' ms'),
            spread: `p95 ${rangeOf(
                latency.rounds.map((round) => round.p95),
                (value) => value.toFixed(1)
            )}`,
            baseline,
            ratio,
            target: `p95 ≤ ${FRAME_MS} ms`,
            met: latency.p95 <= FRAME_MS
        });
    };
    const { transcript } = browser;
    latencyRow(
        'transcript-latency',
        'bench page (Lightning Web Security on)',
        { ...transcript.panel, history: transcript.history },
        `p95 ${ms(browser.transcriptNoLws.panel.p95)} without Lightning Web Security; p95 ${ms(transcript.plain.p95)} plain list append`,
        `${(transcript.panel.p95 / browser.transcriptNoLws.panel.p95).toFixed(1)}×`
    );
    latencyRow(
        'console-latency',
        'full local console',
        browser.console,
        `p95 ${ms(transcript.panel.p95)} (bench page, no player, timeline or composer)`,
        `${(browser.console.p95 / transcript.panel.p95).toFixed(1)}×`
    );
    const rowCounts = transcript.rows.map((entry) => entry.rows);
    const sizes = transcript.rows.map((entry) => entry.history);
    rows.push({
        id: 'transcript-rows',
        figure: `Transcript rows in the DOM, history ${count(Math.min(...sizes))} to ${count(Math.max(...sizes))}`,
        value: `${Math.min(...rowCounts)}–${Math.max(...rowCounts)} rows (${rowCounts.join(', ')})`,
        spread: '–',
        baseline: `${count(Math.max(...sizes))} rows (plain list)`,
        ratio: '–',
        target: `bounded: ≤ ${transcript.maxRows} at any history`,
        met: rowCounts.every((rowsShown) => rowsShown > 0 && rowsShown <= transcript.maxRows)
    });
    rows.push({
        id: 'flag-tick',
        figure: `Flag board wait-clock tick, ${browser.flags.flags} raised flags (median)`,
        value: ms(browser.flags.tickMs),
        spread: rangeOf(browser.flags.rounds, bare),
        baseline: '–',
        ratio: '–',
        target: '≤ 4 ms',
        met: browser.flags.tickMs <= 4
    });
    const { heap } = browser;
    const mb = (value) => `${value >= 0 ? '+' : ''}${value.toFixed(2)} MB`;
    const slope = heap.afterDoubleMB - heap.afterMB;
    rows.push({
        id: 'heap-slope',
        figure: `Heap added by calls ${count(heap.calls + 1)}–${count(2 * heap.calls)} (${count(heap.utterances)} utterances each), after GC`,
        value: mb(slope),
        spread: `${rangeOf(
            heap.samples.afterDouble.map((value, index) => value - heap.samples.after[index]),
            (value) => (value / MB_BYTES).toFixed(2)
        )} MB`,
        baseline: `${mb(heap.deltaMB)} by the first ${count(heap.calls)}`,
        ratio: '–',
        target: '≤ +0.25 MB',
        met: slope <= 0.25
    });
    rows.push({
        id: 'heap',
        figure: `Heap after ${count(heap.calls)} calls × ${count(heap.utterances)} utterances, after GC`,
        value: mb(heap.deltaMB),
        spread: `${rangeOf(heap.samples.after, (value) => (value / MB_BYTES).toFixed(2))} MB`,
        baseline: `${heap.beforeMB.toFixed(2)} MB (page before any call)`,
        ratio: `${(heap.afterMB / heap.beforeMB).toFixed(2)}×`,
        target: '–',
        met: null
    });
    for (const size of bundles) {
        const targetKB = SIZE_TARGETS_KB[size.bundle];
        rows.push({
            id: `size-${size.bundle}`,
            figure: `JS size, ${size.bundle} (raw / minified / gzip)`,
            value: `${kb(size.raw)} / ${kb(size.minified)} / ${kb(size.gzip)}`,
            spread: '–',
            baseline: '–',
            ratio: '–',
            target: targetKB === undefined ? '–' : `gzip ≤ ${targetKB} KB`,
            met: targetKB === undefined ? null : size.gzip <= targetKB * 1024
        });
    }
    return rows;
}

const mark = (met) => (met === null ? '' : met ? '✓' : '✗');
const COLUMNS = ['figure', 'value', 'spread', 'baseline', 'ratio', 'target', 'met'];
const HEADINGS = [
    'Figure',
    'Measured',
    'Spread (min–max)',
    'Baseline (same run, min–max)',
    'Ratio',
    'Target',
    'Met'
];

/** The rows as a plain-text table for the terminal. */
export function textTable(rows) {
    const cells = rows.map((row) =>
        COLUMNS.map((column) => (column === 'met' ? mark(row.met) : String(row[column])))
    );
    const widths = HEADINGS.map((heading, index) =>
        Math.max(heading.length, ...cells.map((line) => line[index].length))
    );
    const line = (values) => values.map((value, index) => value.padEnd(widths[index])).join('  ');
    return [line(HEADINGS), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)]
        .join('\n')
        .concat('\n');
}

/** The rows as a Markdown table. */
export function markdownTable(rows) {
    const escape = (value) => String(value).replace(/\|/g, '\\|');
    return [
        `| ${HEADINGS.join(' | ')} |`,
        `| ${HEADINGS.map(() => '---').join(' | ')} |`,
        ...rows.map(
            (row) =>
                `| ${COLUMNS.map((column) => escape(column === 'met' ? mark(row.met) : row[column])).join(' | ')} |`
        )
    ].join('\n');
}
