// The bus benchmarks, bundled with the real bus (bundle.mjs) and run unchanged in Node and in
// headless Chromium. Every figure is a median over repetitions of a batch of distinct transcript
// events (the bus drops repeats), timed with performance.now().
import {
    VoiceEventBus,
    createConsoleState,
    normalizeToolkitEvent,
    parseConsoleMessage,
    reduceConsoleState,
    subscribeToVoiceConsole
} from 'c/voiceEventBus';
import {
    APPLICATION_SCOPE,
    createMessageContext,
    lms,
    publish,
    releaseMessageContext,
    subscribe,
    unsubscribe
} from 'lightning/messageService';

let runs = 0;
/** History is loaded this many utterances at a time. */
const HISTORY_CHUNK = 250;
/**
 * Measured events are dispatched this many at a time, each burst delivered by LMS before the
 * next: events reach a page one task at a time, and the bus remembers its last 1,024 for panels.
 */
const BURST = 500;
const EPOCH = 1715695200000;
const LINES = [
    'Thanks for calling, how can I help you today?',
    'Hi, I was charged twice for my last order and I would like a refund.',
    'I am sorry to hear that. Let me pull up your account.',
    'Sure, the order number is 4417 2209.',
    'I can see both charges. I will reverse the second one now.',
    'Great, how long does the refund take to show up?'
];

/** The documented transcript payload (toolkit-telephony-events.txt), utterance `n` of a call. */
export function transcriptDetail(n, callId = 'bench-call') {
    const sent = EPOCH + n * 1500;
    return {
        id: `${callId}-u${n}`,
        clientSentTimestamp: sent,
        serverReceivedTimestamp: sent + 29,
        content: { formatType: 'Text', text: LINES[n % LINES.length] },
        callId,
        sender: { role: n % 2 === 0 ? 'Agent' : 'EndUser' }
    };
}

function details(from, count, callId) {
    return Array.from({ length: count }, (_, index) => transcriptDetail(from + index, callId));
}

