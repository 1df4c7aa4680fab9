// npm run test:explore: runs the property tests on fresh random seeds, outside the gate, for as
// long as asked, and prints every failing seed with its shrunk counterexample.
//
//   npm run test:explore -- --minutes 60 --workers 2
//   npm run test:explore -- --minutes 5 force-app/test/reliability/__tests__/fuzz.test.ts
//
// Options: --minutes N (default 10), --workers N (default: one per core), --pairs N (generated
// toolkit events per fuzz run, default 400,000), then test files (default: every test that
// calls assertProperty). Each run is one Jest process with its own base seed
// (VCK_PROPERTY_SEED); the properties report to a log (VCK_PROPERTY_LOG), which is how cases
// and failures are counted. Results go to .tmp/explore/: failures.jsonl (appended, so earlier
// explorations' failures stay) and summary.json (this exploration).
// Exits 1 when anything failed. To turn a failure into a committed regression case, see the
// README, "Exploring the properties".
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const outDir = join(root, '.tmp', 'explore');

function parseArguments(argv) {
    const options = { minutes: 10, workers: availableParallelism(), pairs: 400_000, files: [] };
    for (let index = 0; index < argv.length; index += 1) {
        const argument = argv[index];
        const number = () => {
            const value = Number(argv[++index]);
            if (!Number.isFinite(value) || value <= 0) {
                throw new Error(`${argument} needs a positive number`);
            }
            return value;
        };
        if (argument === '--minutes') {
            options.minutes = number();
        } else if (argument === '--workers') {
            options.workers = Math.floor(number());
        } else if (argument === '--pairs') {
            options.pairs = Math.floor(number());
        } else if (argument.startsWith('--')) {
            throw new Error(`Unknown option ${argument}`);
        } else {
            options.files.push(argument);
        }
    }
    return options;
}

/** Every test file that runs a property through assertProperty. */
function propertyTestFiles() {
    const found = [];
    const walk = (folder) => {
        for (const entry of readdirSync(folder, { withFileTypes: true })) {
            const path = join(folder, entry.name);
            if (entry.isDirectory() && entry.name !== 'node_modules') {
                walk(path);
            } else if (
                entry.name.endsWith('.test.ts') &&
                readFileSync(path, 'utf8').includes('assertProperty(')
            ) {
                found.push(relative(root, path));
            }
        }
    };
    walk(join(root, 'force-app'));
    return found.sort();
}

function runJest(files, baseSeed, pairs, log) {
    return new Promise((resolve) => {
        const child = spawn(
            process.execPath,
            [require.resolve('jest/bin/jest'), '--ci', '--runInBand', '--silent', ...files],
            {
                cwd: root,
                env: {
                    ...process.env,
                    VCK_PROPERTY_SEED: String(baseSeed),
                    VCK_PROPERTY_LOG: log,
                    VCK_PROPERTY_RUNS: String(pairs)
                },
                stdio: ['ignore', 'pipe', 'pipe']
            }
        );
        let output = '';
        const keep = (chunk) => {
            // Enough to show a failure outside any property; a run's report is not needed whole.
            output = (output + chunk.toString()).slice(-20_000);
        };
        child.stdout.on('data', keep);
        child.stderr.on('data', keep);
        child.on('close', (code, signal) => resolve({ code, signal, output }));
    });
}

function readLog(log) {
    if (!existsSync(log)) {
        return [];
    }
    return readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line));
}

function firstLine(text) {
    return String(text ?? '').split('\n')[0];
}

function printFailure(failure, repeated) {
    const lines = [
        `\n✗ ${failure.property} (${failure.testFile})`,
        `  base seed ${failure.baseSeed}, property seed ${failure.seed}, path "${failure.path ?? 'none'}"`,
        `  replay: ${failure.replay ?? ''}npx sfdx-lwc-jest -- ${failure.testFile}`,
        `  counterexample: ${failure.counterexample ?? 'none (the error came from outside the predicate)'}`,
        `  error: ${String(failure.error ?? '')
            .split('\n')
            .slice(0, 6)
            .join('\n         ')}`
    ];
    if (repeated > 1) {
        lines.push(`  (the same failure was found ${repeated} times so far)`);
    }
    console.log(lines.join('\n'));
}

