/**
 * What the platform checks look at: every LWC bundle under force-app/main/default/lwc, found
 * from the file system so a new panel is covered the day it is added.
 */
import { existsSync, readdirSync, statSync } from 'fs';
import { extname, join, relative } from 'path';

export const PROJECT_ROOT = join(__dirname, '..', '..', '..');
export const PACKAGE_DIR = join(PROJECT_ROOT, 'force-app');
export const LWC_DIR = join(PACKAGE_DIR, 'main', 'default', 'lwc');

/** Bundle folder names, sorted. */
export function bundleNames(): string[] {
    return readdirSync(LWC_DIR)
        .filter((name) => statSync(join(LWC_DIR, name)).isDirectory())
        .sort();
}

/** A bundle's own files (not its __tests__), as paths relative to the bundle folder. */
export function bundleFiles(bundle: string): string[] {
    const root = join(LWC_DIR, bundle);
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
export function typeScriptSources(bundle: string): string[] {
    return bundleFiles(bundle).filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'));
}

/**
 * Problems with the emitted JavaScript of a bundle: a .ts without its .js, or a .js older than
 * its .ts. Each message says what to run.
 */
export function staleEmits(bundle: string): string[] {
    const root = join(LWC_DIR, bundle);
    return typeScriptSources(bundle).flatMap((source) => {
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
export function platformSources(bundle: string): string[] {
    return bundleFiles(bundle).filter((file) => ['.js', '.html', '.css'].includes(extname(file)));
}
