import { createElement } from '@lwc/engine-dom';
import { publish, type MessageContextValue } from 'lightning/messageService';
import VoiceToolkitConnector from 'c/voiceToolkitConnector';
import {
    VOICE_CONSOLE_CHANNEL,
    VOICE_EVENT_TYPES,
    VoiceEventBus,
    subscribeToVoiceConsole,
    voiceEventBus,
    type BusDiagnosticsSnapshot,
    type ConsoleState,
    type ConsoleUpdate,
    type ToolkitElement
} from 'c/voiceEventBus';
import { emitToolkitEvent, findToolkitElements, flushPromises } from '../../../../../test/utils';
import { scenario } from './fixtures';

const CONNECTOR = 'c-voice-toolkit-connector';
const VOICE_TYPES: ReadonlySet<string> = new Set(VOICE_EVENT_TYPES);

/**
 * Spies on EventTarget's listener methods, installed before any element exists: in dev mode
 * LWC wraps each host element's addEventListener around the function it finds at creation,
 * so every listener the bus adds to a real toolkit element, or removes, passes through here.
 */
const addSpy = jest.spyOn(EventTarget.prototype, 'addEventListener');
const removeSpy = jest.spyOn(EventTarget.prototype, 'removeEventListener');
const TOOLKIT_TAG = 'LIGHTNING-SERVICE-CLOUD-VOICE-TOOLKIT-API';

afterAll(() => {
    addSpy.mockRestore();
    removeSpy.mockRestore();
});

/** Voice-event listeners currently attached, per toolkit element, replayed from the spies. */
function liveListeners(): Map<EventTarget, Set<string>> {
    const calls = [
        ...addSpy.mock.calls.map((args, index) => ({
            add: true,
            target: addSpy.mock.contexts[index] as EventTarget,
            type: String(args[0]),
            listener: args[1],
            order: addSpy.mock.invocationCallOrder[index]
        })),
        ...removeSpy.mock.calls.map((args, index) => ({
            add: false,
            target: removeSpy.mock.contexts[index] as EventTarget,
            type: String(args[0]),
            listener: args[1],
            order: removeSpy.mock.invocationCallOrder[index]
        }))
    ]
        .filter(
            (call) => VOICE_TYPES.has(call.type) && (call.target as Element).tagName === TOOLKIT_TAG
        )
        .sort((a, b) => a.order - b.order);
    const live = new Map<EventTarget, Set<string>>();
    const listenerIds = new Map<unknown, number>();
    for (const call of calls) {
        if (!listenerIds.has(call.listener)) {
            listenerIds.set(call.listener, listenerIds.size);
        }
        const key = `${call.type}#${listenerIds.get(call.listener)}`;
        const set = live.get(call.target) ?? new Set<string>();
        if (call.add) {
            set.add(key);
        } else {
            set.delete(key);
        }
        live.set(call.target, set);
    }
    for (const [target, set] of live) {
        if (set.size === 0) {
            live.delete(target);
        }
    }
    return live;
}

function mountConnectors(count: number): HTMLElement[] {
    return Array.from({ length: count }, () => {
        const connector = createElement(CONNECTOR, { is: VoiceToolkitConnector });
        document.body.appendChild(connector);
        return connector;
    });
}

function toolkitOf(connector: HTMLElement): Element {
    const element = connector.shadowRoot?.querySelector(
        'lightning-service-cloud-voice-toolkit-api'
    );
    if (!element) {
        throw new Error('connector has no toolkit element');
    }
    return element;
}

/** Diagnostics counters relative to a starting point (the bus is a singleton per file). */
function counters(): BusDiagnosticsSnapshot {
    return voiceEventBus.getDiagnostics();
}

let utteranceSeq = 0;
function utterance(callId: string, text = 'Hello') {
    utteranceSeq += 1;
    return {
        callId,
        id: `utt-${utteranceSeq}`,
        clientSentTimestamp: 1718000000000 + utteranceSeq,
        serverReceivedTimestamp: 1718000000010 + utteranceSeq,
        content: { formatType: 'Text', text },
        sender: { role: 'Agent' }
    };
}

let frozenClock: jest.SpyInstance<number, []> | null = null;

/** Freezes the bus clock, so a repeated event is an exact repeat (same arrival time). */
function freezeClock(): void {
    frozenClock = jest.spyOn(Date, 'now').mockReturnValue(1718000000000);
}

afterEach(() => {
    frozenClock?.mockRestore();
    frozenClock = null;
});

beforeEach(() => {
    voiceEventBus.reset();
    addSpy.mockClear();
    removeSpy.mockClear();
    (publish as jest.Mock).mockClear();
});

