/* global window, document -- this file runs in the bench page */
// The bench page: the four panels as a console page has them (each with its connector and
// toolkit element, on the local console's platform stand-ins), without the console's own chrome
// (player, timeline, composer), so what is measured is the product. Events go to every toolkit
// element, as the platform sends them. window.vckBench runs the in-page measurements.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import panels from '@simulator/panels';
import { simPlatform } from 'sim/platform';

// Ticks of the page's one-second clock (c/voiceViewUtils onEverySecond), captured so a tick can
// be run and timed on demand; the real interval keeps running too.
const secondTicks = [];
const realSetInterval = window.setInterval.bind(window);
window.setInterval = (handler, delay, ...rest) => {
    if (delay === 1000 && typeof handler === 'function') {
        secondTicks.push(handler);
    }
    return realSetInterval(handler, delay, ...rest);
};

// Date.now() moves forward on demand, so each timed tick shows a new second on every clock.
let clockOffset = 0;
const realDateNow = Date.now.bind(Date);
Date.now = () => realDateNow() + clockOffset;

const EPOCH = 1715695200000;
const LINES = [
    'Thanks for calling, how can I help you today?',
    'Hi, I was charged twice for my last order and I would like a refund.',
    'I am sorry to hear that. Let me pull up your account.',
    'Sure, the order number is 4417 2209.',
    'I can see both charges. I will reverse the second one now.',
    'Great, how long does the refund take to show up?'
];

function utterance(callId, n, text = LINES[n % LINES.length]) {
    const sent = EPOCH + n * 1500;
    return {
        id: `${callId}-u${n}`,
        clientSentTimestamp: sent,
        serverReceivedTimestamp: sent + 29,
        content: { formatType: 'Text', text },
        callId,
        sender: { role: n % 2 === 0 ? 'Agent' : 'EndUser' }
    };
}

function emit(type, detail) {
    return simPlatform.toolkit.dispatch(type, detail);
}

/** A task boundary: every queued microtask (LMS delivery, LWC re-render) has run. */
function nextTask() {
    return new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
            channel.port1.close();
            resolve();
        };
        channel.port2.postMessage(null);
    });
}

const mounted = new Map();

