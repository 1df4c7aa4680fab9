// Turns the measurements into rows (figure, baseline, ratio, target, met), the console table and
// docs/BENCHMARKS.md.
import { SIZE_TARGETS_KB } from './sizes.mjs';

const FRAME_MS = 16.7;
const us = (value) => `${value.toFixed(2)} µs`;
const ms = (value) => `${value.toFixed(2)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const count = (value) => Math.round(value).toLocaleString('en-US');

/**
 * One row per figure. `met` is true, false, or null for figures without a target.
 * Every row is produced whatever the size of the run; `npm run test:bench` checks that.
 */
export function buildRows({ node, browser, sizes: bundles }) {
    const rows = [];
    const busRow = (where, figures) => {
        const ratio = figures.busUs / figures.eventTargetUs;
        rows.push({
            id: `bus-cost-${where.toLowerCase()}`,
            figure: `Bus cost per transcript event, ${where} (history ${count(figures.history)})`,
            value: us(figures.busUs),
            baseline: `${us(figures.eventTargetUs)} (bare EventTarget)`,
            ratio: `${ratio.toFixed(1)}×`,
            target: '≤ 2× baseline',
            met: ratio <= 2
        });
    };
    busRow('Node', node);
    busRow('Chromium', browser.bus);
    const throughput = 1e6 / browser.bus.busUs;
    rows.push({
        id: 'bus-throughput',
        figure: `Bus throughput, transcript events, Chromium (history ${count(browser.bus.history)})`,
        value: `${count(throughput)} events/s`,
        baseline: '–',
        ratio: '–',
        target: '≥ 100,000 events/s',
        met: throughput >= 100_000
    });
    const { transcript } = browser;
    rows.push({
        id: 'transcript-latency',
        figure: `Transcript event → row in the DOM, p50 / p95 / p99 (history ${count(transcript.history)})`,
        value: [transcript.panel.p50, transcript.panel.p95, transcript.panel.p99]
            .map((value) => value.toFixed(1))
            .join(' / ')
            .concat(' ms'),
        baseline: `p95 ${ms(transcript.plain.p95)} (plain list append)`,
        ratio: `${(transcript.panel.p95 / transcript.plain.p95).toFixed(1)}×`,
        target: `p95 ≤ ${FRAME_MS} ms`,
        met: transcript.panel.p95 <= FRAME_MS
    });
    const rowCounts = transcript.rows.map((entry) => entry.rows);
    const sizes = transcript.rows.map((entry) => entry.history);
    rows.push({
        id: 'transcript-rows',
        figure: `Transcript rows in the DOM, history ${count(Math.min(...sizes))} to ${count(Math.max(...sizes))}`,
        value: `${Math.min(...rowCounts)}–${Math.max(...rowCounts)} rows (${rowCounts.join(', ')})`,
        baseline: `${count(Math.max(...sizes))} rows (plain list)`,
        ratio: '–',
        target: `bounded: ≤ ${transcript.maxRows} at any history`,
        met: rowCounts.every((rowsShown) => rowsShown > 0 && rowsShown <= transcript.maxRows)
    });
    rows.push({
        id: 'flag-tick',
        figure: `Flag board wait-clock tick, ${browser.flags.flags} raised flags (median)`,
        value: ms(browser.flags.tickMs),
        baseline: '–',
        ratio: '–',
        target: '≤ 4 ms',
        met: browser.flags.tickMs <= 4
    });
    const { heap } = browser;
    rows.push({
        id: 'heap',
        figure: `Heap after ${count(heap.calls)} calls × ${count(heap.utterances)} utterances, after GC`,
        value: `${heap.deltaMB >= 0 ? '+' : ''}${heap.deltaMB.toFixed(2)} MB`,
        baseline: `${heap.beforeMB.toFixed(2)} MB (page before any call)`,
        ratio: `${(heap.afterMB / heap.beforeMB).toFixed(2)}×`,
        target: '≤ +5 MB',
        met: heap.deltaMB <= 5
    });
    for (const size of bundles) {
        const targetKB = SIZE_TARGETS_KB[size.bundle];
        rows.push({
            id: `size-${size.bundle}`,
            figure: `JS size, ${size.bundle} (raw / minified / gzip)`,
            value: `${kb(size.raw)} / ${kb(size.minified)} / ${kb(size.gzip)}`,
            baseline: '–',
            ratio: '–',
            target: targetKB === undefined ? '–' : `gzip ≤ ${targetKB} KB`,
            met: targetKB === undefined ? null : size.gzip <= targetKB * 1024
        });
    }
    return rows;
}

const mark = (met) => (met === null ? '' : met ? '✓' : '✗');
const COLUMNS = ['figure', 'value', 'baseline', 'ratio', 'target', 'met'];
const HEADINGS = ['Figure', 'Measured', 'Baseline (same run)', 'Ratio', 'Target', 'Met'];

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
