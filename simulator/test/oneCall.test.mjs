// Issue 12 in a real browser: with two concurrent calls Call Status, Live Transcript and Notes
// follow the same call and label it the same way; once both calls ended no switcher reads
// "Select an Option"; a reload mid-call that did not keep the conversation text (the default)
// says so in the transcript, in the notes and on the flag card, and new lines show below it.
/* global window, document -- page.evaluate callbacks */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
    ROOT,
    continueTo,
    label,
    launchConsole,
    playAll,
    settle,
    stepTo,
    text
} from './harness.mjs';

const STATUS = 'c-call-status-panel';
const TRANSCRIPT = 'c-live-transcript';
const NOTES = 'c-notes-feed';
const FLAGS = 'c-supervisor-flag-board';
const FOLLOWING = [STATUS, TRANSCRIPT, NOTES];
const REFRESH_SCENARIO = JSON.parse(
    readFileSync(join(ROOT, 'simulator/test/data/refresh-mid-call.json'), 'utf8')
);

let browser;

before(async () => {
    browser = await launchConsole();
});

after(async () => {
    await browser?.close();
});

/** What each panel's call switcher reads ("Call" and the shown call), or null when hidden. */
async function switcherTexts(page) {
    const texts = [];
    for (const panel of FOLLOWING) {
        const box = page.locator(`${panel} c-voice-call-switcher lightning-combobox`);
        texts.push((await box.count()) ? (await box.innerText()).trim().split(/\s*\n\s*/) : null);
    }
    return texts;
}

/** Emits the loaded scenario's next steps, one at a time. */
async function step(page, count) {
    await page.evaluate(async (steps) => {
        for (let index = 0; index < steps; index += 1) {
            window.voiceSimulator.step();
            await new Promise((resolve) => setTimeout(resolve, 2));
        }
    }, count);
    await settle(page);
}

/** As callLabel in c/voiceViewUtils: the caller, from the telephony system, bidi-isolated. */
function callLabel(caller, phase) {
    return `\u2068${caller}\u2069 · ${label('VCK_Common_Inbound')} · ${label(phase)}`;
}

describe('one call across panels (Chromium)', () => {
    let session;

    it('two concurrent calls: Status, Transcript and Notes show the same call, labelled alike', async () => {
        session = await browser.open();
        const { page } = session;
        await stepTo(page, 'concurrent-calls', 'Second call rings');
        // Connected, two lines, a note: the second call is the one the agent talks on.
        await step(page, 5);

        const second = ['Call', callLabel('+1 (415) 555-0202', 'VCK_Common_PhaseConnected')];
        assert.deepEqual(await switcherTexts(page), [second, second, second]);
        assert.deepEqual(
            (
                await page.locator(`${NOTES} [data-kind="note"] [data-id="text"]`).allInnerTexts()
            ).map((line) => line.trim()),
            ['Friday 10:00 appointment confirmed.']
        );

        await continueTo(page, 'Back to the first caller');
        const first = ['Call', callLabel('+1 (415) 555-0101', 'VCK_Common_PhaseConnected')];
        assert.deepEqual(await switcherTexts(page), [first, first, first]);
        assert.equal(await page.locator(`${NOTES} [data-kind="note"]`).count(), 0);
    });

    it('after both calls end no panel shows "Select an Option"; each says no call is active', async () => {
        const { page, errors } = session;
        await playAll(page, 'concurrent-calls');

        const none = ['Call', label('VCK_Common_NoActiveCall')];
        assert.deepEqual(await switcherTexts(page), [none, none, none]);
        const pageText = await page.evaluate(() => document.body.innerText);
        assert.ok(!pageText.includes('Select an Option'), 'no combobox placeholder left');

        // Looking back at a call in Notes: the switcher names it, marked Ended.
        await page.locator(`${NOTES} c-voice-call-switcher lightning-combobox button`).click();
        await page
            .locator(`${NOTES} lightning-base-combobox-item`, { hasText: '+1 (415) 555-0101' })
            .click();
        await settle(page);
        const [, , notes] = await switcherTexts(page);
        assert.deepEqual(notes, ['Call', callLabel('+1 (415) 555-0101', 'VCK_Common_PhaseEnded')]);
        assert.equal(
            await text(page, `${NOTES} [data-kind="note"] [data-id="text"]`),
            'Shipping address updated to 12 Harbour Street, Apt 4B.'
        );
        assert.deepEqual(errors, []);
        await page.close();
    });
});

describe('after a reload that did not keep the conversation text (Chromium)', () => {
    it('Transcript, Notes and the flag card say it; new lines show below the notice', async () => {
        const { page, errors } = await browser.open();
        try {
            await page.evaluate((file) => window.voiceSimulator.load(file), REFRESH_SCENARIO);
            await stepTo(page, 'refresh-mid-call', 'Recording paused');
            await page.reload();
            await page.waitForFunction(
                () => window.voiceSimulator && document.querySelector('sim-app')
            );
            await settle(page);

            const hint = label('VCK_Common_KeepAfterRefreshHint');
            const notice = async (selector) =>
                (await page.locator(`${selector} p`).allInnerTexts()).map((line) => line.trim());
            assert.deepEqual(await notice(`${TRANSCRIPT} [data-id="empty"]`), [
                label('VCK_Transcript_NotKeptAfterRefresh'),
                hint
            ]);
            assert.deepEqual(await notice(`${NOTES} [data-id="not-kept"]`), [
                label('VCK_NotesFeed_NotKeptAfterRefresh'),
                hint
            ]);
            assert.equal(
                await text(page, `${FLAGS} [data-flag-id="refresh-1-f1"] [data-id="message"]`),
                label('VCK_FlagBoard_MessageNotKept')
            );

            await page.evaluate(() =>
                window.voiceSimulator.emit('transcript', {
                    id: 'refresh-1-after',
                    callId: 'refresh-1',
                    clientSentTimestamp: Date.now(),
                    serverReceivedTimestamp: Date.now(),
                    content: { formatType: 'Text', text: 'A LINE AFTER THE RELOAD' },
                    sender: { role: 'EndUser', displayName: 'Caller' }
                })
            );
            await settle(page);
            assert.deepEqual(await notice(`${TRANSCRIPT} [data-id="not-kept"]`), [
                label('VCK_Transcript_NotKeptAfterRefresh'),
                hint
            ]);
            assert.deepEqual(
                (
                    await page.locator(`${TRANSCRIPT} [data-row] [data-id="text"]`).allInnerTexts()
                ).map((line) => line.trim()),
                ['A LINE AFTER THE RELOAD']
            );
            assert.deepEqual(errors, []);
        } finally {
            await page.close();
        }
    });
});
