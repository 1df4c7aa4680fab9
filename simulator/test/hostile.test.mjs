// Issue 5, hostile text in a real browser: every XSS and markup vector of data/xss-vectors.json
// goes through every text field the panels show (transcript, notes, flags, names, callers,
// participants, call type). Nothing runs, no element or attribute comes from a payload, and each
// field shows the string exactly as the bus keeps it.
/* global window, document, NodeFilter, getComputedStyle, requestAnimationFrame -- page.evaluate callbacks */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, label, launchConsole, settle } from './harness.mjs';

const VECTORS = JSON.parse(
    readFileSync(join(ROOT, 'simulator/test/data/xss-vectors.json'), 'utf8')
).vectors.map((vector) => ({
    name: vector.name,
    text:
        vector.text ??
        `${vector.repeat.prefix ?? ''}${vector.repeat.text.repeat(vector.repeat.count)}`
}));

/** The bus's documented cuts (voiceEventBus/normalize.ts: MAX_TEXT_LENGTH, MAX_ID_LENGTH). */
const MAX_TEXT_LENGTH = 5000;
const MAX_LABEL_LENGTH = 255;

function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}

/**
 * A string cut to `max` UTF-16 code units with "…" as the last, never between the two halves
 * of a surrogate pair: a cut emoji would show as U+FFFD, which nobody typed.
 */
function cut(value, max) {
    if (value.length <= max) {
        return value;
    }
    let end = max - 1;
    if (isHighSurrogate(value.charCodeAt(end - 1))) {
        end -= 1;
    }
    return `${value.slice(0, end)}…`;
}

/** Utterance, note and flag text: kept as sent (whitespace included), cut at 5,000. */
const asText = (value) => cut(value, MAX_TEXT_LENGTH);
/** Names, callers, participants: trimmed, cut at 255. */
const asLabel = (value) => cut(value.trim(), MAX_LABEL_LENGTH);

/**
 * What a browser displays for text under `white-space` (CSS Text 3): `pre-wrap` keeps every
 * character; otherwise runs of collapsible whitespace (space, tab, line feed, carriage return,
 * form feed) become one space, dropped at the start and end of the line. Nothing else changes.
 */
function displayed(value, whiteSpace) {
    if (whiteSpace === 'pre-wrap' || whiteSpace === 'pre' || whiteSpace === 'break-spaces') {
        return value;
    }
    return value.replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
}

/**
 * The fields: where each payload goes (an event and its property) and what the bus keeps of it.
 * `read` names the reading the page takes for it (see probe below).
 */
const FIELDS = [
    { field: 'transcript text', read: 'transcriptText', expected: asText },
    { field: 'transcript sender.displayName', read: 'transcriptName', expected: asLabel },
    { field: 'note text', read: 'noteText', expected: asText },
    { field: 'note sender.displayName', read: 'noteWho', expected: asLabel },
    { field: 'flagraise message', read: 'flagMessage', expected: asText },
    { field: 'flagraise sender.displayName', read: 'flagWho', expected: asLabel },
    { field: 'callstarted participant (caller heading)', read: 'caller', expected: asLabel },
    { field: 'callstarted participant (caller row)', read: 'callerRow', expected: asLabel },
    {
        field: 'callstarted callType (badge)',
        read: 'callType',
        expected: (value) => asLabel(value).toLowerCase()
    },
    { field: 'callconnected participant', read: 'connectedCaller', expected: asLabel },
    { field: 'participantadded participant', read: 'addedRow', expected: asLabel },
    { field: 'hold participant', read: 'heldRow', expected: asLabel }
];

/**
 * Installed in the page once: sends one vector through four calls and reads back each field,
 * with a census of every element of the document after each call. Synthetic shadow hides
 * shadowed elements from document.querySelectorAll; a TreeWalker sees the real, flat DOM.
 */