function mountPanels() {
    for (const { name, ctor } of panels) {
        const slot = document.createElement('div');
        slot.className = 'bench-slot';
        const element = createElement(`c-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, {
            is: ctor
        });
        slot.appendChild(element);
        document.body.appendChild(slot);
        mounted.set(name, element);
    }
}

/** The first element matching `selector` inside a panel's (synthetic) shadow tree. */
function inPanel(name, selector) {
    return mounted.get(name)?.shadowRoot?.querySelector(selector) ?? null;
}

function transcriptList() {
    return inPanel('liveTranscript', 'ol');
}

async function startCall(callId) {
    emit('callstarted', { callId, callType: 'inbound', participant: '+1 415 555 0142' });
    emit('callconnected', { callId, callType: 'inbound', participant: '+1 415 555 0142' });
    await nextTask();
}

/** Emits utterances [from, to) of a call, `chunk` per task (renders happen between chunks). */
async function emitUtterances(callId, from, to, chunk = 250) {
    for (let n = from; n < to; n += chunk) {
        for (let i = n; i < Math.min(to, n + chunk); i += 1) {
            emit('transcript', utterance(callId, i));
        }
        await nextTask();
    }
}

/** Rows the live transcript has in the DOM now. */
function renderedRows() {
    return transcriptList()?.querySelectorAll('li[data-row]').length ?? 0;
}

/**
 * Transcript event → its row in the DOM with layout done: the event goes to the toolkit
 * elements, through the bus and LMS to the panel, which re-renders; timed until its row is
 * the list's last and has a layout box. Microtask hops only: no frame is waited for.
 */
async function transcriptLatencies(callId, from, samples) {
    const list = transcriptList();
    if (!list) {
        throw new Error('the live transcript shows no list');
    }
    const times = [];
    for (let index = 0; index < samples; index += 1) {
        const n = from + index;
        const marker = `Measured line ${n}`;
        const started = performance.now();
        emit('transcript', utterance(callId, n, marker));
        let row = null;
        for (let hop = 0; hop < 1000 && !row; hop += 1) {
            await Promise.resolve();
            const last = list.lastElementChild;
            row = last && last.textContent.includes(marker) ? last : null;
        }
        if (!row) {
            throw new Error(`utterance ${n} never reached the DOM`);
        }
        row.getBoundingClientRect();
        times.push(performance.now() - started);
        // Let the browser paint and run its own tasks between samples, as between utterances.
        await nextTask();
    }
    return times;
}

/** The baseline: one text row appended to a plain <ol> holding `history` rows, with layout. */
async function plainListLatencies(history, samples) {
    const container = document.createElement('div');
    container.id = 'bench-plain';
    const list = document.createElement('ol');
    for (let n = 0; n < history; n += 1) {
        const item = document.createElement('li');
        item.textContent = LINES[n % LINES.length];
        list.appendChild(item);
    }
    container.appendChild(list);
    document.body.appendChild(container);
    await nextTask();
    const times = [];
    for (let index = 0; index < samples; index += 1) {
        const started = performance.now();
        const item = document.createElement('li');
        item.textContent = `Measured line ${index}`;
        list.appendChild(item);
        container.scrollTop = container.scrollHeight;
        item.getBoundingClientRect();
        times.push(performance.now() - started);
        await nextTask();
    }
    container.remove();
    return times;
}

/** Raises `count` flags, `perCall` on each of count / perCall live calls. */
async function raiseFlags(count, perCall = 10) {
    const calls = Math.ceil(count / perCall);
    for (let c = 0; c < calls; c += 1) {
        const callId = `flag-call-${c}`;
        await startCall(callId);
        for (let f = 0; f < perCall && c * perCall + f < count; f += 1) {
            const at = EPOCH + (c * perCall + f) * 1000;
            emit('flagraise', {
                id: `${callId}-flag-${f}`,
                callId,
                voiceCallId: `0LQ5g00000${String(c * perCall + f).padStart(5, '0')}`,
                clientSentTimestamp: at,
                serverReceivedTimestamp: at + 20,
                text: 'Customer asks for a supervisor',
                sender: { role: 'Agent', displayName: `Rep ${c}` }
            });
        }
        await nextTask();
    }
    await nextTask();
    return inPanel('supervisorFlagBoard', 'ul[data-id="queue"]')?.children.length ?? 0;
}

/**
 * One tick of the page's shared one-second clock, a second later than the last: every wait
 * clock (and the call timers) re-render; timed until the DOM is updated and laid out.
 */
async function tickDurations(count) {
    if (secondTicks.length === 0) {
        throw new Error('no one-second clock is running');
    }
    const times = [];
    for (let index = 0; index < count; index += 1) {
        clockOffset += 1000;
        const started = performance.now();
        for (const tick of secondTicks) {
            tick();
        }
        // LWC re-renders in one microtask queued by the first change.
        await Promise.resolve();
        await Promise.resolve();
        document.body.getBoundingClientRect();
        times.push(performance.now() - started);
        await nextTask();
    }
    return times;
}

/** Plays calls [from, to) of `utterances` utterances each, start to wrap-up, as fast as it can. */
async function playCalls(from, to, utterances) {
    for (let c = from; c < to; c += 1) {
        const callId = `heap-call-${c}`;
        await startCall(callId);
        await emitUtterances(callId, 0, utterances, 200);
        emit('callended', { callId });
        emit('wrapupended', { callId });
        await nextTask();
    }
}

mountPanels();

window.vckBench = {
    emit,
    nextTask,
    startCall,
    emitUtterances,
    renderedRows,
    transcriptLatencies,
    plainListLatencies,
    raiseFlags,
    tickDurations,
    playCalls,
    panels: () => [...mounted.keys()],
    busState: () => null
};
