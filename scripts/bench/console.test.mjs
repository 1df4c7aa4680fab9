// The console bench (scripts/bench/console.mjs) on a tiny size, only to check that it runs on the
// full console and produces every figure; timing targets are never asserted here. Needs
// `npm run build:simulator` first.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchConsole } from '../../simulator/test/harness.mjs';
import { TINY, benchScenario, consoleFigures } from './console.mjs';

let browser;

before(async () => {
    browser = await launchConsole();
});

after(async () => {
    await browser?.close();
});

test('the bench scenario holds exactly the history asked for', () => {
    const [, , history] = benchScenario(7).steps;
    assert.equal(history.repeat.count, 7);
    assert.throws(() => benchScenario(0), /positive integer/);
});

test('the console bench produces every figure on a tiny size', { timeout: 60_000 }, async () => {
    const figures = await consoleFigures(browser, TINY);
    assert.equal(figures.history, TINY.history);
    assert.equal(figures.samples, TINY.samples * TINY.rounds);
    assert.equal(figures.rounds.length, TINY.rounds);
    assert.equal(figures.perRoundP95.length, TINY.rounds);
    for (const value of [figures.p50, figures.p95, figures.p99, ...figures.perRoundP95]) {
        assert.ok(Number.isFinite(value) && value >= 0, `${value} is a time`);
    }
    assert.ok(figures.p50 <= figures.p95 && figures.p95 <= figures.p99);
});
