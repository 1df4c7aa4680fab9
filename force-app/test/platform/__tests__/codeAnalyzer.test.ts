/**
 * What Salesforce Code Analyzer (AppExchange security review's scanner, `npm run code-analyzer`)
 * reads is the JavaScript that deploys, and its PMD engine parses it with Rhino:
 * - `catch {` (no binding) crashes PMD's tree builder, and PMD then skips the whole file
 *   (bus.js, persistence.js and eleven others did). No emitted file may have one.
 * - Rhino cannot read ES modules at all (import/export, classes): PMD's one JavaScript rule in
 *   the AppExchange, Recommended and Security selections, AvoidLwcBubblesComposedTrue, never
 *   sees inside a component, in this kit or any other. This test applies that rule here instead.
 * And code-analyzer.yml must scan exactly what deploys: its ignores mirror .forceignore, and each
 * suppression names a file that exists, one rule, an exact count and a reason.

 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import ts from 'typescript';
import { load } from 'js-yaml';
import { LWC_DIR, PROJECT_ROOT, bundleFiles, bundleNames } from '../bundles';

const deployedScripts = bundleNames().flatMap((bundle) =>
    bundleFiles(bundle)
        .filter((file) => file.endsWith('.js'))
        .map((file) => ({ name: `${bundle}/${file}`, path: join(LWC_DIR, bundle, file) }))
);

/** Nodes of the emitted JavaScript that match, as "bundle/file.js:line". */
function find(
    { name, path }: { name: string; path: string },
    matches: (node: ts.Node) => boolean
): string[] {
    const source = ts.createSourceFile(
        path,
        readFileSync(path, 'utf8'),
        ts.ScriptTarget.Latest,
        true,
        ts.ScriptKind.JS
    );
    const found: string[] = [];
    const visit = (node: ts.Node): void => {
        if (matches(node)) {
            const { line } = source.getLineAndCharacterOfPosition(node.getStart());
            found.push(`${name}:${line + 1}`);
        }
        ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
}

const isTrueProperty = (property: ts.ObjectLiteralElementLike, key: string): boolean =>
    ts.isPropertyAssignment(property) &&
    property.name.getText() === key &&
    property.initializer.kind === ts.SyntaxKind.TrueKeyword;

describe('the JavaScript that deploys, as Code Analyzer reads it', () => {
    it('finds the emitted scripts of every bundle', () => {
        expect(deployedScripts.map(({ name }) => name)).toEqual(
            expect.arrayContaining(['voiceEventBus/bus.js', 'voiceEventBus/persistence.js'])
        );
    });

    it('names every caught error (PMD skips a file with catch {)', () => {
        const bare = deployedScripts.flatMap((file) =>
            find(file, (node) => ts.isCatchClause(node) && !node.variableDeclaration)
        );
        expect(bare).toEqual([]);
    });

    it('dispatches no event that bubbles out of every shadow root (AvoidLwcBubblesComposedTrue)', () => {
        const leaking = deployedScripts.flatMap((file) =>
            find(
                file,
                (node) =>
                    ts.isObjectLiteralExpression(node) &&
                    node.properties.some((property) => isTrueProperty(property, 'bubbles')) &&
                    node.properties.some((property) => isTrueProperty(property, 'composed'))
            )
        );
        expect(leaking).toEqual([]);
    });
});

interface Suppression {
    rule_selector: string;
    max_suppressed_violations: number;
    reason?: string;
}

describe('code-analyzer.yml', () => {
    const config = load(readFileSync(join(PROJECT_ROOT, 'code-analyzer.yml'), 'utf8')) as {
        ignores: { files: string[] };
        suppressions: Record<string, Suppression[]>;
        engines: { eslint: { eslint_config_file: string } };
    };
    const ignores = config.ignores.files;

    it('ignores everything .forceignore keeps out of a deploy', () => {
        const forceignore = readFileSync(join(PROJECT_ROOT, '.forceignore'), 'utf8')
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line && !line.startsWith('#'));
        // A bare name in .forceignore (package.xml) matches at any depth, as **/ does here.
        const mirrored = forceignore.map((line) => (line.includes('/') ? line : `**/${line}`));
        expect(mirrored.filter((line) => !ignores.includes(line))).toEqual([]);
    });

    it('ignores nothing of what deploys', () => {
        expect(
            ignores.filter((pattern) => /^force-app\/main|\*\*\/\*\.(js|html|css)$/.test(pattern))
        ).toEqual([]);
    });

    it('suppresses per file, rule and exact count, each with a reason, in files that exist', () => {
        const entries = Object.entries(config.suppressions).flatMap(([file, list]) =>
            list.map((entry) => ({ file, ...entry }))
        );
        expect(entries.length).toBeGreaterThan(0);
        for (const entry of entries) {
            const source = join(PROJECT_ROOT, entry.file.replace(/\.js$/, '.ts'));
            expect([
                entry.file,
                existsSync(source) || existsSync(join(PROJECT_ROOT, entry.file))
            ]).toEqual([entry.file, true]);
            expect(entry.rule_selector).toMatch(/^eslint:[@\w/-]+$/);
            expect(Number.isInteger(entry.max_suppressed_violations)).toBe(true);
            expect(entry.max_suppressed_violations).toBeGreaterThan(0);
            expect(entry.reason?.length ?? 0).toBeGreaterThan(20);
        }
    });

    it("gives ESLint its own config, which lints the emitted JavaScript (the project's ignores it)", () => {
        expect(existsSync(join(PROJECT_ROOT, config.engines.eslint.eslint_config_file))).toBe(true);
    });
});
