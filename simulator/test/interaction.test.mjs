// The console as a test bed: toolkit actions round-trip through the simulated telephony system,
// events reach every toolkit element, late panels get the snapshot, and the page's own tools
// (composer, file loading, utility bar, toasts, navigation, reset) do what they say.
/* global window -- callbacks of page.evaluate run in the browser */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
    continueTo,
    label,
    lastSeq,
    launchConsole,
    settle,
    stepTo,
    text,
    timeline,
    waitForRoundTrip
} from './harness.mjs';

const STATUS = 'c-call-status-panel';
const TRANSCRIPT = 'c-live-transcript';
const NOTES = 'c-notes-feed';
const FLAGS = 'c-supervisor-flag-board';
const TOOLKIT = 'lightning-service-cloud-voice-toolkit-api';

let browser;
let session;

before(async () => {
    browser = await launchConsole();
    session = await browser.open();
});

after(async () => {
    await browser?.close();
});

describe('toolkit actions round-trip', () => {
    it('mute, hold, pause recording and end call: click → action → event → indicator', async () => {
        const { page } = session;
        await stepTo(page, 'inbound-call', 'Agent answers');
        const controls = page.locator(`${STATUS} [data-id="controls"]`);

        let since = await lastSeq(page);
        await controls.locator('lightning-button-icon-stateful[data-action="mute"] button').click();
        await waitForRoundTrip(page, since, 'mute', 'mute');
        assert.equal(
            await text(page, `${STATUS} [data-id="muted"]`),
            label('VCK_CallStatus_Muted')
        );

        since = await lastSeq(page);
        await controls
            .locator('lightning-button-icon-stateful[data-action="unmute"] button')
            .click();
        await waitForRoundTrip(page, since, 'unmute', 'unmute');
        assert.equal(await page.locator(`${STATUS} [data-id="muted"]`).count(), 0);

        since = await lastSeq(page);
        await page.locator(`${STATUS} [data-id="participants"] button[data-action="hold"]`).click();
        await waitForRoundTrip(page, since, 'hold', 'hold');
        const hold = (await timeline(page, since)).find((entry) => entry.kind === 'action');
        assert.equal(hold.summary, '"Initial_Caller"');
        assert.match(
            await text(page, `${STATUS} [data-id="hold-state"]`),
            new RegExp(`^${label('VCK_CallStatus_OnHold')}`)
        );

        since = await lastSeq(page);
        await page
            .locator(`${STATUS} [data-id="participants"] button[data-action="resume"]`)
            .click();
        await waitForRoundTrip(page, since, 'resume', 'resume');
        assert.equal(
            await text(page, `${STATUS} [data-id="hold-state"]`),
            label('VCK_CallStatus_OnTheLine')
        );

        since = await lastSeq(page);
        await controls.locator('lightning-button[data-action="pauseRecording"] button').click();
        await waitForRoundTrip(page, since, 'pauseRecording', 'pauserecording');
        assert.equal(
            await text(page, `${STATUS} [data-id="recording-paused"]`),
            label('VCK_CallStatus_RecordingPaused')
        );

        since = await lastSeq(page);
        await controls.locator('lightning-button[data-action="endCall"] button').click();
        await waitForRoundTrip(page, since, 'endCall', 'callended');
        assert.equal(
            await text(page, `${STATUS} [data-id="phase"]`),
            label('VCK_Common_PhaseAfterCallWork')
        );
        assert.deepEqual(session.errors, []);
    });

    it('an action with no call rejects with the reason; ringing and preview calls follow the telephony flow', async () => {
        const { page } = session;
        await page.evaluate(() => window.voiceSimulator.reset());
        await settle(page);
        const toolkit = page.locator(TOOLKIT).first();
        const refusal = await toolkit.evaluate((element) =>
            element.mute().then(
                () => 'resolved',
                (error) => error.message
            )
        );
        assert.equal(refusal, 'No call is connected.');

        await page.locator('sim-telephony-status [data-id="ring"] button').click();
        await settle(page);
        assert.equal(
            await text(page, `${STATUS} [data-id="phase"]`),
            label('VCK_Common_PhaseRinging')
        );
        await toolkit.evaluate((element) => element.acceptCall());
        await page.waitForFunction(() =>
            window.voiceSimulator.timeline().some((entry) => entry.name === 'callconnected')
        );
        await settle(page);
        assert.equal(
            await text(page, `${STATUS} [data-id="phase"]`),
            label('VCK_Common_PhaseConnected')
        );

        await toolkit.evaluate((element) => element.endCall());
        const preview = await toolkit.evaluate((element) =>
            element.startPreviewCall('+1 (415) 999-0000').then(() => 'started')
        );
        assert.equal(preview, 'started');
        await page.waitForFunction(
            () => window.voiceSimulator.calls()[0]?.phase === 'connected',
            null,
            {
                timeout: 10_000
            }
        );
        await settle(page);
        assert.equal(
            await text(page, `${STATUS} [data-id="call-type"]`),
            label('VCK_Common_Outbound')
        );
        assert.equal(await text(page, `${STATUS} [data-id="caller"]`), '+1 (415) 999-0000');
    });
});

