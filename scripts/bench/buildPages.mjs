// Builds the bench pages into dist/simulator/bench/, beside the local console so its server
// (simulator/server.mjs) serves them: index.html (the four panels, compiled like the console
// with the real LWC engine, Lightning Web Security and the platform stand-ins), index-nolws.html
// (the same without the sandbox) and bus.html (the bus benchmark bundle only).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { OUT_DIR, simulatorConfig } from '../build-simulator.mjs';
import { bundleBusBench } from './bus/bundle.mjs';

const PAGE_DIR = join(import.meta.dirname, 'page');
export const BENCH_DIR = join(OUT_DIR, 'bench');

/**
 * The bench page's bundle, with namespace c in Lightning Web Security's sandbox (as in an org,
 * `panels.js`) or without it (`panels-nolws.js`, the reference that shows what the sandbox costs).
 */
async function buildPanelsPage(lws, name) {
    // The console's own build settings (plugins, stand-ins, in production mode, as an org runs
    // LWC), with the bench page as the entry.
    const config = simulatorConfig({ production: true, lws });
    config.input = join(PAGE_DIR, 'panels.js');
    config.output = { ...config.output, file: join(BENCH_DIR, `${name}.js`) };
    const bundle = await rollup(config);
    try {
        await bundle.write(config.output);
    } finally {
        await bundle.close();
    }
    const html = readFileSync(join(PAGE_DIR, 'index.html'), 'utf8');
    writeFileSync(
        join(BENCH_DIR, name === 'panels' ? 'index.html' : `index-${name.split('-')[1]}.html`),
        html.replace('src="panels.js"', `src="${name}.js"`)
    );
}

export async function buildBenchPages() {
    mkdirSync(BENCH_DIR, { recursive: true });
    await buildPanelsPage(true, 'panels');
    await buildPanelsPage(false, 'panels-nolws');
    copyFileSync(join(PAGE_DIR, 'bus.html'), join(BENCH_DIR, 'bus.html'));
    await bundleBusBench(join(BENCH_DIR, 'busBench.js'));
    return BENCH_DIR;
}
