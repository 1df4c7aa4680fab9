// Safety and quality of the page: hostile payloads contained, markup in every text field shown
// as text, no serious or critical axe-core violations, and the README's screenshots.
/* global window, document -- callbacks of page.evaluate run in the browser */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
    ROOT,
    axeViolations,
    launchConsole,
    playAll,
    saveScreenshot,
    settle,
    stepTo
} from './harness.mjs';

const XSS = '<img src=x onerror="window.__vckXss=(window.__vckXss||0)+1">';
const XSS_SCRIPT = '<script>window.__vckXss=(window.__vckXss||0)+1</script>';
const XSS_SVG = '"><svg onload="window.__vckXss=(window.__vckXss||0)+1"> {{7*7}} ${7*7}';
const SCREENSHOTS = join(ROOT, 'docs/screenshots');
/** 14 May 2025, 14:00 UTC: the screenshots' clock. */
const T0 = Date.UTC(2025, 4, 14, 14, 0, 0);

let browser;
let session;

before(async () => {
    browser = await launchConsole();
    session = await browser.open();
});

after(async () => {
    await browser?.close();
});

async function texts(page, selector) {
    return (await page.locator(selector).allInnerTexts()).map((value) => value.trim());
}

describe('hostile payloads', () => {
    it('are contained: the page stays up and the bus rejects what it cannot trust', async () => {
        const { page } = session;
        const before = await page.evaluate(() => window.voiceSimulator.diagnostics());
        assert.equal(await playAll(page, 'hostile-payloads'), 'finished');
        const after = await page.evaluate(() => window.voiceSimulator.diagnostics());
        assert.ok(
            after.rejectedTotal - before.rejectedTotal >= 12,
            'malformed payloads are rejected'
        );
        assert.deepEqual(session.errors, []);
        // The page still works after the onslaught.
        assert.equal(
            await page.evaluate(() =>
                window.voiceSimulator.emit('mute', { callId: 'hostile-9001' })
            ),
            4
        );
    });

    it('no panel listener throws on them', async () => {
        const { page } = session;
        const before = await page.evaluate(
            () => window.voiceSimulator.diagnostics().subscriberErrors
        );
        await playAll(page, 'hostile-payloads');
        const after = await page.evaluate(
            () => window.voiceSimulator.diagnostics().subscriberErrors
        );
        assert.equal(after - before, 0);
    });

    it('markup in every text field renders as text and never runs', async () => {
        const { page } = session;
        // The markup steps of the hostile scenario, on a clean console of their own.
        await page.evaluate(
            ({ img, script, svg }) => {
                const sim = window.voiceSimulator;
                sim.reset();
                const callId = 'markup-1';
                const say = (type, id, text, sender, extra = {}) =>
                    sim.emit(type, {
                        id,
                        callId,
                        content: { formatType: 'Text', text },
                        sender,
                        ...extra
                    });
                sim.emit('callstarted', { callId, callType: img, participant: script });
                sim.emit('callconnected', { callId, callType: img, participant: script });
                say('transcript', 'm1', img, { role: 'EndUser', displayName: script });
                say('transcript', 'm2', svg, { role: img, displayName: svg });
                say('note', 'm3', script, { role: 'Supervisor', displayName: img });
                say('flagraise', 'm4', img, { role: 'Agent', displayName: script });
                sim.emit('participantadded', { callId, participant: img });
            },
            { img: XSS, script: XSS_SCRIPT, svg: XSS_SVG }
        );
        await settle(page);
        assert.equal(await page.evaluate(() => window.__vckXss), undefined, 'no handler ran');
        assert.equal(await page.locator('img[src="x"]').count(), 0, 'no injected <img>');
        assert.equal(await page.locator('svg[onload]').count(), 0, 'no injected <svg>');
        assert.equal(await page.locator('sim-app script').count(), 0, 'no injected <script>');

        const transcript = 'c-live-transcript [data-row]';
        assert.deepEqual(await texts(page, `${transcript} [data-id="text"]`), [XSS, XSS_SVG]);
        assert.deepEqual(await texts(page, `${transcript} [data-id="name"]`), [
            XSS_SCRIPT,
            XSS_SVG
        ]);
        const note = 'c-notes-feed [data-kind="note"]';
        assert.deepEqual(await texts(page, `${note} [data-id="text"]`), [XSS_SCRIPT]);
        assert.deepEqual(await texts(page, `${note} [data-id="who"]`), [XSS]);
        const flag = 'c-supervisor-flag-board [data-id="queue"]';
        assert.deepEqual(await texts(page, `${flag} [data-id="message"]`), [XSS]);
        assert.deepEqual(await texts(page, `${flag} [data-id="who"]`), [XSS_SCRIPT]);
        const status = 'c-call-status-panel';
        assert.equal((await texts(page, `${status} [data-id="caller"]`))[0], XSS_SCRIPT);
        const participants = await texts(page, `${status} [data-id="participants"] li`);
        assert.ok(
            participants.some((row) => row.includes(XSS)),
            participants.join(' | ')
        );
        const timeline = await texts(page, 'sim-event-timeline [data-id="timeline"] li');
        assert.ok(
            timeline.some((row) => row.includes(XSS)),
            'timeline summary'
        );
        assert.deepEqual(session.errors, []);
    });
});

