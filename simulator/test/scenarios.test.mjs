// Every shipped scenario plays in real Chromium without page errors, and the four panels show
// what each scenario implies at its key moments.
/* global window -- callbacks of page.evaluate run in the browser */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
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

const SCENARIOS = readdirSync(join(ROOT, 'simulator/scenarios'))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''));

const STATUS = 'c-call-status-panel';
const TRANSCRIPT = 'c-live-transcript';
const NOTES = 'c-notes-feed';
const FLAGS = 'c-supervisor-flag-board';

const fill = (template, ...values) =>
    values.reduce((out, value, index) => out.replace(`{${index}}`, value), template);

let browser;
let session;

before(async () => {
    browser = await launchConsole();
    session = await browser.open();
    console.log(`# page load (navigation to a rendered console): ${session.loadMs} ms`);
});

after(async () => {
    await browser?.close();
});

function assertNoErrors() {
    assert.deepEqual(session.errors, [], 'page errors or console errors');
}

async function texts(selector) {
    return (await session.page.locator(selector).allInnerTexts()).map((value) => value.trim());
}

/** The hold state shown for a participant: "On hold" (with its timer) or "On the line". */
async function participant(name) {
    const row = session.page.locator(`${STATUS} [data-id="participants"] li`, { hasText: name });
    const state = (await row.locator('[data-id="hold-state"]').innerText()).trim();
    return state.startsWith(label('VCK_CallStatus_OnHold'))
        ? label('VCK_CallStatus_OnHold')
        : state;
}

describe('every shipped scenario', () => {
    it('ships at least the nine scenarios of the issue', () => {
        for (const name of [
            'inbound-call',
            'outbound-call',
            'native-telephony',
            'transfer-conference',
            'supervisor-flag',
            'bad-network',
            'concurrent-calls',
            'long-call',
            'hostile-payloads'
        ]) {
            assert.ok(SCENARIOS.includes(name), name);
        }
    });

    for (const name of SCENARIOS) {
        it(`${name} plays to the end without page errors`, { timeout: 120_000 }, async () => {
            const before = await session.page.evaluate(() => window.voiceSimulator.diagnostics());
            const started = Date.now();
            const status = await playAll(session.page, name);
            const ms = Date.now() - started;
            assert.equal(status, 'finished');
            const { position, total } = await session.page.evaluate(() =>
                window.voiceSimulator.status()
            );
            assert.equal(position, total);
            const diagnostics = await session.page.evaluate(() =>
                window.voiceSimulator.diagnostics()
            );
            assert.ok(diagnostics.acceptedTotal > 0, 'the bus accepted events');
            assert.equal(
                diagnostics.publishErrors - before.publishErrors,
                0,
                'every LMS publish went through'
            );
            if (name !== 'hostile-payloads') {
                assert.equal(
                    diagnostics.subscriberErrors - before.subscriberErrors,
                    0,
                    'no panel listener threw'
                );
                assert.equal(
                    diagnostics.rejectedTotal - before.rejectedTotal,
                    0,
                    'well-formed scenarios are accepted whole'
                );
            }
            assertNoErrors();
            console.log(`# ${name}: ${total} events in ${ms} ms`);
        });
    }
});

