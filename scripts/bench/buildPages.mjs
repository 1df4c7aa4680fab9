// Builds the bench pages into dist/simulator/bench/, beside the local console so its server
// (simulator/server.mjs) serves them: panels.html (the four panels, compiled like the console
// with the real LWC engine and platform stand-ins) and bus.html (the bus benchmark bundle only).
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { OUT_DIR, simulatorConfig } from '../build-simulator.mjs';
import { bundleBusBench } from './bus/bundle.mjs';

const PAGE_DIR = join(import.meta.dirname, 'page');
export const BENCH_DIR = join(OUT_DIR, 'bench');

export async function buildBenchPages() {
    mkdirSync(BENCH_DIR, { recursive: true });
    // The console's own build settings (plugins, stand-ins, in production mode, as an org runs LWC),
    // with the bench page as the entry.
    const config = simulatorConfig({ production: true });
    config.input = join(PAGE_DIR, 'panels.js');
    config.output = { ...config.output, file: join(BENCH_DIR, 'panels.js') };
    const bundle = await rollup(config);
    try {
        await bundle.write(config.output);
    } finally {
        await bundle.close();
    }
    copyFileSync(join(PAGE_DIR, 'index.html'), join(BENCH_DIR, 'index.html'));
    copyFileSync(join(PAGE_DIR, 'bus.html'), join(BENCH_DIR, 'bus.html'));
    await bundleBusBench(join(BENCH_DIR, 'busBench.js'));
    return BENCH_DIR;
}
