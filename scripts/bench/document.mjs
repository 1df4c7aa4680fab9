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

const FIGURE_NAMES = {
    eventTarget: 'bare EventTarget dispatch',
    relay: 'minimal LMS relay, 1 subscriber',
    relayFour: 'minimal LMS relay, 4 subscribers',
    bus: 'bus path, 1 panel subscription',
    busFourPanels: 'bus path, 4 panel subscriptions',
    busExtraHistory: 'bus path, 1 panel subscription, long history',
    page: 'sample console page: 4 toolkit elements, one bus, 4 panels',
    peer: 'four self-subscribing panels',
    pageExtraHistory: 'sample console page, long history',
    peerExtraHistory: 'four self-subscribing panels, long history',
    shortCall: 'short call replayed end to end (ms per call)',
    longCall: 'long call replayed end to end (ms per call)'
};

function stagesTable(title, figures) {
    const names = {
        normalize: 'normalize (validate the toolkit payload)',
        reduce: 'reduce into the bus state',
        lmsCopy: 'LMS copy of the message (JSON)',
        revive: 'revive in a subscriber (re-validate what LMS carried)',
        ingest: 'ingest: normalize + reduce + publish'
    };
    const history = figures.history.toLocaleString('en-US');
    const long = figures.extraHistory.toLocaleString('en-US');
    const calls = figures.callLengths.map((length) => length.toLocaleString('en-US'));
    return [
        `**${title}** (µs per event unless stated; history ${history}, long history ${long}, calls of ${calls.join(' and ')} utterances; median and min–max over ${figures.repetitions} repetitions):`,
        '',
        '| Figure | Median | Min–max |',
        '| --- | --- | --- |',
        ...Object.entries(figures.figures).map(
            ([name, figure]) =>
                `| ${FIGURE_NAMES[name] ?? name} | ${fixed(figure.median)} | ${fixed(figure.min)}–${fixed(figure.max)} |`
        ),
        ...Object.entries(figures.stages).map(
            ([name, value]) => `| stage: ${names[name] ?? name} | ${fixed(value)} | – |`
        )
    ].join('\n');
}

const number = (value) => value.toLocaleString('en-US');

/** How each figure is measured, one line each, with this run's sizes. */
function howLines({ node, transcript, console: consoleRun, flags, heap }) {
    const rounds = transcript.panel.rounds.length;
    return [
        `- **Bus path against the minimal relay.** A \`VoiceEventBus\` with its toolkit element (an \`EventTarget\`) registered with a \`MessageContext\` of the local console's message service (the simulator's \`MessageBus\`: every message copied as JSON for each subscriber, delivered in a microtask), and 1 or 4 panel subscriptions (\`subscribeToVoiceConsole\` with the default limits, which follow the bus's own events). ${number(node.batch)} distinct documented \`transcript\` payloads are dispatched on the element, in bursts of 500 each delivered by LMS before the next, into a call that already holds ${number(node.history)} utterances; timed until every panel has the last one. Baseline, in the same round: the minimal relay, a listener on a toolkit element that republishes each raw \`detail\` on LMS to 1 or 4 subscribers that only take it: the least any LMS-based design can do. The same bundle (\`scripts/bench/bus/\`, built with esbuild from the \`.ts\` sources) runs in Node and in Chromium; ${node.repetitions} repetitions after ${node.warmup} warm-ups, and the targets are judged in Chromium, where the components run.`,
        `- **Sample console page against four self-subscribing panels.** The page: four toolkit elements (one per panel, as each panel's connector has one; the bus listens to the first), every event dispatched on all four, one bus, four panel subscriptions. The peer, what a team writes without the kit in the style of Salesforce's toolkit sample: four panels, each listening on its own toolkit element and validating and reducing every event into its own state (the kit's \`normalizeToolkitEvent\` and \`reduceConsoleState\`, no LMS). Both at a history of ${number(node.history)} and of ${number(node.extraHistory)}, same payloads, until every panel has the last event.`,
        `- **Flat in history.** The bus path (1 panel) at a history of ${number(node.extraHistory)} against ${number(node.history)}, and one call of ${number(node.callLengths[1])} utterances replayed end to end (connected, every line, ended; bus and one panel) against a call of ${number(node.callLengths[0])}: a flat cost per line is ${node.callLengths[1] / node.callLengths[0]}×; the target allows 1.2× that.`,
        '- **Bus throughput.** One over the Chromium bus path (1 panel): transcript events per second.',
        `- **Transcript event → DOM, bench page.** The bench page (\`scripts/bench/page/\`) mounts the four panels as a console page has them (each with its connector and toolkit element, on the local console's platform stand-ins, LWC in production mode, synthetic shadow), without the local console's player and timeline. After ${number(transcript.history)} utterances, each sample emits one transcript event to every toolkit element and times it until its row is the live transcript's last \`li\` with a layout box (microtask hops, no frame waited for); ${rounds} rounds of ${Math.round(transcript.panel.samples / rounds)} samples, each percentile the median over the rounds. Baseline: appending one text \`li\` to a plain \`ol\` that holds the same ${number(transcript.history)} rows, with layout.`,
        `- **Transcript event → DOM, full local console.** The local console itself (\`npm start\`'s page, with its player, timeline and composer on screen), one call of ${number(consoleRun.history)} utterances delivered through its simulated platform; then each sample is one more utterance, timed as on the bench page; ${consoleRun.rounds.length} rounds. Baseline: the bench page's p95 of this run.`,
        "- **Rows in the DOM.** `li` rows of the live transcript at each history size; the bound is the panel's `WINDOW_SIZE + PAGE_SIZE` (`liveTranscript/transcriptWindow.ts`).",
        `- **Flag board tick.** ${flags.flags} flags raised on ${Math.ceil(flags.flags / 10)} live calls; one run of the page's shared one-second clock with the time one second later (so every wait clock shows a new value), timed until LWC has re-rendered and the layout is done. Median of ${flags.rounds.length} rounds of ticks, each a median; the spread is over the rounds.`,
        `- **Heap.** The bench page in a fresh tab; CDP \`HeapProfiler.collectGarbage\` twice, then \`Runtime.getHeapUsage\` (${heap.samples.after.length} samples, the median kept, the spread over them), before any call, after ${number(heap.calls)} calls of ${heap.utterances} utterances each (started, connected, utterances, ended, wrap-up ended; played in ${(heap.playMs / 1000).toFixed(1)} s) and after ${number(2 * heap.calls)}. The state keeps 20 finished calls, so the second ${number(heap.calls)} calls should add nothing: what they add is the slope a leak would show, while the first calls' one-off growth (compiled code, engine tables) is in the absolute figure.`,
        '- **JS size.** Every emitted `.js` of the bundle (`npm run build`, tests excluded), minified by esbuild, the minified files gzipped together (level 9). The panels keep their 15 KB target; the bus bundle has none (dropped: it loads once per page for all panels and is cached, so its size is not something a user waits for; its cost per event is measured above).'
    ];
}

