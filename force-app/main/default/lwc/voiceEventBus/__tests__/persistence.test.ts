import {
    FINISHED_CALL_RETENTION_MS,
    MAX_PERSISTED_AGE_MS,
    MAX_PERSISTED_CHARS,
    PERSISTED_STATE_KEY,
    PERSIST_THROTTLE_MS,
    VoiceEventBus,
    callerOf,
    parsePersistedState,
    serializeConsoleState,
    subscribeToVoiceConsole,
    type CallState,
    type ConsoleState,
    type StateStorage
} from 'c/voiceEventBus';
import type * as Bus from 'c/voiceEventBus';
import {
    CALLER,
    CANARY,
    CANARY_PATTERN,
    THIRD_PARTY,
    canaryCall,
    finishedCall
} from './canaryCall';
import type { TimedEvent } from './canaryCall';

type BusModule = typeof Bus;

const T0 = Date.UTC(2026, 4, 12, 9, 30, 0);
const MINUTE = 60_000;

/** An in-memory Storage whose methods are spies, and which can be told to throw. */
class MemoryStorage implements StateStorage {
    readonly items = new Map<string, string>();
    getItem = jest.fn((key: string) => this.items.get(key) ?? null);
    setItem = jest.fn((key: string, value: string) => {
        this.items.set(key, value);
    });
    removeItem = jest.fn((key: string) => {
        this.items.delete(key);
    });

    get raw(): string | null {
        return this.items.get(PERSISTED_STATE_KEY) ?? null;
    }
}

function domException(name: string): Error {
    return new DOMException(`Storage refused (${name})`, name);
}

function play(bus: VoiceEventBus, events: readonly TimedEvent[]): void {
    for (const event of events) {
        const result = bus.ingest(event.type, event.detail, event.at);
        if (!result.ok) {
            throw new Error(`fixture ${event.type} rejected: ${result.reason}`);
        }
    }
}

/** A bus that lived through a call and saved it, as the page before the reload. */
function savedCall(storage: StateStorage, callId: string, events = canaryCall(callId, T0)) {
    const bus = new VoiceEventBus({ storage });
    play(bus, events);
    bus.flushPersistence();
    return bus;
}

function storedEnvelope(storage: MemoryStorage): Record<string, unknown> {
    return JSON.parse(storage.raw ?? 'null') as Record<string, unknown>;
}

function call(state: ConsoleState, callId: string): CallState {
    const found = state.calls[callId];
    if (!found) {
        throw new Error(`no call ${callId}`);
    }
    return found;
}