function installProbe(connectedLabel) {
    const flush = () =>
        new Promise((resolve) => setTimeout(resolve, 0)).then(
            () => new Promise((resolve) => setTimeout(resolve, 0))
        );

    function hostOf(tag) {
        const walker = document.createTreeWalker(document, NodeFilter.SHOW_ELEMENT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.localName === tag) {
                return node;
            }
        }
        throw new Error(`No <${tag}> on the page`);
    }

    /** The text nodes under an element, as the DOM holds them (shadow content included). */
    function domText(element) {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        let text = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            text += node.data;
        }
        return text;
    }

    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

    async function reading(tag, selector) {
        const found = [...hostOf(tag).shadowRoot.querySelectorAll(selector)];
        if (found.length !== 1) {
            return { count: found.length };
        }
        const [element] = found;
        const dom = domText(element);
        let shown = element.innerText;
        if (shown === '' && dom.trim() !== '') {
            // Flag rows use content-visibility: auto, so an off-screen row is not rendered and
            // has no innerText yet: bring it into view, as the user would, and read again.
            element.scrollIntoView({ block: 'nearest' });
            await frame();
            await frame();
            shown = element.innerText;
        }
        return { count: 1, dom, shown, whiteSpace: getComputedStyle(element).whiteSpace };
    }

    const SCHEME = /^(javascript|data|vbscript):/i;
    const URL_ATTRIBUTES = new Set([
        'href',
        'xlink:href',
        'src',
        'action',
        'formaction',
        'data',
        'poster',
        'background'
    ]);

    /**
     * Every element of the document by tag and every attribute by name, plus what must never
     * be there at all: inline handlers, srcdoc, script-capable URL schemes.
     */
    function census() {
        const tags = {};
        const attributes = {};
        const forbidden = [];
        const walker = document.createTreeWalker(document, NodeFilter.SHOW_ELEMENT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            tags[node.localName] = (tags[node.localName] ?? 0) + 1;
            for (const attribute of node.attributes) {
                const name = attribute.name.toLowerCase();
                attributes[name] = (attributes[name] ?? 0) + 1;
                // Browsers ignore control characters and spaces around and inside a scheme.
                const url = [...attribute.value].filter((char) => char > ' ').join('');
                if (
                    name.startsWith('on') ||
                    name === 'srcdoc' ||
                    (URL_ATTRIBUTES.has(name) && SCHEME.test(url))
                ) {
                    forbidden.push(`<${node.localName} ${name}="${attribute.value.slice(0, 60)}">`);
                }
            }
        }
        return { tags, attributes, forbidden };
    }

    /**
     * The console's own words next to a payload, drawn left to right as they should be: each
     * character right of the one before on its line. A payload's unclosed U+202E would draw
     * them right to left ("MA 50:85:90") unless the payload is isolated.
     */
    function drawnLeftToRight(element, pattern, what, problems) {
        if (!element) {
            problems.push(`${what}: not found`);
            return;
        }
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const match = pattern.exec(node.data);
            if (!match) {
                continue;
            }
            let previous = null;
            for (let index = match.index; index < match.index + match[0].length; index += 1) {
                if (node.data[index].trim() === '') {
                    continue;
                }
                const range = document.createRange();
                range.setStart(node, index);
                range.setEnd(node, index + 1);
                const box = range.getBoundingClientRect();
                if (previous && Math.abs(box.top - previous.top) < 1 && box.left < previous.left) {
                    problems.push(`${what} "${match[0]}" is drawn right to left`);
                    return;
                }
                previous = box;
            }
            return;
        }
        problems.push(`${what}: no text matching ${pattern}`);
    }

    const say = (type, callId, id, text, role, displayName, extra = {}) => {
        const now = Date.now();
        window.voiceSimulator.emit(type, {
            id,
            callId,
            clientSentTimestamp: now,
            serverReceivedTimestamp: now,
            content: { formatType: 'Text', text },
            sender: { role, displayName },
            ...extra
        });
    };

    /** Ends a call; the panels render it with the next call's events (one render per call). */
    function finish(callId) {
        window.voiceSimulator.emit('callended', { callId });
        window.voiceSimulator.emit('wrapupended', { callId });
    }

    const STATUS = 'c-call-status-panel';
    const CONNECTED = connectedLabel;
    const PARTICIPANT_NAME = (type) => `[data-participant="${type}"] p.slds-truncate`;

    /** One vector through every field; `tag` keeps ids apart between passes. */
    async function run(text, tag) {
        const sim = window.voiceSimulator;
        const readings = {};
        const censuses = [];

        // A: caller and call type from callstarted; transcript, note and flag.
        const a = `${tag}-a`;
        sim.emit('callstarted', { callId: a, callType: text, participant: text });
        sim.emit('callconnected', { callId: a });
        say('transcript', a, `${a}-t`, text, 'EndUser', text);
        say('note', a, `${a}-n`, text, 'Agent', text);
        say('flagraise', a, `${a}-f`, text, 'Agent', text, { voiceCallId: text });
        await flush();
        readings.transcriptText = await reading('c-live-transcript', '[data-row] [data-id="text"]');
        readings.transcriptName = await reading('c-live-transcript', '[data-row] [data-id="name"]');
        const note = `[data-call-id="${a}"] [data-kind="note"]`;
        readings.noteText = await reading('c-notes-feed', `${note} [data-id="text"]`);
        readings.noteWho = await reading('c-notes-feed', `${note} [data-id="who"]`);
        const flag = `[data-flag-id="${a}-f"]`;
        readings.flagMessage = await reading(
            'c-supervisor-flag-board',
            `${flag} [data-id="message"]`
        );
        readings.flagWho = await reading('c-supervisor-flag-board', `${flag} [data-id="who"]`);
        readings.caller = await reading(STATUS, '[data-id="caller"]');
        readings.callerRow = await reading(STATUS, PARTICIPANT_NAME('Initial_Caller'));
        readings.callType = await reading(STATUS, '[data-id="call-type"]');
        const board = hostOf('c-supervisor-flag-board').shadowRoot;
        const link = board.querySelector(`${flag} a`);
        readings.recordLink = link ? link.getAttribute('href') : null;
        const bidi = [];
        const clock = /\d{1,2}:\d\d:\d\d\s?[AP]M/;
        drawnLeftToRight(
            hostOf('c-live-transcript').shadowRoot.querySelector('[data-row] [data-id="time"]'),
            clock,
            'transcript time after the name',
            bidi
        );
        drawnLeftToRight(
            board.querySelector(`${flag} [data-id="message"] + p`),
            new RegExp(`${CONNECTED}$`),
            'flag context: the phase after caller and call type',
            bidi
        );
        const who = board.querySelector(`${flag} [data-id="who"]`);
        const badge = board.querySelector(`${flag} lightning-badge`);
        if (badge.getBoundingClientRect().left < who.getBoundingClientRect().left) {
            bidi.push('flag row: the role badge is drawn left of the name');
        }
        censuses.push(census());
        // Lowered: the flag's history entry shows the message and who lowered it.
        say('flaglower', a, `${a}-l`, text, 'Supervisor', text);
        finish(a);
        await flush();
        const lowered = board.querySelector(`[data-id="history"] [data-flag-id="${a}-f"]`);
        drawnLeftToRight(
            lowered?.querySelector('[data-id="outcome"]'),
            new RegExp(`${clock.source}$`),
            'flag history: the time after who lowered it',
            bidi
        );
        readings.bidi = bidi;

        // B: the caller named only by callconnected (Native Telephony sends no callstarted).
        const b = `${tag}-b`;
        sim.emit('callconnected', { callId: b, callType: 'inbound', participant: text });
        await flush();
        readings.connectedCaller = await reading(STATUS, '[data-id="caller"]');
        censuses.push(census());
        finish(b);

        // C: a third party added; D: a participant first named by a hold.
        const c = `${tag}-c`;
        sim.emit('callstarted', { callId: c, callType: 'inbound', participant: 'Caller C' });
        sim.emit('callconnected', { callId: c, callType: 'inbound' });
        sim.emit('participantadded', { callId: c, participant: text });
        await flush();
        readings.addedRow = await reading(STATUS, PARTICIPANT_NAME('Third_Party'));
        censuses.push(census());
        finish(c);

        const d = `${tag}-d`;
        sim.emit('callstarted', { callId: d, callType: 'inbound', participant: 'Caller D' });
        sim.emit('callconnected', { callId: d, callType: 'inbound' });
        sim.emit('hold', { callId: d, participant: text });
        await flush();
        readings.heldRow = await reading(STATUS, PARTICIPANT_NAME('Third_Party'));
        censuses.push(census());
        finish(d);
        await flush();
        censuses.push(census());

        return { readings, censuses };
    }

    window.__vckProbe = { run, census };
    window.__xss = 0;
}