describe("every documented action, called the way Salesforce's sample component calls them", () => {
    it('each resolves and leads to the events a telephony system sends', async () => {
        const { page } = session;
        await stepTo(page, 'inbound-call', 'Agent answers');
        const toolkit = page.locator(TOOLKIT).first();
        const events = await toolkit.evaluate(async (element) => {
            const heard = [];
            const types = [
                'callstarted',
                'callconnected',
                'callended',
                'mute',
                'unmute',
                'hold',
                'resume',
                'participantadded',
                'participantremoved',
                'swap',
                'conference',
                'pauserecording',
                'resumerecording',
                'wrapupended'
            ];
            const listener = (event) => heard.push(event.type);
            for (const type of types) {
                element.addEventListener(type, listener);
            }
            const calls = [
                () => element.mute(),
                () => element.unmute(),
                () => element.hold('Initial_Caller'),
                () => element.resume('Initial_Caller'),
                () => element.pauseRecording(),
                () => element.resumeRecording(),
                () => element.sendDigits('1234#'),
                () => element.addParticipant('PhoneNumber', '+1 206 555 0100', false),
                () => element.swap(),
                () => element.merge(),
                () => element.endCall('Third_Party'),
                () => element.updateNextBestActions('0LQRM0000006CSz', { key: 'value' }),
                () => element.endCall('Agent'),
                () => element.startPreviewCall('+1 415 555 0100')
            ];
            for (const call of calls) {
                await call();
            }
            return heard;
        });
        assert.deepEqual(events, [
            'mute',
            'unmute',
            'hold',
            'resume',
            'pauserecording',
            'resumerecording',
            'hold',
            'participantadded',
            'swap',
            'conference',
            'participantremoved',
            'callended',
            'callstarted'
        ]);
        // A preview call rings, then connects; a ringing call can be declined.
        await page.waitForFunction(() => window.voiceSimulator.calls()[0]?.phase === 'connected');
        await toolkit.evaluate((element) => element.endCall());
        await page.locator('sim-telephony-status [data-id="ring"] button').click();
        const declined = await toolkit.evaluate((element) =>
            element.declineCall().then(() => 'declined')
        );
        assert.equal(declined, 'declined');
        const actions = (await timeline(page)).filter((entry) => entry.kind === 'action');
        assert.ok(
            actions.every((entry) => entry.outcome === 'ok'),
            'every action was accepted'
        );
        assert.deepEqual(session.errors, []);
    });
});

describe('the platform hands every toolkit element every event', () => {
    it('emit reaches all four elements; the bus counts the event once', async () => {
        const { page } = session;
        await stepTo(page, 'inbound-call', 'Agent answers');
        const elements = page.locator(TOOLKIT);
        assert.equal(await elements.count(), 4, 'one toolkit element per panel');
        await elements.evaluateAll((all) => {
            window.__heard = all.map(() => 0);
            all.forEach((element, index) =>
                element.addEventListener('mute', () => (window.__heard[index] += 1))
            );
        });
        const before = await page.evaluate(
            () => window.voiceSimulator.diagnostics().accepted.mute ?? 0
        );
        const delivered = await page.evaluate(() =>
            window.voiceSimulator.emit('mute', { callId: 'in-1001' })
        );
        await settle(page);
        assert.equal(delivered, 4);
        assert.deepEqual(await page.evaluate(() => window.__heard), [1, 1, 1, 1]);
        const afterCount = await page.evaluate(
            () => window.voiceSimulator.diagnostics().accepted.mute
        );
        assert.equal(afterCount - before, 1, 'subscribe once: one element listens for the page');
        assert.equal(
            await text(page, `${STATUS} [data-id="muted"]`),
            label('VCK_CallStatus_Muted')
        );
    });

    it('closing the listening panel hands over; the others keep receiving', async () => {
        const { page } = session;
        await stepTo(page, 'inbound-call', 'Agent answers');
        await page
            .locator(
                'sim-panel-frame [data-panel="callStatusPanel"] [data-id="close-panel"] button'
            )
            .click();
        await settle(page);
        assert.equal(await page.locator(STATUS).count(), 0);
        await continueTo(page, 'Caller on hold');
        const rows = await page.locator(`${TRANSCRIPT} [data-row]`).count();
        assert.equal(rows, 3, 'the transcript kept receiving after the call status panel went');
        await page.evaluate(() => window.voiceSimulator.openPanel('callStatusPanel'));
        await settle(page);
        assert.match(
            await text(page, `${STATUS} [data-id="hold-state"]`),
            new RegExp(`^${label('VCK_CallStatus_OnHold')}`)
        );
    });
});