export function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Resolves after every queued LMS delivery (they run in one microtask after publish). */
function drained() {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

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

/**
 * A bus as a page has it: `elements` toolkit elements (EventTargets; a console page has one per
 * panel, and the bus listens to the first only) registered with MessageContexts, and `panels`
 * panel subscriptions (subscribeToVoiceConsole with the default limits, which follow the bus's
 * own events). The call already holds `history` utterances.
 */
async function busWithHistory(history, panels, elementCount = 1) {
    // A call id of its own per run: nothing of an earlier run can answer for this one.
    runs += 1;
    const callId = `bench-call-${runs}`;
    const bus = new VoiceEventBus();
    const elements = [];
    const contexts = [];
    for (let index = 0; index < elementCount; index += 1) {
        elements.push(new EventTarget());
        contexts.push(createMessageContext());
        bus.registerToolkit(elements[index], contexts[index]);
    }
    const deliveries = [];
    const subscriptions = [];
    for (let index = 0; index < panels; index += 1) {
        const seen = { count: 0, lastId: null };
        deliveries.push(seen);
        const context = createMessageContext();
        contexts.push(context);
        subscriptions.push(
            subscribeToVoiceConsole(
                context,
                (_state, update) => {
                    if (update.kind === 'event') {
                        seen.count += 1;
                        seen.lastId = update.event.id ?? null;
                    }
                },
                { bus }
            )
        );
    }
    bus.ingest('callconnected', { callId, callType: 'inbound' }, EPOCH);
    // In chunks with LMS deliveries between them, as utterances arrive over a call.
    const earlier = details(0, history, callId);
    for (let start = 0; start < history; start += HISTORY_CHUNK) {
        for (const detail of earlier.slice(start, start + HISTORY_CHUNK)) {
            bus.ingest('transcript', detail, detail.serverReceivedTimestamp);
        }
        await drained();
    }
    await drained();
    for (const seen of deliveries) {
        seen.count = 0;
    }
    return {
        bus,
        callId,
        element: elements[0],
        elements,
        deliveries,
        /** Ends every subscription, the bus's included, so no later run pays for this one. */
        close() {
            for (const subscription of subscriptions) {
                subscription.unsubscribe();
            }
            for (const element of elements) {
                bus.unregisterToolkit(element);
            }
            for (const context of contexts) {
                releaseMessageContext(context);
            }
        }
    };
}

/**
 * Dispatches each payload as a `type` CustomEvent on every element, in bursts of BURST each
 * delivered by LMS before the next (as after a task of the page). Returns the milliseconds.
 */
async function dispatchAll(elements, payloads, type = 'transcript') {
    const started = performance.now();
    for (let start = 0; start < payloads.length; start += BURST) {
        for (const detail of payloads.slice(start, start + BURST)) {
            for (const element of elements) {
                element.dispatchEvent(new CustomEvent(type, { detail }));
            }
        }
        await Promise.resolve();
        await Promise.resolve();
    }
    return performance.now() - started;
}

function checkDeliveries(deliveries, batch, lastId, what) {
    for (const seen of deliveries) {
        if (seen.count !== batch || seen.lastId !== lastId) {
            throw new Error(`${what}: a panel got ${seen.count} of ${batch} events`);
        }
    }
}

/**
 * The bus's cost per transcript event: dispatched on the page's toolkit elements, normalized,
 * reduced, published through the local LMS and delivered (JSON copy) to `panels` panel
 * subscriptions. Timed until the last panel got the last event. Microseconds per event.
 */
export async function measureBusPath({ history, batch, panels = 1, elements = 1 }) {
    const setup = await busWithHistory(history, panels, elements);
    const payloads = details(history, batch, setup.callId);
    const elapsed = await dispatchAll(setup.elements, payloads);
    await drained();
    const utterances = setup.bus.getState().calls[setup.callId]?.transcript.length ?? 0;
    setup.close();
    checkDeliveries(setup.deliveries, batch, payloads[batch - 1].id, 'bus');
    if (utterances !== Math.min(history + batch, 10000)) {
        throw new Error(`the bus kept ${utterances} utterances`);
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
    runs += 1;
    const callId = `bench-relay-${runs}`;
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
    runs += 1;
    const callId = `bench-peer-${runs}`;
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

/**
 * One call of `utterances` lines replayed end to end through the bus and one panel subscription:
 * connected, every line, ended. Milliseconds for the whole call.
 */
export async function measureCallReplay({ utterances }) {
    const setup = await busWithHistory(0, 1);
    const payloads = details(0, utterances, setup.callId);
    let elapsed = await dispatchAll(setup.elements, payloads);
    elapsed += await dispatchAll(setup.elements, [{ callId: setup.callId }], 'callended');
    await drained();
    const call = setup.bus.getState().calls[setup.callId];
    setup.close();
    if (call?.transcript.length !== Math.min(utterances, 10000) || call.phase !== 'afterCallWork') {
        throw new Error(`the replayed call ended with ${call?.transcript.length} lines`);
    }
    return elapsed;
}

/**
 * Each stage alone, microseconds per event, on the same payloads and history: where the bus's
 * time goes. Each stage that needs a bus gets a fresh one, so no stage reuses another's work.
 */
export async function measureStages({ history, batch }) {
    const stages = {};
    const first = await busWithHistory(history, 0);
    const payloads = details(history, batch, first.callId);

    let started = performance.now();
    const events = payloads.map(
        (detail) =>
            normalizeToolkitEvent('transcript', detail, detail.serverReceivedTimestamp).event
    );
    stages.normalize = ((performance.now() - started) * 1000) / batch;

    let state = first.bus.getState();
    started = performance.now();
    for (const event of events) {
        state = reduceConsoleState(state, event);
    }
    stages.reduce = ((performance.now() - started) * 1000) / batch;
    first.close();

    const messages = events.map((event, seq) => ({
        version: 1,
        kind: 'event',
        origin: 'bench',
        seq,
        event
    }));
    const copies = [];
    started = performance.now();
    for (const message of messages) {
        copies.push(JSON.parse(JSON.stringify(message)));
    }
    stages.lmsCopy = ((performance.now() - started) * 1000) / batch;

    started = performance.now();
    for (const copy of copies) {
        parseConsoleMessage(copy);
    }
    stages.revive = ((performance.now() - started) * 1000) / batch;

    // ingest: normalize + reduce + publish, with no subscriber on the channel but the bus's own.
    const second = await busWithHistory(history, 0);
    const own = details(history, batch, second.callId);
    started = performance.now();
    for (const detail of own) {
        second.bus.ingest('transcript', detail, detail.serverReceivedTimestamp);
    }
    await Promise.resolve();
    stages.ingest = ((performance.now() - started) * 1000) / batch;
    await drained();
    second.close();
    return stages;
}

/** The median of each figure over the repetitions, and its spread (min and max). */
function summarize(samples) {
    const summary = {};
    for (const [name, values] of Object.entries(samples)) {
        summary[name] = {
            median: median(values),
            min: Math.min(...values),
            max: Math.max(...values)
        };
    }
    return summary;
}

/**
 * Every bus figure of one environment: medians and spreads over `repetitions` runs after
 * `warmup` runs, each figure measured side by side with its baseline in every round.
 * `history`: utterances already in the call (µs per event); `callLengths`: the short and the
 * long call replayed end to end (ms per call).
 */
export async function runBusFigures({
    history,
    batch,
    repetitions,
    warmup = 2,
    extraHistory,
    callLengths
}) {
    const samples = {};
    const stageRuns = [];
    const keep = (name, value, round) => {
        if (round >= warmup) {
            (samples[name] ??= []).push(value);
        }
    };
    for (let round = 0; round < warmup + repetitions; round += 1) {
        keep('eventTarget', measureEventTarget(batch), round);
        keep('relay', await measureRelay({ batch, subscribers: 1 }), round);
        keep('relayFour', await measureRelay({ batch, subscribers: 4 }), round);
        keep('bus', await measureBusPath({ history, batch, panels: 1 }), round);
        keep('busFourPanels', await measureBusPath({ history, batch, panels: 4 }), round);
        keep('busExtraHistory', await measureBusPath({ history: extraHistory, batch }), round);
        for (const [name, at] of [
            ['', history],
            ['ExtraHistory', extraHistory]
        ]) {
            keep(
                `page${name}`,
                await measureBusPath({ history: at, batch, panels: 4, elements: 4 }),
                round
            );
            keep(`peer${name}`, await measureSelfSubscribingPanels({ history: at, batch }), round);
        }
        keep('shortCall', await measureCallReplay({ utterances: callLengths[0] }), round);
        keep('longCall', await measureCallReplay({ utterances: callLengths[1] }), round);
        const stages = await measureStages({ history, batch });
        if (round >= warmup) {
            stageRuns.push(stages);
        }
    }
    const stages = {};
    for (const name of Object.keys(stageRuns[0])) {
        stages[name] = median(stageRuns.map((run) => run[name]));
    }
    const figures = summarize(samples);
    return {
        history,
        extraHistory,
        callLengths,
        batch,
        repetitions,
        warmup,
        figures,
        eventTargetUs: figures.eventTarget.median,
        busUs: figures.bus.median,
        busFourPanelsUs: figures.busFourPanels.median,
        busExtraHistoryUs: figures.busExtraHistory.median,
        stages
    };
}

/** Messages the bench's message service carried (a check that publishing happened). */
export function lmsCounts() {
    return { published: lms.published, delivered: lms.delivered };
}
