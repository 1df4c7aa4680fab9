/**
 * Named regression cases: each is a shrunk counterexample that `npm run test:explore` (or the
 * gate) once found, kept as explicit input so it stays checked whatever the generators or seeds
 * become. Each runs through the fuzz checks (../fuzzSequence.ts) and asserts what the bus then
 * holds. How to add one: README.md, "Exploring the properties".
 */
import {
    DEFAULT_LIMITS,
    MESSAGE_VERSION,
    createConsoleState,
    normalizeToolkitEvent,
    parseConsoleMessage,
    reduceConsoleState,
    parsePersistedState,
    serializeConsoleState,
    speakerKind,
    type ConsoleState,
    type StateLimits
} from 'c/voiceEventBus';
import { runSequence } from '../fuzzSequence';
import type { GeneratedPair } from '../payloads';

const AT = 1_772_442_000_000;
const NO_ROOM: StateLimits = {
    maxUtterancesPerCall: 0,
    maxNotesPerCall: 0,
    maxFlagsPerCall: 0,
    maxLegEntriesPerCall: 0,
    maxEndedCalls: 0,
    maxPrunedIds: 0
};
const CALL = 'c5d93c19-e03b-44f8-85e6-a11f02e70c45';
const QUIET_LINE = {
    statsCount: 1,
    packetsCount: 0,
    packetsLost: 0,
    jitterBufferMillis: 0,
    roundTripTimeMillis: 0
};

function pair(type: string, detail: unknown, pristine = false): GeneratedPair {
    return { type, detail, receivedAt: AT, pristine };
}

function flag(fields: Record<string, unknown>): unknown {
    return {
        id: '00000000-0000-1000-8000-000000000000',
        callId: CALL,
        clientSentTimestamp: AT - 60_000,
        serverReceivedTimestamp: AT - 60_000,
        content: { formatType: null, text: null },
        sender: { role: 'Agent' },
        voiceCallId: '0LQRM0000006CSz',
        ...fields
    };
}

const audio = pair('audiostats', {
    callId: CALL,
    stats: [{ inputChannelStats: QUIET_LINE, outputChannelStats: QUIET_LINE }]
});

