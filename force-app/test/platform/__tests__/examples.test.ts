/**
 * The examples (examples/README.md) prove that a component can be built from the docs alone:
 * they may use only the public API (`c/voiceEventBus`, `c/voiceViewUtils`, the connector in
 * templates), the platform's modules and, in tests, the documented test kit. An import of a
 * bus-internal file, or of another panel's test helpers, fails here.
 */
import { readFileSync, readdirSync, statSync } from 'fs';
import { join, sep } from 'path';
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

/** Every module a file names: static imports and re-exports, import(), require(), jest.mock(). */
function importsOf(file: string): string[] {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ESNext);
    const found: string[] = [];
    const visit = (node: ts.Node): void => {
        if (
            (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
            node.moduleSpecifier &&
            ts.isStringLiteral(node.moduleSpecifier)
        ) {
            found.push(node.moduleSpecifier.text);
        } else if (ts.isCallExpression(node) && node.arguments[0]) {
            const callee = node.expression.getText(source);
            const first = node.arguments[0];
            if (
                ['require', 'jest.mock', 'jest.doMock', 'jest.requireActual'].includes(callee) ||
                node.expression.kind === ts.SyntaxKind.ImportKeyword
            ) {
                found.push(ts.isStringLiteralLike(first) ? first.text : '<computed>');
            }
        }
        ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
}

/** A relative import that stays inside the bundle folder (its own modules). */
function staysInBundle(specifier: string, file: string, bundleDir: string): boolean {
    return specifier.startsWith('.') && join(file, '..', specifier).startsWith(bundleDir + sep);
}

/** Custom elements a template renders: the connector and lightning base components only. */
function foreignTags(template: string): string[] {
    return [...readFileSync(template, 'utf8').matchAll(/<([a-z][a-z0-9]*-[a-z0-9-]*)/g)]
        .map((match) => match[1])
        .filter((tag) => tag !== 'c-voice-toolkit-connector' && !tag.startsWith('lightning-'));
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

    it('renders only the connector and lightning base components', () => {
        const templates = readdirSync(bundleDir).filter((name) => name.endsWith('.html'));
        expect(templates.flatMap((name) => foreignTags(join(bundleDir, name)))).toEqual([]);
    });
});

describe('the check itself', () => {
    it('catches a bus-internal file and another panel’s helpers', () => {
        const dir = join(EXAMPLES_LWC_DIR, 'wrapUpHelper');
        const file = join(dir, '__tests__', 'x.test.ts');
        expect(staysInBundle('../wrapUpHelper', file, dir)).toBe(true);
        expect(staysInBundle('../../wrapUpHelperX/x', file, dir)).toBe(false);
        expect(staysInBundle('../../../../../../../force-app/test/utils', file, dir)).toBe(false);
        expect(PUBLIC_MODULES.has('c/voiceEventBus/reduce')).toBe(false);
    });
});
