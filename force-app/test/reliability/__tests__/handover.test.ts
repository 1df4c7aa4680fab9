/**
 * Leader hand-over under churn: real connectors (each with its own toolkit element) are added to
 * and removed from the page in a random order, 1,000 connect/disconnect cycles. After every step
 * exactly one toolkit element on the page listens to the 19 events (counted by instrumenting
 * EventTarget.prototype.add/removeEventListener), and an event fired like the platform fires it,
 * on every toolkit element, is accepted by the bus exactly once and reaches a subscriber exactly
 * once. When the last connector leaves, no listener is left behind.
 */
import { createElement } from '@lwc/engine-dom';
import fc from 'fast-check';
import VoiceToolkitConnector from 'c/voiceToolkitConnector';
import {
    VOICE_EVENT_TYPES,
    subscribeToVoiceConsole,
    voiceEventBus,
    type ConsoleSubscription
} from 'c/voiceEventBus';
import { emitToolkitEvent, findToolkitElements } from '../../utils';
import { reportFigures, scaledRuns } from '../figures';
import { assertProperty } from '../../properties';

const TOOLKIT_TAG = 'lightning-service-cloud-voice-toolkit-api';
const EVENT_NAMES = new Set<string>(VOICE_EVENT_TYPES);
const POOL = 6;
const CYCLES = 1000;

/** Listeners for the 19 event names, per toolkit element, as the browser holds them. */
const listening = new Map<EventTarget, Set<string>>();
const original = {
    add: EventTarget.prototype.addEventListener,
    remove: EventTarget.prototype.removeEventListener
};

function isToolkit(target: EventTarget): boolean {
    return target instanceof Element && target.tagName.toLowerCase() === TOOLKIT_TAG;
}

function keyOf(type: string, listener: unknown): string | null {
    return EVENT_NAMES.has(type) && listener ? `${type}` : null;
}

beforeAll(() => {
    EventTarget.prototype.addEventListener = function (type, listener, options) {
        const key = keyOf(type, listener);
        if (key && isToolkit(this)) {
            const set = listening.get(this) ?? new Set<string>();
            if (set.has(key)) {
                throw new Error(`second ${type} listener on one toolkit element`);
            }
            set.add(key);
            listening.set(this, set);
        }
        return original.add.call(this, type, listener, options);
    };
    EventTarget.prototype.removeEventListener = function (type, listener, options) {
        const key = keyOf(type, listener);
        if (key && isToolkit(this)) {
            listening.get(this)?.delete(key);
            if (listening.get(this)?.size === 0) {
                listening.delete(this);
            }
        }
        return original.remove.call(this, type, listener, options);
    };
});

afterAll(() => {
    EventTarget.prototype.addEventListener = original.add;
    EventTarget.prototype.removeEventListener = original.remove;
});

/** Toolkit elements with any of the 19 listeners, and how many each has. */
function listeners(): Array<{ element: EventTarget; count: number }> {
    return [...listening].map(([element, set]) => ({ element, count: set.size }));
}

/** Which connector each step toggles: added when off the page, removed when on it. */
const stepsArb = fc.array(fc.integer({ min: 0, max: POOL - 1 }), {
    minLength: 4 * CYCLES,
    maxLength: 4 * CYCLES
});

it(`hands the listeners over through ${CYCLES.toLocaleString('en')} connect/disconnect cycles without losing or doubling an event`, () => {
    voiceEventBus.reset();
    const started = Date.now();
    const figures = { runs: 0, steps: 0, connects: 0, disconnects: 0, leaderChanges: 0, events: 0 };
    assertProperty(
        'handover: connect and disconnect toolkit elements',
        fc.property(stepsArb, (picks) => {
            figures.runs += 1;
            voiceEventBus.reset();
            const baseline = listeners().length;
            const connectors = Array.from({ length: POOL }, () =>
                createElement('c-voice-toolkit-connector', { is: VoiceToolkitConnector })
            );
            const received = new Map<string, number>();
            const subscription: ConsoleSubscription = subscribeToVoiceConsole(
                undefined,
                (_state, update) => {
                    if (update.kind === 'event' && update.event.type === 'transcript') {
                        received.set(update.event.id, (received.get(update.event.id) ?? 0) + 1);
                    }
                }
            );
            let leader: EventTarget | null = null;
            let cycles = 0;
            try {
                let step = 0;
                for (const pick of picks) {
                    if (cycles === CYCLES) {
                        break;
                    }
                    step += 1;
                    const connector = connectors[pick];
                    const attached = connectors.filter((c) => c.isConnected);
                    // Keep one connector on the page: with none, no element can listen.
                    if (connector.isConnected && attached.length > 1) {
                        document.body.removeChild(connector);
                        figures.disconnects += 1;
                        cycles += 1;
                    } else if (!connector.isConnected) {
                        document.body.appendChild(connector);
                        figures.connects += 1;
                    }
                    figures.steps += 1;

                    const now = listeners();
                    const onPage = findToolkitElements();
                    expect(now).toHaveLength(1);
                    expect(now[0].count).toBe(VOICE_EVENT_TYPES.length);
                    expect(onPage).toContain(now[0].element);
                    if (now[0].element !== leader) {
                        figures.leaderChanges += 1;
                        leader = now[0].element;
                    }

                    const before = voiceEventBus.getDiagnostics().acceptedTotal;
                    const id = `u-${figures.runs}-${step}`;
                    const elements = emitToolkitEvent('transcript', {
                        id,
                        callId: 'handover-call',
                        clientSentTimestamp: 1_000_000 + step,
                        serverReceivedTimestamp: 1_000_000 + step,
                        content: { formatType: 'Text', text: `line ${step}` },
                        sender: { role: 'Agent' }
                    });
                    figures.events += 1;
                    expect(elements).toBe(onPage.length);
                    expect(voiceEventBus.getDiagnostics().acceptedTotal).toBe(before + 1);
                    expect(received.get(id)).toBe(1);
                }
                expect(cycles).toBe(CYCLES);
                expect(received.size).toBe(step);
                const transcript = voiceEventBus.getState().calls['handover-call'].transcript;
                expect(transcript).toHaveLength(step);
            } finally {
                for (const connector of connectors) {
                    if (connector.isConnected) {
                        document.body.removeChild(connector);
                    }
                }
                subscription.unsubscribe();
            }
            expect(listeners()).toHaveLength(baseline);
            expect(voiceEventBus.getDiagnostics()).toMatchObject({
                registeredToolkits: 0,
                hasLeader: false
            });
        }),
        { numRuns: scaledRuns(3, 1) }
    );
    reportFigures('handover', { ...figures, pool: POOL, durationMs: Date.now() - started });
});
