/**
 * The gate is deterministic and its failures can be replayed: every property runs through
 * assertProperty on committed seeds, and a failure's report always carries the seed, the path
 * and a readable counterexample, even when the counterexample is hostile.
 */
import { readFileSync, readdirSync } from 'fs';
import { join, relative } from 'path';
import fc from 'fast-check';
import {
    BASE_SEED,
    GATE_SEED,
    assertProperty,
    describeValue,
    propertySeed
} from '../../properties';

const ROOT = join(__dirname, '..', '..', '..', '..');

function testSources(folder: string): string[] {
    return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) {
            return entry.name === 'node_modules' ? [] : testSources(path);
        }
        return /\.(ts|js|mjs)$/.test(entry.name) ? [path] : [];
    });
}

// The failures below are on purpose: keep them out of the explorer's log of real ones.
beforeAll(() => {
    delete process.env.VCK_PROPERTY_LOG;
});

/** What a failing property throws, as Jest would print it. */
function failureOf(run: () => void): string {
    try {
        run();
    } catch (error) {
        return error instanceof Error ? error.message : String(error);
    }
    throw new Error('the property did not fail');
}

it('runs on the committed gate seed unless VCK_PROPERTY_SEED says otherwise', () => {
    expect(BASE_SEED).toBe(
        process.env.VCK_PROPERTY_SEED ? Number(process.env.VCK_PROPERTY_SEED) | 0 : GATE_SEED
    );
    expect(propertySeed('fuzz: generated toolkit events', 3)).toBe(
        propertySeed('fuzz: generated toolkit events', 3)
    );
    const seeds = new Set(
        Array.from({ length: 400 }, (_unused, batch) => propertySeed('fuzz', batch))
    );
    expect(seeds.size).toBe(400);
    expect(propertySeed('a')).not.toBe(propertySeed('b'));
});

it('checks exactly the same cases on every run of the same tree', () => {
    const seen: number[][] = [[], []];
    for (const run of seen) {
        assertProperty(
            'seeds: same cases',
            fc.property(fc.integer(), (value) => {
                run.push(value);
            }),
            { numRuns: 50, batch: 7 }
        );
    }
    expect(seen[0]).toHaveLength(50);
    expect(seen[1]).toEqual(seen[0]);
});

it('reports the seed, path, replay command and shrunk counterexample of a failure', () => {
    const message = failureOf(() =>
        assertProperty(
            'seeds: finds 17',
            fc.property(fc.integer({ min: 0, max: 1000 }), (value) => value < 17),
            { numRuns: 200 }
        )
    );
    expect(message).toContain('Property "seeds: finds 17" failed');
    expect(message).toContain(`seed ${propertySeed('seeds: finds 17')}`);
    expect(message).toMatch(/path "\d+(:\d+)*"/);
    expect(message).toContain('counterexample: [17]');
    expect(message).toContain(
        'npx sfdx-lwc-jest -- force-app/test/reliability/__tests__/seeds.test.ts'
    );
});

it('still reports the seed and a readable counterexample when it holds a hostile Proxy or 1 MB of text', () => {
    const hostile = new Proxy(
        {},
        {
            get() {
                throw new Error('hostile proxy');
            },
            ownKeys() {
                throw new Error('hostile proxy');
            },
            getPrototypeOf() {
                throw new Error('hostile proxy');
            }
        }
    );
    const throwingGetter = Object.defineProperty({}, 'callId', {
        enumerable: true,
        get() {
            throw new Error('hostile getter');
        }
    });
    const cyclic: Record<string, unknown> = { callId: 'c-1' };
    cyclic.self = cyclic;
    const value = { hostile, throwingGetter, cyclic, huge: 'x'.repeat(1_000_000), zero: -0 };
    const message = failureOf(() =>
        assertProperty(
            'seeds: hostile counterexample',
            fc.property(fc.constant(value), () => {
                throw new TypeError("Cannot read properties of undefined (reading 'map')");
            }),
            { numRuns: 5 }
        )
    );
    expect(message).toContain(`seed ${propertySeed('seeds: hostile counterexample')}`);
    expect(message).toContain("TypeError: Cannot read properties of undefined (reading 'map')");
    expect(message).toContain('<unreadable object: Error: hostile proxy>');
    expect(message).toContain('<getter: throws Error: hostile getter>');
    expect(message).toContain('"self": [Circular]');
    expect(message).toContain('(1,000,000 code units)');
    expect(message).toContain('"zero": -0');
    expect(message.length).toBeLessThan(5_000);
});

it('reports the seed when the generator itself throws, outside the predicate', () => {
    const broken = fc.integer().map((value) => {
        if (value > -Infinity) {
            throw new Error('generator broke');
        }
        return value;
    });
    const message = failureOf(() =>
        assertProperty(
            'seeds: broken generator',
            fc.property(broken, () => true),
            { numRuns: 5 }
        )
    );
    expect(message).toContain(`seed ${propertySeed('seeds: broken generator')}`);
    expect(message).toContain('generator broke');
});

it('describes the values a fuzz counterexample holds as code would write them', () => {
    expect(describeValue([undefined, NaN, -0, null, 'a"b'])).toBe(
        '[undefined, Number.NaN, -0, null, "a\\"b"]'
    );
    expect(describeValue(Object.freeze({ a: 1 }))).toBe('frozen {"a": 1}');
    expect(describeValue(new Map([['k', new Set([1])]]))).toBe('new Map([["k", new Set([1])]])');
    expect(describeValue(new Date(0))).toBe('new Date(0)');
    const long = describeValue(Array.from({ length: 10_000 }, (_unused, index) => index));
    expect(long).toMatch(/^\[0, 1, 2, .*, 59, … 9940 more\]$/);
    const wide = describeValue(
        Array.from({ length: 60 }, () => Array.from({ length: 60 }, () => 'x'.repeat(100)))
    );
    expect(wide.length).toBeLessThan(20_100);
    expect(wide).toMatch(/characters in all\)$/);
    expect(describeValue(Object.assign(Object.create(null) as object, { a: 1 }))).toBe(
        'Object.create(null) {"a": 1}'
    );
});

it('leaves no property test outside assertProperty, so none picks its own random seed', () => {
    const direct = ['force-app', 'simulator', 'scripts']
        .flatMap((folder) => testSources(join(ROOT, folder)))
        .filter((path) => !path.endsWith(join('test', 'properties.ts')))
        .filter((path) => {
            const source = readFileSync(path, 'utf8');
            // Calls through the fc namespace (spaces and line breaks allowed) or named imports.
            return (
                /\bfc\s*\.\s*(assert|check|sample)\s*\(/.test(source) ||
                /import\s*{[^}]*\b(assert|check)\b[^}]*}\s*from\s*'fast-check'/.test(source)
            );
        })
        .map((path) => relative(ROOT, path));
    expect(direct).toEqual([]);
});
