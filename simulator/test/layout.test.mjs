// The console's own layout as a user sees it, from a wide monitor to a 360 px phone: flag card
// numbers on one line at utility-bar width, the Flags panel beside (not over) "Load a scenario
// file", long workspace panels reachable, no sideways scrolling at 360 px, the telephony
// system's call ids whole, the speed picker showing the speed in the URL.
/* global window, document, getComputedStyle -- callbacks of page.evaluate run in the browser */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { continueTo, hitAtCentre, launchConsole, settle, stepTo, text } from './harness.mjs';

const FLAGS = 'c-supervisor-flag-board';
const NUMBER = '+1 (617) 555-0166';
/** A wide monitor, a laptop, the single-column layout (under 80rem) and a phone. */
const VIEWPORTS = [
    { width: 1920, height: 1080 },
    { width: 1440, height: 900 },
    { width: 1280, height: 800 },
    { width: 360, height: 740 }
];

let browser;
let session;

before(async () => {
    browser = await launchConsole();
    session = await browser.open();
});

after(async () => {
    await browser?.close();
});

async function atViewport(page, viewport) {
    await page.setViewportSize(viewport);
    await settle(page);
}

/** The Flags utility item open, as a supervisor keeps it. */
async function openFlags(page) {
    await page.evaluate(() => window.voiceSimulator.openPanel('supervisorFlagBoard'));
    await settle(page);
}

function rectOf(locator) {
    return locator.evaluate((element) => {
        const { left, top, right, bottom, width, height } = element.getBoundingClientRect();
        return { left, top, right, bottom, width, height };
    });
}

const overlap = (a, b) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('flag cards at utility-bar width', () => {
    for (const viewport of [VIEWPORTS[0], VIEWPORTS[3]]) {
        it(`keep "${NUMBER}" on one line at ${viewport.width} px`, async () => {
            const { page } = session;
            await atViewport(page, viewport);
            await stepTo(page, 'supervisor-flag', 'Flag raised');
            await openFlags(page);
            const panel = page.locator('[data-utility-panel="utility-supervisorFlagBoard"]');
            const { width } = await rectOf(panel);
            // Lightning's utility panel is 340 px wide; a phone has less.
            assert.ok(width <= 340, `panel ${width} px wide`);

            const context = page.locator(`${FLAGS} [data-id="queue"] [data-id="context"]`);
            const number = context.locator('.flag-number');
            // Flag rows off screen skip layout (content-visibility: auto), as the supervisor's
            // would: look at the row where they would, on screen.
            await number.scrollIntoViewIfNeeded();
            await settle(page);
            assert.equal((await number.innerText()).replace(/[\u2068\u2069]/g, ''), NUMBER);
            const lines = await number.evaluate((element) => ({
                boxes: element.getClientRects().length,
                height: element.getBoundingClientRect().height,
                lineHeight: parseFloat(getComputedStyle(element.parentElement).lineHeight)
            }));
            assert.equal(lines.boxes, 1, 'the number is one box, not broken across lines');
            assert.ok(lines.height <= lines.lineHeight * 1.2, `number ${lines.height} px tall`);
            // The line around it still wraps: the card is not widened by it.
            const fits = await context.evaluate(
                (element) => element.scrollWidth <= element.clientWidth
            );
            assert.ok(fits, 'the context line fits the card');
            assert.deepEqual(session.errors, []);
        });
    }

    it('a caller name and a long message still wrap within the card', async () => {
        const { page } = session;
        await atViewport(page, VIEWPORTS[0]);
        await page.evaluate(() => {
            const sim = window.voiceSimulator;
            sim.reset();
            const participant = 'Dana Longname-Customer of Northwind Traders Incorporated';
            sim.emit('callconnected', { callId: 'wrap-1', callType: 'inbound', participant });
            sim.emit('flagraise', {
                id: 'wrap-f1',
                callId: 'wrap-1',
                content: { formatType: 'Text', text: 'Please help, '.repeat(12) },
                sender: { role: 'Agent', displayName: 'Angela Agent' }
            });
        });
        await settle(page);
        await openFlags(page);
        const card = page.locator(`${FLAGS} [data-flag-id="wrap-f1"]`);
        assert.equal(await card.locator('.flag-number').count(), 0, 'a name is not a number');
        for (const id of ['context', 'message']) {
            const shape = await card.locator(`[data-id="${id}"]`).evaluate((element) => ({
                lines: Math.round(
                    element.getBoundingClientRect().height /
                        parseFloat(getComputedStyle(element).lineHeight)
                ),
                fits: element.scrollWidth <= element.clientWidth
            }));
            assert.ok(shape.lines > 1, `${id} wraps`);
            assert.ok(shape.fits, `${id} fits the card`);
        }
    });
});