describe('panels show what the scenario implies', () => {
    it('inbound call: ringing, connected, held, transcript, recording paused, notes, after-call work', async () => {
        const { page } = session;
        await stepTo(page, 'inbound-call', 'Customer dials in');
        assert.equal(
            await text(page, `${STATUS} [data-id="phase"]`),
            label('VCK_Common_PhaseRinging')
        );
        assert.equal(await text(page, `${STATUS} [data-id="caller"]`), '+1 (415) 555-0142');

        await continueTo(page, 'Caller on hold');
        assert.equal(
            await text(page, `${STATUS} [data-id="call-type"]`),
            label('VCK_Common_Inbound')
        );
        assert.equal(await participant('+1 (415) 555-0142'), label('VCK_CallStatus_OnHold'));
        assert.deepEqual(await texts(`${TRANSCRIPT} [data-row] [data-id="text"]`), [
            'Thank you for calling Northwind, this is Angela. How can I help?',
            'Hi, my order arrived yesterday and the blender jar is cracked.',
            "I'm sorry to hear that. Let me pull up the order, one moment please."
        ]);
        assert.equal(
            await text(page, `${STATUS} [data-id="grade"]`),
            label('VCK_CallStatus_GradeGood')
        );

        await continueTo(page, 'Recording paused for card details');
        assert.equal(await participant('+1 (415) 555-0142'), label('VCK_CallStatus_OnTheLine'));
        assert.equal(
            await text(page, `${STATUS} [data-id="recording-paused"]`),
            label('VCK_CallStatus_RecordingPaused')
        );
        assert.deepEqual(await texts(`${NOTES} [data-kind="note"] [data-id="text"]`), [
            'Order 00012877: blender jar cracked on delivery. Customer has photos.'
        ]);

        await continueTo(page, 'Call ends, after-call work starts');
        assert.equal(
            await text(page, `${STATUS} [data-id="phase"]`),
            label('VCK_Common_PhaseAfterCallWork')
        );
        assert.equal(await page.locator(`${STATUS} [data-id="recording-paused"]`).count(), 0);
        assert.equal((await texts(`${TRANSCRIPT} [data-row]`)).length, 7);
        assertNoErrors();
    });

    it('outbound call: the call type says so', async () => {
        const { page } = session;
        await stepTo(page, 'outbound-call', 'Customer picks up');
        assert.equal(
            await text(page, `${STATUS} [data-id="call-type"]`),
            label('VCK_Common_Outbound')
        );
        assert.equal(
            await text(page, `${STATUS} [data-id="phase"]`),
            label('VCK_Common_PhaseConnected')
        );
        assert.equal(await text(page, `${STATUS} [data-id="caller"]`), '+44 20 7946 0321');
    });

    it('Native Telephony: callconnected opens the call, callended starts after-call work that stays', async () => {
        const { page } = session;
        await stepTo(
            page,
            'native-telephony',
            'Call connects (no callstarted in Native Telephony)'
        );
        assert.equal(
            await text(page, `${STATUS} [data-id="phase"]`),
            label('VCK_Common_PhaseConnected')
        );
        assert.match(await text(page, '[data-id="telephony-profile"]'), /Native Telephony/);
        await continueTo(page, 'Call ends; after-call work starts and stays (no wrapupended)');
        assert.equal(
            await text(page, `${STATUS} [data-id="phase"]`),
            label('VCK_Common_PhaseAfterCallWork')
        );
        const types = await page.evaluate(() =>
            window.voiceSimulator.timeline().map((entry) => entry.name)
        );
        for (const absent of ['callstarted', 'audiostats', 'swap', 'wrapupended']) {
            assert.ok(!types.includes(absent), `${absent} is never sent`);
        }
        // The telephony side refuses what Native Telephony does not support.
        const refusal = await page
            .locator('lightning-service-cloud-voice-toolkit-api')
            .first()
            .evaluate((toolkit) =>
                toolkit.startPreviewCall('+1 415 555 0100').then(
                    () => 'resolved',
                    (error) => error.message
                )
            );
        assert.match(refusal, /not supported in Native Telephony/);
    });

    it('transfer: third party joins while the caller holds, swap, conference, removal', async () => {
        const { page } = session;
        await stepTo(page, 'transfer-conference', 'Billing Tier 2 joins');
        assert.equal(await participant('+1 (206) 555-0117'), label('VCK_CallStatus_OnHold'));
        assert.equal(await participant('Billing Tier 2'), label('VCK_CallStatus_OnTheLine'));
        assert.equal(
            await text(page, `${STATUS} [data-id="multiparty"]`),
            label('VCK_CallStatus_ThreeWay')
        );

        await continueTo(page, 'Swap: back to the caller, consultant held');
        assert.equal(await participant('+1 (206) 555-0117'), label('VCK_CallStatus_OnTheLine'));
        assert.equal(await participant('Billing Tier 2'), label('VCK_CallStatus_OnHold'));

        await continueTo(page, 'Conference: everyone talks');
        assert.equal(await participant('+1 (206) 555-0117'), label('VCK_CallStatus_OnTheLine'));
        assert.equal(await participant('Billing Tier 2'), label('VCK_CallStatus_OnTheLine'));
        assert.equal(
            await text(page, `${STATUS} [data-id="multiparty"]`),
            label('VCK_CallStatus_Conference')
        );

        await continueTo(page, 'Billing Tier 2 leaves');
        const names = await texts(`${STATUS} [data-id="participants"] li`);
        assert.ok(!names.some((name) => name.includes('Billing Tier 2')), names.join(' | '));
    });

    it('supervisor flag: raised on the board and the utility bar, notes from both, lowered into history', async () => {
        const { page } = session;
        await stepTo(page, 'supervisor-flag', 'Flag raised');
        assert.deepEqual(await texts(`${FLAGS} [data-id="queue"] [data-id="message"]`), [
            'The customer wants a credit note for three missed deliveries.'
        ]);
        assert.deepEqual(await texts(`${FLAGS} [data-id="queue"] [data-id="who"]`), [
            'Angela Agent'
        ]);
        const item = page.locator('sim-utility-bar [data-utility-item]');
        assert.equal(
            await text(page, 'sim-utility-bar [data-id="utility-label"]'),
            fill(label('VCK_FlagBoard_UtilityLabel'), '1')
        );
        assert.match((await item.getAttribute('class')) ?? '', /slds-has-notification/);

        await continueTo(page, 'Flag lowered');
        assert.equal(await page.locator(`${FLAGS} [data-id="queue"]`).count(), 0);
        assert.match(await text(page, `${FLAGS} [data-id="history"]`), /credit note/);
        assert.doesNotMatch((await item.getAttribute('class')) ?? '', /slds-has-notification/);
        assert.deepEqual(await texts(`${NOTES} [data-kind="note"] [data-id="text"]`), [
            'Checking the delivery history now.',
            'Customer is calm but firm. Three missed slots since May 2.',
            'Approved: offer a $25 credit note and free next-day delivery.'
        ]);
        assert.deepEqual(await texts(`${NOTES} [data-kind="note"] [data-id="who"]`), [
            'Samir Supervisor',
            'Angela Agent',
            'Samir Supervisor'
        ]);
    });

    it('bad network: the audio grade turns poor past the thresholds and good again after', async () => {
        // Audio samples arrive 30 s apart in the scenario; the bus ignores one less than 1 s
        // after the last, so this page's clock follows the scenario's.
        const { page, errors } = await browser.open('', { fixedTime: Date.UTC(2025, 4, 14, 14) });
        await stepTo(page, 'bad-network', 'Good audio');
        assert.equal(
            await text(page, `${STATUS} [data-id="grade"]`),
            label('VCK_CallStatus_GradeGood')
        );
        await continueTo(page, 'Round-trip time past 400 ms');
        assert.equal(
            await text(page, `${STATUS} [data-id="grade"]`),
            label('VCK_CallStatus_GradePoor')
        );
        await continueTo(page, 'Just under the warning thresholds (still poor: hysteresis)');
        assert.equal(
            await text(page, `${STATUS} [data-id="grade"]`),
            label('VCK_CallStatus_GradePoor')
        );
        await continueTo(page, 'Good again');
        assert.equal(
            await text(page, `${STATUS} [data-id="grade"]`),
            label('VCK_CallStatus_GradeGood')
        );
        assert.deepEqual(errors, []);
        await page.close();
    });

    it('two concurrent calls: the panels follow the newest live call and offer both', async () => {
        const { page } = session;
        await stepTo(page, 'concurrent-calls', 'Second call rings');
        await continueTo(page, 'Second call ends');
        // The first call is on hold and the second just ended: the panels show the live one.
        assert.equal(await text(page, `${STATUS} [data-id="caller"]`), '+1 (415) 555-0101');
        const switcher = page.locator(`${STATUS} c-voice-call-switcher`);
        assert.ok(
            (await switcher.locator('lightning-combobox').count()) > 0,
            'a call switcher appears'
        );
        await continueTo(page, 'Back to the first caller');
        const transcript = await texts(`${TRANSCRIPT} [data-row] [data-id="text"]`);
        assert.ok(
            transcript.includes('Hi, I need to change my shipping address.'),
            transcript.join(' | ')
        );
        assert.ok(
            !transcript.includes('Confirmed for Friday at 10. See you then.'),
            'the other call stays out'
        );
    });

    it(
        'two-hour call: 10,000 utterances end in a bounded, current transcript',
        { timeout: 120_000 },
        async () => {
            const { page } = session;
            await playAll(page, 'long-call');
            await settle(page);
            // wrapupended closed the call: no panel follows it any more, and the transcript's
            // switcher offers it to look back at.
            assert.equal(await page.locator(`${TRANSCRIPT} [data-row]`).count(), 0);
            await page
                .locator(`${TRANSCRIPT} c-voice-call-switcher lightning-combobox button`)
                .click();
            await page
                .locator(`${TRANSCRIPT} lightning-base-combobox-item[data-value="long-8001"]`)
                .click();
            await settle(page);
            const rows = await page.locator(`${TRANSCRIPT} [data-row]`).count();
            assert.ok(rows > 0 && rows <= 500, `rendered rows are bounded (${rows})`);
            const last = (await texts(`${TRANSCRIPT} [data-row] [data-id="text"]`)).at(-1);
            assert.equal(last, 'Understood, going to the next invoice.');
            // wrapupended closed the call: the status panel is back to its empty state.
            assert.equal(await page.locator(`${STATUS} [data-id="empty"]`).count(), 1);
            const accepted = await page.evaluate(
                () => window.voiceSimulator.diagnostics().accepted.transcript
            );
            assert.ok(accepted >= 10000, `${accepted} utterances accepted`);
            assertNoErrors();
        }
    );
});
