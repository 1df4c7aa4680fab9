// Writes docs/BENCHMARKS.md from a run. Everything is regenerated except the section between
// the notes markers (what was changed to meet the targets, before and after), which is kept.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { markdownTable } from './report.mjs';

const NOTES_START = '<!-- bench:notes:start -->';
const NOTES_END = '<!-- bench:notes:end -->';

function keptNotes(file) {
    if (!existsSync(file)) {
        return '';
    }
    const text = readFileSync(file, 'utf8');
    const start = text.indexOf(NOTES_START);
    const end = text.indexOf(NOTES_END);
    return start >= 0 && end > start ? text.slice(start + NOTES_START.length, end).trim() : '';
}

const fixed = (value, digits = 2) => value.toFixed(digits);

function stagesTable(title, figures) {
    const names = {
        normalize: 'normalize (validate the toolkit payload)',
        reduce: 'reduce into the bus state',
        lmsCopy: 'LMS copy of the message (JSON)',
        revive: 'revive in a subscriber (re-validate what LMS carried)',
        ingest: 'ingest: normalize + reduce + publish'
    };
    return [
        `**${title}** (history ${figures.history.toLocaleString('en-US')}, µs per event, median):`,
        '',
        '| Stage | µs |',
        '| --- | --- |',
        ...Object.entries(figures.stages).map(
            ([name, value]) => `| ${names[name] ?? name} | ${fixed(value)} |`
        ),
        `| whole path, 1 panel subscription | ${fixed(figures.busUs)} |`,
        `| whole path, 4 panel subscriptions (the sample console page) | ${fixed(figures.busFourPanelsUs)} |`,
        `| whole path, 1 panel subscription, history ${figures.extraHistory.toLocaleString('en-US')} | ${fixed(figures.busExtraHistoryUs)} |`,
        `| bare EventTarget dispatch (baseline) | ${fixed(figures.eventTargetUs)} |`
    ].join('\n');
}

const number = (value) => value.toLocaleString('en-US');

/** How each figure is measured, one line each, with this run's sizes. */
function howLines({ node, transcript, flags, heap }) {
    const rounds = transcript.panel.rounds.length;
    return [
        `- **Bus cost per event.** A \`VoiceEventBus\` with its toolkit element (an \`EventTarget\`) registered with a \`MessageContext\` of the local console's message service (the simulator's \`MessageBus\`: every message copied as JSON, delivered in a microtask), and one panel subscription (\`subscribeToVoiceConsole\` with the default limits, which follows the bus's own events; with lower limits it would reduce its own copy). ${number(node.batch)} distinct documented \`transcript\` payloads are dispatched on the element, in bursts of 500 each delivered by LMS before the next, into a call that already holds ${number(node.history)} utterances (a long call: 25 minutes at one utterance every 1.5 s); timed until the panel has the last one. Baseline: the same payloads dispatched as \`CustomEvent\`s on a bare \`EventTarget\` with one listener. The same bundle (\`scripts/bench/bus/\`, built with esbuild from the \`.ts\` sources) runs in Node and in Chromium; ${node.repetitions} repetitions after ${node.warmup} warm-ups.`,
        '- **Bus throughput.** One over the Chromium bus cost: transcript events per second through the whole path above.',
        `- **Transcript event → DOM.** The bench page (\`scripts/bench/page/\`) mounts the four panels as a console page has them (each with its connector and toolkit element, on the local console's platform stand-ins, LWC in production mode, synthetic shadow), without the local console's player and timeline. After ${number(transcript.history)} utterances, each sample emits one transcript event to every toolkit element and times it until its row is the live transcript's last \`li\` with a layout box (microtask hops, no frame waited for); ${rounds} rounds of ${Math.round(transcript.panel.samples / rounds)} samples, each percentile the median over the rounds. Baseline: appending one text \`li\` to a plain \`ol\` that holds the same ${number(transcript.history)} rows, with layout.`,
        "- **Rows in the DOM.** `li` rows of the live transcript at each history size; the bound is the panel's `WINDOW_SIZE + PAGE_SIZE` (`liveTranscript/transcriptWindow.ts`).",
        `- **Flag board tick.** ${flags.flags} flags raised on ${Math.ceil(flags.flags / 10)} live calls; one run of the page's shared one-second clock with the time one second later (so every wait clock shows a new value), timed until LWC has re-rendered and the layout is done. Median of ${flags.rounds.length} rounds of ticks, each a median.`,
        `- **Heap.** The bench page in a fresh tab; CDP \`HeapProfiler.collectGarbage\` twice, then \`Runtime.getHeapUsage\`, before any call and after ${number(heap.calls)} calls of ${heap.utterances} utterances each (started, connected, utterances, ended, wrap-up ended; played in ${(heap.playMs / 1000).toFixed(1)} s). The state bounds keep 20 finished calls.`,
        '- **JS size.** Every emitted `.js` of the bundle (`npm run build`, tests excluded), minified by esbuild, the minified files gzipped together (level 9).'
    ];
}

