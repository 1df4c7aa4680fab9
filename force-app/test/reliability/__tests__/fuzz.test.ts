/**
 * Issue 5's fuzz property: at least 100,000 generated toolkit events per full run (see
 * ../figures.ts to scale it down), in sequences of up to 60 on a few shared calls, with the
 * default bounds or tiny random ones, each checked as ../fuzzSequence.ts describes. The cases
 * come from committed seeds (../../properties.ts), so the gate checks the same cases every run;
 * `npm run test:explore` runs it on fresh seeds.
 */
import fc from 'fast-check';
import { TARGET_PAIRS, reportFigures } from '../figures';
import { fuzzSequence, runSequence, tally } from '../fuzzSequence';
import { assertProperty } from '../../properties';

const RUNS_PER_BATCH = 250;

it(`normalizes and reduces ${TARGET_PAIRS.toLocaleString('en')} generated toolkit events without a throw or a broken invariant`, () => {
    const started = Date.now();
    let batches = 0;
    while (tally.pairs < TARGET_PAIRS) {
        assertProperty(
            'fuzz: generated toolkit events',
            fc.property(fuzzSequence, ([pairs, limits]) => runSequence(pairs, limits)),
            { numRuns: RUNS_PER_BATCH, batch: batches }
        );
        batches += 1;
    }
    const durationMs = Date.now() - started;
    expect(tally.pairs).toBeGreaterThanOrEqual(TARGET_PAIRS);
    // Enough of each kind to mean something: documented shapes, mutations and rejections.
    expect(tally.pristine).toBeGreaterThan(tally.pairs / 5);
    expect(tally.rejected).toBeGreaterThan(tally.pairs / 10);
    expect(Object.keys(tally.acceptedTypes)).toHaveLength(19);
    reportFigures('fuzz', { ...tally, batches, runsPerBatch: RUNS_PER_BATCH, durationMs });
});
