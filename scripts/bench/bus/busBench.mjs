// The bus benchmarks, bundled with the real bus (bundle.mjs) and run unchanged in Node and in
// headless Chromium. Every figure is a median over repetitions of a batch of distinct transcript
// events (the bus drops repeats), timed with performance.now().
import {
    VoiceEventBus,
    normalizeToolkitEvent,
    parseConsoleMessage,
    reduceConsoleState,
    subscribeToVoiceConsole
} from 'c/voiceEventBus';
import { createMessageContext, lms, releaseMessageContext } from 'lightning/messageService';

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
 * A bus as a page has it: a toolkit element (an EventTarget) registered with a MessageContext,
 * and `panels` panel subscriptions (subscribeToVoiceConsole, each reducing its own copy). The
 * call already holds `history` utterances.
 */
async function busWithHistory(history, panels) {
    // A call id of its own per run: nothing of an earlier run can answer for this one.
    runs += 1;
    const callId = `bench-call-${runs}`;
    const bus = new VoiceEventBus();
    const element = new EventTarget();
    const contexts = [createMessageContext()];
    bus.registerToolkit(element, contexts[0]);
    const deliveries = [];
    const subscriptions = [];
    for (let index = 0; index < panels; index += 1) {
        const seen = { count: 0, lastId: null };
        deliveries.push(seen);
        contexts.push(createMessageContext());
        subscriptions.push(
            subscribeToVoiceConsole(
                contexts[index + 1],
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
        element,
        deliveries,
        /** Ends every subscription, the bus's included, so no later run pays for this one. */
        close() {
            for (const subscription of subscriptions) {
                subscription.unsubscribe();
            }
            bus.unregisterToolkit(element);
            for (const context of contexts) {
                releaseMessageContext(context);
            }
        }
    };
}

/**
 * The bus's cost per transcript event: dispatched on the toolkit element, normalized, reduced,
 * published through the local LMS and delivered (JSON copy) to `panels` panel subscriptions that
 * revive and reduce it into their own copy. Timed until the last panel got the last event.
 * Returns microseconds per event.
 */
export async function measureBusPath({ history, batch, panels = 1 }) {
    const setup = await busWithHistory(history, panels);
    const payloads = details(history, batch, setup.callId);
    const lastId = payloads[batch - 1].id;
    const started = performance.now();
    for (let start = 0; start < batch; start += BURST) {
        for (const detail of payloads.slice(start, start + BURST)) {
            setup.element.dispatchEvent(new CustomEvent('transcript', { detail }));
        }
        // LMS delivers the burst in the microtasks after it, as after a task of the page.
        await Promise.resolve();
        await Promise.resolve();
    }
    const elapsed = performance.now() - started;
    await drained();
    const utterances = setup.bus.getState().calls[setup.callId]?.transcript.length ?? 0;
    setup.close();
    for (const seen of setup.deliveries) {
        if (seen.count !== batch || seen.lastId !== lastId) {
            throw new Error(`a panel got ${seen.count} of ${batch} events`);
        }
    }
    if (utterances !== Math.min(history + batch, 10000)) {
        throw new Error(`the bus kept ${utterances} utterances`);
    }
    return (elapsed * 1000) / batch;
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

/**
 * Every bus figure of one environment: medians over `repetitions` runs after `warmup` runs.
 * `history`: utterances already in the call. Microseconds per event.
 */
export async function runBusFigures({ history, batch, repetitions, warmup = 2, extraHistory }) {
    const runs = { eventTarget: [], bus: [], busFourPanels: [], busExtraHistory: [] };
    const stageRuns = [];
    for (let round = 0; round < warmup + repetitions; round += 1) {
        const keep = round >= warmup;
        const eventTarget = measureEventTarget(batch);
        const bus = await measureBusPath({ history, batch, panels: 1 });
        const busFourPanels = await measureBusPath({ history, batch, panels: 4 });
        const busExtraHistory = await measureBusPath({ history: extraHistory, batch, panels: 1 });
        const stages = await measureStages({ history, batch });
        if (keep) {
            runs.eventTarget.push(eventTarget);
            runs.bus.push(bus);
            runs.busFourPanels.push(busFourPanels);
            runs.busExtraHistory.push(busExtraHistory);
            stageRuns.push(stages);
        }
    }
    const stages = {};
    for (const name of Object.keys(stageRuns[0])) {
        stages[name] = median(stageRuns.map((run) => run[name]));
    }
    return {
        history,
        extraHistory,
        batch,
        repetitions,
        warmup,
        eventTargetUs: median(runs.eventTarget),
        busUs: median(runs.bus),
        busFourPanelsUs: median(runs.busFourPanels),
        busExtraHistoryUs: median(runs.busExtraHistory),
        stages
    };
}

/** Messages the bench's message service carried (a check that publishing happened). */
export function lmsCounts() {
    return { published: lms.published, delivered: lms.delivered };
}
