// Issue 10, in a real browser: quick genuine swaps show who is really on hold. Swap clicked
// twice 450 ms apart, and the shipped transfer-conference scenario played at 10x speed, leave
// the call status panel agreeing with the simulated telephony system, party by party.
/* global window, document -- page.evaluate callbacks */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchConsole, settle, stepTo } from './harness.mjs';

const STATUS = 'c-call-status-panel';

let browser;
let session;

before(async () => {
    browser = await launchConsole();
    session = await browser.open();
});

after(async () => {
    await browser?.close();
});

/** Who is on hold, as the telephony system has it: [name, onHold] per party. */
async function telephony(page) {
    return page.evaluate(() => {
        const [call] = window.voiceSimulator.calls();
        return [call.caller, ...call.thirdParties].map((party) => [party.name, party.onHold]);
    });
}

/** Who is on hold, as the call status panel shows it: [name, onHold] per participant row. */
async function panel(page) {
    const rows = page.locator(`${STATUS} [data-id="participants"] li`);
    const shown = [];
    for (let index = 0; index < (await rows.count()); index += 1) {
        const row = rows.nth(index);
        const name = (await row.locator('p.slds-truncate').innerText()).trim();
        const action = await row
            .locator('[data-action="hold"], [data-action="resume"]')
            .getAttribute('data-action');
        // A held party is offered Resume, one on the line Hold.
        shown.push([name, action === 'resume']);
    }
    return shown;
}

/** Waits until the telephony system has applied `count` more swaps after `since`. */
async function waitForSwaps(page, since, count) {
    await page.waitForFunction(
        ({ after: seq, count: wanted }) =>
            window.voiceSimulator
                .timeline()
                .filter(
                    (entry) => entry.seq > seq && entry.kind === 'event' && entry.name === 'swap'
                ).length >= wanted,
        { after: since, count }
    );
    await settle(page);
}

describe('quick swaps in Chromium', () => {
    it('Swap clicked twice 450 ms apart: the panel shows who the telephony system has on hold', async () => {
        const { page, errors } = session;
        await stepTo(page, 'transfer-conference', 'Billing Tier 2 joins');
        const before = await telephony(page);
        assert.deepEqual(before, [
            ['+1 (206) 555-0117', true],
            ['Billing Tier 2', false]
        ]);
        const since = (await page.evaluate(() => window.voiceSimulator.timeline())).at(-1).seq;
        const swap = page.locator(`${STATUS} [data-action="swap"]`);
        await swap.click();
        await page.waitForTimeout(450);
        await page.waitForFunction(
            (selector) => !document.querySelector(selector)?.disabled,
            `${STATUS} [data-action="swap"]`
        );
        await swap.click();
        await waitForSwaps(page, since, 2);

        assert.deepEqual(await telephony(page), before, 'two swaps: back where it started');
        assert.deepEqual(await panel(page), await telephony(page));
        assert.deepEqual(errors, []);
    });

    it('the transfer-conference scenario at 10x: after its two swaps (400 ms apart) the panel matches the telephony system', async () => {
        const { page, errors } = session;
        await page.evaluate(() => {
            window.voiceSimulator.select('transfer-conference');
            window.voiceSimulator.reset();
            // Not awaited: the page plays on while the test watches.
            window.voiceSimulator.play('transfer-conference', { speed: 10 });
        });
        // Step 12 is the second swap ("Swap: back to the consultant"); pause right after it.
        await page.waitForFunction(() => {
            const sim = window.voiceSimulator;
            if (sim.status().position >= 12) {
                sim.pause();
                return true;
            }
            return false;
        });
        await settle(page);
        const position = await page.evaluate(() => window.voiceSimulator.status().position);
        const shown = await telephony(page);
        if (position === 12) {
            // Both swaps applied: the consultant is back on the line, the caller held.
            assert.deepEqual(shown, [
                ['+1 (206) 555-0117', true],
                ['Billing Tier 2', false]
            ]);
        }
        assert.deepEqual(await panel(page), shown);
        assert.deepEqual(errors, []);
    });
});
