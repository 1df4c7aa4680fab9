/**
 * Salesforce lints LWC it hosts with @lwc/eslint-plugin-lwc-platform; its recommended rules
 * forbid Aura interop, restricted namespaces, process.env, dynamic imports without hints and
 * inline `eslint-disable` comments (which tsc copies into the emitted .js). This runs them on
 * exactly what a deploy sends: every bundle's emitted JavaScript.
 *
 * valid-offline-wire is left out: it needs the platform's list of offline-capable wire
 * adapters as options (6.3.0 throws without them) and concerns the mobile offline app, which a
 * Service Cloud Voice console never runs in.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { deserialize, serialize } from 'v8';
import { Linter } from 'eslint';
import * as babelParser from '@babel/eslint-parser';
import lwcPlugin from '@lwc/eslint-plugin-lwc';
import lwcPlatform from '@lwc/eslint-plugin-lwc-platform';
import { LWC_DIR, checkedBundles, platformSources } from '../bundles';

// ESLint clones rule options with structuredClone, which Jest's jsdom environment does not
// expose (see compile.test.ts); V8's serializer is the same algorithm.
if (typeof globalThis.structuredClone !== 'function') {
    globalThis.structuredClone = <T>(value: T): T => deserialize(serialize(value)) as T;
}

const OFF_RULES = ['@lwc/lwc-platform/valid-offline-wire'];

const config: Linter.Config[] = [
    {
        languageOptions: {
            parser: babelParser,
            sourceType: 'module',
            parserOptions: {
                requireConfigFile: false,
                babelOptions: {
                    babelrc: false,
                    configFile: false,
                    parserOpts: { plugins: [['decorators', { decoratorsBeforeExport: false }]] }
                }
            }
        },
        // Registered (not enabled) so directives naming @lwc/lwc rules resolve and are reported
        // by no-inline-disable rather than as unknown rules.
        plugins: { '@lwc/lwc': lwcPlugin },
        linterOptions: { reportUnusedDisableDirectives: 'off' }
    },
    ...lwcPlatform.configs.recommended,
    { rules: Object.fromEntries(OFF_RULES.map((rule) => [rule, 'off'])) }
];

function lint(source: string, file: string): string[] {
    return new Linter({ configType: 'flat' })
        .verify(source, config, { filename: join(LWC_DIR, file) })
        .map(
            (message) => `${file}:${message.line} ${message.ruleId ?? 'parse'}: ${message.message}`
        );
}

const checked = checkedBundles();

it('runs the recommended platform rules, all but the offline-wire one', () => {
    const enabled = Object.keys(lwcPlatform.configs.recommended[0].rules ?? {});
    expect(enabled.length).toBeGreaterThanOrEqual(30);
    expect(enabled).toContain('@lwc/lwc-platform/no-inline-disable');
    expect(OFF_RULES.every((rule) => enabled.includes(rule))).toBe(true);
});

describe.each(checked.map(({ bundle, dir }) => [bundle, dir]))('%s', (bundle, dir) => {
    it('emitted JavaScript passes the platform rules', () => {
        const files = platformSources(bundle, dir).filter((file) => file.endsWith('.js'));
        expect(files.length).toBeGreaterThan(0);
        const problems = files.flatMap((file) =>
            lint(readFileSync(join(dir, bundle, file), 'utf8'), `${bundle}/${file}`)
        );
        expect(problems).toEqual([]);
    });
});

describe('the check itself', () => {
    it('reports an inline disable, as tsc would leave it in the emitted .js', () => {
        const source = [
            "import { LightningElement } from 'lwc';",
            'export default class Probe extends LightningElement {',
            '    connectedCallback() {',
            '        // eslint-disable-next-line @lwc/lwc/no-async-operation',
            '        setTimeout(() => {}, 10);',
            '    }',
            '}'
        ].join('\n');
        expect(lint(source, 'probe/probe.js')).toEqual([
            'probe/probe.js:4 @lwc/lwc-platform/no-inline-disable: Inline rule disablement not allowed: @lwc/lwc/no-async-operation'
        ]);
    });

    it('reports Aura interop and process.env, and parses decorators', () => {
        const source = [
            "import { LightningElement, api } from 'lwc';",
            'export default class Probe extends LightningElement {',
            '    @api value;',
            '    connectedCallback() {',
            '        $A.get("e.force:refreshView").fire();',
            '        this.mode = process.env.NODE_ENV;',
            '    }',
            '}'
        ].join('\n');
        const rules = lint(source, 'probe/probe.js').map((line) => line.split(' ')[1]);
        expect(rules).toEqual(
            expect.arrayContaining([
                '@lwc/lwc-platform/no-aura:',
                '@lwc/lwc-platform/no-process-env:'
            ])
        );
    });
});
