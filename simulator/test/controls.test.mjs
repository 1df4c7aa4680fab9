// Issue 12, in Chromium: every Call Status control round-trips through the simulated telephony
// system, is offered only when it can act, and keeps keyboard focus when it gives way to another
// (Accept turns into the in-call controls, Hang up removes its row), so the next Enter still
// does something. Also Native Telephony (no swap; after-call work ends at the next call) and the
// panel at utility-bar width.
/* global window, document -- page.evaluate callbacks */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
    ROOT,
    axeViolations,
    label,
    lastSeq,
    launchConsole,
    saveScreenshot,
    settle,
    stepTo,
    text,
    timeline,
    waitForRoundTrip
} from './harness.mjs';

const STATUS = 'c-call-status-panel';
const CONTROLS = `${STATUS} c-voice-call-controls`;
const NUMBER = '+1 (206) 555-0100';

let browser;
let session;

before(async () => {
    browser = await launchConsole();
    session = await browser.open();
});

after(async () => {
    await browser?.close();
});

/** The data-focus-key of the control that has keyboard focus ('body' when focus was dropped). */
async function focusedKey(page) {
    return page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) {
            active = active.shadowRoot.activeElement;
        }
        if (!active || active === document.body) {
            return 'body';
        }
        for (let node = active; node; node = node.parentNode ?? node.host) {
            const key = node.getAttribute?.('data-focus-key');
            if (key) {
                return key;
            }
        }
        return active.tagName.toLowerCase();
    });
}

/** The controls the panel offers, by action (participant rows as action:participantType). */
async function offered(page) {
    return page
        .locator(`${STATUS} [data-action], ${CONTROLS} [data-id$="-toggle"]`)
        .evaluateAll((elements) =>
            elements.map((element) => {
                const row = element.closest('li');
                const name = element.dataset.action ?? element.dataset.id;
                return row ? `${name}:${row.dataset.participant}` : name;
            })
        );
}

async function outcome(page) {
    return (await page.locator(`${STATUS} [data-id="control-outcome"]`).textContent()).trim();
}

/** Presses Enter on a control found by data-action, from the keyboard. */
async function pressEnter(page, selector) {
    await page.locator(selector).first().focus();
    await page.keyboard.press('Enter');
}

describe('a ringing and a dialing call', () => {
    it('offers Accept and Decline; Enter on Accept answers, focus moves to Mute, the next Enter mutes', async () => {
        const { page } = session;
        await stepTo(page, 'inbound-call', 'Customer dials in');
        assert.deepEqual(await offered(page), ['acceptCall', 'declineCall']);

        let since = await lastSeq(page);
        await pressEnter(page, `${CONTROLS} [data-action="acceptCall"] button`);
        await waitForRoundTrip(page, since, 'acceptCall', 'callconnected');
        assert.equal(
            await text(page, `${STATUS} [data-id="phase"]`),
            label('VCK_Common_PhaseConnected')
        );
        assert.equal(await focusedKey(page), 'mute');
        assert.equal(await outcome(page), label('VCK_CallStatus_DoneAccept'));

        since = await lastSeq(page);
        await page.keyboard.press('Enter');
        await waitForRoundTrip(page, since, 'mute', 'mute');
        assert.equal(await focusedKey(page), 'mute');
        assert.equal(
            await page
                .locator(`${CONTROLS} [data-action="unmute"]`)
                .evaluate((button) => button.alternativeText),
            label('VCK_CallControls_Unmute')
        );
        assert.deepEqual(session.errors, []);
    });

    it('Decline ends the ringing call; focus stays in the panel', async () => {
        const { page } = session;
        await stepTo(page, 'inbound-call', 'Customer dials in');
        const since = await lastSeq(page);
        await pressEnter(page, `${CONTROLS} [data-action="declineCall"] button`);
        await waitForRoundTrip(page, since, 'declineCall', 'callended');
        assert.notEqual(await focusedKey(page), 'body');
        assert.equal(await outcome(page), label('VCK_CallStatus_DoneDecline'));
        assert.deepEqual(await offered(page), []);
    });

    it('offers Cancel while an outbound call dials, and the telephony system cancels it', async () => {
        const { page } = session;
        await stepTo(page, 'outbound-call', 'Agent dials out');
        assert.deepEqual(await offered(page), ['cancelCall']);
        const since = await lastSeq(page);
        await page.locator(`${CONTROLS} [data-action="cancelCall"] button`).click();
        await waitForRoundTrip(page, since, 'endCall', 'callended');
        assert.equal(await page.evaluate(() => window.voiceSimulator.calls()[0].phase), 'ended');
        assert.equal(await outcome(page), label('VCK_CallStatus_DoneCancel'));
    });

    it('calls an outbound call’s other party the customer', async () => {
        const { page } = session;
        await stepTo(page, 'outbound-call', 'Customer picks up');
        const row = page.locator(`${STATUS} li[data-participant="Initial_Caller"]`);
        assert.match(await row.innerText(), new RegExp(label('VCK_Common_RoleCustomer')));
    });
});

