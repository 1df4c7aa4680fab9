// Issue 10, in a real browser: the shipped clock-skew scenario on the scenario's own clock, for
// a Salesforce user who is German in Berlin (?locale=de-DE&timeZone=Europe/Berlin) while the
// browser is en-US in UTC. Every duration counts on the agent's clock whatever the servers
// say; clock times show in the user's locale and zone.
/* global window -- page.evaluate callbacks */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { continueTo, label, launchConsole, settle, stepTo, text } from './harness.mjs';

const STATUS = 'c-call-status-panel';
const FLAGS = 'c-supervisor-flag-board';
/** The scenario's time zero: 09:00:00 UTC, 10:00:00 in Berlin (CET). */
const EPOCH = Date.UTC(2026, 2, 2, 9, 0, 0);
const AHEAD_FLAG = 'skew-ahead-6001-f1';
const BEHIND_FLAG = 'skew-behind-6002-f1';

let browser;
let session;

before(async () => {
    browser = await launchConsole();
    session = await browser.open('locale=de-DE&timeZone=Europe/Berlin', { fixedTime: EPOCH });
});

after(async () => {
    await browser?.close();
});

/** Moves the page's clock to `at` ms into the scenario and lets the shared clock tick. */
async function clockAt(page, at) {
    await page.clock.setFixedTime(EPOCH + at);
    // The one-second clock keeps running on real timers: wait for its next tick.
    await page.waitForTimeout(1_200);
    await settle(page);
}

async function waitClock(page, flagId) {
    const clock = page.locator(`${FLAGS} [data-flag-id="${flagId}"] [data-id="clock"]`);
    return {
        text: (await clock.innerText()).trim(),
        overdue: (await clock.getAttribute('class')).includes('slds-theme_warning')
    };
}

async function flagContext(page, flagId) {
    return text(page, `${FLAGS} [data-flag-id="${flagId}"] p.slds-text-body_small`);
}

const waiting = (clock) => label('VCK_FlagBoard_Waiting').replace('{0}', clock);

describe("clock skew and the user's locale in Chromium", () => {
    it("a flag from a server 5 minutes ahead waits 0:00, then counts on the agent's clock", async () => {
        const { page } = session;
        await stepTo(page, 'clock-skew', 'Flag raised on a server 5 minutes ahead');
        assert.deepEqual(await waitClock(page, AHEAD_FLAG), {
            text: waiting('0:00'),
            overdue: false
        });
        await clockAt(page, 11_000);
        assert.deepEqual(await waitClock(page, AHEAD_FLAG), {
            text: waiting('0:05'),
            overdue: false
        });
        // Connected at 0:01 on the agent's clock.
        assert.equal(await text(page, `${STATUS} [data-timer="duration"] [role="timer"]`), '0:10');
        // Raised at the server's 09:05:06 UTC: 10:05:06 in Berlin, the German way.
        assert.match(await flagContext(page, AHEAD_FLAG), /10:05:06/);
    });

    it('a flag from a server 10 minutes behind waits 0:00, not 10:00, and is not overdue', async () => {
        const { page } = session;
        await continueTo(page, 'Flag raised on a server 10 minutes behind');
        assert.deepEqual(await waitClock(page, BEHIND_FLAG), {
            text: waiting('0:00'),
            overdue: false
        });
        await clockAt(page, 43_000);
        assert.deepEqual(await waitClock(page, BEHIND_FLAG), {
            text: waiting('0:05'),
            overdue: false
        });
        assert.match(await flagContext(page, BEHIND_FLAG), /09:50:38/);
    });

    it('hold time and "lowered after" count on the agent\'s clock too', async () => {
        const { page, errors } = session;
        await continueTo(page, 'Caller on hold');
        await clockAt(page, 47_000);
        assert.equal(await text(page, `${STATUS} [data-timer="hold"] [role="timer"]`), '0:05');
        await continueTo(page, 'First flag lowered');
        const outcome = await text(
            page,
            `${FLAGS} [data-id="history"] [data-flag-id="${AHEAD_FLAG}"] [data-id="outcome"]`
        );
        // Raised at 0:06, lowered at 0:55 on the agent's clock; lowered at 10:05:55 in Berlin.
        assert.match(outcome, /0:49/);
        assert.match(outcome, /10:05:55/);
        assert.deepEqual(errors, []);
        const status = await page.evaluate(() => window.voiceSimulator.status());
        assert.equal(status.name, 'clock-skew');
    });
});
