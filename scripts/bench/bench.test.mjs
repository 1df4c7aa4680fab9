// npm run test:bench: the bench on a tiny size, only to check that it runs and produces every
// figure. Timing targets are never asserted here: benchmarks report, tests check behaviour.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benchScenario } from './console.mjs';
import { runBench } from './run.mjs';

const EXPECTED_ROWS = [
    'bus-vs-relay',
    'bus-vs-relay-4',
    'page-vs-peer-short',
    'page-vs-peer-long',
    'flat-history',
    'flat-call',
    'bus-throughput',
    'transcript-latency',
    'console-latency',
    'transcript-rows',
    'flag-tick',
    'heap-slope',
    'heap',
    'size-voiceEventBus',
    'size-callStatusPanel',
    'size-liveTranscript',
    'size-notesFeed',
    'size-supervisorFlagBoard'
];

test('the bench produces every figure on a tiny size', { timeout: 300_000 }, async () => {
    const { rows, machine } = await runBench(['--tiny']);
    const ids = rows.map((row) => row.id);
    for (const id of EXPECTED_ROWS) {
        assert.ok(ids.includes(id), `row ${id} is missing`);
    }
    for (const row of rows) {
        assert.match(row.value, /\d/, `${row.id} has no measured value`);
        for (const cell of [row.value, row.spread, row.baseline]) {
            assert.doesNotMatch(cell, /NaN|Infinity|undefined/, `${row.id}: ${cell}`);
        }
        assert.ok(row.spread, `${row.id} has no spread column`);
        assert.ok(row.met === null || typeof row.met === 'boolean', `${row.id}: met`);
    }
    assert.ok(machine.chromium, 'the Chromium version is reported');
    assert.ok(machine.cores > 0, 'the core count is reported');
});

test('the console bench scenario holds exactly the history asked for', () => {
    const [, , history] = benchScenario(7).steps;
    assert.equal(history.repeat.count, 7);
    assert.throws(() => benchScenario(0), /positive integer/);
});
