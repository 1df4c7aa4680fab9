/**
 * Every bundle's js-meta.xml against the component it describes: App Builder shows the
 * targetConfig properties and hands their values to the @api properties of the same name, and
 * the platform refuses the toolkit element in a component without the Service Cloud Voice
 * capability. A property renamed in code, a default of the wrong type or outside its min/max, or
 * a panel that embeds the connector without the capability only shows up in an org, so it is
 * checked here.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import ts from 'typescript';
import { createElement } from '@lwc/engine-dom';
import { KIT_PANELS, LWC_DIR, checkedBundles } from '../bundles';

/** Where each checked bundle lives: force-app, or the examples (examples/README.md). */
const BUNDLE_DIRS = new Map(checkedBundles().map(({ bundle, dir }) => [bundle, dir]));
const dirOf = (bundle: string): string => BUNDLE_DIRS.get(bundle) ?? LWC_DIR;

const TOOLKIT_CAPABILITY = 'lightning__ServiceCloudVoiceToolkitApi';
const TOOLKIT_TAG = 'lightning-service-cloud-voice-toolkit-api';
const PANEL_TARGETS = [
    'lightning__UtilityBar',
    'lightning__AppPage',
    'lightning__HomePage',
    'lightning__RecordPage'
];
/** Design attribute type → the TypeScript type of the @api property it sets. */
const META_TYPES: Record<string, string> = {
    Boolean: 'boolean',
    Integer: 'number',
    String: 'string'
};

interface MetaProperty {
    name: string;
    type: string;
    attributes: Record<string, string>;
}

interface BundleMeta {
    apiVersion: string;
    isExposed: boolean;
    masterLabel: string;
    capabilities: string[];
    targets: string[];
    targetConfigs: Array<{ targets: string[]; properties: MetaProperty[] }>;
}

function readMeta(bundle: string): BundleMeta {
    const xml = readFileSync(join(dirOf(bundle), bundle, `${bundle}.js-meta.xml`), 'utf8');
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length) {
        throw new Error(`${bundle}.js-meta.xml is not well-formed XML`);
    }
    const texts = (tag: string) =>
        Array.from(doc.getElementsByTagName(tag)).map((node) => (node.textContent ?? '').trim());
    return {
        apiVersion: texts('apiVersion')[0] ?? '',
        isExposed: texts('isExposed')[0] === 'true',
        masterLabel: texts('masterLabel')[0] ?? '',
        capabilities: texts('capability'),
        targets: texts('target'),
        targetConfigs: Array.from(doc.getElementsByTagName('targetConfig')).map((config) => ({
            targets: (config.getAttribute('targets') ?? '').split(',').map((t) => t.trim()),
            properties: Array.from(config.getElementsByTagName('property')).map((property) => ({
                name: property.getAttribute('name') ?? '',
                type: property.getAttribute('type') ?? '',
                attributes: Object.fromEntries(
                    Array.from(property.attributes).map((attribute) => [
                        attribute.name,
                        attribute.value
                    ])
                )
            }))
        }))
    };
}

/** The TypeScript type of each @api property (not methods), null and undefined left out. */
function apiProperties(bundle: string): Record<string, string> {
    const file = join(dirOf(bundle), bundle, `${bundle}.ts`);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ESNext);
    const found: Record<string, string> = {};
    const typeOf = (node: ts.TypeNode | undefined, initializer?: ts.Expression): string => {
        if (node) {
            return node
                .getText(source)
                .split('|')
                .map((part) => part.trim())
                .filter((part) => part !== 'undefined' && part !== 'null')
                .join(' | ');
        }
        if (initializer && ts.isStringLiteralLike(initializer)) {
            return 'string';
        }
        if (initializer && ts.isNumericLiteral(initializer)) {
            return 'number';
        }
        if (
            initializer &&
            (initializer.kind === ts.SyntaxKind.TrueKeyword ||
                initializer.kind === ts.SyntaxKind.FalseKeyword)
        ) {
            return 'boolean';
        }
        return 'unknown';
    };
    const visit = (node: ts.Node): void => {
        const decorated =
            ts.canHaveDecorators(node) &&
            (ts.getDecorators(node) ?? []).some(
                (decorator) =>
                    ts.isIdentifier(decorator.expression) && decorator.expression.text === 'api'
            );
        if (decorated && ts.isPropertyDeclaration(node) && ts.isIdentifier(node.name)) {
            found[node.name.text] = typeOf(node.type, node.initializer);
        } else if (decorated && ts.isGetAccessorDeclaration(node) && ts.isIdentifier(node.name)) {
            found[node.name.text] = typeOf(node.type);
        }
        ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
}

/** Tags a bundle's templates render. */
function renderedTags(bundle: string): string[] {
    const dir = join(dirOf(bundle), bundle);
    const template = join(dir, `${bundle}.html`);
    if (!existsSync(template)) {
        return [];
    }
    return [...readFileSync(template, 'utf8').matchAll(/<([a-z][a-z0-9-]*)/g)].map((m) => m[1]);
}

