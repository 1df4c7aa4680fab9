// Shared set-up for the browser tests: Debian's Chromium (or CHROMIUM_PATH) through
// playwright-core, one launch per test file, a fresh profile, the console served on an
// ephemeral loopback port, and no network beyond it.
/* global window, document, requestAnimationFrame -- callbacks of page.evaluate run in the browser */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { parseLabels } from '../build/labels.mjs';
import { startServer } from '../server.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

export const CHROMIUM_ARGS = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync'
];

/** The browser binary: CHROMIUM_PATH, else Debian's /usr/bin/chromium. Never skips. */
export function findChromium() {
    const configured = process.env.CHROMIUM_PATH;
    if (configured) {
        if (!existsSync(configured)) {
            throw new Error(`CHROMIUM_PATH is set to ${configured}, which does not exist.`);
        }
        return configured;
    }
    if (existsSync('/usr/bin/chromium')) {
        return '/usr/bin/chromium';
    }
    throw new Error(
        'The browser tests need Chromium and none was found. Install it (Debian/Ubuntu: ' +
            '`sudo apt-get install -y chromium`; .ci/run does this) or set CHROMIUM_PATH to a ' +
            'Chromium or Chrome binary.'
    );
}

/** Custom Label values by name, from the labels XML the page is built with. */
export const LABELS = parseLabels(
    readFileSync(join(ROOT, 'force-app/main/default/labels/CustomLabels.labels-meta.xml'), 'utf8')
);

export function label(name) {
    if (!LABELS.has(name)) {
        throw new Error(`No Custom Label ${name}`);
    }
    return LABELS.get(name);
}

export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Starts the server and the browser. `open(query)` gives a fresh page on the console with its
 * page errors and console errors collected; `close()` stops everything (but a server at `url`).
 */
export async function launchConsole({ url } = {}) {
    if (!url && !existsSync(join(ROOT, 'dist/simulator/app.js'))) {
        throw new Error('dist/simulator is missing: run `npm run build:simulator` first.');
    }
    const executablePath = findChromium();
    // `url`: a console served elsewhere (`npm start` in a throwaway clone); else this build's.
    const server = url ? { url, close: async () => {} } : await startServer({ port: 0 });
    const profile = mkdtempSync(join(tmpdir(), 'vck-browser-'));
    let context;
    try {
        context = await chromium.launchPersistentContext(profile, {
            executablePath,
            headless: true,
            args: CHROMIUM_ARGS,
            viewport: { width: 1920, height: 1080 },
            // Same clock faces and formats on every machine (screenshots, time assertions).
            locale: 'en-US',
            timezoneId: 'UTC',
            timeout: 60_000
        });
    } catch (error) {
        await server.close();
        rmSync(profile, { recursive: true, force: true });
        throw error;
    }
    // Nothing leaves the machine: the console and data: URLs only.
    await context.route('**/*', (route) => {
        const url = route.request().url();
        return url.startsWith(server.url) || url.startsWith('data:')
            ? route.continue()
            : route.abort();
    });
    for (const page of context.pages()) {
        await page.close();
    }

    /** `fixedTime` (ms): Date.now() returns it (move it with page.clock.setFixedTime). */
    async function open(query = '', { fixedTime } = {}) {
        const page = await context.newPage();
        if (fixedTime !== undefined) {
            scenarioClocks.set(page, fixedTime);
            await page.clock.setFixedTime(fixedTime);
        }
        const errors = [];
        page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
        page.on('console', (message) => {
            if (message.type() === 'error') {
                errors.push(`console.error: ${message.text()}`);
            }
        });
        const started = Date.now();
        await page.goto(`${server.url}${query ? `?${query}` : ''}`);
        await page.waitForFunction(
            () => window.voiceSimulator && document.querySelector('sim-app')
        );
        await settle(page);
        return { page, errors, loadMs: Date.now() - started };
    }

    async function close() {
        await context.close();
        await server.close();
        rmSync(profile, { recursive: true, force: true });
    }

    return { open, close, server };
}

/**
 * Lightning Web Security namespaces the Web Storage keys of each sandbox: a kit component's
 * `sessionStorage.setItem(key, …)` lands under `LSKey[c]` + key, as in an org. Seen from
 * outside the sandbox (a test, the simulator), that is the key to read.
 */
