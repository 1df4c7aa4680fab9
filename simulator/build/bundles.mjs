// Which bundles of force-app the local console hosts, and where: read from each bundle's
// js-meta.xml and the sample app's utility bar flexipage at build time, so a bundle a team drops
// into force-app/main/default/lwc appears with no edit to the simulator.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The kit's four panels keep the console's layout: three workspace columns and the flag board
 * in the utility bar. Every other exposed bundle goes where its targets and the flexipage put it.
 */
export const KIT_PANELS = [
    { name: 'callStatusPanel', placement: 'workspace', title: 'Call status' },
    { name: 'liveTranscript', placement: 'workspace', title: 'Live transcript' },
    { name: 'notesFeed', placement: 'workspace', title: 'Notes' },
    { name: 'supervisorFlagBoard', placement: 'utility', title: 'Supervisor flags' }
];

const TARGET_FOR_PLACEMENT = {
    workspace: 'lightning__UtilityBar',
    utility: 'lightning__UtilityBar',
    record: 'lightning__RecordPage'
};

/** The bundle's entry file (`<name>/<name>.ts` or `.js`), or null when it has none. */
export function bundleEntry(lwcDir, name) {
    return (
        ['ts', 'js']
            .map((ext) => join(lwcDir, name, `${name}.${ext}`))
            .find((file) => existsSync(file)) ?? null
    );
}

/** Every bundle folder of lwcDir that has an entry file, sorted by name. */
export function bundleNames(lwcDir) {
    if (!existsSync(lwcDir)) {
        return [];
    }
    return readdirSync(lwcDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && bundleEntry(lwcDir, entry.name))
        .map((entry) => entry.name)
        .sort();
}

/**
 * The tag name the platform gives a bundle of namespace c: every capital letter starts a new
 * hyphenated word, so `sampleLWCComponent` is `c-sample-l-w-c-component` (the LWC compiler on its
 * own would say `c-sample-lwccomponent`).
 */
export function platformTagName(name, namespace = 'c') {
    return `${namespace}-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

const xmlText = (xml, tag) =>
    new RegExp(`<${tag}>\\s*([^<]*?)\\s*</${tag}>`).exec(xml)?.[1] ?? null;

const attributeOf = (element, name) =>
    new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(element)?.[1] ?? null;

/** A design attribute's default as App Builder sets it: Boolean and Integer typed, else text. */
function typedDefault(type, value) {
    if (type === 'Boolean') {
        return value === 'true';
    }
    if (type === 'Integer') {
        return Number(value);
    }
    return value;
}

/**
 * What js-meta.xml says of a bundle: exposed, master label, targets and, per target, the design
 * attributes' defaults. Null when the bundle has no js-meta.xml (it could not deploy).
 */
export function readBundleMeta(lwcDir, name) {
    const file = join(lwcDir, name, `${name}.js-meta.xml`);
    if (!existsSync(file)) {
        return null;
    }
    const xml = readFileSync(file, 'utf8');
    const targets = [...xml.matchAll(/<target>\s*([^<\s]+)\s*<\/target>/g)].map(
        (match) => match[1]
    );
    const defaults = {};
    for (const [, targetList, body] of xml.matchAll(
        /<targetConfig\b([^>]*)>([\s\S]*?)<\/targetConfig>/g
    )) {
        const configTargets = (attributeOf(targetList, 'targets') ?? '')
            .split(',')
            .map((target) => target.trim());
        for (const [property] of body.matchAll(/<property\b[^>]*?\/?>/g)) {
            const propertyName = attributeOf(property, 'name');
            const value = attributeOf(property, 'default');
            if (!propertyName || value === null) {
                continue;
            }
            for (const target of configTargets) {
                defaults[target] ??= {};
                defaults[target][propertyName] = typedDefault(attributeOf(property, 'type'), value);
            }
        }
    }
    return {
        exposed: xmlText(xml, 'isExposed') === 'true',
        masterLabel: xmlText(xml, 'masterLabel'),
        targets,
        defaults
    };
}

/**
 * The utility bar decorators (label, icon) the sample console app's flexipage gives each
 * component, so the console's utility bar shows what an org would.
 */
export function utilityDecorators(flexipagesDir) {
    const decorators = new Map();
    if (!existsSync(flexipagesDir)) {
        return decorators;
    }
    for (const file of readdirSync(flexipagesDir).filter((name) => name.endsWith('.xml'))) {
        const xml = readFileSync(join(flexipagesDir, file), 'utf8');
        for (const [instance] of xml.matchAll(
            /<componentInstance>[\s\S]*?<\/componentInstance>/g
        )) {
            const component = /<componentName>(?:c:)?([^<]+)<\/componentName>/.exec(instance)?.[1];
            const value = (name) =>
                new RegExp(
                    `<name>${name}</name>\\s*<type>decorator</type>\\s*<value>([^<]*)</value>`
                ).exec(instance)?.[1];
            if (component && value('label')) {
                decorators.set(component.trim(), {
                    label: value('label'),
                    icon: value('icon') ?? null
                });
            }
        }
    }
    return decorators;
}

/**
 * The components the console hosts, in page order: the kit's panels first (where they are in
 * the sample app), then every other exposed bundle by name: in the utility bar when the sample
 * app's flexipage puts it there, else on the VoiceCall record page. `skipped` lists the bundles
 * left out and why, for the build's console line.
 */
export function hostedComponents({ lwcDir, flexipagesDir }) {
    const decorators = utilityDecorators(flexipagesDir);
    const hosted = [];
    const skipped = [];
    const kitNames = new Set(KIT_PANELS.map(({ name }) => name));
    const describe = (name, placement, title, meta) => ({
        name,
        tagName: platformTagName(name),
        placement,
        title,
        kit: kitNames.has(name),
        recordPage: placement === 'record' && meta.targets.includes('lightning__RecordPage'),
        utility: decorators.get(name) ?? null,
        defaults: meta.defaults[TARGET_FOR_PLACEMENT[placement]] ?? {}
    });
    const present = new Set(bundleNames(lwcDir));
    for (const panel of KIT_PANELS) {
        const meta = present.has(panel.name) ? readBundleMeta(lwcDir, panel.name) : null;
        if (meta) {
            hosted.push(describe(panel.name, panel.placement, panel.title, meta));
        }
    }
    for (const name of present) {
        if (kitNames.has(name)) {
            continue;
        }
        const meta = readBundleMeta(lwcDir, name);
        if (!meta) {
            skipped.push({ name, reason: 'no js-meta.xml' });
        } else if (meta.exposed) {
            const placement = decorators.has(name) ? 'utility' : 'record';
            hosted.push(describe(name, placement, meta.masterLabel ?? name, meta));
        }
    }
    return { hosted, skipped };
}
