// npm run build (also run by `prepare` on npm ci): TypeScript -> platform JavaScript beside
// each .ts, with native decorators. The platform deploys only the .js (see .forceignore).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const run = (args) => {
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) {
        process.exit(result.status ?? 1);
    }
};

run([join(root, 'scripts/generate-tsconfig-paths.mjs')]);
run([require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json']);

// Git ignores exactly what tsc emitted (a .js beside a .ts), so a bundle a team writes in plain
// JavaScript is committed like any other file. Each list is written here, not committed.
for (const relativeDir of ['force-app/main/default/lwc', 'examples/force-app/main/default/lwc']) {
    const lwcDir = join(root, relativeDir);
    if (!existsSync(lwcDir)) {
        continue;
    }
    const emitted = [];
    (function collect(dir, relativePath) {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const path = relativePath ? `${relativePath}/${entry.name}` : entry.name;
            if (entry.isDirectory() && entry.name !== '__tests__') {
                collect(join(dir, entry.name), path);
            } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
                emitted.push(`/${path.slice(0, -3)}.js`);
            }
        }
    })(lwcDir, '');
    writeFileSync(
        join(lwcDir, '.gitignore'),
        `# Written by npm run build: the JavaScript tsc emits beside each .ts (never committed).\n${emitted.sort().join('\n')}\n`
    );
}