describe('leader election', () => {
    it('keeps exactly one listener set however many connectors are on the page', () => {
        const connectors = mountConnectors(3);
        const live = liveListeners();
        expect(live.size).toBe(1);
        const [[leader, types]] = [...live];
        expect(leader).toBe(toolkitOf(connectors[0]));
        expect(types.size).toBe(19);
        expect(counters()).toMatchObject({ registeredToolkits: 3, hasLeader: true });
    });

    it('counts an event fired on every toolkit element once', () => {
        mountConnectors(3);
        const before = counters().acceptedTotal;
        const updates: ConsoleUpdate[] = [];
        const subscription = subscribeToVoiceConsole(undefined, (_state, update) =>
            updates.push(update)
        );
        expect(emitToolkitEvent('callconnected', { callId: 'once', participant: '+1' })).toBe(3);
        expect(counters().acceptedTotal - before).toBe(1);
        expect(updates.filter((update) => update.kind === 'event')).toHaveLength(1);
        subscription.unsubscribe();
    });

    it('ignores an event fired only on an element that does not lead', () => {
        const connectors = mountConnectors(2);
        const before = counters().acceptedTotal;
        toolkitOf(connectors[1]).dispatchEvent(
            new CustomEvent('callconnected', { detail: { callId: 'follower' } })
        );
        expect(counters().acceptedTotal).toBe(before);
        expect(voiceEventBus.getState().calls.follower).toBeUndefined();
    });

    it('hands the listener set over when the leader connector is removed', () => {
        const connectors = mountConnectors(3);
        document.body.removeChild(connectors[0]);
        const live = liveListeners();
        expect(live.size).toBe(1);
        expect([...live.keys()][0]).toBe(toolkitOf(connectors[1]));
        expect([...live.values()][0].size).toBe(19);
        expect(counters().registeredToolkits).toBe(2);
    });

    it('leaves the leader alone when another connector is removed', () => {
        const connectors = mountConnectors(3);
        addSpy.mockClear();
        removeSpy.mockClear();
        document.body.removeChild(connectors[2]);
        expect(addSpy).not.toHaveBeenCalled();
        expect(removeSpy).not.toHaveBeenCalled();
        expect([...liveListeners().keys()]).toEqual([]);
    });

    it('treats registering the same element again as a no-op', () => {
        const [connector] = mountConnectors(1);
        expect(liveListeners().size).toBe(1);
        addSpy.mockClear();
        voiceEventBus.registerToolkit(toolkitOf(connector) as unknown as ToolkitElement, undefined);
        expect(addSpy).not.toHaveBeenCalled();
        expect(counters().registeredToolkits).toBe(1);
    });

    it('removes every listener when the last connector goes, and listens again on the next', () => {
        const [first] = mountConnectors(1);
        document.body.removeChild(first);
        expect(liveListeners().size).toBe(0);
        expect(counters()).toMatchObject({ registeredToolkits: 0, hasLeader: false });
        const [second] = mountConnectors(1);
        expect([...liveListeners().keys()]).toEqual([toolkitOf(second)]);
    });

    it('loses and doubles no event across hand-overs', () => {
        const connectors = mountConnectors(3);
        const before = counters();
        const texts: string[] = [];
        const subscription = subscribeToVoiceConsole(undefined, (state) => {
            texts.splice(
                0,
                texts.length,
                ...(state.calls.relay?.transcript.map((u) => u.text) ?? [])
            );
        });
        emitToolkitEvent('transcript', utterance('relay', 'one'));
        document.body.removeChild(connectors[0]);
        emitToolkitEvent('transcript', utterance('relay', 'two'));
        document.body.removeChild(connectors[1]);
        emitToolkitEvent('transcript', utterance('relay', 'three'));
        mountConnectors(1);
        emitToolkitEvent('transcript', utterance('relay', 'four'));
        document.body.removeChild(connectors[2]);
        emitToolkitEvent('transcript', utterance('relay', 'five'));
        expect(texts).toEqual(['one', 'two', 'three', 'four', 'five']);
        expect(counters().acceptedTotal - before.acceptedTotal).toBe(5);
        expect(counters().unchanged - before.unchanged).toBe(0);
        expect(liveListeners().size).toBe(1);
        subscription.unsubscribe();
    });
});

