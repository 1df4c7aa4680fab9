// The console in the user's language, as an agent in Paris or Berlin sees it: labels from the
// translations in force-app (`?language=de`, or the header's switch, which reloads the page as a
// language change does in an org), English where a language has none, and every kit panel
// whole at 360 px in every shipped language: nothing wider than the panel, no control over
// another, no text cut off without its full wording in a tooltip.
/* global window, document, getComputedStyle -- callbacks of page.evaluate run in the browser */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseTranslations } from '../build/labels.mjs';
import { ROOT, continueTo, label, launchConsole, settle, stepTo } from './harness.mjs';

const TRANSLATIONS_DIR = join(ROOT, 'force-app/main/default/translations');
const TRANSLATIONS = new Map(
    readdirSync(TRANSLATIONS_DIR)
        .filter((file) => file.endsWith('.translation-meta.xml'))
        .map((file) => [
            file.replace('.translation-meta.xml', ''),
            parseTranslations(readFileSync(join(TRANSLATIONS_DIR, file), 'utf8'))
        ])
);
const translation = (language, name) => TRANSLATIONS.get(language).get(name);
/** The user's locale to go with each language (dates, numbers), as a user in that country has. */
const LOCALES = {
    de: 'de-DE',
    es: 'es-ES',
    fr: 'fr-FR',
    it: 'it-IT',
    ja: 'ja-JP',
    nl_NL: 'nl-NL',
    pt_BR: 'pt-BR'
};
const PANELS = [
    'c-call-status-panel',
    'c-live-transcript',
    'c-notes-feed',
    'c-supervisor-flag-board'
];
/**
 * 360 px wide, and tall enough that every panel of the single-column page is on screen: rows
 * off screen skip layout (content-visibility: auto) and would be measured as nothing.
 */
const PHONE = { width: 360, height: 4000 };

let browser;

before(async () => {
    browser = await launchConsole();
});

after(async () => {
    await browser?.close();
});

const titleOf = (page, panel) =>
    page.locator(`${panel} .slds-card__header-title`).first().innerText();

describe('labels in the chosen language', () => {
    it('?language=de shows the German labels and marks the page German', async () => {
        const { page, errors } = await browser.open('language=de');
        try {
            assert.equal(
                (await titleOf(page, 'c-call-status-panel')).trim(),
                translation('de', 'VCK_CallStatus_Title')
            );
            assert.equal(
                (await titleOf(page, 'c-live-transcript')).trim(),
                translation('de', 'VCK_Transcript_Title')
            );
            assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
            await stepTo(page, 'inbound-call', 'Caller on hold');
            const hold = await page.locator('c-call-status-panel [data-id="phase"]').innerText();
            assert.equal(hold.trim(), translation('de', 'VCK_Common_PhaseOnHold'));
            assert.deepEqual(errors, []);
        } finally {
            await page.close();
        }
    });

    it('a language with no translations shows the English labels, as the platform falls back', async () => {
        const { page, errors } = await browser.open('language=zh_CN');
        try {
            assert.equal(
                (await titleOf(page, 'c-call-status-panel')).trim(),
                label('VCK_CallStatus_Title')
            );
            assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-US');
            assert.deepEqual(errors, []);
        } finally {
            await page.close();
        }
    });

    it("the header's switch lists every language and reloads the console in the chosen one", async () => {
        const { page, errors } = await browser.open();
        try {
            const picker = page.locator('sim-app [data-id="language"]');
            assert.equal(await picker.getAttribute('aria-label'), 'Language');
            const options = (await picker.locator('option').allInnerTexts()).map((text) =>
                text.trim()
            );
            assert.deepEqual(options, [
                'English (en_US)',
                'Deutsch (de)',
                'Español (es)',
                'Français (fr)',
                'Italiano (it)',
                '日本語 (ja)',
                'Nederlands (nl_NL)',
                'Português (pt_BR)'
            ]);
            assert.equal(await picker.inputValue(), 'en_US');
            await Promise.all([page.waitForURL(/language=fr/), picker.selectOption('fr')]);
            await page.waitForFunction(
                () => window.voiceSimulator && document.querySelector('sim-app')
            );
            await settle(page);
            assert.equal(
                (await titleOf(page, 'c-notes-feed')).trim(),
                translation('fr', 'VCK_NotesFeed_Title')
            );
            assert.deepEqual(errors, []);
        } finally {
            await page.close();
        }
    });
});

/**
 * What is wrong with a panel's layout, as a list a person can read: an element past the panel's
 * edges, a control over another, text cut off with no tooltip holding it whole.
 */
