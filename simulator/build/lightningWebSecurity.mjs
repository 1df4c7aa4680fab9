// Lightning Web Security in the local console: every module of namespace c (each file under
// force-app/main/default/lwc/, after the TypeScript and LWC compilers) is rewritten by
// Salesforce's @locker/compiler so its body is evaluated by @locker/sandbox in sandbox key `c`,
// as in an org. The LWC engine, the lightning/* stand-ins, lightning-base-components and the
// simulator's own sim/* code stay outside, as system code does on the platform.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { Compiler } from '@locker/compiler';

export const SANDBOX_KEY = 'c';

/** The generated module that reports whether the sandbox is on (and registers its gates). */
export const LWS_MODULE = '@simulator/lightningWebSecurity';
const LWS_MODULE_ID = `\0${LWS_MODULE}`;

// The platform registers its feature gates before any sandbox exists; the `window.open` and
// `javascript:` href rules apply only with them. LWS_DEFAULT_GATER_FEATURES is the set
// @locker/shared documents as "what a faithful LWS run turns on".
const GATES_ON = `import { LWS_DEFAULT_GATER_FEATURES, registerGaterEnabledFeatures } from '@locker/shared';
registerGaterEnabledFeatures([...LWS_DEFAULT_GATER_FEATURES]);
export default true;
`;
const GATES_OFF = 'export default false;\n';

/** Whether a build runs c in the sandbox: on unless LWS=off; anything but on/off is a mistake. */
export function lightningWebSecurityFromEnv(value = process.env.LWS) {
    if (value === undefined || value === '' || value === 'on') {
        return true;
    }
    if (value === 'off') {
        return false;
    }
    throw new Error(`LWS must be "on" or "off", not "${value}".`);
}

/** Packages the sandbox's own code imports: @locker/* and what they bring (dompurify). */
function isSandboxPackage(importee, importer) {
    return (
        importee.startsWith('@locker/') ||
        (importer?.includes(`${sep}node_modules${sep}@locker${sep}`) &&
            !importee.startsWith('.') &&
            !importee.startsWith('/') &&
            !importee.startsWith('\0'))
    );
}

/**
 * The ES module entry of a package, found from the importing file as Node would (the nearest
 * node_modules up the tree). Neither the LWC resolver nor @rollup/plugin-node-resolve resolved
 * @locker/* (toolchain.md, section 7); only the package's root is ever imported.
 */
function resolvePackageEntry(name, fromDir) {
    for (let dir = fromDir; ; dir = dirname(dir)) {
        const manifest = join(dir, 'node_modules', name, 'package.json');
        if (existsSync(manifest)) {
            const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
            const root = pkg.exports?.['.'];
            const entry =
                (typeof root?.import === 'string' ? root.import : root?.import?.default) ??
                pkg.module ??
                pkg.main;
            return entry ? join(dirname(manifest), entry) : null;
        }
        if (dirname(dir) === dir) {
            return null;
        }
    }
}

/**
 * The rollup plugin. Put it after the LWC plugin: its transform must see the LWC compiler's
 * output (plain JavaScript), and @locker/compiler rejects TypeScript syntax. `namespaceDirs`:
 * the folders whose every module is namespace c (force-app's lwc folder; a test fixture's).
 */
export function lightningWebSecurity({ namespaceDirs, enabled, rootDir }) {
    const prefixes = namespaceDirs.map((dir) => `${dir}${sep}`);
    const namespacePrefix = (id) =>
        id.startsWith('\0') ? undefined : prefixes.find((prefix) => id.startsWith(prefix));
    return {
        name: 'vck-lightning-web-security',
        resolveId: {
            // Before the LWC plugin, which would otherwise fail on these bare specifiers.
            order: 'pre',
            handler(importee, importer) {
                if (importee === LWS_MODULE) {
                    return LWS_MODULE_ID;
                }
                if (!enabled || !isSandboxPackage(importee, importer)) {
                    return null;
                }
                const from = importer && !importer.startsWith('\0') ? dirname(importer) : rootDir;
                const name = importee.split('/', importee.startsWith('@') ? 2 : 1).join('/');
                if (name !== importee) {
                    return null;
                }
                const entry = resolvePackageEntry(name, from);
                if (!entry) {
                    this.error(`Cannot resolve ${importee} (imported by ${importer})`);
                }
                return entry;
            }
        },
        load(id) {
            return id === LWS_MODULE_ID ? (enabled ? GATES_ON : GATES_OFF) : null;
        },
        transform(code, id) {
            const file = id.split('?', 1)[0];
            const prefix = enabled ? namespacePrefix(file) : undefined;
            if (prefix === undefined) {
                return null;
            }
            const { code: sandboxed } = Compiler.compile(code, {
                sandboxKey: SANDBOX_KEY,
                componentName: file.slice(prefix.length).split(sep, 1)[0],
                filename: file,
                sourceMap: false
            });
            try {
                this.parse(sandboxed);
            } catch (error) {
                // Rollup would fail later with a message about code nobody wrote; say what did it.
                this.error(
                    `@locker/compiler produced invalid code for ${file} (${error.message}); ` +
                        'it cannot sandbox a top-level await, for one. LWS=off builds without it.'
                );
            }
            return { code: sandboxed, map: null };
        }
    };
}