describe('subscribeToVoiceConsole', () => {
    it('gives a late subscriber what the bus already knows, at once', () => {
        mountConnectors(1);
        for (const step of scenario('flags-notes').events.slice(0, 6)) {
            emitToolkitEvent(step.type, step.detail);
        }
        const seen: Array<[ConsoleState, ConsoleUpdate]> = [];
        const subscription = subscribeToVoiceConsole(undefined, (state, update) =>
            seen.push([state, update])
        );
        expect(seen).toHaveLength(1);
        const [state, update] = seen[0];
        expect(update).toEqual({ kind: 'initial' });
        const call = Object.values(state.calls)[0];
        expect(call.flags[0].lowered?.by.displayName).toBe('Samir Supervisor');
        expect(subscription.state).toBe(state);
        subscription.unsubscribe();
    });

    it('publishes its hello with the panel’s own MessageContext', () => {
        const context = { panel: 'callStatusPanel' } as MessageContextValue;
        const subscription = subscribeToVoiceConsole(context, () => undefined);
        expect(publish).toHaveBeenCalledWith(
            context,
            VOICE_CONSOLE_CHANNEL,
            expect.objectContaining({ version: 1, kind: 'hello' })
        );
        subscription.unsubscribe();
    });

    it("gets another window's state as a snapshot in answer to its hello", () => {
        // Window B: its own bus and toolkit, events this window never saw.
        const windowB = new VoiceEventBus();
        const elementB = new EventTarget() as ToolkitElement;
        windowB.registerToolkit(elementB, undefined);
        const steps = scenario('transfer-conference-swap').events;
        for (const step of steps.slice(0, 7)) {
            windowB.ingest(step.type, step.detail, step.at);
        }
        const callId = (steps[0].detail as { callId: string }).callId;
        expect(voiceEventBus.getState().calls[callId]).toBeUndefined();

        const updates: Array<[ConsoleState, ConsoleUpdate]> = [];
        const subscription = subscribeToVoiceConsole(undefined, (state, update) =>
            updates.push([state, update])
        );
        expect(updates.map(([, update]) => update.kind)).toEqual(['initial', 'snapshot']);
        const call = updates[1][0].calls[callId];
        expect(call.conferenced).toBe(true);
        expect(call.participants.map((p) => p.onHold)).toEqual([false, false]);
        expect(subscription.state).toBe(updates[1][0]);

        // This window's bus asks too as soon as its first connector registers.
        mountConnectors(1);
        expect(voiceEventBus.getState().calls[callId]?.conferenced).toBe(true);

        // From now on window B's events reach this window through LMS.
        windowB.ingest(steps[7].type, steps[7].detail, steps[7].at);
        expect(subscription.state.calls[callId].muted?.value).toBe(true);
        expect(voiceEventBus.getState().calls[callId].muted?.value).toBe(true);
        subscription.unsubscribe();
        windowB.unregisterToolkit(elementB);
    });

    it('notifies only when the state changed', () => {
        freezeClock();
        mountConnectors(1);
        const kinds: string[] = [];
        const subscription = subscribeToVoiceConsole(undefined, (_state, update) =>
            kinds.push(update.kind)
        );
        const detail = utterance('quiet');
        emitToolkitEvent('transcript', detail);
        emitToolkitEvent('transcript', detail);
        publish(undefined, VOICE_CONSOLE_CHANNEL, {
            version: 1,
            kind: 'snapshot',
            origin: 'elsewhere',
            requestId: 'someone-else',
            state: { version: 1, calls: {}, prunedCallIds: ['x'], lastEventAt: null }
        });
        expect(kinds).toEqual(['initial', 'event']);
        subscription.unsubscribe();
    });

    it('keeps its copy within its own limits while the bus keeps more', () => {
        mountConnectors(1);
        const subscription = subscribeToVoiceConsole(undefined, () => undefined, {
            limits: { maxUtterancesPerCall: 2 }
        });
        for (const text of ['a', 'b', 'c', 'd']) {
            emitToolkitEvent('transcript', utterance('bounded', text));
        }
        expect(subscription.state.calls.bounded.transcript.map((u) => u.text)).toEqual(['c', 'd']);
        expect(subscription.state.calls.bounded.droppedUtterances).toBe(2);
        expect(voiceEventBus.getState().calls.bounded.transcript).toHaveLength(4);
        subscription.unsubscribe();
    });

    it('isolates subscribers: one that throws does not stop the others, and is counted', () => {
        mountConnectors(1);
        const before = counters().subscriberErrors;
        const broken = subscribeToVoiceConsole(undefined, () => {
            throw new Error('panel bug');
        });
        const calls: string[] = [];
        const healthy = subscribeToVoiceConsole(undefined, (_state, update) =>
            calls.push(update.kind)
        );
        emitToolkitEvent('callconnected', { callId: 'isolated' });
        emitToolkitEvent('mute', { callId: 'isolated' });
        expect(calls).toEqual(['initial', 'event', 'event']);
        // The broken one threw on its initial call and on both events.
        expect(counters().subscriberErrors - before).toBe(3);
        broken.unsubscribe();
        healthy.unsubscribe();
    });

    it('stops delivery on unsubscribe, and unsubscribing twice is safe', () => {
        mountConnectors(1);
        const listener = jest.fn();
        const subscription = subscribeToVoiceConsole(undefined, listener);
        subscription.unsubscribe();
        expect(() => subscription.unsubscribe()).not.toThrow();
        emitToolkitEvent('callconnected', { callId: 'after-unsubscribe' });
        expect(listener).toHaveBeenCalledTimes(1);
    });

    it('survives malformed messages on the channel', () => {
        mountConnectors(1);
        const listener = jest.fn();
        const subscription = subscribeToVoiceConsole(undefined, listener);
        const junk: unknown[] = [
            null,
            'text',
            { version: 1, kind: 'event', origin: 'x', event: { type: 'mute' } },
            { version: 1, kind: 'snapshot', origin: 'x', requestId: 'y', state: { calls: 5 } },
            { version: 1, kind: 'hello', origin: 'x', requestId: 42 }
        ];
        for (const message of junk) {
            expect(() => publish(undefined, VOICE_CONSOLE_CHANNEL, message)).not.toThrow();
        }
        expect(listener).toHaveBeenCalledTimes(1);
        expect(counters().internalErrors).toBe(0);
        subscription.unsubscribe();
    });
});