describe('refresh recovery (voiceEventBus persistence)', () => {
    beforeEach(() => {
        jest.useFakeTimers();
        jest.setSystemTime(T0 + 2 * MINUTE);
        window.sessionStorage.clear();
    });

    afterEach(() => {
        jest.useRealTimers();
    });

    describe('what is saved', () => {
        it('saves call status without transcript, note or flag text by default', () => {
            const storage = new MemoryStorage();
            savedCall(storage, 'call-default');

            const raw = storage.raw;
            expect(raw).not.toBeNull();
            for (const canary of Object.values(CANARY)) {
                expect(raw).not.toContain(canary);
            }
            expect(raw).not.toMatch(CANARY_PATTERN);
            expect(raw).not.toContain('Hello, how can I help?');
            // Status is there: the call, its phase, the caller and the third party.
            expect(raw).toContain('call-default');
            expect(raw).toContain('"phase":"connected"');
            expect(raw).toContain(CALLER);
            expect(raw).toContain(THIRD_PARTY);
            expect(storedEnvelope(storage)).toMatchObject({ version: 1, conversationText: false });
        });

        it('keeps the flag itself (raised, lowered, by whom) without its message', () => {
            const storage = new MemoryStorage();
            savedCall(storage, 'call-flag');

            const restored = parsePersistedState(storage.raw, T0 + 2 * MINUTE);
            const flags = call(restored!, 'call-flag').flags;
            expect(flags).toHaveLength(1);
            expect(flags[0]).toMatchObject({
                id: 'call-flag-f1',
                message: null,
                raisedBy: { displayName: 'Angela Agent' },
                lowered: { by: { displayName: 'Samir Supervisor' } }
            });
        });

        it('includes the conversation text when an admin opted in, and strips it at once when the opt-in goes', () => {
            const storage = new MemoryStorage();
            const bus = new VoiceEventBus({ storage });
            const release = bus.configurePersistence({ includeConversationText: true });
            play(bus, canaryCall('call-optin', T0));
            bus.flushPersistence();

            expect(storage.raw).toContain(CANARY.transcript);
            expect(storage.raw).toContain(CANARY.note);
            expect(storage.raw).toContain(CANARY.flag);
            expect(storage.raw).toContain(CANARY.customerName);
            expect(storedEnvelope(storage)).toMatchObject({ conversationText: true });

            release();

            // No flush and no timer needed: withdrawing the opt-in rewrites storage now.
            expect(storage.raw).not.toMatch(CANARY_PATTERN);
            expect(storage.raw).toContain('call-optin');
            release();
            expect(storage.raw).not.toMatch(CANARY_PATTERN);
        });

        it('keeps conversation text while any opt-in remains', () => {
            const storage = new MemoryStorage();
            const bus = new VoiceEventBus({ storage });
            const first = bus.configurePersistence({ includeConversationText: true });
            const second = bus.configurePersistence({ includeConversationText: true });
            const none = bus.configurePersistence({});
            play(bus, canaryCall('call-two-optins', T0));

            first();
            none();
            bus.flushPersistence();
            expect(storage.raw).toContain(CANARY.note);

            second();
            expect(storage.raw).not.toMatch(CANARY_PATTERN);
        });

        it('falls back to call status alone when conversation text would not fit', () => {
            const storage = new MemoryStorage();
            const bus = new VoiceEventBus({ storage });
            bus.configurePersistence({ includeConversationText: true });
            play(bus, canaryCall('call-huge', T0));
            const line = `CANARYBULK ${'x'.repeat(4000)}`;
            for (let index = 0; index < 300; index += 1) {
                bus.ingest(
                    'transcript',
                    {
                        id: `bulk-${index}`,
                        callId: 'call-huge',
                        content: { formatType: 'Text', text: line },
                        sender: { role: 'EndUser' }
                    },
                    T0 + MINUTE + index
                );
            }
            bus.flushPersistence();

            expect(storage.raw!.length).toBeLessThanOrEqual(MAX_PERSISTED_CHARS);
            expect(storage.raw).not.toMatch(CANARY_PATTERN);
            expect(storedEnvelope(storage)).toMatchObject({ conversationText: false });
            expect(
                call(parsePersistedState(storage.raw, T0 + 2 * MINUTE)!, 'call-huge').phase
            ).toBe('connected');
        });

        it('stores nothing once there is nothing to recover', () => {
            const storage = new MemoryStorage();
            const bus = savedCall(storage, 'call-reset');
            expect(storage.raw).not.toBeNull();

            bus.reset();

            expect(storage.raw).toBeNull();
            bus.flushPersistence();
            expect(storage.raw).toBeNull();
        });

        it('leaves out calls whose wrap-up ended more than an hour ago', () => {
            const now = T0 + 3 * 60 * MINUTE;
            const state = new VoiceEventBus();
            play(state, finishedCall('call-old', T0));
            play(state, finishedCall('call-recent', now - 30 * MINUTE));
            play(state, canaryCall('call-live', now - 5 * MINUTE));

            const raw = serializeConsoleState(state.getState(), { now });

            expect(raw).not.toContain('call-old');
            expect(raw).toContain('call-recent');
            expect(raw).toContain('call-live');
        });

        it('the window bus saves to sessionStorage under the documented key', async () => {
            const { voiceEventBus } = await import('c/voiceEventBus');
            voiceEventBus.reset();
            play(voiceEventBus, canaryCall('call-window', T0));
            voiceEventBus.flushPersistence();

            const raw = window.sessionStorage.getItem('voiceConsoleKit.v1.state');
            expect(raw).toContain('call-window');
            expect(raw).not.toMatch(CANARY_PATTERN);
            voiceEventBus.reset();
            expect(window.sessionStorage.getItem('voiceConsoleKit.v1.state')).toBeNull();
        });
    });

    describe('when it is saved', () => {
        it('writes at once, then at most once per second while events flow', () => {
            const storage = new MemoryStorage();
            const bus = new VoiceEventBus({ storage });
            const events = canaryCall('call-burst', T0);
            play(bus, events.slice(0, 1));
            expect(storage.setItem).toHaveBeenCalledTimes(1);

            play(bus, events.slice(1, 6));
            jest.advanceTimersByTime(PERSIST_THROTTLE_MS - 1);
            play(bus, events.slice(6, 8));
            expect(storage.setItem).toHaveBeenCalledTimes(1);

            jest.advanceTimersByTime(1);
            play(bus, events.slice(8, 9));
            expect(storage.setItem).toHaveBeenCalledTimes(2);
            expect(storage.raw).toContain('"muted":{"value":true');
        });

        it('does not write for an event that changed nothing', () => {
            const storage = new MemoryStorage();
            const bus = new VoiceEventBus({ storage });
            const mute = { type: 'mute', detail: { callId: 'call-repeat' }, at: T0 };
            play(bus, [mute]);
            jest.advanceTimersByTime(PERSIST_THROTTLE_MS);
            play(bus, [mute]);
            window.dispatchEvent(new CustomEvent('pagehide'));

            expect(storage.setItem).toHaveBeenCalledTimes(1);
        });

        it('saves the changes the throttle held back when the page is unloaded (a reload)', () => {
            const storage = new MemoryStorage();
            const bus = new VoiceEventBus({ storage });
            const events = canaryCall('call-hide', T0);
            play(bus, events.slice(0, 1));
            play(bus, events.slice(1, 2));
            expect(call(parsePersistedState(storage.raw, T0)!, 'call-hide').phase).toBe('ringing');

            window.dispatchEvent(new CustomEvent('pagehide'));

            expect(call(parsePersistedState(storage.raw, T0)!, 'call-hide').phase).toBe(
                'connected'
            );
        });

        it('saves them when the tab is hidden (a hidden tab may be discarded)', () => {
            const storage = new MemoryStorage();
            const bus = new VoiceEventBus({ storage });
            const events = canaryCall('call-hidden', T0);
            play(bus, events.slice(0, 1));
            play(bus, events);
            expect(storage.raw).not.toContain('"muted":{"value":true');

            const visibility = jest
                .spyOn(document, 'visibilityState', 'get')
                .mockReturnValue('hidden');
            document.dispatchEvent(new CustomEvent('visibilitychange'));
            visibility.mockRestore();

            expect(storage.raw).toContain('"muted":{"value":true');
        });

        it('does not save when the tab becomes visible again', () => {
            const storage = new MemoryStorage();
            const bus = new VoiceEventBus({ storage });
            const events = canaryCall('call-visible', T0);
            play(bus, events.slice(0, 1));
            play(bus, events);

            document.dispatchEvent(new CustomEvent('visibilitychange'));

            expect(storage.setItem).toHaveBeenCalledTimes(1);
        });

        it('keeps saving when the clock is set back', () => {
            const storage = new MemoryStorage();
            const bus = new VoiceEventBus({ storage });
            const events = canaryCall('call-clock', T0);
            play(bus, events.slice(0, 1));
            jest.setSystemTime(T0 - 60 * MINUTE);

            play(bus, events.slice(1, 2));

            expect(storage.setItem).toHaveBeenCalledTimes(2);
        });
    });

    describe('restoring after a reload', () => {
        it('brings back phase, participants, hold, mute, recording and the true start times', () => {
            const storage = new MemoryStorage();
            savedCall(storage, 'call-restore');
            jest.setSystemTime(T0 + 5 * MINUTE);

            const bus = new VoiceEventBus({ storage });
            const restored = call(bus.getState(), 'call-restore');

            expect(restored.phase).toBe('connected');
            expect(restored.callType).toBe('inbound');
            expect(restored.startedAt).toBe(T0);
            expect(restored.connectedAt).toBe(T0 + 8000);
            expect(restored.muted).toEqual({ value: true, at: T0 + 40000 });
            expect(restored.recordingPaused).toEqual({ value: true, at: T0 + 41000 });
            expect(callerOf(restored)).toMatchObject({
                name: CALLER,
                onHold: true,
                holdStartedAt: T0 + 31000
            });
            expect(restored.participants.map((p) => p.name)).toEqual([CALLER, THIRD_PARTY]);
            expect(restored.participants[1]).toMatchObject({ onHold: false, joinedAt: T0 + 30000 });
            expect(restored.transcript).toEqual([]);
            expect(restored.notes).toEqual([]);
        });

        it('gives a panel subscribing after the reload the restored call at once', () => {
            const storage = new MemoryStorage();
            savedCall(storage, 'call-panel');
            const bus = new VoiceEventBus({ storage });
            const listener = jest.fn();

            const subscription = subscribeToVoiceConsole(undefined, listener, { bus });

            expect(listener).toHaveBeenCalledWith(
                expect.objectContaining({
                    calls: expect.objectContaining({ 'call-panel': expect.anything() })
                }),
                { kind: 'initial' }
            );
            subscription.unsubscribe();
        });

        it('joins new events onto the restored call; re-delivered old ones change nothing', () => {
            const storage = new MemoryStorage();
            const events = canaryCall('call-join', T0);
            savedCall(storage, 'call-join', events);
            const bus = new VoiceEventBus({ storage });
            const before = bus.getState();

            play(
                bus,
                events.filter((event) => event.type !== 'transcript')
            );
            const afterRepeats = call(bus.getState(), 'call-join');
            expect(afterRepeats.phase).toBe('connected');
            expect(afterRepeats.participants).toEqual(call(before, 'call-join').participants);
            expect(afterRepeats.muted).toEqual(call(before, 'call-join').muted);

            play(bus, [
                { type: 'unmute', detail: { callId: 'call-join' }, at: T0 + 3 * MINUTE },
                {
                    type: 'resume',
                    detail: { callId: 'call-join', participant: CALLER },
                    at: T0 + 3 * MINUTE + 1
                },
                { type: 'callended', detail: { callId: 'call-join' }, at: T0 + 4 * MINUTE }
            ]);
            const joined = call(bus.getState(), 'call-join');
            expect(joined.muted?.value).toBe(false);
            expect(callerOf(joined)?.onHold).toBe(false);
            expect(joined.phase).toBe('afterCallWork');
            expect(joined.startedAt).toBe(T0);
        });

        it('restores the conversation text only when it was saved on purpose', () => {
            const storage = new MemoryStorage();
            const bus = new VoiceEventBus({ storage });
            bus.configurePersistence({ includeConversationText: true });
            play(bus, canaryCall('call-text', T0));
            bus.flushPersistence();

            const restored = call(new VoiceEventBus({ storage }).getState(), 'call-text');

            expect(restored.transcript.map((line) => line.text)).toContain(CANARY.transcript);
            expect(restored.notes.map((note) => note.text)).toEqual([CANARY.note]);
            expect(restored.flags[0].message).toBe(CANARY.flag);
        });

        it('marks a call restored without its conversation text with the save time, and keeps the mark', () => {
            const storage = new MemoryStorage();
            jest.setSystemTime(T0 + MINUTE);
            savedCall(storage, 'call-dropped');
            const savedAt = storedEnvelope(storage).savedAt as number;
            jest.setSystemTime(T0 + 2 * MINUTE);

            const bus = new VoiceEventBus({ storage });
            expect(call(bus.getState(), 'call-dropped').conversationTextDroppedAt).toBe(savedAt);

            // Events after the reload leave the mark; the next reload moves it to its own save.
            play(bus, [
                { type: 'unmute', detail: { callId: 'call-dropped' }, at: T0 + 2 * MINUTE }
            ]);
            expect(call(bus.getState(), 'call-dropped').conversationTextDroppedAt).toBe(savedAt);
            jest.setSystemTime(T0 + 3 * MINUTE);
            bus.flushPersistence();
            const again = new VoiceEventBus({ storage }).getState();
            expect(call(again, 'call-dropped').conversationTextDroppedAt).toBe(T0 + 3 * MINUTE);
        });

        it('does not mark a call whose conversation text was kept on purpose', () => {
            const storage = new MemoryStorage();
            const bus = new VoiceEventBus({ storage });
            bus.configurePersistence({ includeConversationText: true });
            play(bus, canaryCall('call-kept-text', T0));
            bus.flushPersistence();

            const restored = call(new VoiceEventBus({ storage }).getState(), 'call-kept-text');

            expect(restored.conversationTextDroppedAt).toBeNull();
        });

        it('strips conversation text a writer left in while saying it did not', () => {
            const storage = new MemoryStorage();
            const bus = new VoiceEventBus({ storage });
            bus.configurePersistence({ includeConversationText: true });
            play(bus, canaryCall('call-liar', T0));
            bus.flushPersistence();
            const tampered = { ...storedEnvelope(storage), conversationText: false };
            storage.items.set(PERSISTED_STATE_KEY, JSON.stringify(tampered));

            const restored = new VoiceEventBus({ storage }).getState();

            expect(JSON.stringify(restored)).not.toMatch(CANARY_PATTERN);
            expect(call(restored, 'call-liar').flags).toHaveLength(1);
        });

        it('does not resurrect calls that were pruned', () => {
            const storage = new MemoryStorage();
            savedCall(storage, 'call-kept');
            const envelope = storedEnvelope(storage) as {
                state: { calls: Record<string, unknown>; prunedCallIds: string[] };
            };
            envelope.state.calls['call-pruned'] = {
                ...(envelope.state.calls['call-kept'] as object),
                callId: 'call-pruned'
            };
            envelope.state.prunedCallIds = ['call-pruned'];
            storage.items.set(PERSISTED_STATE_KEY, JSON.stringify(envelope));

            const bus = new VoiceEventBus({ storage });
            expect(Object.keys(bus.getState().calls)).toEqual(['call-kept']);

            // And a late event for it stays out, as before the reload.
            play(bus, [{ type: 'mute', detail: { callId: 'call-pruned' }, at: T0 + MINUTE }]);
            expect(bus.getState().calls['call-pruned']).toBeUndefined();
        });

        it('drops calls that finished long ago and keeps those still in after-call work', () => {
            const storage = new MemoryStorage();
            const bus = new VoiceEventBus({ storage });
            play(bus, finishedCall('call-wrapped', T0));
            play(bus, finishedCall('call-acw', T0).slice(0, 2));
            bus.flushPersistence();
            const wrappedAt = T0 + 90000;

            jest.setSystemTime(wrappedAt + FINISHED_CALL_RETENTION_MS - 1000);
            expect(Object.keys(new VoiceEventBus({ storage }).getState().calls).sort()).toEqual([
                'call-acw',
                'call-wrapped'
            ]);

            jest.setSystemTime(wrappedAt + FINISHED_CALL_RETENTION_MS + 1000);
            expect(Object.keys(new VoiceEventBus({ storage }).getState().calls)).toEqual([
                'call-acw'
            ]);
        });

        it('ignores a save older than the maximum age and removes it', () => {
            const storage = new MemoryStorage();
            savedCall(storage, 'call-yesterday');
            jest.setSystemTime(T0 + 2 * MINUTE + MAX_PERSISTED_AGE_MS + 1);

            const bus = new VoiceEventBus({ storage });

            expect(bus.getState().calls).toEqual({});
            expect(storage.raw).toBeNull();
        });

        it('the window bus restores what the tab saved when the page loads again', async () => {
            const storage = new MemoryStorage();
            savedCall(storage, 'call-reloaded');
            window.sessionStorage.setItem(PERSISTED_STATE_KEY, storage.raw!);

            let reloaded: BusModule | undefined;
            await jest.isolateModulesAsync(async () => {
                reloaded = await import('c/voiceEventBus');
            });

            const restored = call(reloaded!.voiceEventBus.getState(), 'call-reloaded');
            expect(restored.phase).toBe('connected');
            expect(restored.startedAt).toBe(T0);
            reloaded!.voiceEventBus.reset();
        });
    });

    describe('bad stored data is ignored without throwing', () => {
        const valid = (): string => {
            const storage = new MemoryStorage();
            savedCall(storage, 'call-valid');
            return storage.raw!;
        };
        const cases: Array<[string, () => string]> = [
            ['not JSON', () => '{"version":1,"savedAt":'],
            ['JSON null', () => 'null'],
            ['an array', () => '[1,2,3]'],
            ['another version', () => valid().replace('"version":1,', '"version":2,')],
            ['a missing state', () => JSON.stringify({ version: 1, savedAt: T0 })],
            [
                'a state of the wrong shape',
                () => JSON.stringify({ version: 1, savedAt: T0, state: { calls: [] } })
            ],
            [
                'a save from the future',
                () =>
                    valid().replace(`"savedAt":${T0 + 2 * MINUTE}`, `"savedAt":${T0 + 99 * MINUTE}`)
            ],
            ['an oversize value', () => `${valid()}${' '.repeat(MAX_PERSISTED_CHARS)}`]
        ];

        it.each(cases)('%s: the bus starts empty and clears the key', (_name, make) => {
            const storage = new MemoryStorage();
            storage.items.set(PERSISTED_STATE_KEY, make());

            const bus = new VoiceEventBus({ storage });

            expect(bus.getState().calls).toEqual({});
            expect(storage.removeItem).toHaveBeenCalledWith(PERSISTED_STATE_KEY);
            expect(storage.raw).toBeNull();
            expect(bus.getDiagnostics().internalErrors).toBe(0);
        });

        it('drops a malformed call and keeps the valid ones', () => {
            const storage = new MemoryStorage();
            savedCall(storage, 'call-good');
            const envelope = storedEnvelope(storage) as {
                state: { calls: Record<string, unknown> };
            };
            envelope.state.calls['call-bad'] = { callId: 'call-bad', phase: 'teleported' };
            envelope.state.calls['call-evil'] = {
                ...(envelope.state.calls['call-good'] as object),
                callId: 'call-evil',
                startedAt: 'yesterday'
            };
            storage.items.set(PERSISTED_STATE_KEY, JSON.stringify(envelope));

            const bus = new VoiceEventBus({ storage });

            expect(Object.keys(bus.getState().calls)).toEqual(['call-good']);
        });

        it('another key of the same storage is never read or touched', () => {
            const storage = new MemoryStorage();
            storage.items.set('voiceConsoleKit.v2.state', '{"version":2}');

            const bus = new VoiceEventBus({ storage });

            expect(bus.getState().calls).toEqual({});
            expect(storage.getItem).toHaveBeenCalledWith(PERSISTED_STATE_KEY);
            expect(storage.items.get('voiceConsoleKit.v2.state')).toBe('{"version":2}');
        });
    });

    describe('storage that throws does not break the bus', () => {
        it('a SecurityError on read: the bus starts empty and counts it', () => {
            const storage = new MemoryStorage();
            storage.getItem.mockImplementation(() => {
                throw domException('SecurityError');
            });

            const bus = new VoiceEventBus({ storage });
            play(bus, canaryCall('call-secure', T0).slice(0, 2));

            expect(bus.getState().calls['call-secure'].phase).toBe('connected');
            expect(bus.getDiagnostics().storageErrors).toBe(1);
        });

        it('a full quota on write: events still flow, the stale save is removed, errors are counted', () => {
            const storage = new MemoryStorage();
            storage.items.set(PERSISTED_STATE_KEY, 'stale');
            storage.getItem.mockReturnValue(null);
            storage.setItem.mockImplementation(() => {
                throw domException('QuotaExceededError');
            });
            const bus = new VoiceEventBus({ storage });
            const listener = jest.fn();
            subscribeToVoiceConsole(undefined, listener, { bus });

            expect(() => play(bus, canaryCall('call-full', T0))).not.toThrow();
            jest.advanceTimersByTime(PERSIST_THROTTLE_MS);
            play(bus, [{ type: 'unmute', detail: { callId: 'call-full' }, at: T0 + 99000 }]);
            expect(() => window.dispatchEvent(new CustomEvent('pagehide'))).not.toThrow();

            expect(bus.getState().calls['call-full'].muted?.value).toBe(false);
            expect(bus.getDiagnostics().storageErrors).toBeGreaterThanOrEqual(1);
            expect(storage.items.has(PERSISTED_STATE_KEY)).toBe(false);
        });

        it('every method throwing: the bus works, reset and opt-ins included', () => {
            const storage = new MemoryStorage();
            for (const method of [storage.getItem, storage.setItem, storage.removeItem]) {
                method.mockImplementation(() => {
                    throw domException('SecurityError');
                });
            }
            const bus = new VoiceEventBus({ storage });

            expect(() => {
                const release = bus.configurePersistence({ includeConversationText: true });
                play(bus, canaryCall('call-broken', T0));
                bus.flushPersistence();
                release();
                bus.reset();
            }).not.toThrow();
            expect(bus.getDiagnostics().storageErrors).toBeGreaterThan(0);
        });

        it('window.sessionStorage itself throwing: the window bus has no storage and still works', async () => {
            const descriptor = Object.getOwnPropertyDescriptor(window, 'sessionStorage');
            Object.defineProperty(window, 'sessionStorage', {
                configurable: true,
                get() {
                    throw domException('SecurityError');
                }
            });
            try {
                let isolated: BusModule | undefined;
                await jest.isolateModulesAsync(async () => {
                    isolated = await import('c/voiceEventBus');
                });
                play(isolated!.voiceEventBus, canaryCall('call-nostorage', T0).slice(0, 1));
                expect(() => isolated!.voiceEventBus.flushPersistence()).not.toThrow();
                expect(isolated!.voiceEventBus.getState().calls['call-nostorage']).toBeDefined();
            } finally {
                Object.defineProperty(window, 'sessionStorage', descriptor!);
            }
        });
    });
});
