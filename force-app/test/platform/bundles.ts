/**
 * What the platform checks look at: every LWC bundle under force-app/main/default/lwc, found
 * from the file system so a new panel is covered the day it is added.
 */
import { existsSync, readdirSync, statSync } from 'fs';
import { extname, join, relative } from 'path';

export const PROJECT_ROOT = join(__dirname, '..', '..', '..');
export const PACKAGE_DIR = join(PROJECT_ROOT, 'force-app');
export const LWC_DIR = join(PACKAGE_DIR, 'main', 'default', 'lwc');
/** The examples (examples/README.md): built and checked like the kit's bundles, never deployed. */
export const EXAMPLES_LWC_DIR = join(
    PROJECT_ROOT,
    'examples',
    'force-app',
    'main',
    'default',
    'lwc'
);

/**
 * The kit's four panels. Rules that are the panels' contract with admins (every page type,
 * documented in the README's App Builder table) apply to them only, not to a team's bundle.
 */
export const KIT_PANELS = ['callStatusPanel', 'liveTranscript', 'notesFeed', 'supervisorFlagBoard'];

/** The languages the labels ship in besides English (force-app/main/default/translations). */
export const TRANSLATED_LANGUAGES = ['de', 'es', 'fr', 'it', 'ja', 'nl_NL', 'pt_BR'];

/** Bundle folder names, sorted. */
export function bundleNames(dir: string = LWC_DIR): string[] {
    return existsSync(dir)
        ? readdirSync(dir)
              .filter((name) => statSync(join(dir, name)).isDirectory())
              .sort()
        : [];
}

/** A bundle and the lwc folder it lives in. */
export interface BundleRef {
    bundle: string;
    dir: string;
}

/** What the platform checks cover: the deployed bundles, then the examples. */
export function checkedBundles(): BundleRef[] {
    return [LWC_DIR, EXAMPLES_LWC_DIR].flatMap((dir) =>
        bundleNames(dir).map((bundle) => ({ bundle, dir }))
    );
}

/** A bundle's own files (not its __tests__), as paths relative to the bundle folder. */
export function bundleFiles(bundle: string, lwcDir: string = LWC_DIR): string[] {
    const root = join(lwcDir, bundle);
    const found: string[] = [];
    const visit = (dir: string): void => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const path = join(dir, entry.name);
            if (entry.isDirectory()) {
                if (entry.name !== '__tests__') {
                    visit(path);
                }
            } else {
                found.push(relative(root, path));
            }
        }
    };
    visit(root);
    return found.sort();
}

/** TypeScript sources the build turns into platform JavaScript (declarations excluded). */
export function typeScriptSources(bundle: string, dir: string = LWC_DIR): string[] {
    return bundleFiles(bundle, dir).filter(
        (file) => file.endsWith('.ts') && !file.endsWith('.d.ts')
    );
}

/**
 * Problems with the emitted JavaScript of a bundle: a .ts without its .js, or a .js older than
 * its .ts. Each message says what to run.
 */
export function staleEmits(bundle: string, dir: string = LWC_DIR): string[] {
    const root = join(dir, bundle);
    return typeScriptSources(bundle, dir).flatMap((source) => {
        const emitted = source.replace(/\.ts$/, '.js');
        const label = `${bundle}/${emitted}`;
        if (!existsSync(join(root, emitted))) {
            return [`${label} is missing: run npm run build`];
        }
        const sourceTime = statSync(join(root, source)).mtimeMs;
        const emittedTime = statSync(join(root, emitted)).mtimeMs;
        return emittedTime + 1 < sourceTime
            ? [`${label} is older than ${bundle}/${source}: run npm run build`]
            : [];
    });
}

/** Files the platform compiles: the bundle's .js (emitted or authored), .html and .css. */
export function platformSources(bundle: string, dir: string = LWC_DIR): string[] {
    return bundleFiles(bundle, dir).filter((file) =>
        ['.js', '.html', '.css'].includes(extname(file))
    );
}