describe('VoiceEventBus', () => {
    it('counts accepted, duplicate and rejected events without keeping payload text', () => {
        freezeClock();
        mountConnectors(1);
        const before = counters();
        const secret = 'my card number is 4111 1111 1111 1111';
        const line = utterance('diag', secret);
        emitToolkitEvent('transcript', line);
        emitToolkitEvent('transcript', line);
        emitToolkitEvent('transcript', { ...line, callId: undefined });
        emitToolkitEvent('note', { callId: 'diag', id: 'n1', content: { text: '' } });
        const after = counters();
        expect(after.acceptedTotal - before.acceptedTotal).toBe(2);
        expect(after.unchanged - before.unchanged).toBe(1);
        expect(after.rejectedTotal - before.rejectedTotal).toBe(2);
        expect(after.recentRejections.slice(-2)).toEqual([
            { type: 'transcript', reason: 'missing or invalid callId', at: expect.any(Number) },
            { type: 'note', reason: 'note without text', at: expect.any(Number) }
        ]);
        const published = JSON.stringify(after);
        expect(published).not.toContain('4111');
        expect(published).not.toContain('card');
        expect(published).not.toContain(line.id);
    });

    it('keeps at most 20 recent rejections', () => {
        for (let index = 0; index < 30; index += 1) {
            voiceEventBus.ingest('callexploded', { callId: `x${index}` });
        }
        expect(counters().recentRejections).toHaveLength(20);
    });

    it('never throws from ingest, whatever arrives', () => {
        const hostile = new Proxy(
            {},
            {
                get() {
                    throw new Error('trap');
                }
            }
        );
        for (const [type, detail] of [
            [null, null],
            ['transcript', hostile],
            [hostile, hostile],
            ['audiostats', { callId: 'c', stats: hostile }]
        ] as Array<[unknown, unknown]>) {
            expect(() => voiceEventBus.ingest(type, detail)).not.toThrow();
        }
    });

    it('counts a publish failure and keeps the event', () => {
        mountConnectors(1);
        const before = counters().publishErrors;
        (publish as jest.Mock).mockImplementationOnce(() => {
            throw new Error('LMS down');
        });
        expect(() => emitToolkitEvent('callconnected', { callId: 'unpublished' })).not.toThrow();
        expect(counters().publishErrors - before).toBe(1);
        expect(voiceEventBus.getState().calls.unpublished.phase).toBe('connected');
    });

    it('reset forgets calls but keeps its connectors', () => {
        mountConnectors(2);
        emitToolkitEvent('callconnected', { callId: 'forgotten' });
        voiceEventBus.reset();
        expect(voiceEventBus.getState().calls).toEqual({});
        expect(counters().registeredToolkits).toBe(2);
        emitToolkitEvent('callconnected', { callId: 'next' });
        expect(Object.keys(voiceEventBus.getState().calls)).toEqual(['next']);
    });

    it('publishes each accepted event once, with its origin and a growing sequence', async () => {
        mountConnectors(2);
        await flushPromises();
        (publish as jest.Mock).mockClear();
        emitToolkitEvent('callconnected', { callId: 'seq' });
        emitToolkitEvent('mute', { callId: 'seq' });
        const events = (publish as jest.Mock).mock.calls
            .map((args) => args[2])
            .filter((message) => message.kind === 'event');
        expect(events).toHaveLength(2);
        expect(events[0].origin).toBe(voiceEventBus.origin);
        expect(events[1].seq).toBe(events[0].seq + 1);
        expect(findToolkitElements()).toHaveLength(2);
    });
});
