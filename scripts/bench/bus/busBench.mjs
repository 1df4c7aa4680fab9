// The bus benchmarks, bundled with the real bus (bundle.mjs) and run unchanged in Node and in
// headless Chromium. Every figure is a median over repetitions of a batch of distinct transcript
// events (the bus drops repeats), timed with performance.now(), with its min and max.
import {
    VoiceEventBus,
    normalizeToolkitEvent,
    parseConsoleMessage,
    reduceConsoleState,
    subscribeToVoiceConsole
} from 'c/voiceEventBus';
import { createMessageContext, lms, releaseMessageContext } from 'lightning/messageService';
import { measureEventTarget, measureRelay, measureSelfSubscribingPanels } from './baselines.mjs';
import {
    EPOCH,
    HISTORY_CHUNK,
    checkDeliveries,
    details,
    dispatchAll,
    drained,
    median,
    nextCallId
} from './payloads.mjs';

export { measureEventTarget, measureRelay, measureSelfSubscribingPanels, median };
export { transcriptDetail } from './payloads.mjs';

/**
 * A bus as a page has it: `elements` toolkit elements (EventTargets; a console page has one per
 * panel, and the bus listens to the first only) registered with MessageContexts, and `panels`
 * panel subscriptions (subscribeToVoiceConsole with the default limits, which follow the bus's
 * own events). The call already holds `history` utterances.
 */
async function busWithHistory(history, panels, elementCount = 1) {
    const callId = nextCallId('bench-call');
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
