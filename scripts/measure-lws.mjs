// node scripts/measure-lws.mjs [runs]: what Lightning Web Security costs the local console.
// Builds the console with the sandbox on and off (each twice, so the second build has a warm
// compile cache), then loads each in headless Chromium `runs` times (default 7, a fresh
// browser context each) and reports the time from navigation to the workspace panels
// rendered (performance.now() in the page when they all show text). Prints a Markdown table.
/* global document -- the waitForFunction callback runs in the page */
import { copyFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { rollup } from 'rollup';
import { ROOT, simulatorConfig } from './build-simulator.mjs';
import { startServer } from '../simulator/server.mjs';
import { CHROMIUM_ARGS, findChromium } from '../simulator/test/harness.mjs';

const RUNS = Number(process.argv[2] ?? 7);
const PANELS = ['c-call-status-panel', 'c-live-transcript', 'c-notes-feed'];

async function build(lws, outDir) {
    const started = performance.now();
    const config = simulatorConfig({ lws });
    const bundle = await rollup(config);
    const file = join(outDir, 'app.js');
    try {
        await bundle.write({ ...config.output, file });
    } finally {
        await bundle.close();
    }
    copyFileSync(join(ROOT, 'simulator/src/index.html'), join(outDir, 'index.html'));
    return { ms: Math.round(performance.now() - started), bytes: statSync(file).size };
}

/** Milliseconds from navigation start to every workspace panel showing text, once per run. */
async function pageLoads(outDir) {
    const server = await startServer({ port: 0, distDir: outDir });
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    const times = [];
    try {
        for (let run = 0; run < RUNS; run += 1) {
            const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
            const page = await context.newPage();
            await page.goto(server.url, { waitUntil: 'commit' });
            const handle = await page.waitForFunction(
                (tags) => {
                    const find = (root, tag) => {
                        const hit = root.querySelector(tag);
                        if (hit) {
                            return hit;
                        }
                        for (const element of root.querySelectorAll('*')) {
                            const inner = element.shadowRoot && find(element.shadowRoot, tag);
                            if (inner) {
                                return inner;
                            }
                        }
                        return null;
                    };
                    const rendered = tags.every(
                        (tag) => (find(document, tag)?.innerText ?? '').trim() !== ''
                    );
                    return rendered && performance.now();
                },
                PANELS,
                { polling: 'raf', timeout: 30_000 }
            );
            times.push(await handle.jsonValue());
            await context.close();
        }
    } finally {
        await browser.close();
        await server.close();
    }
    return times.sort((a, b) => a - b);
}

const median = (values) => values[Math.floor(values.length / 2)];
const rows = [];
for (const lws of [true, false]) {
    const outDir = join(ROOT, `dist/measure-lws-${lws ? 'on' : 'off'}`);
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const builds = [await build(lws, outDir), await build(lws, outDir)];
    const loads = await pageLoads(outDir);
    rows.push(
        `| ${lws ? 'on' : 'off'} | ${builds.map(({ ms }) => (ms / 1000).toFixed(1)).join(' / ')} | ` +
            `${builds[1].bytes.toLocaleString('en-US')} | ${Math.round(median(loads))} ` +
            `(${Math.round(loads[0])}–${Math.round(loads.at(-1))}) |`
    );
}
console.log(
    [
        `| LWS | build s (1st / 2nd) | app.js bytes | page load to panels, ms: median (min–max of ${RUNS}) |`,
        '| --- | --- | --- | --- |',
        ...rows
    ].join('\n')
);
