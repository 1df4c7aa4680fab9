// Bundles the bus benchmark (bus/busBench.mjs) with the real bus sources (the .ts in force-app)
// and the local console's message service into one ES module that Node imports and the bench
// page loads: the same code measured in both.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '../../..');
const LWC_DIR = join(ROOT, 'force-app/main/default/lwc');

/** Resolves `c/<bundle>`, lightning/messageService and message channels as the platform does. */
const platformModules = (lwcDir) => ({
    name: 'vck-platform-modules',
    setup(builder) {
        builder.onResolve({ filter: /^c\/[A-Za-z]\w*$/ }, ({ path }) => {
            const name = path.slice(2);
            return { path: join(lwcDir, name, `${name}.ts`) };
        });
        builder.onResolve({ filter: /^lightning\/messageService$/ }, () => ({
            path: join(HERE, 'localLms.mjs')
        }));
        builder.onResolve({ filter: /^@salesforce\/messageChannel\// }, ({ path }) => ({
            path: path.slice('@salesforce/messageChannel/'.length),
            namespace: 'vck-channel'
        }));
        builder.onLoad({ filter: /.*/, namespace: 'vck-channel' }, ({ path }) => ({
            contents: `export default Object.freeze({ messageChannel: ${JSON.stringify(path)} });`,
            loader: 'js'
        }));
    }
});

/**
 * Writes `outFile` (an ES module, not minified: the code as it runs); resolves with its path.
 * `lwcDir`: another copy of the components (an earlier commit's, to compare before and after).
 */
export async function bundleBusBench(outFile, { lwcDir = LWC_DIR } = {}) {
    mkdirSync(dirname(outFile), { recursive: true });
    await build({
        entryPoints: [join(HERE, 'busBench.mjs')],
        outfile: outFile,
        bundle: true,
        format: 'esm',
        platform: 'neutral',
        target: 'es2022',
        // Same class-field semantics as the project's tsconfig (useDefineForClassFields).
        tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } },
        plugins: [platformModules(lwcDir)],
        logLevel: 'error'
    });
    return outFile;
}