describe('accessibility', () => {
    it('axe-core finds no serious or critical violations mid-call, flag raised', async () => {
        const { page } = session;
        await stepTo(page, 'supervisor-flag', 'Flag raised');
        assert.deepEqual(await axeViolations(page), []);
    });

    it('nor during a transfer with every panel busy', async () => {
        const { page } = session;
        await stepTo(page, 'transfer-conference', 'Billing Tier 2 joins');
        assert.deepEqual(await axeViolations(page), []);
    });

    /** Mid-conference with 40 notes: Notes and the Timeline scroll, the Flags panel is open. */
    async function busyConsole(page) {
        await stepTo(page, 'transfer-conference', 'Billing Tier 2 joins');
        await page.evaluate(() => {
            const sim = window.voiceSimulator;
            const { callId } = sim.calls()[0];
            for (let n = 1; n <= 40; n += 1) {
                sim.emit('note', {
                    id: `busy-${n}`,
                    callId,
                    content: { formatType: 'Text', text: `Note ${n}` },
                    sender: { role: 'Agent', displayName: 'Angela Agent' }
                });
            }
            sim.openPanel('supervisorFlagBoard');
        });
        await settle(page);
    }

    for (const viewport of [
        { width: 1920, height: 1080 },
        { width: 1440, height: 900 },
        { width: 360, height: 740 }
    ]) {
        it(`the whole console page, busy mid-call at ${viewport.width} px, has none either`, async () => {
            const { page } = session;
            await page.setViewportSize(viewport);
            await busyConsole(page);
            const timeline = page.locator('sim-event-timeline [data-id="timeline-region"]');
            assert.ok(
                await timeline.evaluate((element) => element.scrollHeight > element.clientHeight),
                'the timeline scrolls, so scrollable-region-focusable has something to check'
            );
            assert.equal(await timeline.getAttribute('tabindex'), '0');
            assert.deepEqual(await axeViolations(page), []);
            await page.setViewportSize({ width: 1920, height: 1080 });
        });
    }

    it('the page has exactly one banner landmark, its header', async () => {
        const { page } = session;
        await busyConsole(page);
        const rules = [
            'landmark-no-duplicate-banner',
            'landmark-banner-is-top-level',
            'landmark-no-duplicate-contentinfo',
            'landmark-no-duplicate-main',
            'landmark-unique'
        ];
        const everyImpact = ['minor', 'moderate', 'serious', 'critical'];
        assert.deepEqual(await axeViolations(page, { rules, impacts: everyImpact }), []);
        // Every element as axe sees the page (its own tree, synthetic shadow included).
        const banners = await page.evaluate(() => {
            const { axe } = window;
            const tree = axe.setup(document);
            try {
                return axe.utils
                    .querySelectorAll(tree, '*')
                    .filter(
                        (node) =>
                            axe.commons.aria.getRole(node) === 'banner' &&
                            axe.commons.dom.isVisibleToScreenReaders(node)
                    )
                    .map((node) => node.actualNode.className);
            } finally {
                axe.teardown();
            }
        });
        assert.deepEqual(banners, ['slds-page-header sim-header']);
    });
});

describe('screenshots for the README', () => {
    /**
     * Opens a console whose clock reads T0 + the scenario's own time at each step, so the
     * durations, clock faces and waits in the picture are the scenario's and the same every run.
     */
    async function shoot(scenario, steps, file, { query = '', viewport } = {}) {
        const { page, errors } = await browser.open(`scenario=${scenario}${query}`, {
            fixedTime: T0
        });
        try {
            if (viewport) {
                await page.setViewportSize(viewport);
            }
            const timeline = await page.evaluate(
                (name) => window.voiceSimulator.scenarioSteps(name),
                scenario
            );
            for (const step of timeline.slice(0, steps)) {
                await page.clock.setFixedTime(T0 + step.at);
                await page.evaluate(() => window.voiceSimulator.step());
                await settle(page);
            }
            await page.clock.setFixedTime(T0 + timeline[steps - 1].at + 1000);
            // Let every once-a-second clock on the page redraw at the final time.
            await page.waitForTimeout(1200);
            await settle(page);
            await saveScreenshot(page, join(SCREENSHOTS, file));
            assert.deepEqual(errors, []);
        } finally {
            await page.close();
        }
    }

    it('an inbound call mid-call', async () => {
        await shoot('inbound-call', 12, 'console-inbound-call.png');
    });

    it('a supervisor flag raised, with notes', async () => {
        await shoot('supervisor-flag', 8, 'console-supervisor-flag.png');
    });

    it('a conference after a transfer', async () => {
        await shoot('transfer-conference', 14, 'console-transfer-conference.png');
    });

    it('the panels in German at utility-bar width', async () => {
        // German has the longest words of the shipped languages; at 1800 px each workspace
        // panel is the utility bar's 340 px wide.
        await shoot('transfer-conference', 8, 'console-german-utility-width.png', {
            query: '&language=de&locale=de-DE&timeZone=Europe/Berlin',
            viewport: { width: 1800, height: 1000 }
        });
    });
});
