// Writes one "c/<bundle>" entry per LWC bundle into tsconfig.json's paths: TypeScript refuses
// a "c/*" -> "lwc/*/*" pattern (TS5062), so the list is generated. `--check` fails if stale.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The deployed bundles, then the examples (examples/README.md: built and tested, never deployed).
const LWC_DIRS = ['force-app/main/default/lwc', 'examples/force-app/main/default/lwc'];

const paths = {};
for (const dir of LWC_DIRS.filter((relativeDir) => existsSync(join(root, relativeDir)))) {
    for (const name of readdirSync(join(root, dir)).sort()) {
        if (existsSync(join(root, dir, name, `${name}.ts`))) {
            paths[`c/${name}`] = [`./${dir}/${name}/${name}.ts`];
        }
    }
}
// Tests also see the test kit by name, as jest.config.js maps it (docs/TESTING.md). The test
// config repeats the bundles because a tsconfig's paths replace, not extend, the base's.
const testPaths = { ...paths, voiceTestKit: ['./force-app/test/voiceTestKit.ts'] };

let prettier;
async function writeConfig(file, wanted) {
    const configPath = join(root, file);
    const config = JSON.parse(readFileSync(configPath, 'utf8'));
    if (JSON.stringify(config.compilerOptions.paths) === JSON.stringify(wanted)) {
        return;
    }
    if (process.argv.includes('--check')) {
        console.error(`${file} paths are stale: run npm run build`);
        process.exit(1);
    }
    config.compilerOptions.paths = wanted;
    // Written as Prettier would, so a new bundle does not leave the format check red.
    prettier ??= await import('prettier');
    const options = (await prettier.resolveConfig(configPath)) ?? {};
    const text = await prettier.format(JSON.stringify(config), {
        ...options,
        filepath: configPath
    });
    writeFileSync(configPath, text);
    console.log(`${file}: ${Object.keys(wanted).length} paths`);
}

await writeConfig('tsconfig.json', paths);
await writeConfig('tsconfig.test.json', testPaths);