export const LWS_STORAGE_PREFIX = 'LSKey[c]';

/** The key the kit's `key` is stored under on this page (prefixed when the sandbox is on). */
export async function kitStorageKey(page, key) {
    const sandboxed = await page.evaluate(() => window.voiceSimulator.lightningWebSecurity);
    return sandboxed ? `${LWS_STORAGE_PREFIX}${key}` : key;
}

/** Lets LMS deliveries and LWC re-renders finish (two animation frames after the microtasks). */
export async function settle(page) {
    await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    );
}

/** Text of the first element matching the selector (across synthetic shadow), trimmed. */
export async function text(page, selector) {
    return (await page.locator(selector).first().innerText()).trim();
}

/**
 * Emits the loaded scenario's steps one at a time, a few milliseconds apart (as telephony
 * events arrive: never two in the same millisecond), up to the next step with this label.
 */
async function stepUntil(page, stepLabel) {
    const epoch = scenarioClocks.get(page);
    if (epoch !== undefined) {
        await stepOnScenarioClock(page, stepLabel, epoch);
        return;
    }
    await page.evaluate(async (target) => {
        const simulator = window.voiceSimulator;
        const { name, position } = simulator.status();
        const steps = simulator.scenarioSteps(name);
        const index = steps.findIndex((step, at) => at >= position && step.label === target);
        if (index < 0) {
            throw new Error(`No step labelled "${target}" ahead in ${name}`);
        }
        for (let at = position; at <= index; at += 1) {
            simulator.step();
            await new Promise((resolve) => setTimeout(resolve, 2));
        }
    }, stepLabel);
    await settle(page);
}

/** Pages opened with a fixed clock: their epoch, the scenario's time zero. */
const scenarioClocks = new WeakMap();

/**
 * Emits the steps one by one with the page's clock set to the scenario's own time for each
 * (epoch + at), as they would arrive in a real call: 30 s between audio samples, say.
 */
async function stepOnScenarioClock(page, stepLabel, epoch) {
    const { name, position } = await page.evaluate(() => window.voiceSimulator.status());
    const steps = await page.evaluate(
        (scenario) => window.voiceSimulator.scenarioSteps(scenario),
        name
    );
    const index = steps.findIndex((step, at) => at >= position && step.label === stepLabel);
    if (index < 0) {
        throw new Error(`No step labelled "${stepLabel}" ahead in ${name}`);
    }
    for (let at = position; at <= index; at += 1) {
        await page.clock.setFixedTime(epoch + steps[at].at);
        await page.evaluate(() => window.voiceSimulator.step());
    }
    await settle(page);
}

/**
 * Loads a scenario on a fresh console and emits its steps up to the labelled one: a few
 * milliseconds apart, or at the scenario's own times on a page opened with `fixedTime`.
 */
export async function stepTo(page, scenario, stepLabel) {
    await page.evaluate((name) => {
        window.voiceSimulator.select(name);
        window.voiceSimulator.reset();
    }, scenario);
    await settle(page);
    await stepUntil(page, stepLabel);
}

/** Continues the loaded scenario up to the next step with this label. */
export async function continueTo(page, stepLabel) {
    await stepUntil(page, stepLabel);
}

/** Plays a whole scenario on a fresh console as fast as possible; resolves with the status. */
export async function playAll(page, scenario) {
    const status = await page.evaluate(async (name) => {
        window.voiceSimulator.select(name);
        window.voiceSimulator.reset();
        return window.voiceSimulator.play(name, { speed: 'max' });
    }, scenario);
    await settle(page);
    return status;
}

/** Timeline entries newest last, optionally only those after a given sequence number. */
export async function timeline(page, since = 0) {
    const entries = await page.evaluate(() => window.voiceSimulator.timeline());
    return entries.filter((entry) => entry.seq > since);
}

export async function lastSeq(page) {
    return (await timeline(page)).at(-1)?.seq ?? 0;
}

