import { publish } from 'lightning/messageService';
import {
    MAX_CAPTURED_EVENTS,
    VOICE_CONSOLE_CHANNEL,
    VoiceEventBus,
    voiceEventBus,
    type ToolkitElement,
    type VoiceEvent
} from 'c/voiceEventBus';
import { EventJournal } from '../capture';
import { CANARY, canaryCall, type TimedEvent } from './canaryCall';

const T0 = Date.UTC(2026, 4, 12, 9, 30, 0);

function play(bus: VoiceEventBus, events: readonly TimedEvent[]): VoiceEvent[] {
    const accepted: VoiceEvent[] = [];
    for (const event of events) {
        const result = bus.ingest(event.type, event.detail, event.at);
        if (result.ok) {
            accepted.push(result.event);
        }
    }
    return accepted;
}

function muteEvent(callId: string, at: number, index: number): VoiceEvent {
    return {
        type: index % 2 ? 'unmute' : 'mute',
        callId,
        receivedAt: at
    } as VoiceEvent;
}

describe('event capture (voiceEventBus journal)', () => {
    beforeEach(() => {
        voiceEventBus.reset();
    });

    describe('off by default', () => {
        it('the window bus keeps no journal and reports capture off', () => {
            play(voiceEventBus, canaryCall('call-off', T0));

            expect(voiceEventBus.getCapture()).toBeNull();
            expect(voiceEventBus.getCaptureStatus()).toEqual({
                capturing: false,
                startedAt: null,
                eventCount: 0,
                droppedEvents: 0
            });
        });

        it('a new bus keeps nothing either', () => {
            const bus = new VoiceEventBus();
            play(bus, canaryCall('call-off-2', T0));

            expect(bus.getCapture()).toBeNull();
        });
    });

    describe('on', () => {
        it('keeps the accepted normalized events in arrival order, from when it started', () => {
            const bus = new VoiceEventBus();
            const events = canaryCall('call-on', T0);
            play(bus, events.slice(0, 2));

            bus.startCapture();
            const accepted = play(bus, events.slice(2));
            bus.ingest('transcript', { callId: 'call-on' }, T0 + 99000);
            bus.ingest('teleport', { callId: 'call-on' }, T0 + 99001);

            const capture = bus.getCapture();
            expect(capture?.events).toEqual(accepted);
            expect(capture?.events.map((event) => event.type)).toEqual(
                events.slice(2).map((event) => event.type)
            );
            expect(bus.getCaptureStatus()).toMatchObject({
                capturing: true,
                eventCount: accepted.length,
                droppedEvents: 0
            });
        });

        it('keeps repeats as they arrived: a replay must show what the console saw', () => {
            const bus = new VoiceEventBus();
            bus.startCapture();
            const [started] = canaryCall('call-dup', T0);
            play(bus, [started, started, started]);

            expect(bus.getCapture()?.events).toHaveLength(3);
        });

        it('does not record copies relayed by other windows (their own capture has them)', () => {
            const bus = new VoiceEventBus();
            const element = document.createElement('div') as unknown as ToolkitElement;
            const unregister = bus.registerToolkit(element, undefined);
            bus.startCapture();
            const [relayed] = play(new VoiceEventBus(), canaryCall('call-relayed', T0).slice(0, 1));

            publish(undefined, VOICE_CONSOLE_CHANNEL, {
                version: 1,
                kind: 'event',
                origin: 'another-window',
                seq: 1,
                event: relayed
            });

            expect(bus.getState().calls['call-relayed']).toBeDefined();
            expect(bus.getCapture()?.events).toEqual([]);
            unregister();
        });

        it('records when capture started', () => {
            jest.useFakeTimers();
            jest.setSystemTime(T0 + 5000);
            try {
                const bus = new VoiceEventBus();
                bus.startCapture();
                expect(bus.getCaptureStatus().startedAt).toBe(T0 + 5000);
                expect(bus.getCapture()?.startedAt).toBe(T0 + 5000);
            } finally {
                jest.useRealTimers();
            }
        });

        it('hands out a copy: changing it does not change the journal', () => {
            const bus = new VoiceEventBus();
            bus.startCapture();
            play(bus, canaryCall('call-copy', T0).slice(0, 2));

            bus.getCapture()!.events.length = 0;

            expect(bus.getCapture()?.events).toHaveLength(2);
        });
    });

    describe('bounded', () => {
        it(`keeps at most ${MAX_CAPTURED_EVENTS} events on the bus, dropping the oldest`, () => {
            const bus = new VoiceEventBus();
            bus.startCapture();
            const total = MAX_CAPTURED_EVENTS + 25;
            for (let index = 0; index < total; index += 1) {
                bus.ingest(index % 2 ? 'unmute' : 'mute', { callId: 'call-long' }, T0 + index);
            }

            const capture = bus.getCapture()!;
            expect(capture.events).toHaveLength(MAX_CAPTURED_EVENTS);
            expect(capture.droppedEvents).toBe(25);
            expect(capture.events[0].receivedAt).toBe(T0 + 25);
            expect(capture.events[capture.events.length - 1].receivedAt).toBe(T0 + total - 1);
            expect(bus.getCaptureStatus()).toMatchObject({
                eventCount: MAX_CAPTURED_EVENTS,
                droppedEvents: 25
            });
        });

        it('drops the oldest events when their size passes the character budget', () => {
            const journal = new EventJournal(T0, 1000, 2000);
            const long = (index: number): VoiceEvent =>
                ({
                    type: 'transcript',
                    callId: 'call-big',
                    receivedAt: T0 + index,
                    id: `u${index}`,
                    text: 'x'.repeat(600),
                    sender: { role: 'EndUser', kind: 'customer', displayName: null },
                    clientSentTimestamp: null,
                    serverReceivedTimestamp: null
                }) as VoiceEvent;
            for (let index = 0; index < 10; index += 1) {
                journal.add(long(index));
            }

            const kept = journal.snapshot().events;
            expect(kept.length).toBeLessThan(4);
            expect(JSON.stringify(kept).length).toBeLessThanOrEqual(2000 + kept.length);
            expect(kept[kept.length - 1]).toMatchObject({ id: 'u9' });
            expect(journal.droppedEvents).toBe(10 - kept.length);
        });

        it('stays in order across compaction of its storage', () => {
            const journal = new EventJournal(T0, 1500);
            for (let index = 0; index < 5000; index += 1) {
                journal.add(muteEvent('call-ring', T0 + index, index));
            }

            const times = journal.snapshot().events.map((event) => event.receivedAt);
            expect(times).toHaveLength(1500);
            expect(times[0]).toBe(T0 + 3500);
            expect(times.every((time, index) => index === 0 || time === times[index - 1] + 1)).toBe(
                true
            );
        });
    });

    describe('turning it off', () => {
        it('drops the journal when the last request is withdrawn, and starts afresh after', () => {
            const bus = new VoiceEventBus();
            const first = bus.startCapture();
            const second = bus.startCapture();
            play(bus, canaryCall('call-toggle', T0));

            first();
            first();
            expect(bus.getCaptureStatus().capturing).toBe(true);
            expect(bus.getCapture()?.events.length).toBeGreaterThan(0);

            second();
            expect(bus.getCapture()).toBeNull();
            expect(bus.getCaptureStatus()).toMatchObject({ capturing: false, eventCount: 0 });

            bus.startCapture();
            expect(bus.getCapture()?.events).toEqual([]);
        });

        it('reset (sign-out) empties the journal but keeps capturing', () => {
            const bus = new VoiceEventBus();
            bus.startCapture();
            play(bus, canaryCall('call-reset', T0));

            bus.reset();

            expect(bus.getCapture()?.events).toEqual([]);
            play(bus, canaryCall('call-after-reset', T0).slice(0, 1));
            expect(bus.getCapture()?.events).toHaveLength(1);
        });
    });

    it('never writes captured content to the console', () => {
        const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
            jest.spyOn(console, method).mockImplementation(() => undefined)
        );
        try {
            const bus = new VoiceEventBus();
            bus.startCapture();
            play(bus, canaryCall('call-quiet', T0));
            bus.getCapture();
            for (const spy of spies) {
                const written = JSON.stringify(spy.mock.calls);
                expect(written).not.toContain(CANARY.transcript);
                expect(written).not.toContain(CANARY.note);
            }
        } finally {
            spies.forEach((spy) => spy.mockRestore());
        }
    });
});