function layoutProblems(panel) {
    const box = panel.getBoundingClientRect();
    const problems = [];
    const describe = (element) =>
        `${element.tagName.toLowerCase()}${element.dataset.id ? `[data-id=${element.dataset.id}]` : ''} "${(element.innerText ?? element.value ?? '').trim().slice(0, 40)}"`;
    const visible = (element) => {
        const rect = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        // Screen-reader text (slds-assistive-text) is a 1 px box on purpose.
        return (
            rect.width > 1 &&
            rect.height > 1 &&
            style.visibility !== 'hidden' &&
            !element.closest('.slds-assistive-text')
        );
    };
    const all = [];
    (function walk(root) {
        for (const element of root.querySelectorAll('*')) {
            all.push(element);
            if (element.shadowRoot) {
                walk(element.shadowRoot);
            }
        }
    })(panel.shadowRoot ?? panel);
    for (const element of all.filter(visible)) {
        const rect = element.getBoundingClientRect();
        // Inside a list that scrolls (the transcript's rows) only the list's own box counts.
        const clipped = element.closest(
            '[data-id="scroller"], .slds-scrollable_y, .slds-scrollable'
        );
        if (!clipped && (rect.left < box.left - 1 || rect.right > box.right + 1)) {
            problems.push(
                `${describe(element)} runs past the panel (${Math.round(rect.left)}–${Math.round(rect.right)} of ${Math.round(box.left)}–${Math.round(box.right)})`
            );
        }
        const style = getComputedStyle(element);
        const hides = /hidden|clip/.test(style.overflowX);
        if (hides && element.scrollWidth > element.clientWidth + 1 && element.innerText?.trim()) {
            const tooltip = element.closest('[title]')?.getAttribute('title');
            const wholeInTooltip =
                tooltip && tooltip.includes(element.innerText.trim().replace(/…$/, ''));
            if (!(style.textOverflow === 'ellipsis' && wholeInTooltip)) {
                problems.push(
                    `${describe(element)} is cut off (${element.scrollWidth} px of text in ${element.clientWidth} px)`
                );
            }
        }
    }
    const controls = all.filter(
        (element) =>
            visible(element) &&
            element.matches('button, input:not([type="hidden"]), select, textarea, a[href]')
    );
    for (let i = 0; i < controls.length; i++) {
        for (let j = i + 1; j < controls.length; j++) {
            const [a, b] = [controls[i], controls[j]].map((element) =>
                element.getBoundingClientRect()
            );
            const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            // Nested controls (a toggle's input under its label) and a field's own inline
            // button (the search box's Clear) share a box by design.
            const field = (element) => element.closest('.slds-form-element__control');
            const nested =
                controls[i].contains(controls[j]) ||
                controls[j].contains(controls[i]) ||
                (field(controls[i]) !== null && field(controls[i]) === field(controls[j]));
            if (!nested && overlapX > 2 && overlapY > 2) {
                problems.push(`${describe(controls[i])} overlaps ${describe(controls[j])}`);
            }
        }
    }
    // What was looked at: text boxes laid out, so a panel that rendered nothing cannot pass.
    const measured = all.filter(
        (element) =>
            visible(element) && element.childElementCount === 0 && element.innerText?.trim()
    ).length;
    return { problems, measured };
}

/**
 * A layout measured in boxes of a missing glyph means nothing: fail with what to install
 * rather than pass or fail by accident (Debian's Chromium brings no Japanese font).
 */
async function assertGlyphs(page, language) {
    if (language !== 'ja') {
        return;
    }
    const widths = await page.evaluate(() => {
        const context = document.createElement('canvas').getContext('2d');
        context.font = '16px sans-serif';
        // U+10FFFD is never in a font: its box is what a missing glyph looks like.
        return ['通話転送', '\u{10FFFD}\u{10FFFD}\u{10FFFD}\u{10FFFD}'].map(
            (text) => context.measureText(text).width
        );
    });
    assert.notEqual(
        widths[0],
        widths[1],
        'No Japanese font in this browser: install one (Debian: apt-get install fonts-ipafont-gothic; .ci/run does)'
    );
}

/** Every kit panel at this moment: the page no wider than the phone, each panel whole. */
async function assertWhole(page, language, moment) {
    await settle(page);
    // SLDS's click ripple grows inside the button just clicked (slds-kx-button_ripple) and
    // widens its scroll box while it plays: judge the layout the agent is left with.
    await page.evaluate(() =>
        Promise.all(
            document
                .getAnimations()
                .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
                .map((animation) => animation.finished.catch(() => undefined))
        )
    );
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(pageWidth <= PHONE.width, `${language}, ${moment}: the page is ${pageWidth} px wide`);
    for (const panel of PANELS) {
        const { problems, measured } = await page.locator(panel).first().evaluate(layoutProblems);
        assert.deepEqual(problems, [], `${language}, ${moment}, ${panel}`);
        assert.ok(
            measured >= 3,
            `${language}, ${moment}, ${panel}: only ${measured} texts laid out`
        );
    }
}

describe('every panel whole at 360 px', () => {
    for (const language of [...TRANSLATIONS.keys()]) {
        it(`in ${language}: ringing, on hold with transfer and keypad open, three-way, flag raised`, async () => {
            const { page, errors } = await browser.open(
                `language=${language}&locale=${LOCALES[language]}&callStatusPanel.showDiagnostics=true&callStatusPanel.allowBlindTransfer=true`
            );
            try {
                await page.setViewportSize(PHONE);
                // The page really is in this language, not English by a silent fallback.
                for (const [panel, title] of [
                    ['c-call-status-panel', 'VCK_CallStatus_Title'],
                    ['c-live-transcript', 'VCK_Transcript_Title'],
                    ['c-notes-feed', 'VCK_NotesFeed_Title']
                ]) {
                    assert.equal((await titleOf(page, panel)).trim(), translation(language, title));
                }
                await assertGlyphs(page, language);
                await page.evaluate(() => window.voiceSimulator.openPanel('supervisorFlagBoard'));
                await stepTo(page, 'inbound-call', 'Customer dials in');
                await assertWhole(page, language, 'ringing');

                await continueTo(page, 'Caller on hold');
                await page.locator('c-call-status-panel [data-id="transfer-toggle"]').click();
                await page.locator('c-call-status-panel [data-id="keypad-toggle"]').click();
                await assertWhole(page, language, 'on hold, transfer and keypad open');

                await stepTo(page, 'transfer-conference', 'Billing Tier 2 joins');
                await assertWhole(page, language, 'three-way call');

                await stepTo(page, 'supervisor-flag', 'Flag raised');
                await page.locator('c-live-transcript input[type="search"]').fill('zzzz');
                await assertWhole(page, language, 'flag raised, transcript search with no match');
                assert.deepEqual(errors, []);
            } finally {
                await page.close();
            }
        });
    }
});
