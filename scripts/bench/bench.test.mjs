// npm run test:bench: the bench on a tiny size, only to check that it runs and produces every
// figure. Timing targets are never asserted here: benchmarks report, tests check behaviour.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runBench } from './run.mjs';

const EXPECTED_ROWS = [
    'bus-cost-node',
    'bus-cost-chromium',
    'bus-throughput',
    'transcript-latency',
    'transcript-rows',
    'flag-tick',
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
        assert.doesNotMatch(row.value, /NaN|Infinity|undefined/, `${row.id}: ${row.value}`);
        assert.ok(row.met === null || typeof row.met === 'boolean', `${row.id}: met`);
    }
    assert.ok(machine.chromium, 'the Chromium version is reported');
    assert.ok(machine.cores > 0, 'the core count is reported');
});
