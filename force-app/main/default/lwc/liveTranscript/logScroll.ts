/**
 * Keeps the reader's place in the log across renders: at the bottom while following, on the
 * current match after a search step, else on a row that was on screen before the window moved.
 * The only DOM it touches is the log element the panel hands it; the decisions are in
 * scrollFollow.ts.
 */
import { centredScrollTop, type ScrollAnchor } from './scrollFollow';
import type { TranscriptRow } from './transcriptView';

function rowElements(log: HTMLElement): HTMLElement[] {
    return Array.from(log.querySelectorAll<HTMLElement>('li[data-row]'));
}

export class LogScroll {
    /** The row to put back at the same height after the next render. */
    pendingAnchor: ScrollAnchor | null = null;
    /** The current match changed: scroll its row into view after the render. */
    revealAfterRender = false;
    focusAfterRender = false;
    /** The rows as last rendered (what the DOM shows). */
    private renderedRows: readonly TranscriptRow[] = [];

    /**
     * The first row on screen now (in the DOM as last rendered) that is also in `rows`, with its
     * distance from the top of the viewport, so the next render can put it back where it was.
     */
    anchorFor(log: HTMLElement | null, rows: readonly TranscriptRow[]): ScrollAnchor | null {
        if (!log) {
            return null;
        }
        const kept = new Set(rows.map((row) => row.key));
        if (this.pendingAnchor && kept.has(this.pendingAnchor.key)) {
            // Not rendered since the last change: the DOM still shows what the anchor measured.
            return this.pendingAnchor;
        }
        const elements = rowElements(log);
        for (let index = 0; index < this.renderedRows.length; index += 1) {
            const element = elements[index];
            if (element && kept.has(this.renderedRows[index].key)) {
                return {
                    key: this.renderedRows[index].key,
                    offset: element.offsetTop - log.scrollTop
                };
            }
        }
        return null;
    }

    /** The row on screen now, to come back to when a search that starts is cleared. */
    readingAnchor(log: HTMLElement | null): ScrollAnchor | null {
        return this.anchorFor(log, this.renderedRows);
    }

    /** After a render of `rows` (`log` is null when the template shows no log). */
    rendered(log: HTMLElement | null, rows: readonly TranscriptRow[], following: boolean): void {
        const anchor = this.pendingAnchor;
        this.pendingAnchor = null;
        this.renderedRows = log ? rows : [];
        if (!log) {
            return;
        }
        if (following) {
            log.scrollTop = log.scrollHeight;
        } else if (this.revealAfterRender) {
            this.revealCurrent(log);
        } else if (anchor) {
            const { key, offset } = anchor;
            const row = rowElements(log)[rows.findIndex((item) => item.key === key)];
            if (row) {
                log.scrollTop = row.offsetTop - offset;
            }
        }
        if (this.focusAfterRender) {
            this.focusAfterRender = false;
            log.focus();
        }
    }

    /** Centres the current match's row in the log. */
    revealCurrent(log: HTMLElement): void {
        this.revealAfterRender = false;
        const row = log.querySelector<HTMLElement>('li[aria-current="true"]');
        if (row) {
            log.scrollTop = centredScrollTop(row.offsetTop, row.offsetHeight, log.clientHeight);
        }
    }
}
