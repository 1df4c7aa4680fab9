// Issue 11, in Chromium: the local console hosts a component another team wrote, with no edit to
// the simulator. A throwaway clone runs `npm start`; the fixture bundle (written the documented
// way: its own toolkit element, listeners added in renderedCallback, actions on the element, a
// getRecord wire) is dropped into its force-app while the console watches, and must appear,
// receive every event once, act on the call the kit's panels show, read the VoiceCall record and
// run inside Lightning Web Security. An import the console cannot serve fails the build by name.
/* global window -- page.evaluate callbacks */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, label, launchConsole, settle, stepTo, text } from './harness.mjs';
import { makeThrowawayClone } from './throwawayClone.mjs';

const FIXTURE = join(ROOT, 'simulator/test/fixtures/teamCallLWCTester');
const BUNDLE = 'teamCallLWCTester';
// As the platform names it: each capital starts a word (the LWC compiler alone says -lwctester).
const TAG = 'c-team-call-l-w-c-tester';
const STATUS = 'c-call-status-panel';
// The events the fixture listens to (its TELEPHONY_EVENTS).
const LISTENED = new Set([
    'callstarted',
    'callconnected',
    'callended',
    'mute',
    'unmute',
    'hold',
    'resume'
]);

const field = (page, id) => text(page, `${TAG} [data-id="${id}"]`);

let clone;
let npmStart;
let browser;
const pageErrors = [];

async function openPage(query = '') {
    const session = await browser.open(query);
    pageErrors.push(...session.errors);
    return session.page;
}

/** Waits until the fixture's field reads the expected text (LWC renders on a microtask). */
async function waitForField(page, id, expected) {
    const locator = page.locator(`${TAG} [data-id="${id}"]`).first();
    await locator
        .filter({ hasText: expected })
        .waitFor({ timeout: 5000 })
        .catch(() => {});
    return (await locator.innerText()).trim();
}

before(async () => {
    clone = makeThrowawayClone();
    npmStart = clone.startConsole();
    browser = await launchConsole({ url: await npmStart.url() });
});

after(async () => {
    await browser?.close();
    await npmStart?.stop();
    clone?.remove();
});

describe('a bundle dropped into force-app while npm start watches', () => {
    let page;

    it('appears after the rebuild, without a restart, on the VoiceCall record page', async () => {
        const before = await openPage();
        const names = await before.evaluate(() =>
            window.voiceSimulator.panels().map((p) => p.name)
        );
        assert.ok(!names.includes(BUNDLE), 'not in the console before it is in force-app');
        await before.close();

        const from = npmStart.output.length;
        clone.addBundle(FIXTURE, BUNDLE);
        await npmStart.waitFor(new RegExp(`simulator built[^\\n]*components: [^\\n]*${BUNDLE}`), {
            from
        });

        page = await openPage();
        const panel = await page.evaluate(
            (name) => window.voiceSimulator.panels().find((p) => p.name === name),
            BUNDLE
        );
        assert.deepEqual(panel, { name: BUNDLE, placement: 'record', mounted: true, open: true });
        assert.equal(await page.locator(`[data-id="record-page"] ${TAG}`).count(), 1);
        // Its js-meta.xml default for the design attribute, as App Builder sets it.
        assert.equal(await text(page, `${TAG} .slds-card__header-title`), 'Team call tester');
    });

    it('gets each event once on its own element, with type and detail, though it re-subscribes on every render', async () => {
        await stepTo(page, 'inbound-call', 'Caller on hold');
        const steps = await page.evaluate(() =>
            window.voiceSimulator.scenarioSteps('inbound-call')
        );
        const held = steps.findIndex((step) => step.label === 'Caller on hold');
        const expected = steps.slice(0, held + 1).filter((step) => LISTENED.has(step.type)).length;
        assert.ok(expected >= 3);
        assert.equal(await field(page, 'received'), String(expected));
        assert.equal(await field(page, 'last-event'), 'hold');
        assert.equal(await field(page, 'last-call-id'), 'in-1001');
        // Its element is one more on the page; the kit still listens on exactly one of its own.
        const diagnostics = await page.evaluate(() => window.voiceSimulator.diagnostics());
        assert.equal(diagnostics.accepted.hold, 1, 'the kit counted the hold once');
        assert.equal(diagnostics.hasLeader, true);
        const elements = await text(page, '[data-id="toolkit-count"]');
        assert.equal(elements, `Toolkit elements: ${diagnostics.registeredToolkits + 1}`);
    });

    it('reads the VoiceCall record of the call in focus with getRecord', async () => {
        const recordId = await waitForField(page, 'record-id', '0LQ');
        assert.match(recordId, /^0LQ[A-Za-z0-9]{15}$/);
        assert.equal(await waitForField(page, 'vendor-call-key', 'in-1001'), 'in-1001');
        assert.equal(await field(page, 'call-type'), 'Inbound');
        assert.equal(await field(page, 'disposition'), 'in-progress');
        assert.equal(await field(page, 'from-phone'), '+1 (415) 555-0142');
        // A `fields` entry the object doesn't have answers the wire's error, not undefined.
        assert.equal(await field(page, 'bad-field-error'), '400');
        assert.equal(await field(page, 'record-error'), '');
        assert.match(await text(page, '[data-id="record-in-focus"]'), new RegExp(recordId));
    });

    it("acts on the call the kit's panels show: its mute, hold and end round-trip", async () => {
        await stepTo(page, 'inbound-call', 'Agent answers');
        await page.locator(`${TAG} [data-id="mute"] button`).click();
        await page.locator(`${STATUS} [data-id="muted"]`).waitFor();
        assert.equal(await waitForField(page, 'action-result', 'done'), 'done');

        await page.locator(`${TAG} [data-id="hold"] button`).click();
        await page
            .locator(`${STATUS} [data-id="hold-state"]`)
            .filter({ hasText: label('VCK_CallStatus_OnHold') })
            .waitFor();

        await page.locator(`${TAG} [data-id="end"] button`).click();
        await page
            .locator(`${STATUS} [data-id="phase"]`)
            .filter({ hasText: label('VCK_CallStatus_AfterCallWork') })
            .waitFor();
        assert.equal(await waitForField(page, 'last-event', 'callended'), 'callended');
        // The record follows: completed, with its end time and duration.
        assert.equal(await waitForField(page, 'disposition', 'completed'), 'completed');
        const actions = await page.evaluate(() =>
            window.voiceSimulator
                .timeline()
                .filter((entry) => entry.kind === 'action')
                .map((entry) => `${entry.name}:${entry.outcome}`)
        );
        assert.deepEqual(actions, ['mute:ok', 'hold:ok', 'endCall:ok']);
        const diagnostics = await page.evaluate(() => window.voiceSimulator.diagnostics());
        assert.equal(diagnostics.accepted.mute, 1);
        assert.equal(diagnostics.accepted.callended, 1);
    });

    it('stops getting events once it removes its listeners', async () => {
        await stepTo(page, 'inbound-call', 'Agent answers');
        const received = await field(page, 'received');
        const mutes = () => page.evaluate(() => window.voiceSimulator.diagnostics().accepted.mute);
        const mutedBefore = await mutes();
        await page.locator(`${TAG} [data-id="unsubscribe"] button`).click();
        await page.evaluate(() => window.voiceSimulator.emit('mute', { callId: 'in-1001' }));
        await settle(page);
        assert.equal(await field(page, 'received'), received);
        // The kit's own element still got it.
        assert.equal(await mutes(), mutedBefore + 1);
    });

    it('runs inside Lightning Web Security: a Blob with a charset is refused, its storage is namespaced', async () => {
        await page.locator(`${TAG} [data-id="sandbox-check"] button`).click();
        assert.match(await waitForField(page, 'sandbox-blob', 'refused'), /^refused: /);
        assert.equal(await field(page, 'sandbox-storage'), 'kept');
        const stored = await page.evaluate(() => ({
            namespaced: window.sessionStorage.getItem('LSKey[c]teamProbe'),
            plain: window.sessionStorage.getItem('teamProbe')
        }));
        assert.deepEqual(stored, { namespaced: 'kept', plain: null });
    });

    it('closes, reopens and takes design attributes like the kit’s panels', async () => {
        const closed = await openPage(`closed=${BUNDLE}&${BUNDLE}.heading=Wrap-up%20helper`);
        assert.equal(await closed.locator(TAG).count(), 0);
        await closed.locator(`[data-panel="${BUNDLE}"] [data-id="open-panel"] button`).click();
        await closed.locator(TAG).waitFor();
        assert.equal(await text(closed, `${TAG} .slds-card__header-title`), 'Wrap-up helper');
        await closed.evaluate((name) => window.voiceSimulator.closePanel(name), BUNDLE);
        await settle(closed);
        assert.equal(await closed.locator(TAG).count(), 0);
        await closed.close();
    });

    it('raised no page errors', () => {
        assert.deepEqual(pageErrors, []);
    });
});