const percentiles = (r) => `${fixed(r.p50, 1)} / ${fixed(r.p95, 1)} / ${fixed(r.p99, 1)}`;

/** One line each: the rounds behind the medians, and where the heap growth went. */
function detailLines({ transcript, console: consoleRun, flags, heap }) {
    const byKind = (growthMB) =>
        Object.entries(growthMB)
            .sort((a, b) => b[1] - a[1])
            .map(([kind, mb]) => `${kind} ${mb >= 0 ? '+' : ''}${fixed(mb)}`)
            .join(', ');
    const growth = byKind(heap.growthByKindMB);
    return [
        `- Transcript latency per round (p50 / p95 / p99 ms): panel ${transcript.panel.rounds.map(percentiles).join('; ')}; plain list ${transcript.plain.rounds.map(percentiles).join('; ')}.`,
        `- Transcript latency per round in the full local console (p50 / p95 / p99 ms): ${consoleRun.rounds.map(percentiles).join('; ')}.`,
        `- Flag board tick medians per round (ms): ${flags.rounds.map((value) => fixed(value)).join(', ')}.`,
        `- Heap (used JS heap after GC): ${fixed(heap.beforeMB)} MB before any call, ${fixed(heap.afterKeptMB)} MB after the first ${heap.keptCalls} calls (all still kept by the state), ${fixed(heap.afterMB)} MB after ${heap.calls.toLocaleString('en-US')}, ${fixed(heap.afterDoubleMB)} MB after ${(2 * heap.calls).toLocaleString('en-US')}. Growth by kind, from heap snapshots before and after the first ${heap.calls.toLocaleString('en-US')} (MB): ${growth}; over the second ${heap.calls.toLocaleString('en-US')}: ${byKind(heap.slopeByKindMB)}.`
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
    const { transcript, console: consoleRun, flags, heap } = browser;
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

All times come from \`performance.now()\` (in Chromium its resolution is 0.1 ms, so short operations are timed in batches); each figure is the median over repetitions, its spread the minimum and maximum over them, and each baseline is measured in the same rounds as its figure.

${howLines({ node, transcript, console: consoleRun, flags, heap }).join('\n')}

## Details of this run

${stagesTable('Node', node)}

${stagesTable('Chromium', browser.bus)}

${detailLines({ transcript, console: consoleRun, flags, heap }).join('\n')}

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