describe('transfer, hang up one party and the keypad', () => {
    it('checks the number, consults, then hangs up the third party, keeping focus', async () => {
        const { page } = session;
        await stepTo(page, 'inbound-call', 'Agent answers');
        await page.locator(`${CONTROLS} [data-id="transfer-toggle"] button`).click();
        const field = page.locator(`${CONTROLS} [data-id="contact-value"] input`);
        await field.fill('55');
        let since = await lastSeq(page);
        await page.locator(`${CONTROLS} [data-id="consult"] button`).click();
        await settle(page);
        assert.equal(
            await text(page, `${CONTROLS} [data-id="contact-error"]`),
            label('VCK_CallControls_InvalidNumber')
        );
        assert.equal((await timeline(page, since)).filter((e) => e.kind === 'action').length, 0);

        await field.fill(NUMBER);
        await field.press('Enter');
        await waitForRoundTrip(page, since, 'addParticipant', 'participantadded');
        const addition = (await timeline(page, since)).find((entry) => entry.kind === 'action');
        assert.equal(addition.summary, `"PhoneNumber", "${NUMBER}", false`);
        assert.equal(
            await outcome(page),
            label('VCK_CallStatus_DoneConsult').replace('{0}', NUMBER)
        );
        assert.deepEqual(await offered(page), [
            'resume:Initial_Caller',
            'hangUp:Initial_Caller',
            'hold:Third_Party',
            'hangUp:Third_Party',
            'mute',
            'pauseRecording',
            'merge',
            'swap',
            'transfer-toggle',
            'keypad-toggle',
            'endCall'
        ]);

        since = await lastSeq(page);
        await pressEnter(
            page,
            `${STATUS} li[data-participant="Third_Party"] [data-action="hangUp"]`
        );
        await waitForRoundTrip(page, since, 'endCall', 'participantremoved');
        const hangUp = (await timeline(page, since)).find((entry) => entry.kind === 'action');
        assert.equal(hangUp.summary, '"Third_Party"');
        assert.equal(await page.locator(`${STATUS} li[data-participant="Third_Party"]`).count(), 0);
        assert.notEqual(await focusedKey(page), 'body');
        assert.deepEqual(session.errors, []);
    });

    it('sends keypad digits to the telephony system and shows what was sent', async () => {
        const { page } = session;
        await stepTo(page, 'inbound-call', 'Agent answers');
        await page.locator(`${CONTROLS} [data-id="keypad-toggle"] button`).click();
        const since = await lastSeq(page);
        await page.locator(`${CONTROLS} [data-key="5"]`).click();
        await page.locator(`${CONTROLS} [data-key="#"]`).click();
        await page.waitForFunction(
            (after) =>
                window.voiceSimulator
                    .timeline()
                    .filter((e) => e.seq > after && e.name === 'sendDigits' && e.outcome === 'ok')
                    .length === 2,
            since
        );
        await settle(page);
        assert.equal(
            await text(page, `${CONTROLS} [data-id="digits-sent"]`),
            label('VCK_CallControls_DigitsSent').replace('{0}', '5#')
        );
        assert.deepEqual(await axeViolations(page, { within: STATUS }), []);
    });
});