/** c-voice-toolkit-connector → voiceToolkitConnector */
function bundleOfTag(tag: string): string | null {
    return tag.startsWith('c-')
        ? tag.slice(2).replace(/-([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase())
        : null;
}

/** True when the bundle, or any c- component it embeds (however deep), renders the toolkit. */
function rendersToolkit(bundle: string, seen = new Set<string>()): boolean {
    if (seen.has(bundle)) {
        return false;
    }
    seen.add(bundle);
    return renderedTags(bundle).some((tag) => {
        const child = bundleOfTag(tag);
        return tag === TOOLKIT_TAG || (child !== null && rendersToolkit(child, seen));
    });
}

function loadComponent(bundle: string): CustomElementConstructor {
    // Examples are outside the package directory, so `c/` does not resolve them: by path.
    const specifier =
        dirOf(bundle) === LWC_DIR ? `c/${bundle}` : join(dirOf(bundle), bundle, bundle);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require(specifier) as { default: CustomElementConstructor };
    return module.default;
}

const bundles = [...BUNDLE_DIRS.keys()];
const exposed = bundles.filter((bundle) => readMeta(bundle).isExposed);

it('finds the exposed panels', () => {
    expect(exposed).toEqual(
        expect.arrayContaining(['callStatusPanel', 'liveTranscript', 'notesFeed'])
    );
});

describe.each(bundles.map((bundle) => [bundle]))('%s.js-meta.xml', (bundle) => {
    const meta = readMeta(bundle);

    it('is API version 66.0 with a master label', () => {
        expect(meta.apiVersion).toBe('66.0');
        expect(meta.masterLabel).not.toBe('');
    });

    it('declares the toolkit capability if it or a component it embeds renders the toolkit', () => {
        const renders = rendersToolkit(bundle);
        expect({ renders, capabilities: meta.capabilities }).toEqual({
            renders,
            capabilities: renders ? [TOOLKIT_CAPABILITY] : []
        });
    });

    if (!meta.isExposed) {
        it('has no targets, as it is not exposed', () => {
            expect(meta.targets).toEqual([]);
            expect(meta.targetConfigs).toEqual([]);
        });
        return;
    }

    // Any exposed component: at least one target, and a targetConfig only for a declared one.
    it('targets at least one page type, configuring only targets it declares', () => {
        expect(meta.targets.length).toBeGreaterThan(0);
        const configured = meta.targetConfigs.flatMap((config) => config.targets);
        expect(configured.filter((target) => !meta.targets.includes(target))).toEqual([]);
    });

    // The kit's own panels' contract (docs/BUILD-YOUR-OWN.md): every page type an admin may
    // drop them on, each configured. Not a rule for other teams' components.
    if (KIT_PANELS.includes(bundle)) {
        it('as a kit panel, targets the utility bar, app, home and record pages, each configured', () => {
            expect([...meta.targets].sort()).toEqual([...PANEL_TARGETS].sort());
            const configured = meta.targetConfigs.flatMap((config) => config.targets);
            expect([...configured].sort()).toEqual([...PANEL_TARGETS].sort());
        });
    }

    it('exposes every @api property, with the design type of its TypeScript type', () => {
        const api = apiProperties(bundle);
        for (const config of meta.targetConfigs) {
            const declared = Object.fromEntries(
                config.properties.map((property) => [property.name, META_TYPES[property.type]])
            );
            expect({ targets: config.targets, properties: declared }).toEqual({
                targets: config.targets,
                properties: api
            });
        }
    });

    it('labels, describes and defaults every property within its type and bounds', () => {
        const problems = meta.targetConfigs.flatMap((config) =>
            config.properties.flatMap((property) => {
                const where = `${property.name} (${property.type})`;
                const { label, description, min, max } = property.attributes;
                const fallback = property.attributes.default;
                const found: string[] = [];
                if (!label?.trim() || !description?.trim()) {
                    found.push(`${where}: needs a label and a description`);
                }
                if (fallback === undefined) {
                    found.push(`${where}: needs a default`);
                    return found;
                }
                if (property.type === 'Boolean' && !['true', 'false'].includes(fallback)) {
                    found.push(`${where}: default "${fallback}" is not true or false`);
                }
                if (property.type === 'Integer') {
                    const value = Number(fallback);
                    if (!/^-?\d+$/.test(fallback)) {
                        found.push(`${where}: default "${fallback}" is not an integer`);
                    }
                    if (min !== undefined && value < Number(min)) {
                        found.push(`${where}: default ${fallback} is below min ${min}`);
                    }
                    if (max !== undefined && value > Number(max)) {
                        found.push(`${where}: default ${fallback} is above max ${max}`);
                    }
                } else if (min !== undefined || max !== undefined) {
                    found.push(`${where}: min and max apply to Integer properties only`);
                }
                return found;
            })
        );
        expect(problems).toEqual([]);
    });

    it('holds the metadata default in each property until App Builder sets one', () => {
        const Component = loadComponent(bundle);
        const mismatches = meta.targetConfigs.flatMap((config) =>
            config.properties.flatMap((property) => {
                // Created, not connected: what the component holds before any attribute is set.
                const element = createElement(`c-${bundle}`, { is: Component as never });
                const value = (element as unknown as Record<string, unknown>)[property.name];
                const fallback = property.attributes.default;
                const expected =
                    property.type === 'Boolean'
                        ? fallback === 'true'
                        : property.type === 'Integer'
                          ? Number(fallback)
                          : fallback;
                // undefined means the component applies the same default itself, checked by
                // the component's own tests; anything else must equal the metadata default.
                return value === undefined || value === expected
                    ? []
                    : [`${property.name}: component ${String(value)}, metadata ${fallback}`];
            })
        );
        expect(mismatches).toEqual([]);
    });
});
