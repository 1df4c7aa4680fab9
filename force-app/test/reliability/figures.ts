/**
 * Scale and figures of the reliability suite.
 *
 * VCK_PROPERTY_RUNS sets how many generated toolkit events the fuzz property checks (default
 * 100,000, the figure issue 5 asks of a full run); the other properties scale their runs with
 * it, never below a floor. Lower it while iterating, e.g. `VCK_PROPERTY_RUNS=5000`.
 *
 * VCK_RELIABILITY_REPORT names a folder: each test then writes what it measured there as
 * `<name>.json` (docs/RELIABILITY.md quotes these figures).
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';

export const FULL_PAIRS = 100_000;

function envNumber(name: string): number | null {
    const raw = process.env[name];
    const value = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
    return Number.isFinite(value) && value > 0 ? Math.floor(value) : null;
}

/** Generated (type, detail) pairs the fuzz property checks this run. */
export const TARGET_PAIRS = envNumber('VCK_PROPERTY_RUNS') ?? FULL_PAIRS;

/** `full` runs at the full scale, proportionally fewer when VCK_PROPERTY_RUNS is lower. */
export function scaledRuns(full: number, floor: number): number {
    return Math.max(floor, Math.round((full * Math.min(TARGET_PAIRS, FULL_PAIRS)) / FULL_PAIRS));
}

/** Writes one test's figures when VCK_RELIABILITY_REPORT is set; otherwise does nothing. */
export function reportFigures(name: string, figures: Record<string, unknown>): void {
    const folder = process.env.VCK_RELIABILITY_REPORT;
    if (!folder) {
        return;
    }
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${name}.json`), `${JSON.stringify(figures, null, 4)}\n`);
}
