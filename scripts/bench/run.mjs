// npm run bench: measures the bus, the panels and the bundles in one run, each figure against
// its baseline from the same run, prints the table and writes docs/BENCHMARKS.md.
//
//   node scripts/bench/run.mjs                 full run, writes docs/BENCHMARKS.md
//   node scripts/bench/run.mjs --tiny          a few seconds of each figure (npm run test:bench)
//   node scripts/bench/run.mjs --json FILE     also writes the rows and raw figures as JSON
//   node scripts/bench/run.mjs --no-doc        does not write docs/BENCHMARKS.md
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, buildSimulator } from '../build-simulator.mjs';
import { browserFigures } from './browser.mjs';
import { buildBenchPages } from './buildPages.mjs';
import { bundleBusBench } from './bus/bundle.mjs';
import { writeBenchmarks } from './document.mjs';
import { describeMachine } from './machine.mjs';
import { missedLines } from './missed.mjs';
import { PROFILES } from './profiles.mjs';
import { buildRows, textTable } from './report.mjs';
import { bundleSizes } from './sizes.mjs';

function parseArgs(argv) {
    const options = { size: 'full', json: null, doc: true };
    for (let index = 0; index < argv.length; index += 1) {
        const arg = argv[index];
        if (arg === '--tiny') {
            options.size = 'tiny';
        } else if (arg === '--json') {
            options.json = argv[++index];
        } else if (arg === '--no-doc') {
            options.doc = false;
        } else {
            throw new Error(`Unknown option ${arg} (see the top of scripts/bench/run.mjs)`);
        }
    }
    // A tiny run's figures mean nothing: never let them replace the document.
    options.doc &&= options.size === 'full';
    return options;
}

const log = (message) => process.stderr.write(`bench: ${message}\n`);

/** Emits the platform JavaScript (npm run build), which the sizes are measured on. */
function buildPlatformJs() {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit']
    });
    if (result.status !== 0) {
        throw new Error('npm run build failed');
    }
}

export async function runBench(argv = process.argv.slice(2)) {
    const options = parseArgs(argv);
    const profile = PROFILES[options.size];
    const started = Date.now();
    const machineAtStart = describeMachine();

    log('building (platform JavaScript, local console, bench pages)');
    buildPlatformJs();
    // The local console as `npm start` builds it: one figure is measured on it, and the bench
    // pages are served beside it.
    await buildSimulator();
    await buildBenchPages();

    log('node: bus');
    const { runBusFigures } = await import(
        pathToFileURL(await bundleBusBench(join(ROOT, 'dist/bench/busBench.mjs'))).href
    );
    const node = await runBusFigures(profile.bus);

    const browser = await browserFigures(profile, log);

    log('sizes');
    const sizes = await bundleSizes(join(ROOT, 'force-app/main/default/lwc'));

    const machine = { ...machineAtStart, chromium: browser.chromium };
    const rows = buildRows({ node, browser, sizes });
    const durationS = (Date.now() - started) / 1000;
    process.stdout.write(
        `\nVoice Console Kit bench (${options.size}) on ${machine.cpu}, ${machine.cores} cores, ` +
            `Node ${machine.node}, Chromium ${machine.chromium}; load ${machine.loadAverage.join(' ')}\n\n`
    );
    process.stdout.write(textTable(rows));
    const missed = missedLines(rows);
    if (missed.length > 0) {
        process.stdout.write(
            `\nTargets not met (details in docs/BENCHMARKS.md):\n${missed.join('\n')}\n`
        );
    }
    process.stdout.write(`\n${rows.length} figures in ${durationS.toFixed(0)} s\n`);

    const result = { size: options.size, machine, rows, node, browser, sizes, durationS };
    if (options.json) {
        writeFileSync(options.json, `${JSON.stringify(result, null, 2)}\n`);
    }
    if (options.doc) {
        const file = join(ROOT, 'docs/BENCHMARKS.md');
        await writeBenchmarks(file, {
            ...result,
            command: 'npm run bench',
            date: new Date().toISOString().slice(0, 10)
        });
        log(`wrote ${file}`);
    }
    return result;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    runBench().then(
        () => process.exit(0),
        (error) => {
            console.error(error?.stack ?? error);
            process.exit(1);
        }
    );
}