describe('late-opened panels get the snapshot', () => {
    it('a utility item opened after the flag was raised, and a notes panel opened after the notes', async () => {
        const late = await browser.open('closed=supervisorFlagBoard,notesFeed');
        const { page } = late;
        try {
            assert.equal(
                await page.locator(FLAGS).count(),
                0,
                'the utility item has not rendered yet'
            );
            assert.equal(await page.locator(NOTES).count(), 0);
            await stepTo(page, 'supervisor-flag', 'Flag raised');
            await page.locator('sim-utility-bar button[data-utility]').click();
            await settle(page);
            assert.deepEqual(
                (
                    await page
                        .locator(`${FLAGS} [data-id="queue"] [data-id="message"]`)
                        .allInnerTexts()
                ).map((t) => t.trim()),
                ['The customer wants a credit note for three missed deliveries.']
            );
            await continueTo(page, 'Flag lowered');
            await page
                .locator('sim-panel-frame [data-panel="notesFeed"] [data-id="open-panel"] button')
                .click();
            await settle(page);
            assert.equal(await page.locator(`${NOTES} [data-kind="note"]`).count(), 3);
            assert.deepEqual(late.errors, []);
        } finally {
            await page.close();
        }
    });

    it('a minimized utility item stays alive and keeps up', async () => {
        const { page } = session;
        await stepTo(page, 'supervisor-flag', 'Flag raised');
        const button = page.locator('sim-utility-bar button[data-utility]');
        await button.click();
        await settle(page);
        assert.equal(await button.getAttribute('aria-pressed'), 'false');
        assert.equal(await page.locator(FLAGS).count(), 1, 'still rendered while minimized');
        assert.ok(!(await page.locator(`${FLAGS}`).isVisible()));
        await continueTo(page, 'Flag lowered');
        await button.click();
        await settle(page);
        assert.equal(await page.locator(`${FLAGS} [data-id="queue"]`).count(), 0);
        assert.match(await text(page, `${FLAGS} [data-id="history"]`), /credit note/);
    });
});

describe('platform stand-ins', () => {
    it('panels subscribe with APPLICATION_SCOPE: they keep receiving with the workspace in the background', async () => {
        const { page } = session;
        await stepTo(page, 'inbound-call', 'Agent answers');
        await page.locator('[data-id="workspace-toggle"] input').uncheck({ force: true });
        await continueTo(page, 'Caller on hold');
        assert.equal(await page.locator(`${TRANSCRIPT} [data-row]`).count(), 3);
        await page.locator('[data-id="workspace-toggle"] input').check({ force: true });
    });

    it('ShowToastEvent shows a toast; NavigationMixin shows where it would go', async () => {
        const { page } = session;
        await stepTo(page, 'supervisor-flag', 'Flag raised');
        await page.locator(FLAGS).evaluate((panel) =>
            panel.dispatchEvent(
                new CustomEvent('lightning__showtoast', {
                    bubbles: true,
                    composed: true,
                    detail: {
                        title: 'Hold failed',
                        message: 'Reason: {0}',
                        messageData: ['no call'],
                        variant: 'error'
                    }
                })
            )
        );
        await settle(page);
        const toast = page.locator('sim-toast-region [data-variant="error"]');
        assert.match(await toast.innerText(), /Hold failed[\s\S]*Reason: no call/);
        assert.equal(await toast.getAttribute('role'), 'alert');

        await page.locator(`${FLAGS} [data-id="queue"] a[data-voice-call-id]`).click();
        await settle(page);
        assert.equal(
            await text(page, '[data-id="navigation-target"]'),
            '/lightning/r/VoiceCall/0LQRM0000006CSz/view'
        );
        assert.equal(new URL(page.url()).pathname, '/', 'the page itself did not navigate');
    });
});

