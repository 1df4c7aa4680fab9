// Namespace c really runs in Lightning Web Security's sandbox, and what the kit does under it
// still works: the bus's refresh save lands under the sandbox's namespaced storage key (the
// sandbox's own distortion, on the kit's own code path), and both downloads, the transcript
// export and the capture file (a Blob behind an object URL), save the file a user expects.
/* global window, document -- page.evaluate callbacks run in the browser */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { LWS_STORAGE_PREFIX, launchConsole, settle, stepTo, text } from './harness.mjs';

const STATE_KEY = 'voiceConsoleKit.v1.state';
const CALL_ID = 'in-1001';
const FIRST_LINE = 'Thank you for calling Northwind';

let browser;

before(async () => {
    browser = await launchConsole();
});

after(async () => {
    await browser?.close();
});

/** Clicks `selector` and returns the saved file's name and text. */
async function download(page, selector) {
    const [file] = await Promise.all([
        page.waitForEvent('download', { timeout: 10_000 }),
        page.locator(selector).click()
    ]);
    return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

describe('Lightning Web Security in the local console', () => {
    it('is on: the header and window.voiceSimulator say so', async () => {
        const { page, errors } = await browser.open();
        try {
            assert.equal(await text(page, '[data-id="lws-status"]'), 'Lightning Web Security: on');
            assert.equal(
                await page.evaluate(() => window.voiceSimulator.lightningWebSecurity),
                true
            );
            assert.deepEqual(errors, []);
        } finally {
            await page.close();
        }
    });

    it('is really active: the bus’s sessionStorage write lands under the key LSKey[c] namespaces', async () => {
        const { page, errors } = await browser.open();
        try {
            await stepTo(page, 'inbound-call', 'Agent answers');
            // The bus always saves on pagehide; dispatching it saves now, without leaving.
            await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
            const stored = await page.evaluate(
                (keys) => Object.fromEntries(keys.map((key) => [key, sessionStorage.getItem(key)])),
                [STATE_KEY, `${LWS_STORAGE_PREFIX}${STATE_KEY}`]
            );
            assert.equal(stored[STATE_KEY], null, 'nothing under the bare key: the sandbox is off');
            const saved = stored[`${LWS_STORAGE_PREFIX}${STATE_KEY}`];
            assert.ok(saved, `the call is saved under ${LWS_STORAGE_PREFIX}${STATE_KEY}`);
            assert.match(saved, new RegExp(CALL_ID));
            // The kit itself reads it back under its own key: the reload restores the call.
            await page.reload();
            await page.waitForFunction(
                () => window.voiceSimulator && document.querySelector('sim-app')
            );
            await settle(page);
            assert.equal(await text(page, 'c-call-status-panel [data-id="phase"]'), 'Connected');
            assert.deepEqual(errors, []);
        } finally {
            await page.close();
        }
    });

    it('the transcript export downloads its text/plain file', async () => {
        const { page, errors } = await browser.open();
        try {
            await stepTo(page, 'inbound-call', 'Caller on hold');
            const file = await download(page, 'c-live-transcript [data-id="download"]');
            assert.match(file.name, new RegExp(`${CALL_ID}.*\\.txt$`));
            assert.ok(file.text.includes(FIRST_LINE), 'the file holds the conversation');
            await settle(page);
            assert.ok(
                (await page.locator('c-live-transcript').innerText()).includes(file.name),
                'the panel says where it saved'
            );
            assert.deepEqual(errors, []);
        } finally {
            await page.close();
        }
    });

    it('the call status panel’s capture downloads its application/json scenario file', async () => {
        const { page, errors } = await browser.open('callStatusPanel.captureEvents=true');
        try {
            await stepTo(page, 'inbound-call', 'Caller on hold');
            const file = await download(page, 'c-call-status-panel [data-id="capture-download"]');
            assert.match(file.name, /^voice-capture-.*\.json$/);
            const scenario = JSON.parse(file.text);
            assert.equal(scenario.format, 'voice-console-kit/scenario');
            assert.ok(scenario.steps.length > 0, 'the capture holds the call’s events');
            await settle(page);
            assert.ok(
                (await text(page, 'c-call-status-panel [data-id="capture-message"]')).includes(
                    file.name
                )
            );
            assert.deepEqual(errors, []);
        } finally {
            await page.close();
        }
    });
});