/** Waits for the timeline to hold a finished action and the event it led to. */
export async function waitForRoundTrip(page, since, action, event) {
    await page.waitForFunction(
        ({ since: after, action: name, event: type }) => {
            const entries = window.voiceSimulator.timeline().filter((entry) => entry.seq > after);
            return (
                entries.some(
                    (entry) =>
                        entry.kind === 'action' && entry.name === name && entry.outcome === 'ok'
                ) &&
                entries.some(
                    (entry) =>
                        entry.kind === 'event' &&
                        entry.name === type &&
                        entry.source === 'telephony'
                )
            );
        },
        { since, action, event },
        { timeout: 10_000 }
    );
    await settle(page);
}

/**
 * Whether a click at the element's centre lands on it (or inside it), not on something over
 * it. Synthetic shadow retargets document.elementFromPoint to <sim-app>, so this borrows the
 * unpatched elementFromPoint and contains from a fresh realm (an about:blank iframe).
 */
export async function hitAtCentre(locator) {
    return locator.evaluate((element) => {
        const frame = document.createElement('iframe');
        document.documentElement.appendChild(frame);
        try {
            const realm = frame.contentWindow;
            const { left, top, width, height } = element.getBoundingClientRect();
            const hit = realm.Document.prototype.elementFromPoint.call(
                document,
                left + width / 2,
                top + height / 2
            );
            return hit !== null && realm.Node.prototype.contains.call(element, hit);
        } finally {
            frame.remove();
        }
    });
}

/**
 * Serious and critical axe-core violations on the whole page, or in the element `within`
 * selects (looked for through the components' shadow trees), as readable lines. `rules` checks
 * only those axe rules, `impacts` widens or narrows what counts.
 */
export async function axeViolations(
    page,
    { within = null, rules, impacts = ['serious', 'critical'] } = {}
) {
    await page.addScriptTag({ content: AXE_SOURCE });
    const violations = await page.evaluate(
        async ({ selector, runOnly }) => {
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
            const context = selector ? find(document) : document;
            if (!context) {
                throw new Error(`No ${selector} on the page`);
            }
            const result = await window.axe.run(context, {
                resultTypes: ['violations'],
                ...(runOnly ? { runOnly } : {})
            });
            return result.violations.map((violation) => ({
                id: violation.id,
                impact: violation.impact,
                help: violation.help,
                targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' '))
            }));
        },
        { selector: within, runOnly: rules }
    );
    return violations
        .filter((violation) => impacts.includes(violation.impact))
        .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.targets.join(' | ')})`);
}

/** Pixels that differ between two PNGs (decoded by the page's canvas); -1 when sizes differ. */
async function differingPixels(page, first, second) {
    return page.evaluate(
        async ([a, b]) => {
            const load = (base64) =>
                new Promise((resolve, reject) => {
                    const image = new window.Image();
                    image.onload = () => resolve(image);
                    image.onerror = reject;
                    image.src = `data:image/png;base64,${base64}`;
                });
            const pixels = (image) => {
                const canvas = document.createElement('canvas');
                canvas.width = image.width;
                canvas.height = image.height;
                const context = canvas.getContext('2d');
                context.drawImage(image, 0, 0);
                return context.getImageData(0, 0, image.width, image.height).data;
            };
            const [imageA, imageB] = await Promise.all([load(a), load(b)]);
            if (imageA.width !== imageB.width || imageA.height !== imageB.height) {
                return -1;
            }
            const [dataA, dataB] = [pixels(imageA), pixels(imageB)];
            let count = 0;
            for (let index = 0; index < dataA.length; index += 4) {
                if (
                    dataA[index] !== dataB[index] ||
                    dataA[index + 1] !== dataB[index + 1] ||
                    dataA[index + 2] !== dataB[index + 2]
                ) {
                    count += 1;
                }
            }
            return count;
        },
        [first.toString('base64'), second.toString('base64')]
    );
}

/**
 * Saves a screenshot of the page (or of one locator), unless the file already holds the same picture: a few
 * anti-aliased pixels that differ from run to run are not worth a changed file in git.
 */
export async function saveScreenshot(page, path, locator = null) {
    const shot = await (locator ?? page).screenshot();
    if (existsSync(path)) {
        const changed = await differingPixels(page, readFileSync(path), shot);
        if (changed >= 0 && changed <= 200) {
            return false;
        }
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, shot);
    return true;
}
