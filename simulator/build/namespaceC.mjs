// Namespace c as the platform has it: `c/<bundle>` resolves to any bundle of
// force-app/main/default/lwc (looked up on every build, so a bundle added while `npm start`
// watches resolves without a restart), components get the platform's tag names, and an import
// the console cannot serve fails the build with a message saying what to do.
import { dirname, relative, sep } from 'node:path';
import { bundleEntry, platformTagName } from './bundles.mjs';

const BUNDLE_SPECIFIER = /^c\/([A-Za-z][A-Za-z0-9_]*)$/;

/** Resolves `c/<bundle>` the way the LWC plugin resolves an alias (its `?specifier=` query). */
export function namespaceC({ lwcDir }) {
    return {
        name: 'vck-namespace-c',
        resolveId(importee) {
            const name = BUNDLE_SPECIFIER.exec(importee)?.[1];
            const entry = name ? bundleEntry(lwcDir, name) : null;
            return entry ? `${entry}?specifier=c/${name}` : null;
        }
    };
}

/**
 * After the LWC compiler: it derives the tag name with its own rule, which joins consecutive
 * capitals (`c-sample-lwccomponent`); the platform hyphenates each one. Only the registration's
 * `sel` changes.
 */
export function platformTagNames({ lwcDir }) {
    const ownFile = (id) => id.startsWith(`${lwcDir}${sep}`);
    const lwcTagName = (name) => `c-${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}`;
    return {
        name: 'vck-platform-tag-names',
        transform(code, id) {
            const [file, query] = id.split('?', 2);
            const name = new URLSearchParams(query ?? '').get('specifier')?.slice(2);
            if (!name || !ownFile(file) || lwcTagName(name) === platformTagName(name)) {
                return null;
            }
            const from = `sel: ${JSON.stringify(lwcTagName(name))}`;
            return code.includes(from)
                ? {
                      code: code.replace(from, `sel: ${JSON.stringify(platformTagName(name))}`),
                      map: null
                  }
                : null;
        }
    };
}

const PLATFORM_NAMESPACES =
    /^(lightning|@salesforce|force|forceCommunity|experience|lightningsnapin|lwr)\//;

/**
 * Last in the plugin list: an import from a component of force-app that nothing resolved. Rollup
 * would treat it as external and the page would fail at load; the build fails instead, naming
 * the module and the bundle.
 */
export function unresolvedImports({ lwcDir, standInsDir }) {
    return {
        name: 'vck-unresolved-imports',
        resolveId(importee, importer) {
            const file = importer?.split('?', 1)[0];
            if (!file?.startsWith(`${lwcDir}${sep}`) || importee.startsWith('\0')) {
                return null;
            }
            if (importee.startsWith('.') || importee.startsWith('/')) {
                return null;
            }
            const bundle = relative(lwcDir, file).split(sep)[0];
            const where = `c/${bundle} (${relative(process.cwd(), file)})`;
            if (BUNDLE_SPECIFIER.test(importee)) {
                this.error(
                    `${where} imports ${importee}, but force-app/main/default/lwc has no bundle ` +
                        `${importee.slice(2)} with a ${importee.slice(2)}.js or .ts. Check the name.`
                );
            }
            if (PLATFORM_NAMESPACES.test(importee)) {
                const [namespace, ...rest] = importee.split('/');
                const hint = namespace.startsWith('@salesforce')
                    ? `The console serves @salesforce/label, i18n, messageChannel, schema and user/Id; ` +
                      `for ${importee.split('/', 2).join('/')} add a resolver in simulator/build/ (see simulator/README.md, "Platform stand-ins")`
                    : `Add a stand-in at ${relative(process.cwd(), standInsDir)}/${namespace}/${rest[0]}/${rest[0]}.ts ` +
                      `with the documented exports (see simulator/README.md, "Platform stand-ins")`;
                this.error(
                    `${where} imports ${importee}, which the local console has no stand-in for. ` +
                        `${hint}, or leave the import out of components you run here.`
                );
            }
            this.error(
                `${where} imports ${importee}, which is not a platform module: components on ` +
                    `the platform can import only namespace c, lwc and platform modules (lightning/*, @salesforce/*).`
            );
        }
    };
}

/**
 * A name a platform stand-in does not export (`updateRecord` from lightning/uiRecordApi, say):
 * rollup's own message names the file and the importer; this says which platform module it is
 * and what to do. Any other error is returned as it is.
 */
export function explainBuildError(error, { standInsDir }) {
    const exporter = typeof error?.exporter === 'string' ? error.exporter : '';
    if (error?.code !== 'MISSING_EXPORT' || !exporter.startsWith(`${standInsDir}${sep}`)) {
        return error;
    }
    const module = relative(standInsDir, dirname(exporter)).split(sep).join('/');
    const importer = relative(process.cwd(), String(error.id ?? '').split('?', 1)[0]);
    error.message =
        `${importer} imports ${error.binding} from ${module}, which the local console's stand-in ` +
        `for ${module} does not provide. Add it to ${relative(process.cwd(), exporter)} with the ` +
        `documented behaviour (see simulator/README.md, "Platform stand-ins"), or leave it out of ` +
        `components you run here.`;
    return error;
}
