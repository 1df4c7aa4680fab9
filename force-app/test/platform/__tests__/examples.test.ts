/**
 * The examples (examples/README.md) prove that a component can be built from the docs alone:
 * they may use only the public API (`c/voiceEventBus`, `c/voiceViewUtils`, the connector in
 * templates), the platform's modules and, in tests, the documented test kit. An import of a
 * bus-internal file, or of another panel's test helpers, fails here.
 */
import { readFileSync, readdirSync, statSync } from 'fs';
import { join } from 'path';
import ts from 'typescript';
import { EXAMPLES_LWC_DIR, bundleNames } from '../bundles';

const PUBLIC_MODULES = new Set(['lwc', 'c/voiceEventBus', 'c/voiceViewUtils']);
const PLATFORM = /^(lightning|@salesforce)\//;
const TEST_MODULES = new Set(['voiceTestKit', '@lwc/engine-dom']);

function tsFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory()
            ? tsFiles(path)
            : name.endsWith('.ts') && !name.endsWith('.d.ts')
              ? [path]
              : [];
    });
}

function importsOf(file: string): string[] {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ESNext);
    return source.statements
        .filter(
            (node): node is ts.ImportDeclaration | ts.ExportDeclaration =>
                (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
                node.moduleSpecifier !== undefined
        )
        .map((node) => (node.moduleSpecifier as ts.StringLiteral).text);
}

/** A relative import that stays inside the bundle folder (its own modules). */
function staysInBundle(specifier: string, file: string, bundleDir: string): boolean {
    return specifier.startsWith('.') && join(file, '..', specifier).startsWith(bundleDir);
}

const examples = bundleNames(EXAMPLES_LWC_DIR);

it('has at least the wrap-up helper example', () => {
    expect(examples).toContain('wrapUpHelper');
});

describe.each(examples.map((bundle) => [bundle]))('example %s', (bundle) => {
    const bundleDir = join(EXAMPLES_LWC_DIR, bundle);

    it('imports only the public API, platform modules, its own files and the test kit', () => {
        const offending = tsFiles(bundleDir).flatMap((file) => {
            const isTest = file.includes('__tests__');
            return importsOf(file)
                .filter(
                    (specifier) =>
                        !PUBLIC_MODULES.has(specifier) &&
                        !PLATFORM.test(specifier) &&
                        !staysInBundle(specifier, file, bundleDir) &&
                        !(isTest && TEST_MODULES.has(specifier))
                )
                .map((specifier) => `${file.slice(bundleDir.length + 1)}: ${specifier}`);
        });
        expect(offending).toEqual([]);
    });
});

describe('the check itself', () => {
    it('catches a bus-internal file and another panel’s helpers', () => {
        const dir = join(EXAMPLES_LWC_DIR, 'wrapUpHelper');
        const file = join(dir, '__tests__', 'x.test.ts');
        expect(staysInBundle('../wrapUpHelper', file, dir)).toBe(true);
        expect(staysInBundle('../../../../../../../force-app/test/utils', file, dir)).toBe(false);
        expect(PUBLIC_MODULES.has('c/voiceEventBus/reduce')).toBe(false);
    });
});
