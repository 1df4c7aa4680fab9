/* global window -- callbacks of page.evaluate run in the browser */
// The figures measured in headless Chromium: the bus alone (bus.html), and the panels on the
// bench page (index.html). The browser, server and profile come from the browser tests' harness.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launchConsole } from '../../simulator/test/harness.mjs';
import { consoleFigures } from './console.mjs';
import { median, percentile } from './stats.mjs';

const MB = 1024 * 1024;
/** Finished calls the state keeps (DEFAULT_LIMITS.maxEndedCalls); older ones are pruned. */
const KEPT_CALLS = 20;

/** Opens a bench page in a fresh tab of the harness's browser; page errors fail the bench. */
async function openBenchPage(browser, path, ready) {
    const { page, errors } = await browser.open();
    await page.goto(`${browser.server.url}bench/${path}`);
    await page.waitForFunction(ready, undefined, { timeout: 60_000 });
    return { page, errors };
}

function failOnErrors(errors, what) {
    if (errors.length > 0) {
        throw new Error(`${what}: the page reported errors:\n${errors.join('\n')}`);
    }
}

async function busFigures(browser, options) {
    const { page, errors } = await openBenchPage(browser, 'bus.html', () => window.busBench);
    const figures = await page.evaluate((opts) => window.busBench.runBusFigures(opts), options);
    // The full version (the user agent string says only 156.0.0.0).
    const cdp = await page.context().newCDPSession(page);
    const { product } = await cdp.send('Browser.getVersion');
    await cdp.detach();
    failOnErrors(errors, 'bus bench');
    await page.close();
    return { figures, chromium: product.replace(/^(?:Headless)?Chrome\//, '') };
}

/**
 * The most rows the live transcript renders by design (MAX_RENDERED_ROWS = WINDOW_SIZE +
 * PAGE_SIZE), read from its source so the bench follows the panel.
 */
function maxRenderedRows() {
    const source = readFileSync(
        join(ROOT, 'force-app/main/default/lwc/liveTranscript/transcriptWindow.ts'),
        'utf8'
    );
    const constant = (name) => Number(new RegExp(`const ${name} = (\\d+);`).exec(source)?.[1]);
    const rows = constant('WINDOW_SIZE') + constant('PAGE_SIZE');
    if (!Number.isInteger(rows)) {
        throw new Error(
            'WINDOW_SIZE or PAGE_SIZE is no longer in liveTranscript/transcriptWindow.ts'
        );
    }
    return rows;
}

/** p50/p95/p99 of each round of samples, then the median of each over the rounds. */
function latencySummary(rounds) {
    const per = rounds.map((samples) => ({
        p50: percentile(samples, 50),
        p95: percentile(samples, 95),
        p99: percentile(samples, 99)
    }));
    return {
        p50: median(per.map((round) => round.p50)),
        p95: median(per.map((round) => round.p95)),
        p99: median(per.map((round) => round.p99)),
        samples: rounds.reduce((sum, samples) => sum + samples.length, 0),
        rounds: per
    };
}

/**
 * The live transcript on a bench page (`index.html`: namespace c in Lightning Web Security's
 * sandbox, as in an org; `index-nolws.html`: without it), beside a plain list as a baseline.
 */
async function transcriptFigures(browser, { history, checkpoints, samples, rounds }, file) {
    const { page, errors } = await openBenchPage(browser, file, () => window.vckBench);
    const rows = [];
    let loaded = 0;
    await page.evaluate(() => window.vckBench.startCall('transcript-call'));
    for (const checkpoint of checkpoints) {
        await page.evaluate(
            ([from, to]) => window.vckBench.emitUtterances('transcript-call', from, to),
            [loaded, checkpoint]
        );
        loaded = checkpoint;
        rows.push({
            history: checkpoint,
            rows: await page.evaluate(() => window.vckBench.renderedRows())
        });
    }
    if (loaded !== history) {
        throw new Error(`history ${loaded}, expected ${history}`);
    }
    const panel = [];
    const plain = [];
    for (let round = 0; round < rounds; round += 1) {
        panel.push(
            await page.evaluate(
                ([from, count]) =>
                    window.vckBench.transcriptLatencies('transcript-call', from, count),
                [history + round * samples, samples]
            )
        );
        plain.push(
            await page.evaluate(
                ([size, count]) => window.vckBench.plainListLatencies(size, count),
                [history, samples]
            )
        );
    }
    rows.push({
        history: history + rounds * samples,
        rows: await page.evaluate(() => window.vckBench.renderedRows())
    });
    failOnErrors(errors, 'transcript bench');
    await page.close();
    return {
        history,
        panel: latencySummary(panel),
        plain: latencySummary(plain),
        rows,
        maxRows: maxRenderedRows()
    };
}

async function flagFigures(browser, { count, ticks, rounds }) {
    const { page, errors } = await openBenchPage(browser, 'index.html', () => window.vckBench);
    const shown = await page.evaluate((flags) => window.vckBench.raiseFlags(flags), count);
    if (shown !== count) {
        throw new Error(`the flag board shows ${shown} flags, expected ${count}`);
    }
    const medians = [];
    for (let round = 0; round < rounds; round += 1) {
        medians.push(median(await page.evaluate((n) => window.vckBench.tickDurations(n), ticks)));
    }
    failOnErrors(errors, 'flag board bench');
    await page.close();
    return { flags: count, tickMs: median(medians), rounds: medians };
}

/** Used JS heap after two forced garbage collections (CDP), in bytes: the median and each sample. */
async function heapAfterGc(page, cdp, samples) {
    const used = [];
    for (let sample = 0; sample < samples; sample += 1) {
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        used.push((await cdp.send('Runtime.getHeapUsage')).usedSize);
        await page.evaluate(() => window.vckBench.nextTask());
    }
    return { median: median(used), samples: used };
}

const HEAP_KINDS = {
    code: 'compiled code',
    string: 'strings',
    'concatenated string': 'strings',
    'sliced string': 'strings',
    array: 'arrays',
    number: 'numbers',
    object: 'objects',
    closure: 'objects',
    regexp: 'objects'
};

/**
 * Bytes of the JS heap by kind (compiled code, strings, arrays, objects, numbers, other), from a
 * CDP heap snapshot; Blink's own (native) objects are left out, as in Runtime.getHeapUsage.
 */
async function heapByKind(cdp) {
    const chunks = [];
    const collect = ({ chunk }) => chunks.push(chunk);
    cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
    try {
        await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    } finally {
        cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
    }
    const { snapshot, nodes } = JSON.parse(chunks.join(''));
    const fields = snapshot.meta.node_fields;
    const typeNames = snapshot.meta.node_types[0];
    const typeAt = fields.indexOf('type');
    const sizeAt = fields.indexOf('self_size');
    const bytes = {};
    for (let index = 0; index < nodes.length; index += fields.length) {
        const type = typeNames[nodes[index + typeAt]];
        if (type === 'native' || type === 'synthetic') {
            continue;
        }
        const kind = HEAP_KINDS[type] ?? 'other';
        bytes[kind] = (bytes[kind] ?? 0) + nodes[index + sizeAt];
    }
    return bytes;
}

function heapGrowth(before, after) {
    const kinds = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return Object.fromEntries(
        kinds.map((kind) => [kind, ((after[kind] ?? 0) - (before[kind] ?? 0)) / MB])
    );
}

/**
 * The heap after GC before any call, after the calls the state keeps, after `calls` calls and
 * after twice as many: what the second `calls` add is the slope, which a leak makes grow and
 * the first calls' one-off costs (compiled code, engine tables) do not.
 */
async function heapFigures(browser, { calls, utterances, samples }) {
    const { page, errors } = await openBenchPage(browser, 'index.html', () => window.vckBench);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await page.evaluate(() => window.vckBench.nextTask());
    const before = await heapAfterGc(page, cdp, samples);
    const kindsBefore = await heapByKind(cdp);
    const started = Date.now();
    const play = (from, to) =>
        page.evaluate(([f, t, u]) => window.vckBench.playCalls(f, t, u), [from, to, utterances]);
    // First as many calls as the state keeps (all of them kept), then the rest, then as many again.
    const kept = Math.min(calls, KEPT_CALLS);
    await play(0, kept);
    const afterKept = await heapAfterGc(page, cdp, samples);
    await play(kept, calls);
    const playMs = Date.now() - started;
    const after = await heapAfterGc(page, cdp, samples);
    const kindsAfter = await heapByKind(cdp);
    const growth = heapGrowth(kindsBefore, kindsAfter);
    await play(calls, 2 * calls);
    const afterDouble = await heapAfterGc(page, cdp, samples);
    const slopeByKind = heapGrowth(kindsAfter, await heapByKind(cdp));
    failOnErrors(errors, 'heap bench');
    await cdp.detach();
    await page.close();
    return {
        calls,
        utterances,
        keptCalls: kept,
        beforeMB: before.median / MB,
        afterKeptMB: afterKept.median / MB,
        afterMB: after.median / MB,
        afterDoubleMB: afterDouble.median / MB,
        deltaMB: (after.median - before.median) / MB,
        samples: { before: before.samples, after: after.samples, afterDouble: afterDouble.samples },
        growthByKindMB: growth,
        slopeByKindMB: slopeByKind,
        playMs
    };
}

/** Runs every browser figure in one headless Chromium. */
export async function browserFigures(profile, log) {
    const browser = await launchConsole();
    try {
        log('chromium: bus');
        const bus = await busFigures(browser, profile.bus);
        log('chromium: transcript');
        const transcript = await transcriptFigures(browser, profile.transcript, 'index.html');
        log('chromium: transcript without Lightning Web Security');
        const transcriptNoLws = await transcriptFigures(
            browser,
            profile.transcript,
            'index-nolws.html'
        );
        log('chromium: flag board');
        const flags = await flagFigures(browser, profile.flags);
        log('chromium: local console');
        const console = await consoleFigures(browser, profile.console);
        log('chromium: heap');
        const heap = await heapFigures(browser, profile.heap);
        return {
            chromium: bus.chromium,
            bus: bus.figures,
            transcript,
            transcriptNoLws,
            console,
            flags,
            heap
        };
    } finally {
        await browser.close();
    }
}
