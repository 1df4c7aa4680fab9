// node scripts/lws-distortions.mjs: checks, in the local console's page, the Lightning Web
// Security distortions simulator/README.md lists. Builds the console with a probe entry
// (scripts/lws/probeEntry.mjs) into dist/lws-probe/, plays inbound-call to mid-call in headless
// Chromium, runs each probe as source text in sandbox key c (the kit's own sandbox), and prints
// what it observed. Exits 1 if a documented distortion no longer happens (after an upgrade of
// @locker/*, say).
/* global window, document -- page.evaluate callbacks run in the page */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { rollup } from 'rollup';
import { ROOT, simulatorConfig } from './build-simulator.mjs';
import { startServer } from '../simulator/server.mjs';
import { CHROMIUM_ARGS, findChromium, stepTo } from '../simulator/test/harness.mjs';

const OUT_DIR = join(ROOT, 'dist/lws-probe');

/**
 * Each probe: a function body run in sandbox c, what it must return (`expect`), and optionally
 * what the page outside sees afterwards (`outside`, `expectOutside`); `host` hands the body a
 * page element as `arg`.
 */
const PROBES = [
    {
        name: 'storage keys namespaced',
        body: `sessionStorage.setItem('probe', 'v');
            return JSON.stringify([sessionStorage.getItem('probe'), Object.keys(sessionStorage)]);`,
        outside: () => JSON.stringify(Object.keys(sessionStorage).sort()),
        // Inside: its own keys, unprefixed, and not the simulator's.
        expect: /^\["v",\[(?!.*simulator\.telephony).*"probe"/,
        expectOutside: /"LSKey\[c\]probe"/
    },
    {
        name: 'cookies namespaced',
        body: `document.cookie = 'probe=1'; return document.cookie;`,
        outside: () => document.cookie,
        expect: /^probe=1$/,
        expectOutside: /LSKey-c\$probe=1/
    },
    {
        name: 'Blob with a MIME parameter',
        body: `try { URL.createObjectURL(new Blob(['x'], { type: 'text/plain;charset=utf-8' }));
            return 'accepted'; } catch (e) { return 'refused: ' + e.message; }`,
        expect: /^refused: .*Unsupported MIME type/
    },
    {
        name: 'Blob text/plain, application/json',
        body: `return ['text/plain', 'application/json'].map((type) =>
            URL.createObjectURL(new Blob(['{}'], { type })).slice(0, 5)).join(' ');`,
        expect: /^blob: blob:$/
    },
    {
        name: 'document.write',
        body: `try { document.write('<p>x</p>'); return 'allowed'; }
            catch (e) { return 'blocked: ' + e.message; }`,
        expect: /^blocked: /
    },
    {
        name: 'document.replaceChildren',
        body: `try { document.replaceChildren(); return 'allowed'; }
            catch (e) { return 'blocked: ' + e.message; }`,
        expect: /^blocked: /
    },
    {
        name: 'window.open same-origin',
        body: `try { return 'opened ' + window.open('/'); }
            catch (e) { return 'blocked: ' + e.message; }`,
        expect: /^blocked: .*Cannot open/
    },
    {
        name: 'window.open cross-origin',
        body: `try { return 'returned ' + window.open('https://example.com/'); }
            catch (e) { return 'blocked: ' + e.message; }`,
        expect: /^returned null$/
    },
    {
        name: 'javascript: href',
        body: `const a = document.createElement('a');
            try { a.href = 'javascript:void 0'; return 'set'; }
            catch (e) { return 'blocked: ' + e.message; }`,
        expect: /^blocked: /
    },
    {
        name: 'shadowRoot of lightning-button-icon',
        host: 'lightning-button-icon',
        body: 'return String(arg.shadowRoot);',
        expect: /^null$/
    },
    {
        name: 'shadowRoot of c-live-transcript',
        host: 'c-live-transcript',
        body: 'return String(arg.shadowRoot);',
        expect: /^null$/
    },
    {
        name: 'global write stays inside',
        body: 'window.lwsProbeGlobal = 42; return String(window.lwsProbeGlobal);',
        outside: () => String(window.lwsProbeGlobal),
        expect: /^42$/,
        expectOutside: /^undefined$/
    },
    {
        name: 'innerHTML sanitized',
        body: `const d = document.createElement('div');
            d.innerHTML = '<img src="x" onerror="1"><script>1</script><b>ok</b>';
            return d.innerHTML;`,
        expect: /^<img src="x"><b>ok<\/b>$/
    },
    {
        name: 'iframe srcdoc',
        body: `try { document.createElement('iframe').srcdoc = '<p>'; return 'set'; }
            catch (e) { return 'blocked: ' + e.message; }`,
        expect: /^blocked: /
    }
];

async function buildProbePage() {
    const config = {
        ...simulatorConfig({ lws: true }),
        input: join(ROOT, 'scripts/lws/probeEntry.mjs')
    };
    const bundle = await rollup(config);
    try {
        await bundle.write({ ...config.output, file: join(OUT_DIR, 'app.js') });
    } finally {
        await bundle.close();
    }
    mkdirSync(OUT_DIR, { recursive: true });
    copyFileSync(join(ROOT, 'simulator/src/index.html'), join(OUT_DIR, 'index.html'));
}

/** Runs one probe in sandbox c (its host, if any, found through the shadow trees outside). */
function runProbe(page, { body, host }) {
    return page.evaluate(
        ({ source, selector }) => {
            const find = (root) => {
                const hit = root.querySelector(selector);
                if (hit) {
                    return hit;
                }
                for (const element of root.querySelectorAll('*')) {
                    const inner = element.shadowRoot && find(element.shadowRoot);
                    if (inner) {
                        return inner;
                    }
                }
                return null;
            };
            try {
                return String(window.lwsProbe(source, selector ? find(document) : undefined));
            } catch (error) {
                return `probe failed: ${error.message}`;
            }
        },
        { source: body, selector: host ?? null }
    );
}

await buildProbePage();
const server = await startServer({ port: 0, distDir: OUT_DIR });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
let failed = 0;
try {
    const page = await browser.newPage();
    // Nothing leaves the machine: a cross-origin window.open gets an aborted request.
    await page
        .context()
        .route('**/*', (route) =>
            route.request().url().startsWith(server.url) ? route.continue() : route.abort()
        );
    await page.goto(server.url);
    await page.waitForFunction(() => window.voiceSimulator && document.querySelector('sim-app'));
    await stepTo(page, 'inbound-call', 'Caller on hold');
    const report = (name, observed, ok) => {
        failed += ok ? 0 : 1;
        console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${observed}`);
    };
    for (const probe of PROBES) {
        const inside = await runProbe(page, probe);
        const outside = probe.outside ? await page.evaluate(probe.outside) : null;
        const ok =
            probe.expect.test(inside) &&
            (!probe.expectOutside || probe.expectOutside.test(outside));
        report(probe.name, outside === null ? inside : `inside ${inside}; outside ${outside}`, ok);
    }
    // The gates matter: without LWS_DEFAULT_GATER_FEATURES the href rule is gone.
    await page.evaluate(() => window.lwsGatesOff());
    const href = PROBES.find(({ name }) => name === 'javascript: href');
    const ungated = await runProbe(page, href);
    report('javascript: href without the gates', ungated, ungated === 'set');
} finally {
    await browser.close();
    await server.close();
}
process.exit(failed ? 1 : 0);