async function main() {
    const options = parseArguments(process.argv.slice(2));
    const files = options.files.length ? options.files : propertyTestFiles();
    mkdirSync(outDir, { recursive: true });
    // Earlier explorations' failures are kept: each line says when it was found.
    const failuresFile = join(outDir, 'failures.jsonl');

    const started = Date.now();
    const deadline = started + options.minutes * 60_000;
    const totals = { jestRuns: 0, propertyRuns: 0, cases: 0, failedRuns: 0 };
    const distinct = new Map();
    let stopping = false;
    process.on('SIGINT', () => {
        stopping = true;
        console.log('\nStopping after the runs in progress…');
    });

    console.log(
        `Exploring ${files.length} property test file(s) for ${options.minutes} min on ${options.workers} worker(s), ${options.pairs.toLocaleString('en')} fuzz events per run:`
    );
    for (const file of files) {
        console.log(`  ${file}`);
    }

    async function worker(id) {
        while (!stopping && Date.now() < deadline) {
            const baseSeed = randomInt(-(2 ** 31), 2 ** 31);
            const log = join(outDir, `worker-${id}.log`);
            rmSync(log, { force: true });
            const { code, signal, output } = await runJest(files, baseSeed, options.pairs, log);
            if (signal || stopping) {
                // Interrupted (Ctrl-C reaches Jest too): an unfinished run is no finding.
                break;
            }
            const records = readLog(log);
            totals.jestRuns += 1;
            totals.propertyRuns += records.length;
            totals.cases += records.reduce((sum, entry) => sum + entry.casesRun, 0);
            const failures = records.filter((entry) => entry.failed);
            if (code !== 0 && failures.length === 0) {
                failures.push({
                    property: 'a test outside any property',
                    testFile: files.join(' '),
                    baseSeed,
                    seed: baseSeed,
                    replay: `VCK_PROPERTY_SEED=${baseSeed} VCK_PROPERTY_RUNS=${options.pairs} `,
                    error: output.slice(-4_000)
                });
            }
            if (failures.length) {
                totals.failedRuns += 1;
            }
            for (const failure of failures) {
                // One bug, many values: numbers in the message do not make a new failure.
                const key = `${failure.property.replace(/ #\d+$/, '')}\n${firstLine(failure.error).replace(/-?\d+(\.\d+)?/g, 'N')}`;
                const count = (distinct.get(key) ?? 0) + 1;
                distinct.set(key, count);
                const foundAt = new Date().toISOString();
                await appendFile(failuresFile, `${JSON.stringify({ foundAt, ...failure })}\n`);
                printFailure(failure, count);
            }
            const minutes = ((Date.now() - started) / 60_000).toFixed(1);
            console.log(
                `[${minutes} min] run ${totals.jestRuns} (base seed ${baseSeed}): ${records.length} properties, ${failures.length ? `${failures.length} FAILED` : 'all passed'}; ${totals.cases.toLocaleString('en')} cases so far`
            );
        }
    }

    await Promise.all(Array.from({ length: options.workers }, (_unused, index) => worker(index)));

    const summary = {
        startedAt: new Date(started).toISOString(),
        minutes: Number(((Date.now() - started) / 60_000).toFixed(1)),
        workers: options.workers,
        files,
        jestRuns: totals.jestRuns,
        baseSeeds: totals.jestRuns,
        propertyRuns: totals.propertyRuns,
        cases: totals.cases,
        failedRuns: totals.failedRuns,
        distinctFailures: [...distinct].map(([key, count]) => ({
            property: key.split('\n')[0],
            error: key.split('\n')[1],
            count
        }))
    };
    writeFileSync(join(outDir, 'summary.json'), `${JSON.stringify(summary, null, 4)}\n`);
    console.log(
        `\n${summary.minutes} min: ${summary.jestRuns} runs (one base seed each), ${summary.propertyRuns.toLocaleString('en')} property runs, ${summary.cases.toLocaleString('en')} cases; ${summary.distinctFailures.length} distinct failure(s) in ${summary.failedRuns} run(s).`
    );
    console.log(`Failures: ${relative(root, failuresFile)}; summary: .tmp/explore/summary.json`);
    process.exitCode = summary.distinctFailures.length ? 1 : 0;
}

main().catch((error) => {
    console.error(error.message ?? error);
    process.exit(2);
});