describe('the Flags panel and the scenario player', () => {
    for (const viewport of VIEWPORTS) {
        it(`at ${viewport.width}×${viewport.height}, the open Flags panel leaves "Load a scenario file" visible and clickable`, async () => {
            const { page } = session;
            await atViewport(page, viewport);
            await stepTo(page, 'supervisor-flag', 'Flag raised');
            await openFlags(page);
            const panel = page.locator('[data-utility-panel="utility-supervisorFlagBoard"]');
            const dropZone = page.locator(
                '[data-id="scenario-file"] .slds-file-selector__dropzone'
            );
            await dropZone.scrollIntoViewIfNeeded();
            assert.ok(await panel.isVisible(), 'the Flags panel is open');
            assert.ok(await dropZone.isVisible(), 'the drop zone shows');
            assert.ok(!overlap(await rectOf(panel), await rectOf(dropZone)), 'apart');
            assert.ok(await hitAtCentre(dropZone), 'nothing covers the drop zone');
            // Playwright's own actionability check: visible, stable, and the element (not
            // something over it) receives a click at its centre. Throws if not.
            await dropZone.click({ trial: true, timeout: 10_000 });
            await panel.locator(`${FLAGS} [data-id="queue"]`).scrollIntoViewIfNeeded();
            assert.ok(await hitAtCentre(panel.locator(`${FLAGS} [data-flag-id]`).first()));
            assert.deepEqual(session.errors, []);
        });
    }
});

describe('long workspace panels', () => {
    for (const viewport of VIEWPORTS.slice(0, 3)) {
        it(`at ${viewport.width}×${viewport.height}, many notes leave every panel's last item reachable`, async () => {
            const { page } = session;
            await atViewport(page, viewport);
            await stepTo(page, 'inbound-call', 'Caller on hold');
            await page.evaluate(() => {
                const sim = window.voiceSimulator;
                const { callId } = sim.calls()[0];
                for (let n = 1; n <= 60; n += 1) {
                    sim.emit('note', {
                        id: `many-${n}`,
                        callId,
                        content: { formatType: 'Text', text: `Note ${n}: the order, the refund.` },
                        sender: { role: 'Agent', displayName: 'Angela Agent' }
                    });
                }
            });
            await settle(page);
            const frames = page.locator('sim-panel-frame section[data-panel]');
            assert.equal(await frames.count(), 3);
            for (const name of ['callStatusPanel', 'liveTranscript', 'notesFeed']) {
                const frame = page.locator(`sim-panel-frame [data-panel="${name}"]`);
                const clipped = await frame.evaluate((element) => {
                    const hidden = [];
                    for (let node = element; node; node = node.parentElement) {
                        const { overflowX, overflowY } = getComputedStyle(node);
                        if (/hidden|clip/.test(`${overflowX} ${overflowY}`)) {
                            hidden.push(node.tagName);
                        }
                    }
                    return hidden;
                });
                assert.deepEqual(clipped, [], `${name}: nothing around it hides overflow`);
                // The panel's body is a focusable region: a keyboard scrolls it to its end.
                const body = frame.locator('[data-id="panel-body"]');
                assert.equal(await body.getAttribute('tabindex'), '0');
                await body.focus();
                await page.keyboard.press('End');
                await page.waitForFunction(
                    (element) =>
                        element.scrollTop + element.clientHeight >= element.scrollHeight - 1,
                    await body.elementHandle()
                );
                const last = body.locator('li').last();
                await last.scrollIntoViewIfNeeded();
                assert.ok(await hitAtCentre(last), `${name}: its last item can be seen`);
            }
            const lastNote = page.locator('c-notes-feed [data-kind="note"]').last();
            assert.match(await lastNote.innerText(), /Note 60:/);
            assert.deepEqual(session.errors, []);
        });
    }
});