describe('the console’s own tools', () => {
    it('the composer emits a documented example, and says what the bus makes of a bad one', async () => {
        const { page } = session;
        await stepTo(page, 'inbound-call', 'Agent answers');
        const composer = page.locator('sim-event-composer');
        await composer.locator('[data-id="composer-type"] button').click();
        await composer.locator('lightning-base-combobox-item[data-value="mute"]').click();
        await settle(page);
        assert.match(await composer.locator('textarea').inputValue(), /"callId": "in-1001"/);
        await composer.locator('[data-id="composer-emit"] button').click();
        await settle(page);
        assert.equal(
            await text(page, '[data-id="composer-result"]'),
            'mute sent to 4 toolkit elements; the bus accepts it.'
        );
        assert.equal(
            await text(page, `${STATUS} [data-id="muted"]`),
            label('VCK_CallStatus_Muted')
        );

        await composer.locator('textarea').fill('{"callId": ');
        await composer.locator('[data-id="composer-emit"] button').click();
        await settle(page);
        assert.match(await text(page, '[data-id="composer-error"]'), /^Not valid JSON/);

        await composer.locator('textarea').fill('{"callId": ""}');
        await composer.locator('[data-id="composer-emit"] button').click();
        await settle(page);
        assert.equal(
            await text(page, '[data-id="composer-result"]'),
            'mute sent to 4 toolkit elements; the bus rejects it (missing or invalid callId).'
        );
    });

    it('a captured file (toScenario, text redacted) loads through the file picker and replays', async () => {
        const { page } = session;
        const at = 1_715_000_000_000;
        const captured = [
            {
                type: 'callconnected',
                callId: 'cap-1',
                receivedAt: at,
                callType: 'inbound',
                participant: '+1 555 0100'
            },
            {
                type: 'transcript',
                callId: 'cap-1',
                receivedAt: at + 900,
                id: 'cap-u1',
                text: 'My card is 4111 1111',
                clientSentTimestamp: at + 880,
                serverReceivedTimestamp: at + 890,
                sender: { role: 'EndUser', kind: 'customer', displayName: null }
            },
            { type: 'mute', detail: { callId: 'cap-1' }, receivedAt: at + 1500 }
        ];
        const file = await page.evaluate(
            (events) =>
                window.voiceSimulator.toScenario(events, {
                    redactText: true,
                    name: 'capture-test',
                    title: 'Captured test call'
                }),
            captured
        );
        const dir = mkdtempSync(join(tmpdir(), 'vck-capture-'));
        try {
            const path = join(dir, 'capture-test.json');
            writeFileSync(path, JSON.stringify(file));
            await page.evaluate(() => window.voiceSimulator.reset());
            await page.locator('[data-id="scenario-file"] input[type="file"]').setInputFiles(path);
            await page.waitForFunction(
                () => window.voiceSimulator.status().name === 'capture-test'
            );
            const status = await page.evaluate(() =>
                window.voiceSimulator.play('capture-test', { speed: 'max' })
            );
            assert.equal(status, 'finished');
            await settle(page);
            assert.deepEqual(
                (
                    await page.locator(`${TRANSCRIPT} [data-row] [data-id="text"]`).allInnerTexts()
                ).map((t) => t.trim()),
                ['xx xxxx xx 0000 0000']
            );
            assert.equal(
                await text(page, `${STATUS} [data-id="muted"]`),
                label('VCK_CallStatus_Muted')
            );
            assert.match(
                await text(page, 'sim-scenario-player [data-id="scenario-select"]'),
                /Captured test call \(loaded file\)/
            );
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('an invalid file is refused with the reasons', async () => {
        const { page } = session;
        const dir = mkdtempSync(join(tmpdir(), 'vck-capture-'));
        try {
            const path = join(dir, 'broken.json');
            writeFileSync(path, JSON.stringify({ format: 'something-else', steps: 3 }));
            await page.locator('[data-id="scenario-file"] input[type="file"]').setInputFiles(path);
            await page.locator('[data-id="load-errors"]').waitFor();
            assert.match(
                await text(page, '[data-id="load-errors"]'),
                /broken\.json: "format" must be/
            );
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('play, pause, step and reset from the player', async () => {
        const { page } = session;
        await page.evaluate(() => {
            window.voiceSimulator.select('outbound-call');
            window.voiceSimulator.reset();
        });
        await settle(page);
        const player = page.locator('sim-scenario-player');
        // Earlier tests played as fast as possible; back to real time from the speed menu.
        await player.locator('[data-id="speed"] button').click();
        await player.locator('lightning-base-combobox-item[data-value="1"]').click();
        await player.locator('[data-id="step"] button').click();
        await player.locator('[data-id="step"] button').click();
        await settle(page);
        assert.match(await text(page, '[data-id="progress"]'), /^2 of 12 events/);
        assert.equal(
            await text(page, `${STATUS} [data-id="phase"]`),
            label('VCK_Common_PhaseConnected')
        );
        await player.locator('[data-id="play"] button').click();
        await player.locator('[data-id="pause"] button').click();
        await settle(page);
        assert.match(await text(page, '[data-id="progress"]'), /paused$/);
        await player.locator('[data-id="reset"] button').click();
        await settle(page);
        assert.match(await text(page, '[data-id="progress"]'), /^0 of 12 events/);
        assert.equal(
            await page.locator(`${STATUS} [data-id="phase"]`).count(),
            0,
            'a fresh console'
        );
        assert.match(await text(page, '[data-id="timeline-count"]'), /^0 entries/);
        assert.equal(await page.locator(TOOLKIT).count(), 4);
        assert.deepEqual(session.errors, []);
    });
});
