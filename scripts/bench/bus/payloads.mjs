// What the bus benchmarks feed and how: documented transcript payloads, dispatch in bursts as a
// page receives them, and the check that every listener got every event.

let runs = 0;

/** A call id of its own per run, so nothing of an earlier run can answer for this one. */
export function nextCallId(prefix) {
    runs += 1;
    return `${prefix}-${runs}`;
}

/** History is loaded this many utterances at a time. */
export const HISTORY_CHUNK = 250;
/**
 * Measured events are dispatched this many at a time, each burst delivered by LMS before the
 * next: events reach a page one task at a time, and the bus remembers its last 1,024 for panels.
 */
export const BURST = 500;
export const EPOCH = 1715695200000;
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

export function details(from, count, callId) {
    return Array.from({ length: count }, (_, index) => transcriptDetail(from + index, callId));
}

export function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Resolves after every queued LMS delivery (they run in one microtask after publish). */
export function drained() {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Dispatches each payload as a `type` CustomEvent on every element, in bursts of BURST each
 * delivered by LMS before the next (as after a task of the page). Returns the milliseconds.
 */
export async function dispatchAll(elements, payloads, type = 'transcript') {
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

export function checkDeliveries(deliveries, batch, lastId, what) {
    for (const seen of deliveries) {
        if (seen.count !== batch || seen.lastId !== lastId) {
            throw new Error(`${what}: a panel got ${seen.count} of ${batch} events`);
        }
    }
}
