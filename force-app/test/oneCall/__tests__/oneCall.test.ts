/**
 * Issue 12, one call across panels: Call Status, Live Transcript and Notes follow the same call
 * by default and label it the same way (callLabel in c/voiceViewUtils, through each panel's
 * c-voice-call-switcher); once both calls ended no switcher shows "Select an Option": each says
 * "No active call" and offers the ended calls, marked "Ended".
 */
import { label } from '../../useRealLabels';
import { createElement } from '@lwc/engine-dom';
import CallStatusPanel from 'c/callStatusPanel';
import LiveTranscript from 'c/liveTranscript';
import NotesFeed from 'c/notesFeed';
import { voiceEventBus } from 'c/voiceEventBus';
import { isolate } from 'c/voiceViewUtils';
import { emitToolkitEvent, flushPromises } from '../../utils';

const FIRST = { callId: 'pair-1', caller: '+1 (415) 555-0101' };
const SECOND = { callId: 'pair-2', caller: '+1 (415) 555-0202' };
const PANELS = [
    ['c-call-status-panel', CallStatusPanel],
    ['c-live-transcript', LiveTranscript],
    ['c-notes-feed', NotesFeed]
] as const;

interface Option {
    value: string;
    label: string;
}
type Combobox = HTMLElement & { options: Option[]; value: string | null; placeholder: string };

/** Emits each event as the toolkit would, then lets the panels render. */
async function emit(...events: Array<[type: string, detail: Record<string, unknown>]>) {
    for (const [type, detail] of events) {
        emitToolkitEvent(type, detail);
    }
    await flushPromises();
}

function note(callId: string, id: string, text: string): Record<string, unknown> {
    const at = Date.now();
    return {
        id,
        callId,
        clientSentTimestamp: at,
        serverReceivedTimestamp: at,
        content: { formatType: 'Text', text },
        sender: { role: 'Agent', displayName: 'Angela Agent' }
    };
}

async function mountAll(): Promise<HTMLElement[]> {
    const elements = PANELS.map(([tag, is]) => {
        const element = createElement(tag, { is: is as never });
        document.body.appendChild(element);
        return element;
    });
    await flushPromises();
    return elements;
}

/** Each panel's switcher combobox (null when the switcher hides itself). */
function boxes(elements: HTMLElement[]): Array<Combobox | null> {
    return elements.map(
        (element) =>
            element
                .shadowRoot!.querySelector('c-voice-call-switcher')!
                .shadowRoot!.querySelector<Combobox>('lightning-combobox') ?? null
    );
}

function shownLabel(box: Combobox | null): string | null {
    if (!box) {
        return null;
    }
    return box.options.find((option) => option.value === box.value)?.label ?? box.placeholder;
}

async function concurrentCalls(): Promise<void> {
    await emit(
        ...[FIRST, SECOND].flatMap(({ callId, caller }) => {
            const call = { callId, callType: 'inbound', participant: caller };
            const events: Array<[string, Record<string, unknown>]> = [
                ['callstarted', call],
                ['callconnected', call],
                ['note', note(callId, `${callId}-n1`, `Note on ${callId}`)]
            ];
            // The agent holds the first caller to take the second call.
            return callId === FIRST.callId
                ? [
                      ...events,
                      ['hold', { callId, participant: caller }] as [string, Record<string, unknown>]
                  ]
                : events;
        })
    );
}

describe('one call across panels', () => {
    beforeEach(() => {
        voiceEventBus.reset();
    });

    it('with two calls, Status, Transcript and Notes follow the same call and label it alike', async () => {
        const elements = await mountAll();
        await concurrentCalls();

        const expected = `${isolate(SECOND.caller)} · ${label('VCK_Common_Inbound')} · ${label(
            'VCK_Common_PhaseConnected'
        )}`;
        expect(boxes(elements).map(shownLabel)).toEqual([expected, expected, expected]);
        const notes = elements[2].shadowRoot!.querySelectorAll(
            '[data-kind="note"] [data-id="text"]'
        );
        expect(Array.from(notes, (node) => node.textContent?.trim())).toEqual([
            `Note on ${SECOND.callId}`
        ]);
    });

    it('after both calls end, every switcher says "No active call" and offers both, marked Ended', async () => {
        const elements = await mountAll();
        await concurrentCalls();
        await emit(
            ['callended', { callId: SECOND.callId }],
            ['wrapupended', { callId: SECOND.callId }],
            ['callended', { callId: FIRST.callId }],
            ['wrapupended', { callId: FIRST.callId }]
        );

        const shown = boxes(elements);
        expect(shown.map((box) => (box ? box.value : 'hidden'))).toEqual([null, null, null]);
        expect(shown.map(shownLabel)).toEqual(Array(3).fill(label('VCK_Common_NoActiveCall')));
        const ended = label('VCK_Common_PhaseEnded');
        for (const box of shown) {
            expect(box!.options.map((option) => option.label)).toEqual([
                `${isolate(FIRST.caller)} · ${label('VCK_Common_Inbound')} · ${ended}`,
                `${isolate(SECOND.caller)} · ${label('VCK_Common_Inbound')} · ${ended}`
            ]);
        }
    });
});
