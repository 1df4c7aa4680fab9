// Platform JavaScript size of each bundle: every emitted .js of the bundle (what deploys, tests
// excluded), as emitted, minified (esbuild) and gzipped (the minified files concatenated, as a
// server would send them, level 9).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';

/**
 * Bundles with a size target, in KB of gzipped minified JavaScript: the panels, which an admin
 * adds one by one. The bus has none (dropped under issue 15): it is one module loaded once per
 * page however many panels use it, cached with the rest of Lightning's JavaScript (megabytes),
 * so its size is not something an agent waits for; its cost per event is measured instead.
 */
export const SIZE_TARGETS_KB = {
    callStatusPanel: 15,
    liveTranscript: 15,
    notesFeed: 15,
    supervisorFlagBoard: 15
};

function emittedFiles(dir) {
    return readdirSync(dir)
        .filter((name) => name.endsWith('.js'))
        .map((name) => join(dir, name))
        .filter((file) => statSync(file).isFile())
        .sort();
}

/** Raw, minified and gzipped bytes of each bundle in `lwcDir` (needs `npm run build` first). */
export async function bundleSizes(lwcDir) {
    const sizes = [];
    for (const name of readdirSync(lwcDir).sort()) {
        const dir = join(lwcDir, name);
        if (!statSync(dir).isDirectory()) {
            continue;
        }
        const files = emittedFiles(dir);
        if (files.length === 0) {
            continue;
        }
        let raw = 0;
        let minified = 0;
        const parts = [];
        for (const file of files) {
            const source = readFileSync(file, 'utf8');
            const { code } = await transform(source, {
                loader: 'js',
                format: 'esm',
                minify: true,
                target: 'esnext',
                legalComments: 'none'
            });
            raw += Buffer.byteLength(source);
            minified += Buffer.byteLength(code);
            parts.push(code);
        }
        const gzip = gzipSync(parts.join('\n'), { level: 9 }).length;
        sizes.push({ bundle: name, files: files.length, raw, minified, gzip });
    }
    return sizes;
}
