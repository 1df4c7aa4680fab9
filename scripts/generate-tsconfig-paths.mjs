// Writes one "c/<bundle>" entry per LWC bundle into tsconfig.json's paths: TypeScript refuses
// a "c/*" -> "lwc/*/*" pattern (TS5062), so the list is generated. `--check` fails if stale.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lwcDir = join(root, 'force-app/main/default/lwc');
const configPath = join(root, 'tsconfig.json');

const paths = {};
for (const name of readdirSync(lwcDir).sort()) {
    if (existsSync(join(lwcDir, name, `${name}.ts`))) {
        paths[`c/${name}`] = [`./force-app/main/default/lwc/${name}/${name}.ts`];
    }
}
const config = JSON.parse(readFileSync(configPath, 'utf8'));
const stale = JSON.stringify(config.compilerOptions.paths) !== JSON.stringify(paths);
if (stale && process.argv.includes('--check')) {
    console.error('tsconfig.json paths are stale: run npm run build');
    process.exit(1);
}
if (stale) {
    config.compilerOptions.paths = paths;
    // Written as Prettier would, so a new bundle does not leave the format check red.
    const prettier = await import('prettier');
    const options = (await prettier.resolveConfig(configPath)) ?? {};
    const text = await prettier.format(JSON.stringify(config), {
        ...options,
        filepath: configPath
    });
    writeFileSync(configPath, text);
    console.log(`tsconfig.json: ${Object.keys(paths).length} bundle paths`);
}
