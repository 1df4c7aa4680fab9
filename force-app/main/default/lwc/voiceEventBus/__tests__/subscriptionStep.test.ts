/**
 * A panel whose limits are the bus's shares the bus's state and follows the bus's own events
 * without reducing them again (subscription.ts); anything else makes it reduce its own copy.
 */
import { publish } from 'lightning/messageService';
import {
    VoiceEventBus,
    subscribeToVoiceConsole,
    type ConsoleState,
    type ConsoleUpdate,
    type ToolkitElement
} from 'c/voiceEventBus';

const CALL = 'step-call';
const EPOCH = 1715695200000;

function utterance(n: number, callId = CALL) {
    return {
        id: `${callId}-u${n}`,
        callId,
        clientSentTimestamp: EPOCH + n * 1000,
        serverReceivedTimestamp: EPOCH + n * 1000 + 20,
        content: { formatType: 'Text', text: `Line ${n}` },
        sender: { role: n % 2 ? 'EndUser' : 'Agent' }
    };
}

/** When utterance `n` reaches the bus (fixed, so a repeat is a true duplicate). */
function arrival(n: number): number {
    return EPOCH + n * 1000 + 50;
}

function busWithToolkit(): VoiceEventBus {
    const bus = new VoiceEventBus();
    bus.registerToolkit(new EventTarget() as ToolkitElement, undefined);
    bus.ingest('callconnected', { callId: CALL, callType: 'inbound' }, EPOCH);
    return bus;
}

function record(bus: VoiceEventBus, limits?: { maxUtterancesPerCall: number }) {
    const updates: Array<[ConsoleState, ConsoleUpdate]> = [];
    const subscription = subscribeToVoiceConsole(
        undefined,
        (state, update) => updates.push([state, update]),
        { bus, limits }
    );
    return { subscription, updates, events: () => updates.slice(1).map(([, u]) => u) };
}

/** The utterance an update is about, else its kind. */
function utteranceId(update: ConsoleUpdate): string {
    return update.kind === 'event' && update.event.type === 'transcript'
        ? update.event.id
        : update.kind;
}

/** Holds LMS deliveries until `flush`, as the platform delivers after a burst of events. */
function queueDeliveries(): () => void {
    const deliver = jest.mocked(publish).getMockImplementation()!;
    const queued: Array<Parameters<typeof publish>> = [];
    jest.mocked(publish).mockImplementation((...args) => {
        queued.push(args);
    });
    return () => {
        jest.mocked(publish).mockImplementation(deliver);
        for (const args of queued.splice(0)) {
            deliver(...args);
        }
    };
}

describe('subscribeToVoiceConsole in step with its bus', () => {
    it('shares the bus’s state from the start and after each of its events', () => {
        const bus = busWithToolkit();
        const { subscription, updates, events } = record(bus);
        expect(subscription.state).toBe(bus.getState());
        for (let n = 0; n < 3; n += 1) {
            bus.ingest('transcript', utterance(n), arrival(n));
            expect(subscription.state).toBe(bus.getState());
        }
        expect(events().map(utteranceId)).toEqual([`${CALL}-u0`, `${CALL}-u1`, `${CALL}-u2`]);
        expect(updates.at(-1)![0].calls[CALL].transcript).toHaveLength(3);
        subscription.unsubscribe();
    });

    it('is not told about an event that changed nothing', () => {
        const bus = busWithToolkit();
        const { subscription, events } = record(bus);
        bus.ingest('transcript', utterance(1), arrival(1));
        bus.ingest('transcript', utterance(1), arrival(1));
        expect(events()).toHaveLength(1);
        subscription.unsubscribe();
    });

    it('gets every event of a burst in order once LMS delivers, with the bus’s state', () => {
        const bus = busWithToolkit();
        const { subscription, updates, events } = record(bus);
        const flush = queueDeliveries();
        for (let n = 0; n < 5; n += 1) {
            bus.ingest('transcript', utterance(n), arrival(n));
        }
        expect(events()).toHaveLength(0);
        flush();
        expect(events().map(utteranceId)).toEqual([0, 1, 2, 3, 4].map((n) => `${CALL}-u${n}`));
        // The state already holds the burst's later events: it is the bus's, as of now.
        for (const [state] of updates.slice(1)) {
            expect(state).toBe(bus.getState());
        }
        subscription.unsubscribe();
    });

    it('keeps its own bounded copy when its limits are lower than the bus’s', () => {
        const bus = busWithToolkit();
        const { subscription } = record(bus, { maxUtterancesPerCall: 2 });
        for (let n = 0; n < 4; n += 1) {
            bus.ingest('transcript', utterance(n), arrival(n));
        }
        expect(subscription.state).not.toBe(bus.getState());
        expect(subscription.state.calls[CALL].transcript.map((u) => u.text)).toEqual([
            'Line 2',
            'Line 3'
        ]);
        expect(bus.getState().calls[CALL].transcript).toHaveLength(4);
        subscription.unsubscribe();
    });

    it('reduces on its own after another window’s event, and still agrees with the bus', () => {
        const bus = busWithToolkit();
        const { subscription, events } = record(bus);
        const other = new VoiceEventBus();
        other.registerToolkit(new EventTarget() as ToolkitElement, undefined);
        other.ingest('transcript', utterance(100), arrival(100));
        bus.ingest('transcript', utterance(101), arrival(101));
        bus.ingest('mute', { callId: CALL }, arrival(102));
        expect(subscription.state).not.toBe(bus.getState());
        expect(subscription.state).toEqual(bus.getState());
        expect(events().map((u) => (u.kind === 'event' ? u.event.type : u.kind))).toEqual([
            'transcript',
            'transcript',
            'mute'
        ]);
        subscription.unsubscribe();
    });

    it('reduces a burst longer than the bus remembers itself, with the same outcome', () => {
        const bus = busWithToolkit();
        const { subscription, events } = record(bus);
        const flush = queueDeliveries();
        for (let n = 0; n < 1100; n += 1) {
            bus.ingest('transcript', utterance(n), arrival(n));
        }
        flush();
        expect(events()).toHaveLength(1100);
        expect(subscription.state).toEqual(bus.getState());
        expect(subscription.state.calls[CALL].transcript).toHaveLength(1100);
        subscription.unsubscribe();
    });
});