/**
 * The panels' structure depends on a text's length only where the documented 255- and
 * 5,000-character limits do (a voiceCallId over 255 is no id, so its flag has no record link;
 * the simulator's telephony model ignores names over 255): one harmless text per class.
 */
function lengthClass(text) {
    if (text.length <= MAX_LABEL_LENGTH) {
        return 'short';
    }
    return text.length <= MAX_TEXT_LENGTH ? 'medium' : 'long';
}

const HARMLESS = {
    short: 'Harmless text 42',
    medium: 'Harmless text '.repeat(100),
    long: 'Harmless text '.repeat(500)
};

/**
 * Runs of four calls before the vectors: past the bus's 20 finished calls and the timeline's
 * 150 visible rows.
 */
const WARM_UP_RUNS = 10;

let browser;
let session;
const dialogs = [];
const consoleHits = [];
let results;
let runMs;
/** Per length class, the censuses of two harmless runs in a row (the second is the reference). */
let references;
let pageOwn;
let busErrors;
let acceptedEvents;

before(async () => {
    browser = await launchConsole();
    session = await browser.open();
    const { page } = session;
    page.on('dialog', (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        dialog.dismiss().catch(() => undefined);
    });
    page.on('console', (message) => {
        if (/vck|__xss/i.test(message.text())) {
            consoleHits.push(message.text());
        }
    });
    await page.evaluate(installProbe, label('VCK_Common_PhaseConnected'));
    await page.evaluate(() => window.voiceSimulator.reset());
    await settle(page);
    // The page's own (its favicon is `data:,`): the payloads must add nothing to these.
    pageOwn = await page.evaluate(() => window.__vckProbe.census().forbidden);

    // Fill every bounded list first (finished calls, flag history, timeline): from then on
    // the console's structure no longer changes from one run to the next. Then two harmless
    // runs per length class: the reference each vector's census is compared with.
    const started = Date.now();
    const runHarmless = (text, tag) =>
        page.evaluate(({ text: value, tag: id }) => window.__vckProbe.run(value, id), {
            text,
            tag
        });
    for (let index = 0; index < WARM_UP_RUNS; index += 1) {
        await runHarmless(HARMLESS.short, `warm-${index}`);
    }
    references = {};
    const classes = new Set(VECTORS.map((vector) => lengthClass(vector.text)));
    for (const name of ['long', 'medium', 'short'].filter((each) => classes.has(each))) {
        const first = await runHarmless(HARMLESS[name], `reference-${name}-1`);
        const second = await runHarmless(HARMLESS[name], `reference-${name}-2`);
        references[name] = [first.censuses, second.censuses];
    }
    const diagnosticsBefore = await page.evaluate(() => window.voiceSimulator.diagnostics());
    results = [];
    for (const [index, vector] of VECTORS.entries()) {
        const hostile = await page.evaluate(({ text, tag }) => window.__vckProbe.run(text, tag), {
            text: vector.text,
            tag: `xss-${index}`
        });
        results.push({ vector, hostile });
    }
    await settle(page);
    runMs = Date.now() - started;
    const diagnosticsAfter = await page.evaluate(() => window.voiceSimulator.diagnostics());
    busErrors = {
        subscriberErrors: diagnosticsAfter.subscriberErrors - diagnosticsBefore.subscriberErrors,
        internalErrors: diagnosticsAfter.internalErrors - diagnosticsBefore.internalErrors,
        rejected: diagnosticsAfter.rejectedTotal - diagnosticsBefore.rejectedTotal
    };
    acceptedEvents = diagnosticsAfter.acceptedTotal - diagnosticsBefore.acceptedTotal;
});

