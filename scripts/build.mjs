// npm run build (also run by `prepare` on npm ci): TypeScript -> platform JavaScript beside
// each .ts, with native decorators. The platform deploys only the .js (see .forceignore).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
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
