// Type-checks the console's TypeScript (page code, platform stand-ins and their tests) against
// the real bundles. Writes simulator/tsconfig.json first: TypeScript needs one `paths` entry per
// module (it refuses `c/*` → `lwc/*/*`), and bundles come and go.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const SIM_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = join(SIM_DIR, '..');

function modulePaths(dir, namespace, prefix) {
    const paths = {};
    for (const name of readdirSync(dir).sort()) {
        if (existsSync(join(dir, name, `${name}.ts`))) {
            paths[`${namespace}/${name}`] = [`${prefix}/${name}/${name}.ts`];
        }
    }
    return paths;
}

export async function writeTsconfig() {
    const config = {
        extends: '../tsconfig.json',
        compilerOptions: {
            noEmit: true,
            types: ['jest', 'node'],
            paths: {
                ...modulePaths(
                    join(ROOT, 'force-app/main/default/lwc'),
                    'c',
                    '../force-app/main/default/lwc'
                ),
                ...modulePaths(join(SIM_DIR, 'src/modules/sim'), 'sim', './src/modules/sim')
            }
        },
        include: ['src/**/*.ts', '../types/**/*.d.ts'],
        exclude: ['../force-app/**/__tests__/**', '../node_modules']
    };
    const file = join(SIM_DIR, 'tsconfig.json');
    // Compared as data, so a prettier-formatted file is left alone when nothing changed.
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (current === '' || JSON.stringify(JSON.parse(current)) !== JSON.stringify(config)) {
        // Written as prettier would, so `npm run prettier:verify` stays clean.
        const options = await prettier.resolveConfig(file);
        writeFileSync(
            file,
            await prettier.format(JSON.stringify(config), { ...options, filepath: file })
        );
    }
    return file;
}

const file = await writeTsconfig();
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const result = spawnSync(process.execPath, [tsc, '-p', file], { stdio: 'inherit' });
process.exit(result.status ?? 1);