describe('an import the local console cannot serve', () => {
    const META =
        '<?xml version="1.0" encoding="UTF-8" ?>\n<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>66.0</apiVersion>\n    <isExposed>true</isExposed>\n</LightningComponentBundle>\n';

    /**
     * Drops a bundle whose JavaScript is `source` into the watched clone and returns the build
     * failure it causes; then takes it out again and waits for the next build to succeed.
     */
    async function failureOf(name, source) {
        const dir = join(clone.dir, 'force-app/main/default/lwc', name);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, `${name}.js-meta.xml`), META);
        writeFileSync(join(dir, `${name}.html`), '<template></template>\n');
        const from = npmStart.output.length;
        writeFileSync(join(dir, `${name}.js`), source);
        const [failure] = await npmStart.waitFor(/Build failed: [^\n]*/, { from });
        // Taken out again, the next build succeeds and the console serves it.
        const again = npmStart.output.length;
        rmSync(dir, { recursive: true, force: true });
        await npmStart.waitFor(/simulator built/, { from: again });
        return failure;
    }

    it('fails the rebuild with a message naming the module and the bundle, and what to do', async () => {
        const failure = await failureOf(
            'callNotesPlus',
            "import { LightningElement } from 'lwc';\nimport { subscribe } from 'lightning/empApiPlus';\nexport default class CallNotesPlus extends LightningElement {\n    connectedCallback() {\n        subscribe('/event/X', -1, () => {});\n    }\n}\n"
        );
        assert.match(failure, /c\/callNotesPlus/);
        assert.match(
            failure,
            /imports lightning\/empApiPlus, which the local console has no stand-in for/
        );
        assert.match(failure, /simulator\/src\/modules\/lightning\/empApiPlus\/empApiPlus\.ts/);
    });

    it('fails the rebuild on a name a stand-in does not provide, saying which and where to add it', async () => {
        const failure = await failureOf(
            'callRecordSaver',
            "import { LightningElement } from 'lwc';\nimport { updateRecord } from 'lightning/uiRecordApi';\nexport default class CallRecordSaver extends LightningElement {\n    save() {\n        return updateRecord({ fields: { Id: 'x' } });\n    }\n}\n"
        );
        assert.match(failure, /lwc\/callRecordSaver\/callRecordSaver\.js imports updateRecord/);
        assert.match(failure, /stand-in for lightning\/uiRecordApi does not provide/);
        assert.match(failure, /simulator\/src\/modules\/lightning\/uiRecordApi\/uiRecordApi\.ts/);
    });
});
