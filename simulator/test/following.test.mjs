// Issue 10, in a real browser: a burst of malformed payloads mid-call, among them state events
// for call ids nobody started (12345 as a number, "stray-2"), leaves every panel on the call
// the agent is on; the next real utterance shows; the controls stay on the real call; a page
// reload restores that call, not a stray one.
/* global window, document -- page.evaluate callbacks */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { label, launchConsole, settle, text } from './harness.mjs';

const STATUS = 'c-call-status-panel';
const TRANSCRIPT = 'c-live-transcript';
const CALL_ID = 'native-3001';
const CALLER = '+1 (312) 555-0188';
const NEXT_LINE = 'REAL-LINE-AFTER-THE-BURST';

let browser;

before(async () => {
    browser = await launchConsole();
});

after(async () => {
    await browser?.close();
});

/** Native Telephony: connected, three transcript lines, the caller on hold. */
async function playToCallerOnHold(page) {
    await page.evaluate(() => {
        const sim = window.voiceSimulator;
        sim.reset();
        sim.select('native-telephony');
        for (let step = 0; step < 5; step += 1) {
            sim.step();
        }
    });
    await settle(page);
}

/** The kind of burst the shipped hostile-payloads scenario sends, with stray call ids in it. */
async function hostileBurst(page) {
    await page.evaluate(() => {
        const sim = window.voiceSimulator;
        const quiet = { packetsCount: 500, packetsLost: 0, jitterBufferMillis: 5 };
        sim.emit('hold', { callId: 12345, participant: '+1 (555) 010-0000' });
        sim.emit('mute', { callId: 12345 });
        sim.emit('audiostats', {
            callId: '12345',
            stats: [{ inputChannelStats: quiet, outputChannelStats: quiet }]
        });
        sim.emit('participantadded', { callId: 'stray-2', participant: 'Quick Connect' });
        sim.emit('resume', { callId: 'stray-2' });
        sim.emit('transcript', null);
        sim.emit('mute', 42);
        sim.emit('hold', { participant: 'no call id' });
        sim.emit('flagraise', { callId: 'stray-3', id: 'f-stray', content: { text: 'Help' } });
    });
    await settle(page);
}

async function shown(page) {
    return {
        caller: await text(page, `${STATUS} [data-id="caller"]`),
        phase: await text(page, `${STATUS} [data-id="phase"]`),
        endCallEnabled: await page
            .locator(`${STATUS} [data-action="endCall"]`)
            .evaluate((button) => !button.disabled),
        statusSwitcher: await page
            .locator(`${STATUS} c-voice-call-switcher lightning-combobox`)
            .evaluate((box) => box.value),
        transcriptSwitcher: await page
            .locator(`${TRANSCRIPT} c-voice-call-switcher lightning-combobox`)
            .evaluate((box) => box.value)
    };
}

describe('a stray event never takes the panels away from the live call (Chromium)', () => {
    let session;
    const onTheRealCall = {
        caller: CALLER,
        phase: label('VCK_Common_PhaseOnHold'),
        endCallEnabled: true,
        statusSwitcher: CALL_ID,
        transcriptSwitcher: CALL_ID
    };

    it('mid-call, a hostile burst with stray call ids leaves every panel on the real call', async () => {
        session = await browser.open();
        const { page } = session;
        await playToCallerOnHold(page);
        assert.equal(await text(page, `${STATUS} [data-id="caller"]`), CALLER);
        await hostileBurst(page);

        assert.deepEqual(await shown(page), onTheRealCall);
        // The stray calls are listed, marked as such, never chosen.
        const options = await page
            .locator(`${STATUS} c-voice-call-switcher lightning-combobox`)
            .evaluate((box) => box.options.map((option) => [option.value, option.label]));
        assert.equal(options[0][0], CALL_ID);
        const strays = options.filter(([value]) => value !== CALL_ID);
        assert.ok(strays.length >= 2, `stray calls listed: ${JSON.stringify(options)}`);
        for (const [, optionLabel] of strays) {
            assert.ok(optionLabel.endsWith(label('VCK_Common_StrayCall')), optionLabel);
        }
        const diagnostics = await page.evaluate(() => window.voiceSimulator.diagnostics());
        assert.ok(diagnostics.rejectedTotal >= 3, 'the unusable payloads were rejected');
    });

    it('the next real utterance shows in the live transcript of the real call', async () => {
        const { page } = session;
        await page.evaluate(
            ([callId, line]) =>
                window.voiceSimulator.emit('transcript', {
                    id: `${callId}-after-burst`,
                    callId,
                    clientSentTimestamp: Date.now(),
                    serverReceivedTimestamp: Date.now(),
                    content: { formatType: 'Text', text: line },
                    sender: { role: 'EndUser', displayName: 'Caller' }
                }),
            [CALL_ID, NEXT_LINE]
        );
        await settle(page);
        const lines = await page
            .locator(`${TRANSCRIPT} [data-row] [data-id="text"]`)
            .evaluateAll((rows) => rows.map((row) => row.textContent.trim()));
        // The scenario's lines were stamped ahead on its own clock: the new one sorts among them.
        assert.equal(lines.length, 4, JSON.stringify(lines));
        assert.ok(lines.includes(NEXT_LINE), JSON.stringify(lines));
        assert.deepEqual(await shown(page), onTheRealCall);
    });

    it('after a page reload the panels restore the real call, not a stray one', async () => {
        const { page, errors } = session;
        await page.reload();
        await page.waitForFunction(
            () => window.voiceSimulator && document.querySelector('sim-app')
        );
        await settle(page);
        assert.deepEqual(await shown(page), onTheRealCall);
        assert.deepEqual(errors, []);
    });
});
