// Issue 12, in a real browser: find in place on the two-hour call (10,000 utterances). Typing a
// word keeps every line and shows "1 of N"; Enter moves to the next match, also one far outside
// the rows first rendered, which comes into the window and onto the screen marked as current;
// clearing the search puts the reading position back.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { label, launchConsole, playAll, settle, text } from './harness.mjs';

const TRANSCRIPT = 'c-live-transcript';
const LOG = `${TRANSCRIPT} [data-id="log"]`;
const CURRENT = `${TRANSCRIPT} li[data-row][aria-current="true"]`;
/** An agent line said once every 20 utterances of the long call. */
const WORD = 'consolidated';

let browser;
let session;

before(async () => {
    browser = await launchConsole();
    session = await browser.open();
});

after(async () => {
    await browser?.close();
});

/** The sender time (unique per utterance) of every rendered row. */
function renderedTimes(page) {
    return page
        .locator(`${TRANSCRIPT} li[data-row] time`)
        .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
}

/** The sender time of the first row whose top is in the log's viewport, and the log's scrollTop. */
function readingPosition(page) {
    return page.locator(LOG).evaluate((log) => {
        const top = log.getBoundingClientRect().top;
        const row = Array.from(log.querySelectorAll('li[data-row]')).find(
            (item) => item.getBoundingClientRect().top >= top
        );
        return {
            time: row?.querySelector('time')?.getAttribute('datetime'),
            scrollTop: log.scrollTop
        };
    });
}

/** True when the current match's row is inside the log's visible box. */
function currentOnScreen(page) {
    return page.locator(LOG).evaluate((log) => {
        const row = log.querySelector('li[data-row][aria-current="true"]');
        if (!row) {
            return false;
        }
        const box = log.getBoundingClientRect();
        const item = row.getBoundingClientRect();
        return item.top >= box.top && item.bottom <= box.bottom;
    });
}

/** "1 of 500" → [1, 500]. */
function positionOf(count) {
    const pattern = new RegExp(
        `^${label('VCK_Transcript_MatchPosition').replace('{0}', '([\\d,]+)').replace('{1}', '([\\d,]+)')}$`
    );
    const match = pattern.exec(count);
    assert.ok(match, `"${count}" is a match position`);
    return [Number(match[1].replace(/,/g, '')), Number(match[2].replace(/,/g, ''))];
}

async function matchCount(page) {
    return positionOf(await text(page, `${TRANSCRIPT} [data-id="match-count"]`));
}

/** The last rendered row is in the log's viewport (following the newest line). */
function atLatest(page) {
    return page.locator(LOG).evaluate((log) => {
        const rows = log.querySelectorAll('li[data-row]');
        const last = rows[rows.length - 1].getBoundingClientRect();
        return last.bottom <= log.getBoundingClientRect().bottom + 2 && last.top >= 0;
    });
}

describe('transcript find in place on a 10,000-utterance call', () => {
    before(async () => {
        const { page } = session;
        await playAll(page, 'long-call');
        // The call is over and closed: pick it in the switcher to read it back.
        await page.locator(`${TRANSCRIPT} c-voice-call-switcher lightning-combobox button`).click();
        await page
            .locator(`${TRANSCRIPT} lightning-base-combobox-item[data-value="long-8001"]`)
            .click();
        await settle(page);
    });

    it(
        'finds from the start, moves past the first window, and goes back to the latest',
        { timeout: 120_000 },
        async () => {
            const { page, errors } = session;
            assert.ok(await atLatest(page), 'the panel shows the newest lines');
            const input = page.locator(`${TRANSCRIPT} [data-id="search"] input`);
            await input.fill(WORD);
            await settle(page);
            const [first, total] = await matchCount(page);
            assert.equal(first, 1);
            assert.ok(total >= 400, `${total} matches counted over the whole call`);
            // Every line stays, not only the matches.
            assert.ok((await page.locator(`${TRANSCRIPT} li[data-row]`).count()) > 100);
            assert.match(await text(page, `${CURRENT} [data-id="text"]`), new RegExp(WORD));
            assert.ok(await currentOnScreen(page), 'the first match is on screen');
            const firstWindow = new Set(await renderedTimes(page));

            let presses = 0;
            let currentTime = null;
            do {
                await input.press('Enter');
                await settle(page);
                presses += 1;
                currentTime = await page.locator(`${CURRENT} time`).getAttribute('datetime');
            } while (firstWindow.has(currentTime) && presses < 40);
            assert.ok(
                !firstWindow.has(currentTime),
                `after ${presses} presses the match is in new rows`
            );
            assert.deepEqual(await matchCount(page), [presses + 1, total]);
            assert.ok(await currentOnScreen(page), 'the current match is scrolled into view');
            assert.equal(await page.locator(CURRENT).count(), 1);
            assert.ok((await page.locator(`${TRANSCRIPT} li[data-row]`).count()) <= 160);

            await input.press('Shift+Enter');
            await settle(page);
            assert.deepEqual(await matchCount(page), [presses, total]);

            await input.fill('');
            await settle(page);
            await settle(page);
            assert.ok(await atLatest(page), 'back at the newest lines, where the agent was');
            assert.equal(await page.locator(CURRENT).count(), 0);
            assert.equal(await page.locator(`${TRANSCRIPT} li[data-row] mark`).count(), 0);
            assert.deepEqual(errors, []);
        }
    );

    it(
        'finds from where the agent reads and puts that place back when cleared',
        { timeout: 120_000 },
        async () => {
            const { page, errors } = session;
            await page.locator(LOG).evaluate((log) => {
                log.scrollTop = Math.round(log.scrollHeight / 3);
            });
            await settle(page);
            const before = await readingPosition(page);
            assert.ok(before.time, 'a row is at the top of the viewport');

            const input = page.locator(`${TRANSCRIPT} [data-id="search"] input`);
            await input.fill(WORD);
            await settle(page);
            const [at, total] = await matchCount(page);
            assert.ok(at > 1 && at <= total, `the match nearest the reading position (${at})`);
            assert.ok(await currentOnScreen(page));
            await input.press('Enter');
            await settle(page);

            await input.fill('');
            await settle(page);
            await settle(page);
            const restored = await readingPosition(page);
            assert.equal(restored.time, before.time, 'the same row is back at the top');
            assert.ok(Math.abs(restored.scrollTop - before.scrollTop) <= 2);
            assert.deepEqual(errors, []);
        }
    );
});
