/**
 * Every property test runs through `assertProperty`, so the gate is deterministic and every
 * failure can be replayed.
 *
 * - `npm test` uses the committed GATE_SEED: each property derives its own seed from that base
 *   and its name, so the same tree always checks the same cases.
 * - `VCK_PROPERTY_SEED=<integer>` swaps the base seed; `npm run test:explore` sets a fresh one
 *   per run to look for new counterexamples outside the gate.
 * - A failure message starts with the property, its seed and path, the command that replays it,
 *   and the shrunk counterexample, printed so that a hostile value (a throwing Proxy, a 1 MB
 *   string) cannot break the report.
 * - `VCK_PROPERTY_LOG=<file>` appends one JSON line per property run (seed, runs, outcome), which
 *   is how the explorer counts cases and collects failures.
 */
import { appendFileSync } from 'fs';
import { relative } from 'path';
import fc from 'fast-check';

/** The gate's base seed. Changing it changes every case `npm test` checks: do it on purpose. */
export const GATE_SEED = 20_261_204;

function baseSeedFromEnvironment(): number {
    const raw = process.env.VCK_PROPERTY_SEED;
    if (raw === undefined || raw.trim() === '') {
        return GATE_SEED;
    }
    const value = Number(raw);
    if (!Number.isSafeInteger(value)) {
        throw new Error(`VCK_PROPERTY_SEED must be an integer, not ${JSON.stringify(raw)}`);
    }
    return value | 0;
}

/** The base seed of this run: GATE_SEED unless VCK_PROPERTY_SEED says otherwise. */
export const BASE_SEED = baseSeedFromEnvironment();

/** FNV-1a: a property's name always gives the same 32-bit number. */
function hashName(name: string): number {
    let hash = 0x811c9dc5;
    for (let index = 0; index < name.length; index += 1) {
        hash = Math.imul(hash ^ name.charCodeAt(index), 0x01000193);
    }
    return hash | 0;
}

/** The seed of one property (and one batch of it) under the run's base seed. */
export function propertySeed(name: string, batch = 0): number {
    return ((hashName(name) ^ BASE_SEED) + Math.imul(batch, 0x9e3779b9)) | 0;
}

const LONGEST_STRING_SHOWN = 160;
const DEEPEST_LEVEL_SHOWN = 8;
const MOST_ITEMS_SHOWN = 60;
/** A 10,000-event counterexample cannot shrink below its fixed length: keep the report readable. */
const LONGEST_REPORT_SHOWN = 20_000;

function describeString(text: string): string {
    if (text.length <= LONGEST_STRING_SHOWN) {
        return JSON.stringify(text);
    }
    const head = JSON.stringify(text.slice(0, 40));
    return `${head}… (${text.length.toLocaleString('en')} code units)`;
}

/**
 * A readable, never-throwing picture of a generated value: fast-check's own report reads every
 * property, so one hostile Proxy in a counterexample used to replace the whole report (seed
 * included) with the Proxy's error.
 */
export function describeValue(value: unknown): string {
    const text = describeAny(value, 0, new Set<object>());
    return text.length <= LONGEST_REPORT_SHOWN
        ? text
        : `${text.slice(0, LONGEST_REPORT_SHOWN)}… (${text.length.toLocaleString('en')} characters in all)`;
}

function shownItems(items: string[], total: number): string {
    return total > items.length
        ? `${items.join(', ')}, … ${total - items.length} more`
        : items.join(', ');
}

function describeAny(value: unknown, depth: number, seen: Set<object>): string {
    if (typeof value === 'string') {
        return describeString(value);
    }
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
        return fc.stringify(value);
    }
    if (seen.has(value)) {
        return '[Circular]';
    }
    if (depth >= DEEPEST_LEVEL_SHOWN) {
        return '…';
    }
    seen.add(value);
    try {
        if (typeof value === 'function') {
            return `[Function ${value.name || 'anonymous'}]`;
        }
        if (Array.isArray(value)) {
            const items = value
                .slice(0, MOST_ITEMS_SHOWN)
                .map((item) => describeAny(item, depth + 1, seen));
            return `[${shownItems(items, value.length)}]`;
        }
        if (value instanceof Date) {
            return `new Date(${fc.stringify(value.getTime())})`;
        }
        if (value instanceof Map) {
            const items = [...value.entries()].slice(0, MOST_ITEMS_SHOWN).map(([key, item]) => {
                return `[${describeAny(key, depth + 1, seen)}, ${describeAny(item, depth + 1, seen)}]`;
            });
            return `new Map([${shownItems(items, value.size)}])`;
        }
        if (value instanceof Set) {
            const items = [...value.values()]
                .slice(0, MOST_ITEMS_SHOWN)
                .map((item) => describeAny(item, depth + 1, seen));
            return `new Set([${shownItems(items, value.size)}])`;
        }
        const prototype = Object.getPrototypeOf(value) as unknown;
        const prefix =
            prototype === null ? 'Object.create(null) ' : Object.isFrozen(value) ? 'frozen ' : '';
        const keys = Reflect.ownKeys(value);
        const entries = keys.slice(0, MOST_ITEMS_SHOWN).map((key) => {
            const label = typeof key === 'symbol' ? `[${String(key)}]` : JSON.stringify(key);
            let shown: string;
            try {
                const descriptor = Object.getOwnPropertyDescriptor(value, key);
                shown =
                    descriptor && descriptor.get
                        ? `<getter: ${describeCall(() => descriptor.get?.call(value), depth, seen)}>`
                        : describeAny(descriptor?.value, depth + 1, seen);
            } catch (error) {
                shown = `<unreadable: ${errorText(error)}>`;
            }
            return `${label}: ${shown}`;
        });
        return `${prefix}{${shownItems(entries, keys.length)}}`;
    } catch (error) {
        return `<unreadable object: ${errorText(error)}>`;
    } finally {
        seen.delete(value);
    }
}

