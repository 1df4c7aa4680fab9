/**
 * Issue 12, after a refresh: the page reloaded mid-call without keeping the conversation text
 * (the default). Every panel says so instead of looking empty or broken: the transcript and the
 * notes say their earlier lines and notes were not kept, the flag card says its message was not
 * kept; what arrives after the reload shows normally below the notice.
 */
import { BEFORE, CALL_ID, conversation } from '../savedBeforeReload';
import { label } from '../../useRealLabels';
import { createElement } from '@lwc/engine-dom';
import LiveTranscript from 'c/liveTranscript';
import NotesFeed from 'c/notesFeed';
import SupervisorFlagBoard from 'c/supervisorFlagBoard';
import { voiceEventBus } from 'c/voiceEventBus';
import { emitToolkitEvent, flushPromises } from '../../utils';

const NOT_KEPT_LINES = label('VCK_Transcript_NotKeptAfterRefresh');
const NOT_KEPT_NOTES = label('VCK_NotesFeed_NotKeptAfterRefresh');
const HINT = label('VCK_Common_KeepAfterRefreshHint');

async function mount(tag: string, is: unknown): Promise<HTMLElement> {
    const element = createElement(tag, { is: is as never });
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

function textOf(root: HTMLElement, selector: string): string {
    const element = root.shadowRoot!.querySelector(selector);
    return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The paragraphs of a notice, each trimmed: what a user reads, line by line. */
function paragraphs(root: HTMLElement, selector: string): string[] {
    const element = root.shadowRoot!.querySelector(selector);
    return Array.from(element?.querySelectorAll('p') ?? [], (p) =>
        (p.textContent ?? '').replace(/\s+/g, ' ').trim()
    );
}

function pageText(root: HTMLElement): string {
    return (root.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
}

async function emit(type: string, detail: unknown): Promise<void> {
    emitToolkitEvent(type, detail);
    await flushPromises();
}

describe('after a page reload that did not keep the conversation text', () => {
    it('the bus restored the call, marked as restored without its conversation text', () => {
        const call = voiceEventBus.getState().calls[CALL_ID];
        expect(call.phase).toBe('connected');
        expect(call.transcript).toEqual([]);
        expect(call.conversationTextDroppedAt).not.toBeNull();
    });

    it('Live Transcript says the earlier lines were not kept, with where an admin keeps them', async () => {
        const transcript = await mount('c-live-transcript', LiveTranscript);

        expect(paragraphs(transcript, '[data-id="empty"]')).toEqual([NOT_KEPT_LINES, HINT]);
        expect(pageText(transcript)).not.toContain(label('VCK_Transcript_NoUtterances'));
        expect(pageText(transcript)).not.toContain(BEFORE.line);
        await expect(transcript).toBeAccessible();
    });

    it('Notes says the earlier notes were not kept', async () => {
        const notes = await mount('c-notes-feed', NotesFeed);

        expect(paragraphs(notes, '[data-id="not-kept"]')).toEqual([NOT_KEPT_NOTES, HINT]);
        expect(notes.shadowRoot!.querySelector('[data-id="empty"]')).toBeNull();
        expect(pageText(notes)).not.toContain(BEFORE.note);
        await expect(notes).toBeAccessible();
    });

    it('the flag card says the message was not kept, not "No message"', async () => {
        const board = await mount('c-supervisor-flag-board', SupervisorFlagBoard);

        expect(textOf(board, `[data-flag-id="${CALL_ID}-f1"] [data-id="message"]`)).toBe(
            label('VCK_FlagBoard_MessageNotKept')
        );
        expect(pageText(board)).not.toContain(BEFORE.flag);
    });

    it('what arrives after the reload shows normally, below the notice', async () => {
        const transcript = await mount('c-live-transcript', LiveTranscript);
        const notes = await mount('c-notes-feed', NotesFeed);
        const board = await mount('c-supervisor-flag-board', SupervisorFlagBoard);
        const now = Date.now();

        await emit('transcript', conversation(`${CALL_ID}-u2`, now, 'Thanks for waiting.'));
        await emit('note', conversation(`${CALL_ID}-n2`, now + 1, 'Refund approved.'));
        await emit('flagraise', conversation(`${CALL_ID}-f2`, now + 2, null));

        const log = transcript.shadowRoot!.querySelector('[data-id="log"]')!;
        expect(paragraphs(transcript, '[data-id="not-kept"]')).toEqual([NOT_KEPT_LINES, HINT]);
        const notice = log.querySelector('[data-id="not-kept"]')!;
        const row = log.querySelector('[data-row]')!;
        expect(row.textContent).toContain('Thanks for waiting.');
        // The notice comes first in the log, the new line after it.
        expect(notice.compareDocumentPosition(row) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

        expect(paragraphs(notes, '[data-id="not-kept"]')).toEqual([NOT_KEPT_NOTES, HINT]);
        expect(textOf(notes, '[data-kind="note"] [data-id="text"]')).toBe('Refund approved.');

        // A flag raised after the reload without words simply has none.
        expect(textOf(board, `[data-flag-id="${CALL_ID}-f2"] [data-id="message"]`)).toBe(
            label('VCK_FlagBoard_NoMessage')
        );
        expect(textOf(board, `[data-flag-id="${CALL_ID}-f1"] [data-id="message"]`)).toBe(
            label('VCK_FlagBoard_MessageNotKept')
        );
        await expect(transcript).toBeAccessible();
    });
});
