/**
 * Issue 12: "Keep transcript and notes after a page refresh" is offered on every panel it
 * affects, with the same label and description, and each panel holds its request on the bus
 * only while it is on the page (HeldBusRequest in c/voiceViewUtils).
 */
import '../../useRealLabels';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from '@lwc/engine-dom';
import CallStatusPanel from 'c/callStatusPanel';
import LiveTranscript from 'c/liveTranscript';
import NotesFeed from 'c/notesFeed';
import SupervisorFlagBoard from 'c/supervisorFlagBoard';
import { PERSISTED_STATE_KEY, voiceEventBus } from 'c/voiceEventBus';
import { emitToolkitEvent, flushPromises } from '../../utils';
import {
    CANARY,
    CANARY_PATTERN,
    canaryCall
} from '../../../main/default/lwc/voiceEventBus/__tests__/canaryCall';

const LWC_DIR = join(__dirname, '../../../main/default/lwc');
const PANELS = [
    ['callStatusPanel', 'c-call-status-panel', CallStatusPanel],
    ['liveTranscript', 'c-live-transcript', LiveTranscript],
    ['notesFeed', 'c-notes-feed', NotesFeed],
    ['supervisorFlagBoard', 'c-supervisor-flag-board', SupervisorFlagBoard]
] as const;

type Keeping = HTMLElement & { keepConversationAfterRefresh: boolean | string };

/** The property's attributes as written in the bundle's js-meta.xml. */
function keepProperty(bundle: string): string {
    const xml = readFileSync(join(LWC_DIR, bundle, `${bundle}.js-meta.xml`), 'utf8');
    const match = /<property\s+name="keepConversationAfterRefresh"[\s\S]*?\/>/.exec(xml);
    return (match?.[0] ?? '').replace(/\s+/g, ' ');
}

const stored = () => window.sessionStorage.getItem(PERSISTED_STATE_KEY) ?? '';

async function mount(tag: string, is: unknown, keep: boolean | string): Promise<Keeping> {
    const element = createElement(tag, { is: is as never }) as Keeping;
    element.keepConversationAfterRefresh = keep;
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

async function playCall(callId: string): Promise<void> {
    for (const step of canaryCall(callId, Date.now() - 60_000)) {
        emitToolkitEvent(step.type, step.detail);
    }
    await flushPromises();
    voiceEventBus.flushPersistence();
}

describe.each(PANELS)('%s: keepConversationAfterRefresh', (bundle, tag, is) => {
    beforeEach(() => {
        voiceEventBus.reset();
    });

    it('is a design attribute with the same label, description and default as on Call Status', () => {
        expect(keepProperty(bundle)).toContain('default="false"');
        expect(keepProperty(bundle)).toBe(keepProperty('callStatusPanel'));
    });

    it('off by default: the save keeps call status only', async () => {
        const element = await mount(tag, is, false);
        await playCall(`${bundle}-off`);

        expect(element.keepConversationAfterRefresh).toBe(false);
        expect(stored()).toContain(`${bundle}-off`);
        expect(stored()).not.toMatch(CANARY_PATTERN);
    });

    it('on: the save keeps transcript, notes and flag messages while the panel is on the page', async () => {
        const element = await mount(tag, is, 'true');
        await playCall(`${bundle}-on`);

        expect(element.keepConversationAfterRefresh).toBe(true);
        expect(stored()).toContain(CANARY.transcript);
        expect(stored()).toContain(CANARY.note);

        element.keepConversationAfterRefresh = false;
        expect(stored()).not.toMatch(CANARY_PATTERN);
        element.keepConversationAfterRefresh = true;
        expect(stored()).toContain(CANARY.flag);

        document.body.removeChild(element);
        expect(stored()).not.toMatch(CANARY_PATTERN);
    });

    it('another panel asking too keeps the text after this one is removed', async () => {
        const element = await mount(tag, is, true);
        const other = await mount('c-live-transcript', LiveTranscript, true);
        await playCall(`${bundle}-both`);

        document.body.removeChild(element);
        expect(stored()).toContain(CANARY.transcript);
        document.body.removeChild(other);
        expect(stored()).not.toMatch(CANARY_PATTERN);
    });
});
