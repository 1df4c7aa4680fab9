// The baselines the bus is measured against, each built from the same payloads and dispatch: a
// bare EventTarget dispatch, the minimal LMS relay, and four self-subscribing panels (what a
// team writes without the kit).
import { createConsoleState, normalizeToolkitEvent, reduceConsoleState } from 'c/voiceEventBus';
import {
    APPLICATION_SCOPE,
    createMessageContext,
    publish,
    releaseMessageContext,
    subscribe,
    unsubscribe
} from 'lightning/messageService';
import {
    HISTORY_CHUNK,
    checkDeliveries,
    details,
    dispatchAll,
    drained,
    nextCallId
} from './payloads.mjs';

/**
 * Dispatching each payload as a CustomEvent on a bare EventTarget with one listener: what any
 * DOM event costs, and what the toolkit element's dispatch costs before the bus sees it.
 * Returns microseconds per event.
 */
export function measureEventTarget(batch) {
    const target = new EventTarget();
    let received = 0;
    let last = null;
    target.addEventListener('transcript', (event) => {
        received += 1;
        last = event.detail;
    });
    const payloads = details(0, batch, 'bench-baseline');
    const started = performance.now();
    for (const detail of payloads) {
        target.dispatchEvent(new CustomEvent('transcript', { detail }));
    }
    const elapsed = performance.now() - started;
    if (received !== batch || last !== payloads[batch - 1]) {
        throw new Error('EventTarget baseline lost events');
    }
    return (elapsed * 1000) / batch;
}

/** The channel of the minimal relay (the local LMS keys channels by this name). */
const RELAY_CHANNEL = { messageChannel: 'BenchRelay__c' };

/**
 * The least work any LMS-based design can do: a component that listens to the toolkit element
 * and republishes each raw `detail` on LMS, to `subscribers` subscribers that only take it.
 * Microseconds per event, timed as the bus path is.
 */
export async function measureRelay({ batch, subscribers = 1 }) {
    const callId = nextCallId('bench-relay');
    const element = new EventTarget();
    const context = createMessageContext();
    const relay = (event) => publish(context, RELAY_CHANNEL, event.detail);
    element.addEventListener('transcript', relay);
    const deliveries = [];
    const subscriptions = [];
    const contexts = [context];
    for (let index = 0; index < subscribers; index += 1) {
        const seen = { count: 0, lastId: null };
        deliveries.push(seen);
        const own = createMessageContext();
        contexts.push(own);
        subscriptions.push(
            subscribe(
                own,
                RELAY_CHANNEL,
                (message) => {
                    seen.count += 1;
                    seen.lastId = message?.id ?? null;
                },
                { scope: APPLICATION_SCOPE }
            )
        );
    }
    const payloads = details(0, batch, callId);
    const elapsed = await dispatchAll([element], payloads);
    await drained();
    element.removeEventListener('transcript', relay);
    for (const subscription of subscriptions) {
        unsubscribe(subscription);
    }
    for (const own of contexts) {
        releaseMessageContext(own);
    }
    checkDeliveries(deliveries, batch, payloads[batch - 1].id, 'relay');
    return (elapsed * 1000) / batch;
}

/**
 * What a team writes without the kit, in the style of Salesforce's published toolkit sample:
 * `panels` panels, each with its own toolkit element and its own listener, validating and
 * reducing every event into its own state (the kit's validation and reducer, no LMS). The
 * platform hands each element the event. Microseconds per event, until every panel has it.
 */
export async function measureSelfSubscribingPanels({ history, batch, panels = 4 }) {
    const callId = nextCallId('bench-peer');
    const elements = [];
    const deliveries = [];
    const states = [];
    const listeners = [];
    for (let index = 0; index < panels; index += 1) {
        const element = new EventTarget();
        const seen = { count: 0, lastId: null };
        const panel = { state: createConsoleState() };
        const listener = (event) => {
            const { event: accepted } = normalizeToolkitEvent(event.type, event.detail, Date.now());
            if (accepted) {
                const next = reduceConsoleState(panel.state, accepted);
                if (next !== panel.state) {
                    panel.state = next;
                    seen.count += 1;
                    seen.lastId = accepted.id ?? null;
                }
            }
        };
        for (const type of ['callconnected', 'transcript']) {
            element.addEventListener(type, listener);
        }
        elements.push(element);
        deliveries.push(seen);
        states.push(panel);
        listeners.push(listener);
    }
    await dispatchAll(elements, [{ callId, callType: 'inbound' }], 'callconnected');
    for (let start = 0; start < history; start += HISTORY_CHUNK) {
        await dispatchAll(
            elements,
            details(start, Math.min(HISTORY_CHUNK, history - start), callId)
        );
    }
    for (const seen of deliveries) {
        seen.count = 0;
    }
    const payloads = details(history, batch, callId);
    const elapsed = await dispatchAll(elements, payloads);
    checkDeliveries(deliveries, batch, payloads[batch - 1].id, 'self-subscribing panels');
    for (const panel of states) {
        const kept = panel.state.calls[callId]?.transcript.length ?? 0;
        if (kept !== Math.min(history + batch, 10000)) {
            throw new Error(`a self-subscribing panel kept ${kept} utterances`);
        }
    }
    elements.forEach((element, index) => {
        for (const type of ['callconnected', 'transcript']) {
            element.removeEventListener(type, listeners[index]);
        }
    });
    return (elapsed * 1000) / batch;
}
