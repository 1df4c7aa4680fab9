/**
 * Subscriber isolation: listeners that throw on every delivery (an Error, a string, undefined)
 * do not stop the bus, the other subscribers or a panel, and every throw is counted in
 * getDiagnostics().subscriberErrors, which the call status panel's diagnostics view shows.
 */
import { createElement } from '@lwc/engine-dom';
import CallStatusPanel from 'c/callStatusPanel';
import {
    subscribeToVoiceConsole,
    voiceEventBus,
    type ConsoleSubscription,
    type ConsoleUpdate
} from 'c/voiceEventBus';
import { emitToolkitEvent, flushPromises } from '../../utils';
import { reportFigures } from '../figures';

const CALL_ID = 'isolation-call';
const UTTERANCES = 300;

function counterText(panel: HTMLElement, key: string): string | null {
    const cell = panel.shadowRoot?.querySelector(`[data-counter="${key}"]`);
    return cell ? (cell.textContent ?? '').trim() : null;
}

describe('a subscriber that throws on every message', () => {
    const subscriptions: ConsoleSubscription[] = [];

    beforeEach(() => {
        voiceEventBus.reset();
        jest.useFakeTimers({
            doNotFake: [
                'setTimeout',
                'clearTimeout',
                'queueMicrotask',
                'nextTick',
                'setImmediate',
                'hrtime'
            ]
        });
        jest.setSystemTime(Date.UTC(2026, 2, 2, 9, 0, 0));
    });

    afterEach(() => {
        for (const subscription of subscriptions.splice(0)) {
            subscription.unsubscribe();
        }
        jest.useRealTimers();
    });

    it('stops neither the bus, nor the others, nor the panel; each throw is counted and shown', async () => {
        const started = process.hrtime.bigint();
        const panel = createElement('c-call-status-panel', { is: CallStatusPanel });
        Object.assign(panel, { showDiagnostics: true });
        document.body.appendChild(panel);
        await flushPromises();
        const errorsBefore = voiceEventBus.getDiagnostics().subscriberErrors;

        const seenBy = { first: 0, last: 0 };
        let throws = 0;
        const thrower = (value: unknown) => () => {
            throws += 1;
            throw value;
        };
        const counting = (key: keyof typeof seenBy) => (_state: unknown, update: ConsoleUpdate) => {
            if (update.kind === 'event') {
                seenBy[key] += 1;
            }
        };
        subscriptions.push(
            subscribeToVoiceConsole(undefined, counting('first')),
            subscribeToVoiceConsole(undefined, thrower(new Error('panel bug'))),
            subscribeToVoiceConsole(undefined, thrower('a string')),
            subscribeToVoiceConsole(undefined, thrower(undefined)),
            subscribeToVoiceConsole(undefined, counting('last'))
        );

        emitToolkitEvent('callconnected', { callId: CALL_ID, participant: '+1 (617) 555-0166' });
        for (let index = 0; index < UTTERANCES; index += 1) {
            emitToolkitEvent('transcript', {
                id: `line-${index}`,
                callId: CALL_ID,
                clientSentTimestamp: Date.now() + index,
                content: { formatType: 'Text', text: `Line ${index}` },
                sender: { role: index % 2 ? 'EndUser' : 'Agent' }
            });
        }
        emitToolkitEvent('mute', { callId: CALL_ID });
        const events = UTTERANCES + 2;
        await flushPromises();

        // The bus took every event; the well-behaved subscribers, before and after the
        // throwing ones, each received every one.
        expect(voiceEventBus.getDiagnostics().acceptedTotal).toBe(events);
        expect(voiceEventBus.getState().calls[CALL_ID].transcript).toHaveLength(UTTERANCES);
        expect(seenBy).toEqual({ first: events, last: events });
        // Three throwers, each on its initial delivery and on every event.
        expect(throws).toBe(3 * (events + 1));
        const counted = voiceEventBus.getDiagnostics().subscriberErrors - errorsBefore;
        expect(counted).toBe(throws);

        // The panel kept up: it shows the call, muted, and (after the next clock tick refreshes
        // the diagnostics) the count of subscriber errors.
        jest.advanceTimersByTime(1000);
        await flushPromises();
        expect(panel.shadowRoot?.textContent).toContain('+1 (617) 555-0166');
        expect(counterText(panel, 'accepted')).toBe(String(events));
        expect(counterText(panel, 'subscriberErrors')).toBe(
            String(voiceEventBus.getDiagnostics().subscriberErrors)
        );
        expect(Number(counterText(panel, 'subscriberErrors'))).toBeGreaterThanOrEqual(throws);
        expect(voiceEventBus.getDiagnostics().internalErrors).toBe(0);

        reportFigures('isolation', {
            events,
            throwingSubscribers: 3,
            throwsCounted: counted,
            shownInPanel: counterText(panel, 'subscriberErrors'),
            deliveredToEachWellBehavedSubscriber: seenBy.first,
            durationMs: Number((process.hrtime.bigint() - started) / 1_000_000n)
        });
    });
});
