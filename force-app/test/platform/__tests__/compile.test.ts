/**
 * The platform deploys only the JavaScript that `npm run build` emits beside each .ts, and
 * compiles it with the LWC compiler on deploy. These checks run that compiler here first, on
 * every bundle, so a TypeScript setting or helper that the platform rejects (LWC1104 for
 * decorator helpers, LWC1007 for leftover type syntax) fails in Jest, not in the org.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { deserialize, serialize } from 'v8';
import { transformSync } from '@lwc/compiler';
import ts from 'typescript';
import { LWC_DIR, bundleFiles, checkedBundles, platformSources, staleEmits } from '../bundles';

// The template compiler calls structuredClone, which Node has but Jest's jsdom environment
// does not expose; V8's serializer is the same structured clone algorithm.
if (typeof globalThis.structuredClone !== 'function') {
    globalThis.structuredClone = <T>(value: T): T => deserialize(serialize(value)) as T;
}

/** DiagnosticLevel.Fatal (0) and DiagnosticLevel.Error (1) from @lwc/errors. */
const ERROR_LEVEL = 1;

/** What TypeScript leaves behind when the tsconfig is wrong for the platform. */
const TS_ARTEFACTS: Array<[string, RegExp]> = [
    ['__decorate (experimentalDecorators)', /\b__decorate\b/],
    ['__esDecorate (target below ESNext)', /\b__esDecorate\b/],
    ['__runInitializers (target below ESNext)', /\b__runInitializers\b/],
    ['import type', /^\s*import\s+type\b/m],
    ['inline type import', /\bimport\s*\{[^}]*\btype\s+[A-Za-z_$]/],
    ['export type', /^\s*export\s+type\s*\{/m]
];

function read(bundle: string, file: string, dir: string = LWC_DIR): string {
    return readFileSync(join(dir, bundle, file), 'utf8');
}

/** Compiles one file as the platform would; returns its errors as readable lines. */
function compileErrors(bundle: string, file: string, dir: string = LWC_DIR): string[] {
    try {
        const { warnings = [] } = transformSync(read(bundle, file, dir), file, {
            namespace: 'c',
            name: bundle
        });
        return warnings
            .filter((diagnostic) => diagnostic.level <= ERROR_LEVEL)
            .map((diagnostic) => `${bundle}/${file}: ${diagnostic.message}`);
    } catch (error) {
        return [`${bundle}/${file}: ${error instanceof Error ? error.message : String(error)}`];
    }
}

const checked = checkedBundles();

it('finds the bundles to check, the examples among them', () => {
    expect(checked.map(({ bundle }) => bundle)).toEqual(
        expect.arrayContaining(['voiceEventBus', 'voiceToolkitConnector', 'wrapUpHelper'])
    );
});

describe.each(checked.map(({ bundle, dir }) => [bundle, dir]))('%s', (bundle, dir) => {
    it('has its main module and metadata', () => {
        const files = bundleFiles(bundle, dir);
        expect(files).toEqual(expect.arrayContaining([`${bundle}.js`, `${bundle}.js-meta.xml`]));
    });

    it('has emitted JavaScript newer than every TypeScript source', () => {
        expect(staleEmits(bundle, dir)).toEqual([]);
    });

    it('emitted JavaScript carries no TypeScript artefacts', () => {
        const found = platformSources(bundle, dir)
            .filter((file) => file.endsWith('.js'))
            .flatMap((file) => {
                const source = read(bundle, file, dir);
                return TS_ARTEFACTS.filter(([, pattern]) => pattern.test(source)).map(
                    ([artefact]) => `${bundle}/${file}: ${artefact}`
                );
            });
        expect(found).toEqual([]);
    });

    it('every .js, .html and .css compiles with @lwc/compiler', () => {
        const sources = platformSources(bundle, dir);
        expect(sources.length).toBeGreaterThan(0);
        expect(sources.flatMap((file) => compileErrors(bundle, file, dir))).toEqual([]);
    });
});

describe('the checks themselves', () => {
    const connector = readFileSync(
        join(LWC_DIR, 'voiceToolkitConnector', 'voiceToolkitConnector.ts'),
        'utf8'
    );
    const emitWith = (options: ts.CompilerOptions): string =>
        ts.transpileModule(connector, {
            compilerOptions: { module: ts.ModuleKind.ESNext, ...options }
        }).outputText;

    it('catch the helpers a wrong TypeScript target or decorator mode emits', () => {
        const artefactsOf = (source: string) =>
            TS_ARTEFACTS.filter(([, pattern]) => pattern.test(source)).map(([name]) => name);
        expect(artefactsOf(emitWith({ target: ts.ScriptTarget.ES2022 }))).toEqual([
            '__esDecorate (target below ESNext)',
            '__runInitializers (target below ESNext)'
        ]);
        expect(
            artefactsOf(emitWith({ target: ts.ScriptTarget.ESNext, experimentalDecorators: true }))
        ).toEqual(['__decorate (experimentalDecorators)']);
        expect(artefactsOf(emitWith({ target: ts.ScriptTarget.ESNext }))).toEqual([]);
    });

    it('agree with the LWC compiler about those helpers', () => {
        const compile = (source: string) =>
            transformSync(source, 'voiceToolkitConnector.js', {
                namespace: 'c',
                name: 'voiceToolkitConnector'
            });
        expect(() => compile(emitWith({ target: ts.ScriptTarget.ES2022 }))).toThrow(/LWC1104/);
        expect(() => compile(emitWith({ target: ts.ScriptTarget.ESNext }))).not.toThrow();
    });

    it('report leftover type syntax as a compile error', () => {
        expect(() =>
            transformSync(
                "import { type Foo } from 'c/bar';\nexport const x: Foo = 1;",
                'broken.js',
                { namespace: 'c', name: 'broken' }
            )
        ).toThrow();
    });
});