after(async () => {
    await browser?.close();
});

describe(`hostile text: ${VECTORS.length} vectors × ${FIELDS.length} fields in Chromium`, () => {
    it('the vector list is the issue’s: at least 50, all distinct', () => {
        assert.ok(VECTORS.length >= 50, `${VECTORS.length} vectors`);
        assert.equal(new Set(VECTORS.map((vector) => vector.name)).size, VECTORS.length);
        assert.equal(new Set(VECTORS.map((vector) => vector.text)).size, VECTORS.length);
        const elements = Object.values(references.short[1][0].tags).reduce((a, b) => a + b, 0);
        console.log(
            `# ${VECTORS.length} vectors × ${FIELDS.length} fields = ${
                VECTORS.length * FIELDS.length
            } renderings; ${acceptedEvents} hostile events in ${VECTORS.length * 4} calls; ` +
                `${VECTORS.length * 4} censuses of about ${elements} elements; ${runMs} ms ` +
                `with ${WARM_UP_RUNS} warm-up and the reference runs`
        );
    });

    it('nothing runs: no handler, no dialog, no console message, no page error', async () => {
        const { page } = session;
        // Give timers, media errors and frames a moment to fire, had anything been injected.
        await page.waitForTimeout(300);
        assert.equal(await page.evaluate(() => window.__xss), 0, 'window.__xss');
        assert.deepEqual(dialogs, []);
        assert.deepEqual(consoleHits, []);
        assert.deepEqual(session.errors, []);
        assert.equal(page.url().startsWith(browser.server.url), true, 'no navigation');
    });

    it('every payload is accepted and no panel listener throws on one', () => {
        assert.deepEqual(busErrors, { subscriberErrors: 0, internalErrors: 0, rejected: 0 });
    });

    it('nothing is injected: no inline handler, srcdoc or script URL anywhere in the DOM', () => {
        assert.deepEqual(pageOwn, ['<link href="data:,">'], 'the page itself: its favicon');
        const found = results.flatMap(({ vector, hostile }) =>
            hostile.censuses.flatMap((census, step) =>
                census.forbidden
                    .filter((entry, index) => entry !== pageOwn[index])
                    .map((entry) => `${vector.name}, call ${step}: ${entry}`)
            )
        );
        assert.deepEqual(found, []);
    });

    it('the console’s structure is steady after the warm-up: harmless runs census alike', () => {
        for (const [name, [first, second]] of Object.entries(references)) {
            assert.deepEqual(first, second, name);
        }
    });

    it('each call’s DOM has exactly the elements and attributes it has with harmless text', () => {
        const differences = [];
        for (const { vector, hostile } of results) {
            const reference = references[lengthClass(vector.text)][1];
            hostile.censuses.forEach((census, step) => {
                const harmless = reference[step];
                for (const kind of ['tags', 'attributes']) {
                    const names = new Set([
                        ...Object.keys(census[kind]),
                        ...Object.keys(harmless[kind])
                    ]);
                    for (const name of names) {
                        const mine = census[kind][name] ?? 0;
                        const theirs = harmless[kind][name] ?? 0;
                        if (mine !== theirs) {
                            differences.push(
                                `${vector.name}, call ${step}: ${kind} ${name} ${theirs} → ${mine}`
                            );
                        }
                    }
                }
            });
        }
        assert.deepEqual(differences, []);
    });

    it('each field holds the text as the bus keeps it, and shows it as typed', () => {
        const mismatches = [];
        let checked = 0;
        for (const { vector, hostile } of results) {
            for (const { field, read, expected } of FIELDS) {
                const got = hostile.readings[read];
                const want = expected(vector.text);
                if (got.count !== 1) {
                    mismatches.push(`${vector.name} / ${field}: ${got.count} elements`);
                    continue;
                }
                if (got.dom !== want) {
                    mismatches.push(
                        `${vector.name} / ${field}: DOM text ${JSON.stringify(
                            got.dom.slice(0, 120)
                        )} ≠ ${JSON.stringify(want.slice(0, 120))}`
                    );
                }
                const shown = displayed(want, got.whiteSpace);
                if (got.shown !== shown) {
                    mismatches.push(
                        `${vector.name} / ${field} (${got.whiteSpace}): shown ${JSON.stringify(
                            got.shown.slice(0, 120)
                        )} ≠ ${JSON.stringify(shown.slice(0, 120))}`
                    );
                }
                checked += 1;
            }
        }
        assert.deepEqual(mismatches, []);
        assert.equal(checked, VECTORS.length * FIELDS.length);
    });

    it('bidi controls stay inside the payload: the console’s own words keep their order', () => {
        const problems = results.flatMap(({ vector, hostile }) =>
            hostile.readings.bidi.map((problem) => `${vector.name}: ${problem}`)
        );
        assert.deepEqual(problems, []);
    });

    it('a flag’s record link stays a Lightning record path whatever voiceCallId says', () => {
        const bad = results
            .map(({ vector, hostile }) => ({
                name: vector.name,
                href: hostile.readings.recordLink
            }))
            .filter(({ href }) => href !== null && !href.startsWith('/lightning/r/VoiceCall/'));
        assert.deepEqual(bad, []);
    });
});