const percentiles = (r) => `${fixed(r.p50, 1)} / ${fixed(r.p95, 1)} / ${fixed(r.p99, 1)}`;

/** One line each: the rounds behind the medians, and where the heap growth went. */
function detailLines({ transcript, flags, heap }) {
    const growth = Object.entries(heap.growthByKindMB)
        .sort((a, b) => b[1] - a[1])
        .map(([kind, mb]) => `${kind} ${mb >= 0 ? '+' : ''}${fixed(mb)}`)
        .join(', ');
    return [
        `- Transcript latency per round (p50 / p95 / p99 ms): panel ${transcript.panel.rounds.map(percentiles).join('; ')}; plain list ${transcript.plain.rounds.map(percentiles).join('; ')}.`,
        `- Flag board tick medians per round (ms): ${flags.rounds.map((value) => fixed(value)).join(', ')}.`,
        `- Heap (used JS heap after GC): ${fixed(heap.beforeMB)} MB before any call, ${fixed(heap.afterKeptMB)} MB after the first ${heap.keptCalls} calls (all still kept by the state), ${fixed(heap.afterMB)} MB after all ${heap.calls.toLocaleString('en-US')}. Growth by kind, from heap snapshots before and after (MB): ${growth}.`
    ];
}

/** The Markdown of docs/BENCHMARKS.md for one run. */
export function benchmarksMarkdown({
    rows,
    machine,
    node,
    browser,
    sizes,
    command,
    date,
    durationS,
    notes
}) {
    const { transcript, flags, heap } = browser;
    const load = machine.loadAverage.join(', ');
    return `# Benchmarks

Measured by \`${command}\` on ${date}: every figure against its baseline from the same run on the same machine (this run took ${Math.round(durationS)} s). \`npm test\` runs the same bench on a tiny size (\`npm run test:bench\`) only to check that every row is produced, never against the targets.

## Machine

| | |
| --- | --- |
| CPU | ${machine.cpu} |
| Cores | ${machine.cores} |
| Memory | ${machine.memoryGiB} GiB |
| OS | ${machine.os} |
| Node.js | ${machine.node} |
| Chromium (headless, playwright-core) | ${machine.chromium ?? '–'} |
| Load average at the start (1, 5, 15 min) | ${load} |

## Results

${markdownTable(rows)}

## How each figure is measured

All times come from \`performance.now()\` (in Chromium its resolution is 0.1 ms, so short operations are timed in batches); each figure is the median over repetitions.

${howLines({ node, transcript, flags, heap }).join('\n')}

## Details of this run

${stagesTable('Node', node)}

${stagesTable('Chromium', browser.bus)}

${detailLines({ transcript, flags, heap }).join('\n')}

| Bundle | Files | Raw | Minified | Gzip |
| --- | --- | --- | --- | --- |
${sizes.map((s) => `| ${s.bundle} | ${s.files} | ${s.raw} B | ${s.minified} B | ${s.gzip} B |`).join('\n')}

## Targets missed, design changes, before and after

${NOTES_START}
${notes}
${NOTES_END}
`;
}

/** Writes the document, keeping its notes section, formatted as prettier would. */
export async function writeBenchmarks(file, data) {
    const notes = keptNotes(file) || '_No notes yet._';
    const markdown = benchmarksMarkdown({ ...data, notes });
    const options = (await prettier.resolveConfig(file)) ?? {};
    writeFileSync(file, await prettier.format(markdown, { ...options, filepath: file }));
}