describe('Native Telephony', () => {
    it('offers no swap, and the next call ends the last one’s after-call work', async () => {
        const { page } = session;
        await stepTo(
            page,
            'native-telephony',
            'Call connects (no callstarted in Native Telephony)'
        );
        await page.locator(`${CONTROLS} [data-id="transfer-toggle"] button`).click();
        await page.locator(`${CONTROLS} [data-id="contact-value"] input`).fill(NUMBER);
        let since = await lastSeq(page);
        await page.locator(`${CONTROLS} [data-id="consult"] button`).click();
        await waitForRoundTrip(page, since, 'addParticipant', 'participantadded');
        const controls = await offered(page);
        assert.ok(controls.includes('merge'), controls.join());
        assert.ok(!controls.includes('swap'), controls.join());

        since = await lastSeq(page);
        await page.locator(`${CONTROLS} [data-action="endCall"] button`).click();
        await waitForRoundTrip(page, since, 'endCall', 'callended');
        assert.equal(
            await text(page, `${STATUS} [data-id="phase"]`),
            label('VCK_Common_PhaseAfterCallWork')
        );

        await page.evaluate(() =>
            window.voiceSimulator.emit('callconnected', {
                callId: 'next-native-call',
                callType: 'inbound',
                participant: '+1 (646) 555-0177'
            })
        );
        await settle(page);
        assert.equal(await text(page, `${STATUS} [data-id="caller"]`), '+1 (646) 555-0177');
        const options = await page
            .locator(`${STATUS} c-voice-call-switcher`)
            .evaluate((switcher) => switcher.options.map((option) => option.label));
        assert.equal(options.length, 2);
        assert.ok(options[1].endsWith(label('VCK_Common_PhaseEnded')), options[1]);
    });
});

describe('at utility-bar width', () => {
    it('keeps a long call type inside the panel at 360 px', async () => {
        const { page } = session;
        await page.setViewportSize({ width: 360, height: 900 });
        try {
            await page.evaluate(() => {
                window.voiceSimulator.reset();
                window.voiceSimulator.emit('callconnected', {
                    callId: 'long-type',
                    callType: 'Amazon Connect Queue Callback Transfer Consult',
                    participant: '+1 (617) 555-0166'
                });
            });
            await settle(page);
            const [badge, panel] = await Promise.all(
                [`${STATUS} [data-id="call-type"]`, STATUS].map((selector) =>
                    page
                        .locator(selector)
                        .first()
                        .evaluate((element) => {
                            const box = element.getBoundingClientRect();
                            return { left: box.left, right: box.right };
                        })
                )
            );
            assert.ok(badge.right <= panel.right + 0.5, `${badge.right} > ${panel.right}`);
            const overflow = await page
                .locator(STATUS)
                .evaluate((element) => element.scrollWidth - element.clientWidth);
            assert.ok(overflow <= 0, `panel overflows by ${overflow}px`);
        } finally {
            await page.setViewportSize({ width: 1920, height: 1080 });
        }
    });
});

describe('screenshot for the README', () => {
    it('a three-way call with the keypad open', async () => {
        const T0 = Date.UTC(2026, 4, 12, 14, 0, 0);
        const { page, errors } = await browser.open('', { fixedTime: T0 });
        try {
            await stepTo(page, 'transfer-conference', 'Billing Tier 2 joins');
            await page.clock.setFixedTime(T0 + 75_000);
            await page.locator(`${CONTROLS} [data-id="keypad-toggle"] button`).click();
            await page.waitForTimeout(1200);
            await settle(page);
            await saveScreenshot(
                page,
                join(ROOT, 'docs/screenshots/call-status-controls.png'),
                page.locator(STATUS)
            );
            assert.deepEqual(errors, []);
        } finally {
            await page.close();
        }
    });
});