describe('a 360 px phone', () => {
    for (const [scenario, moment] of [
        ['transfer-conference', 'Billing Tier 2 joins'],
        ['supervisor-flag', 'Flag raised']
    ]) {
        it(`mid-call (${scenario}), the page is no wider than the screen`, async () => {
            const { page } = session;
            await atViewport(page, VIEWPORTS[3]);
            await stepTo(page, scenario, moment);
            await openFlags(page);
            const width = await page.evaluate(() => document.documentElement.scrollWidth);
            assert.ok(width <= 360, `the page is ${width} px wide`);
        });
    }
});

describe('telephony system', () => {
    it('names both concurrent calls in full', async () => {
        const { page } = session;
        await atViewport(page, VIEWPORTS[0]);
        await stepTo(page, 'concurrent-calls', 'Second call rings');
        const titles = (
            await page
                .locator('sim-telephony-status [data-id="telephony-call-title"]')
                .allInnerTexts()
        ).map((title) => title.trim());
        assert.equal(titles.length, 2, titles.join(' | '));
        assert.ok(
            titles.some((title) => title.endsWith('· pair-7001')),
            titles.join(' | ')
        );
        assert.ok(
            titles.some((title) => title.endsWith('· pair-7002')),
            titles.join(' | ')
        );
        await continueTo(page, 'Second call ends');
        assert.match(
            await text(page, 'sim-telephony-status [data-id="telephony-calls"]'),
            /After-call work · pair-7002/
        );
    });
});

describe('speed picker', () => {
    /** The speed the picker shows, as its button reads. */
    async function shownSpeed(page) {
        return text(page, 'sim-scenario-player [data-id="speed"] button');
    }

    for (const [speed, shown] of [
        ['10', '10×'],
        ['0.5', '0.5×'],
        ['100', '100×'],
        ['max', 'As fast as possible'],
        ['3', '3×']
    ]) {
        it(`shows ${shown} for ?speed=${speed}`, async () => {
            const { page, errors } = await browser.open(`scenario=inbound-call&speed=${speed}`);
            try {
                assert.equal(await shownSpeed(page), shown);
                const expected = speed === 'max' ? Infinity : Number(speed);
                assert.equal(
                    await page.evaluate(() => window.voiceSimulator.status().speed),
                    expected,
                    'and plays at it'
                );
                assert.deepEqual(errors, []);
            } finally {
                await page.close();
            }
        });
    }

    it('keeps a speed it does not offer in its menu, in order, until another is picked', async () => {
        const { page } = await browser.open('scenario=inbound-call&speed=3&autoplay');
        try {
            const player = page.locator('sim-scenario-player');
            await player.locator('[data-id="speed"] button').click();
            const items = player.locator('lightning-base-combobox-item');
            const labels = (await items.allInnerTexts()).map((item) => item.trim());
            assert.deepEqual(labels.slice(2, 5), ['2×', '3×', '5×']);
            await player.locator('lightning-base-combobox-item[data-value="10"]').click();
            await settle(page);
            assert.equal(await shownSpeed(page), '10×');
            assert.equal(await page.evaluate(() => window.voiceSimulator.status().speed), 10);
        } finally {
            await page.close();
        }
    });
});