function describeCall(read: () => unknown, depth: number, seen: Set<object>): string {
    try {
        return describeAny(read(), depth + 1, seen);
    } catch (error) {
        return `throws ${errorText(error)}`;
    }
}

function errorText(error: unknown): string {
    try {
        return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    } catch {
        return 'an error that cannot be read';
    }
}

function errorStack(error: unknown): string {
    try {
        return error instanceof Error && error.stack ? error.stack : errorText(error);
    } catch {
        return 'an error that cannot be read';
    }
}

export interface PropertyOptions {
    /** How many generated cases this property checks. */
    numRuns: number;
    /** For a property run in several batches (the fuzz): which batch this is. */
    batch?: number;
}

interface PropertyRecord {
    property: string;
    /** The environment that replays it (see replayEnvironment). */
    replay: string;
    testFile: string;
    baseSeed: number;
    seed: number;
    numRuns: number;
    /** Cases actually run before the outcome (all of them when it passed). */
    casesRun: number;
    failed: boolean;
    path?: string;
    counterexample?: string;
    error?: string;
}

function testFile(): string {
    const path = expect.getState().testPath;
    return path ? relative(process.cwd(), path) : 'unknown test file';
}

function record(entry: PropertyRecord): void {
    const log = process.env.VCK_PROPERTY_LOG;
    if (!log) {
        return;
    }
    try {
        appendFileSync(log, `${JSON.stringify(entry)}\n`);
    } catch (error) {
        // The log is the explorer's; losing a line must never replace the failure report.
        console.warn(`VCK_PROPERTY_LOG ${log}: ${errorText(error)}`);
    }
}

/**
 * The settings that decide which cases a run checks: the base seed and, since the fuzz runs
 * batches until it has checked VCK_PROPERTY_RUNS events, that number too.
 */
export function replayEnvironment(): string {
    const settings = [
        BASE_SEED === GATE_SEED ? '' : `VCK_PROPERTY_SEED=${BASE_SEED}`,
        process.env.VCK_PROPERTY_RUNS ? `VCK_PROPERTY_RUNS=${process.env.VCK_PROPERTY_RUNS}` : ''
    ].filter(Boolean);
    return settings.length ? `${settings.join(' ')} ` : '';
}

function failureMessage(entry: PropertyRecord): string {
    const replay = `${replayEnvironment()}npx sfdx-lwc-jest -- ${entry.testFile}`;
    return [
        `Property "${entry.property}" failed`,
        `  seed ${entry.seed} (base seed ${entry.baseSeed}), path "${entry.path ?? 'none'}", after ${entry.casesRun} case(s)`,
        `  replay: ${replay}`,
        `  counterexample: ${entry.counterexample ?? 'none: the error came from outside the predicate'}`,
        `  error: ${entry.error ?? 'none'}`
    ].join('\n');
}

/**
 * Checks `property` on `numRuns` cases from the property's own seed; throws with a replayable
 * report on the first (shrunk) counterexample.
 */
export function assertProperty<Ts extends [unknown, ...unknown[]]>(
    name: string,
    property: fc.IProperty<Ts>,
    { numRuns, batch = 0 }: PropertyOptions
): void {
    const seed = propertySeed(name, batch);
    const entry: PropertyRecord = {
        property: batch === 0 ? name : `${name} #${batch}`,
        replay: replayEnvironment(),
        testFile: testFile(),
        baseSeed: BASE_SEED,
        seed,
        numRuns,
        casesRun: numRuns,
        failed: false
    };
    let details: fc.RunDetails<Ts>;
    try {
        details = fc.check(property, { numRuns, seed });
    } catch (error) {
        // A generator or a shrink threw: fast-check has no counterexample to show.
        Object.assign(entry, { failed: true, casesRun: 0, error: errorStack(error) });
        record(entry);
        throw new Error(failureMessage(entry));
    }
    if (details.failed) {
        Object.assign(entry, {
            failed: true,
            casesRun: details.numRuns,
            path: details.counterexamplePath ?? undefined,
            counterexample:
                details.counterexample === null ? undefined : describeValue(details.counterexample),
            error: errorStack(details.errorInstance)
        });
        record(entry);
        throw new Error(failureMessage(entry));
    }
    record(entry);
}
