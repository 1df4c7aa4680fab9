// Rollup plugins that stand in for the platform's compile-time services: TypeScript sources,
// `@salesforce/label/c.*`, `@salesforce/messageChannel/*`, and the simulator's generated modules
// (panels present in force-app, shipped scenarios).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { hostedComponents } from './bundles.mjs';
import { parseLabels, parseTranslations, translationFiles } from './labels.mjs';
import { loadScenarioFiles } from './scenarioFiles.mjs';

const TS_OPTIONS = {
    target: ts.ScriptTarget.ESNext,
    module: ts.ModuleKind.ESNext,
    useDefineForClassFields: true,
    experimentalDecorators: false,
    isolatedModules: true,
    sourceMap: false
};

const stripQuery = (id) => id.split('?', 1)[0];

/**
 * Compiles `.ts` to JavaScript before the LWC compiler sees it (the LWC compiler rejects type
 * syntax), with the same settings as `npm run build`: native decorators, ESNext. When both a
 * bundle's `.ts` and its emitted `.js` exist, the `.ts` wins, so the console never runs stale
 * output of an earlier `npm run build`.
 */
export function typescriptSources() {
    return {
        name: 'vck-typescript',
        async resolveId(importee, importer, options) {
            // Only our own sources have .ts; lightning-base-components' thousands of imports skip.
            const ours =
                importee.startsWith('c/') || (importer && !importer.includes('node_modules'));
            if (!ours || importee.startsWith('\0') || importer?.startsWith('\0')) {
                return null;
            }
            const resolved = await this.resolve(importee, importer, { ...options, skipSelf: true });
            if (!resolved || resolved.external) {
                return resolved;
            }
            const [file, query] = resolved.id.split('?', 2);
            if (file.endsWith('.js') && existsSync(`${file.slice(0, -3)}.ts`)) {
                return { ...resolved, id: `${file.slice(0, -3)}.ts${query ? `?${query}` : ''}` };
            }
            return resolved;
        },
        transform(code, id) {
            const file = stripQuery(id);
            if (!file.endsWith('.ts') || file.endsWith('.d.ts') || id.startsWith('\0')) {
                return null;
            }
            const output = ts.transpileModule(code, {
                compilerOptions: TS_OPTIONS,
                fileName: file,
                reportDiagnostics: true
            });
            const errors = (output.diagnostics ?? []).filter(
                (diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error
            );
            if (errors.length) {
                this.error(ts.flattenDiagnosticMessageText(errors[0].messageText, '\n'));
            }
            return { code: output.outputText, map: null };
        }
    };
}

const LABEL_PREFIX = '@salesforce/label/c.';
const CHANNEL_PREFIX = '@salesforce/messageChannel/';
const I18N_PREFIX = '@salesforce/i18n/';
const SCHEMA_PREFIX = '@salesforce/schema/';

/**
 * `@salesforce/schema/VoiceCall.CallType` is a field reference, `{ objectApiName, fieldApiName }`
 * (`@salesforce/schema/VoiceCall` an object reference), as the platform gives; a relationship
 * path keeps its dots in fieldApiName (`Owner.Name`).
 */
function schemaModule(path) {
    const dot = path.indexOf('.');
    const reference =
        dot < 0
            ? { objectApiName: path }
            : { objectApiName: path.slice(0, dot), fieldApiName: path.slice(dot + 1) };
    return `export default Object.freeze(${JSON.stringify(reference)});`;
}

/** The console's language rules (chooseLanguage, fallback), in the page's TypeScript. */
const LANGUAGE_MODULE = fileURLToPath(
    new URL('../src/modules/sim/platform/language.ts', import.meta.url)
);

/**
 * `\0vck-language`, also `@simulator/language`: the language the page shows labels in, chosen
 * once when the page loads from `?language=` among those with a translation file, as an org
 * takes the user's language; and the list the header's switch offers.
 */
function languageModule(languages) {
    return `import { chooseLanguage } from ${JSON.stringify(LANGUAGE_MODULE)};
export const languages = Object.freeze(${JSON.stringify(languages)});
export const language = chooseLanguage(new URLSearchParams(location.search).get('language'), languages);`;
}

/**
 * What `@salesforce/i18n/*` gives in the console: the user's locale and time zone from the
 * page's URL (`?locale=de-DE&timeZone=Europe/Berlin`), else the browser's, as an org gives the
 * Salesforce user's settings. Evaluated when the page loads, before any component.
 */
const I18N_MODULES = {
    lang: `import { language } from '\\0vck-language';
import { languageTag } from ${JSON.stringify(LANGUAGE_MODULE)};
export default languageTag(language);`,
    locale: `const asked = new URLSearchParams(location.search).get('locale');
export default asked || Intl.DateTimeFormat().resolvedOptions().locale;`,
    timeZone: `const asked = new URLSearchParams(location.search).get('timeZone');
export default asked || Intl.DateTimeFormat().resolvedOptions().timeZone;`
};

/**
 * `@salesforce/user/Id`: the signed-in user's 18-character id in an org; in the console a fixed
 * stand-in user (`?userId=` to change it), as sfdx-lwc-jest gives 005000000000000000.
 */
const USER_ID_IMPORT = '@salesforce/user/Id';
const USER_ID_MODULE = `const asked = new URLSearchParams(location.search).get('userId');
export default asked || '005000000000001AAA';`;

/**
 * `@salesforce/label/c.X` resolves to the value in the labels XML (the build fails on an unknown
 * label, as a deploy would); `@salesforce/messageChannel/X__c` to one frozen token per channel
 * that has a messageChannels/X.messageChannel-meta.xml.
 */
export function salesforceScopedImports({ labelsFile, translationsDir, channelsDir }) {
    let labels = null;
    let translations = null;
    /** language code → Map(label name → text), read once per build. */
    const readTranslations = () =>
        (translations ??= new Map(
            [...translationFiles(translationsDir)].map(([language, file]) => [
                language,
                parseTranslations(readFileSync(join(translationsDir, file), 'utf8'))
            ])
        ));
    return {
        name: 'vck-salesforce-scoped-imports',
        buildStart() {
            labels = null;
            translations = null;
            this.addWatchFile(labelsFile);
            if (existsSync(translationsDir)) {
                this.addWatchFile(translationsDir);
                for (const file of translationFiles(translationsDir).values()) {
                    this.addWatchFile(join(translationsDir, file));
                }
            }
        },
        resolveId(importee) {
            if (importee === '\0vck-language' || importee === '@simulator/language') {
                return '\0vck-language';
            }
            if (importee.startsWith(LABEL_PREFIX)) {
                return `\0vck-label:${importee.slice(LABEL_PREFIX.length)}`;
            }
            if (importee.startsWith(CHANNEL_PREFIX)) {
                return `\0vck-channel:${importee.slice(CHANNEL_PREFIX.length)}`;
            }
            // The user's locale and zone; the other i18n values keep lightning-base-components'
            // own stand-ins (en-US number and date formats).
            const i18n = importee.startsWith(I18N_PREFIX) ? importee.slice(I18N_PREFIX.length) : '';
            if (Object.hasOwn(I18N_MODULES, i18n)) {
                return `\0vck-i18n:${i18n}`;
            }
            if (importee === USER_ID_IMPORT) {
                return '\0vck-user:Id';
            }
            if (importee.startsWith(SCHEMA_PREFIX)) {
                return `\0vck-schema:${importee.slice(SCHEMA_PREFIX.length)}`;
            }
            return null;
        },
        load(id) {
            if (id === '\0vck-language') {
                return languageModule([...readTranslations().keys()]);
            }
            if (id.startsWith('\0vck-label:')) {
                labels ??= parseLabels(readFileSync(labelsFile, 'utf8'));
                const name = id.slice('\0vck-label:'.length);
                if (!labels.has(name)) {
                    this.error(`Unknown Custom Label c.${name} (not in ${labelsFile})`);
                }
                // Every language's text is in the bundle; the page's language picks one when the
                // module loads, the default value where a translation is missing.
                const texts = Object.fromEntries(
                    [...readTranslations()]
                        .filter(([, texts]) => texts.has(name))
                        .map(([language, texts]) => [language, texts.get(name)])
                );
                return `import { language } from '\\0vck-language';
import { translated } from ${JSON.stringify(LANGUAGE_MODULE)};
export default translated(language, ${JSON.stringify(labels.get(name))}, ${JSON.stringify(texts)});`;
            }
            if (id.startsWith('\0vck-i18n:')) {
                return I18N_MODULES[id.slice('\0vck-i18n:'.length)];
            }
            if (id === '\0vck-user:Id') {
                return USER_ID_MODULE;
            }
            if (id.startsWith('\0vck-schema:')) {
                return schemaModule(id.slice('\0vck-schema:'.length));
            }
            if (id.startsWith('\0vck-channel:')) {
                const name = id.slice('\0vck-channel:'.length);
                const file = join(
                    channelsDir,
                    `${name.replace(/__c$/, '')}.messageChannel-meta.xml`
                );
                if (!name.endsWith('__c') || !existsSync(file)) {
                    this.error(`Unknown message channel ${name} (no ${file})`);
                }
                this.addWatchFile(file);
                return `export default Object.freeze({ messageChannel: ${JSON.stringify(name)} });`;
            }
            return null;
        }
    };
}

/**
 * `@simulator/panels`: the components the console hosts (bundles.mjs) with their constructors,
 * for `<lwc:component lwc:is>`; `@simulator/scenarios`: every scenario file, validated.
 */
export function simulatorModules({ lwcDir, scenariosDir, flexipagesDir }) {
    return {
        name: 'vck-simulator-modules',
        buildStart() {
            this.addWatchFile(scenariosDir);
        },
        resolveId(importee) {
            if (importee === '@simulator/panels' || importee === '@simulator/scenarios') {
                return `\0${importee}`;
            }
            return null;
        },
        load(id) {
            if (id === '\0@simulator/panels') {
                // The folder, so a bundle added (or a js-meta.xml edited) while watching rebuilds.
                this.addWatchFile(lwcDir);
                if (existsSync(flexipagesDir)) {
                    this.addWatchFile(flexipagesDir);
                }
                const { hosted } = hostedComponents({ lwcDir, flexipagesDir });
                const imports = hosted.map(
                    ({ name }, index) => `import P${index} from 'c/${name}';`
                );
                const entries = hosted.map(
                    (component, index) => `{ ...${JSON.stringify(component)}, ctor: P${index} }`
                );
                return `${imports.join('\n')}\nexport default [${entries.join(', ')}];\n`;
            }
            if (id === '\0@simulator/scenarios') {
                const files = loadScenarioFiles(scenariosDir);
                for (const { path } of files) {
                    this.addWatchFile(path);
                }
                // JSON.parse, not an object literal: a "__proto__" key in a (hostile) scenario must
                // stay an own property, as it is for a file loaded in the page.
                const json = JSON.stringify(files.map(({ scenario }) => scenario));
                return `export default JSON.parse(${JSON.stringify(json)});\n`;
            }
            return null;
        }
    };
}

/**
 * Speeds up the LWC plugin without changing what it produces:
 *  - bare specifiers (`lightning/button`, `c/voiceEventBus`) resolve the same from every file of
 *    this project, so each is resolved once per build instead of once per import (the LWC
 *    module resolver re-reads lightning-base-components' module list on every call);
 *  - the compiler's output for third-party files (lightning-base-components: about 2,400
 *    modules) is kept on disk, keyed by content, so only the first build pays for it.
 */
export function withLwcCaches(plugin, { dir, version }) {
    mkdirSync(dir, { recursive: true });
    const { resolveId, transform } = plugin;
    let resolved = new Map();
    return {
        ...plugin,
        buildStart(...args) {
            resolved = new Map();
            return plugin.buildStart?.apply(this, args);
        },
        resolveId(importee, importer, options) {
            const bare = importer && !importee.startsWith('.') && !importee.startsWith('/');
            if (!bare) {
                return resolveId.call(this, importee, importer, options);
            }
            if (!resolved.has(importee)) {
                resolved.set(importee, resolveId.call(this, importee, importer, options));
            }
            return resolved.get(importee);
        },
        async transform(code, id) {
            if (!id.includes(`${sep}node_modules${sep}`)) {
                return transform.call(this, code, id);
            }
            const key = createHash('sha256').update(`${version}\0${id}\0${code}`).digest('hex');
            const file = join(dir, `${key.slice(0, 40)}.json`);
            try {
                return JSON.parse(readFileSync(file, 'utf8'));
            } catch {
                // Not cached yet (or unreadable): compile and store.
            }
            const result = await transform.call(this, code, id);
            if (result && typeof result === 'object') {
                writeFileSync(file, JSON.stringify({ code: result.code, map: null }));
            }
            return result;
        }
    };
}