describe('found by the fuzz property', () => {
    it('a flaglower stamped -0 is kept as 0, as LMS delivers it (seed 1016461295, again 1117611760)', () => {
        const lowered = pair('flaglower', flag({ serverReceivedTimestamp: -0 }));
        expect(() => runSequence([lowered, audio], DEFAULT_LIMITS)).not.toThrow();
        const result = normalizeToolkitEvent(lowered.type, lowered.detail, AT);
        const stamp =
            result.ok && result.event.type === 'flaglower'
                ? result.event.serverReceivedTimestamp
                : null;
        expect(Object.is(stamp, 0)).toBe(true);
    });

    it('-0 in any kept number (audio figures, client stamps, arrival time) is kept as 0', () => {
        const signed = { ...QUIET_LINE, packetsLost: -0, roundTripTimeMillis: -0 };
        const sample = normalizeToolkitEvent(
            'audiostats',
            { callId: CALL, stats: [{ inputChannelStats: signed, outputChannelStats: signed }] },
            -0
        );
        const note = normalizeToolkitEvent(
            'note',
            {
                id: 'n-1',
                callId: CALL,
                clientSentTimestamp: -0,
                serverReceivedTimestamp: '-0',
                content: { formatType: 'Text', text: 'Signed zero' },
                sender: { role: 'Agent' }
            },
            AT
        );
        const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
        for (const result of [sample, note]) {
            expect(result.ok).toBe(true);
            // toStrictEqual tells -0 from 0: what LMS delivers must equal what was kept.
            expect(result).toStrictEqual(json(result));
        }
    });

    it("an arrival time another window would refuse or JSON would change is this clock's now", () => {
        jest.useFakeTimers({ now: AT });
        try {
            for (const receivedAt of [-5, NaN, Infinity, 9e15]) {
                const result = normalizeToolkitEvent('mute', { callId: CALL }, receivedAt);
                expect(result).toMatchObject({ ok: true, event: { receivedAt: AT } });
            }
            const zero = normalizeToolkitEvent('mute', { callId: CALL }, -0);
            expect(zero.ok && Object.is(zero.event.receivedAt, 0)).toBe(true);
        } finally {
            jest.useRealTimers();
        }
    });

    it('a snapshot or saved state holding -0 is revived with 0, equal to its own JSON copy', () => {
        const started = normalizeToolkitEvent(
            'callstarted',
            { callId: CALL, callType: 'inbound' },
            AT
        );
        if (!started.ok) {
            throw new Error(started.reason);
        }
        const state = reduceConsoleState(createConsoleState(), started.event);
        const signed = JSON.parse(
            JSON.stringify(state)
                .replace(`"startedAt":${AT}`, '"startedAt":-0')
                .replace(`"lastEventAt":${AT}`, '"lastEventAt":-0')
        ) as ConsoleState;
        expect(Object.is(signed.calls[CALL].startedAt, -0)).toBe(true);
        const snapshot = parseConsoleMessage({
            version: MESSAGE_VERSION,
            kind: 'snapshot',
            origin: 'other-window',
            requestId: 'r-1',
            state: signed
        });
        const revived = snapshot?.kind === 'snapshot' ? snapshot.state : null;
        expect(revived?.calls[CALL]).toBeDefined();
        expect(Object.is(revived?.calls[CALL].startedAt, 0)).toBe(true);
        expect(revived).toStrictEqual(JSON.parse(JSON.stringify(revived)));
    });

    it('a call id that names an inherited property ("toString") is refused, not read as a call (seed 1117697373)', () => {
        const raised = pair('flagraise', {
            ...(flag({ callId: 'toString' }) as object),
            callId_extra: {},
            __proto__extra: { injected: true }
        });
        raised.receivedAt = 0;
        expect(() => runSequence([raised, audio], NO_ROOM)).not.toThrow();
        expect(() => runSequence([raised, audio], DEFAULT_LIMITS)).not.toThrow();
    });

    it('a mute for "toString" or a wrapupended for "valueOf" no longer builds a broken call whose views threw "reading \'map\'" (seeds 1117575843, 1117438877)', () => {
        const strays = [
            pair('mute', { callId: 'toString' }),
            pair('wrapupended', { callId: 'valueOf' })
        ];
        expect(() => runSequence([strays[0], audio], DEFAULT_LIMITS)).not.toThrow();
        expect(() => runSequence([strays[1], audio], NO_ROOM)).not.toThrow();
    });

    it('a speaker role that names an inherited property ("constructor") is an "other" speaker (base seeds 660727922, 536704045)', () => {
        const said = pair('transcript', {
            id: 'm1',
            callId: CALL,
            clientSentTimestamp: AT - 60_000,
            serverReceivedTimestamp: AT - 60_000,
            content: { formatType: 'Text', text: 'proin' },
            sender: { role: 'constructor' }
        });
        expect(() => runSequence([said, audio], DEFAULT_LIMITS)).not.toThrow();
        for (const role of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
            expect(speakerKind(role)).toBe('other');
        }
    });

    it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', ' __proto__ '])(
        'refuses call id %j for every event type, so no panel ever shows it',
        (callId) => {
            const events = [
                normalizeToolkitEvent('callstarted', { callId, callType: 'inbound' }, AT),
                normalizeToolkitEvent('hold', { callId, participant: 'Initial_Caller' }, AT),
                normalizeToolkitEvent(
                    'transcript',
                    {
                        id: 'u-1',
                        callId,
                        serverReceivedTimestamp: AT,
                        content: { text: 'hello' },
                        sender: { role: 'EndUser' }
                    },
                    AT
                )
            ];
            for (const result of events) {
                expect(result).toMatchObject({ ok: false, reason: 'reserved callId' });
            }
        }
    );

    it('an event for a reserved call id built by hand and reduced directly changes nothing', () => {
        const state = createConsoleState();
        for (const callId of ['toString', '__proto__', 'constructor']) {
            const event = { type: 'mute', callId, receivedAt: AT } as const;
            expect(reduceConsoleState(state, event)).toBe(state);
        }
        expect(Object.keys(state.calls)).toEqual([]);
    });

    it('a snapshot or saved state whose calls include "__proto__" keeps its real calls and no phantom', () => {
        const started = normalizeToolkitEvent(
            'callstarted',
            { callId: CALL, callType: 'inbound', participant: '+1 (617) 555-0166' },
            AT
        );
        if (!started.ok) {
            throw new Error(started.reason);
        }
        const state = reduceConsoleState(createConsoleState(), started.event);
        const phantom = { ...state.calls[CALL], callId: '__proto__' };
        // As JSON.parse builds it (LMS, sessionStorage): an own "__proto__" key.
        const tampered = JSON.parse(
            JSON.stringify(state).replace(
                '"calls":{',
                `"calls":{"__proto__":${JSON.stringify(phantom)},`
            )
        ) as ConsoleState;
        const snapshot = parseConsoleMessage({
            version: MESSAGE_VERSION,
            kind: 'snapshot',
            origin: 'other-window',
            requestId: 'r-1',
            state: tampered
        });
        const saved = serializeConsoleState(state, { now: AT }) ?? '';
        const restored = parsePersistedState(
            saved.replace('"calls":{', `"calls":{"__proto__":${JSON.stringify(phantom)},`),
            AT
        );
        for (const revived of [snapshot?.kind === 'snapshot' ? snapshot.state : null, restored]) {
            expect(revived && Object.keys(revived.calls)).toEqual([CALL]);
            expect(revived && Object.getPrototypeOf(revived.calls)).toBe(Object.prototype);
        }
    });

    it('an event message with a sequence number JSON cannot carry is read as sequence 0', () => {
        const event = normalizeToolkitEvent('mute', { callId: CALL }, AT);
        for (const seq of [-0, NaN, Infinity, -3, 1.5]) {
            const message = parseConsoleMessage({
                version: MESSAGE_VERSION,
                kind: 'event',
                origin: 'other-window',
                seq,
                event: event.ok ? event.event : null
            });
            expect(message).toMatchObject({ kind: 'event', seq: 0 });
            expect(message).toStrictEqual(JSON.parse(JSON.stringify(message)));
        }
    });
});
