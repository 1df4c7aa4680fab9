import fc from 'fast-check';
import {
    MAX_TEXT_LENGTH,
    VOICE_EVENT_TYPES,
    normalizeToolkitEvent,
    speakerKind,
    type NormalizeResult,
    type VoiceEvent,
    type VoiceEventOf,
    type VoiceEventType
} from 'c/voiceEventBus';
import { reviveVoiceEvent } from '../revive';
import { documentedEvent, quirk } from './fixtures';
import { assertProperty } from '../../../../../test/properties';

const AT = 1718000000000;
const DOC_CALL = 'c5d93c19-e03b-44f8-85e6-a11f02e70c45';
const DOC_ID = '3115b389-ab50-400e-b8ba-978b7ec51d7a';

function accept<T extends VoiceEventType>(type: T, detail: unknown): VoiceEventOf<T> {
    const result = normalizeToolkitEvent(type, detail, AT);
    if (!result.ok) {
        throw new Error(`${type} rejected: ${result.reason}`);
    }
    expect(result.event.type).toBe(type);
    return result.event as VoiceEventOf<T>;
}

function documented<T extends VoiceEventType>(type: T): VoiceEventOf<T> {
    return accept(type, documentedEvent(type).detail);
}

/** Matches a rejection with this reason. */
function rejected(reason: string): NormalizeResult {
    return expect.objectContaining({ ok: false, reason }) as NormalizeResult;
}

describe('normalizeToolkitEvent: the 19 documented payloads', () => {
    it('has one documented fixture per event type', () => {
        expect(VOICE_EVENT_TYPES).toHaveLength(19);
        for (const type of VOICE_EVENT_TYPES) {
            expect(documentedEvent(type).type).toBe(type);
        }
    });

    it.each(VOICE_EVENT_TYPES.map((type) => [type]))(
        '%s normalizes with its callId and arrival time',
        (type) => {
            const event: VoiceEvent = documented(type);
            expect(event.callId).toBe(
                type === 'callstarted' ? 'd7a9f1b7-fc17-43fe-8ca7-e584a2b34792' : DOC_CALL
            );
            expect(event.receivedAt).toBe(AT);
        }
    );

    it('callstarted and callconnected carry call type and participant', () => {
        expect(documented('callstarted')).toEqual({
            type: 'callstarted',
            callId: 'd7a9f1b7-fc17-43fe-8ca7-e584a2b34792',
            receivedAt: AT,
            callType: 'outbound',
            participant: '+1 (415) 999-0000'
        });
        expect(documented('callconnected')).toMatchObject({
            callType: 'inbound',
            participant: '+1 (415) 555-0100'
        });
    });

    it.each([['hold'], ['resume'], ['participantadded'], ['participantremoved']] as const)(
        '%s carries the participant',
        (type) => {
            const event = documented(type);
            expect(event.participant).toMatch(/^\+1 \(415\) 555-0100$|^Billing Quick Connect$/);
        }
    );

    it.each(
        (
            [
                'callended',
                'mute',
                'unmute',
                'conference',
                'swap',
                'pauserecording',
                'resumerecording',
                'wrapupended'
            ] as const
        ).map((type) => [type])
    )('%s carries only type, callId and arrival time', (type) => {
        expect(documented(type)).toEqual({ type, callId: DOC_CALL, receivedAt: AT });
    });

    it('audiostats reads both channels of the newest sample', () => {
        expect(documented('audiostats')).toEqual({
            type: 'audiostats',
            callId: DOC_CALL,
            receivedAt: AT,
            input: {
                packetsLost: 30,
                packetsCount: 1470,
                jitterBufferMillis: 12,
                roundTripTimeMillis: 180
            },
            output: {
                packetsLost: 15,
                packetsCount: 1500,
                jitterBufferMillis: 8,
                roundTripTimeMillis: 200
            }
        });
    });

    it('transcript carries id, both timestamps, text and the sender', () => {
        expect(documented('transcript')).toEqual({
            type: 'transcript',
            callId: DOC_CALL,
            receivedAt: AT,
            id: DOC_ID,
            clientSentTimestamp: 1594944652299,
            serverReceivedTimestamp: 1594944652328,
            text: 'Hello',
            sender: { role: 'Agent', kind: 'agent', displayName: null }
        });
    });

    it('flagraise carries the message, the rep and the VoiceCall id', () => {
        expect(documented('flagraise')).toMatchObject({
            id: DOC_ID,
            text: 'The customer wants a credit note.',
            voiceCallId: '0LQRM0000006CSz',
            sender: { role: 'Agent', kind: 'agent', displayName: 'Angela Agent' }
        });
    });

    it('flaglower accepts the documented null content', () => {
        expect(documented('flaglower')).toMatchObject({
            id: DOC_ID,
            text: null,
            voiceCallId: '0LQRM0000006CSz',
            sender: { role: 'Supervisor', kind: 'supervisor', displayName: 'Samir Supervisor' }
        });
    });

    it('note carries its text and has no VoiceCall id in the documented example', () => {
        expect(documented('note')).toMatchObject({
            text: 'The customer wants a refund or store credit.',
            voiceCallId: null,
            sender: { kind: 'agent', displayName: 'Angela Agent' }
        });
    });
});

describe('VoiceEventOf', () => {
    it('narrows every event type, including those that share an interface', () => {
        const mute: VoiceEventOf<'mute'> = { type: 'mute', callId: 'c', receivedAt: 1 };
        const hold: VoiceEventOf<'hold'> = {
            type: 'hold',
            callId: 'c',
            receivedAt: 1,
            participant: null
        };
        const started: VoiceEventOf<'callstarted'> = {
            type: 'callstarted',
            callId: 'c',
            receivedAt: 1,
            callType: 'inbound',
            participant: '+1'
        };
        const base = { callId: 'c', receivedAt: 1 };
        // @ts-expect-error a mute event has no participant
        const wrong: VoiceEventOf<'mute'> = { ...base, type: 'mute', participant: 'x' };
        // @ts-expect-error the type must be the one asked for
        const other: VoiceEventOf<'mute'> = { ...base, type: 'unmute' };
        expect([mute, hold, started, wrong, other].map((event) => event.type)).toEqual([
            'mute',
            'hold',
            'callstarted',
            'mute',
            'unmute'
        ]);
    });
});

describe('normalizeToolkitEvent: quirks', () => {
    const expectedOutput = {
        packetsLost: 15,
        packetsCount: 1500,
        jitterBufferMillis: 8,
        roundTripTimeMillis: 200
    };

    it.each([['audiostats-stats-object'], ['audiostats-nested-object']])(
        'audiostats as %s reads the same figures',
        (name) => {
            const { type, detail } = quirk(name);
            const event = accept('audiostats', detail);
            expect(type).toBe('audiostats');
            expect(event.callId).toBe(DOC_CALL);
            expect(event.output).toEqual(expectedOutput);
            expect(event.input?.packetsLost).toBe(30);
        }
    );

    it('audiostats nested under detail.audioStats as an array takes the newest sample and its callId', () => {
        const event = accept('audiostats', quirk('audiostats-nested-array').detail);
        expect(event.callId).toBe(DOC_CALL);
        expect(event.input?.roundTripTimeMillis).toBe(180);
        expect(event.output).toEqual(expectedOutput);
    });

    it('audiostats flattened as in the guide table names its channel in `stats`', () => {
        const event = accept('audiostats', quirk('audiostats-flat-output').detail);
        expect(event.input).toBeNull();
        expect(event.output).toEqual(expectedOutput);
    });

    it('audiostats figures sent as numeric strings are read as numbers', () => {
        const event = accept('audiostats', quirk('audiostats-strings').detail);
        expect(event.input).toEqual({
            packetsLost: 30,
            packetsCount: 1470,
            jitterBufferMillis: 12,
            roundTripTimeMillis: 180
        });
        expect(event.output).toBeNull();
    });

    it('audiostats without any figure is rejected', () => {
        expect(normalizeToolkitEvent('audiostats', { callId: 'c1', stats: [] })).toEqual(
            rejected('audiostats without figures')
        );
        expect(
            normalizeToolkitEvent('audiostats', {
                callId: 'c1',
                stats: [{ inputChannelStats: { packetsLost: -3, jitterBufferMillis: 'x' } }]
            })
        ).toEqual(rejected('audiostats without figures'));
    });

    it('a customer utterance with sender.role EndUser is a customer line', () => {
        const event = accept('transcript', quirk('transcript-enduser').detail);
        expect(event.sender).toEqual({ role: 'EndUser', kind: 'customer', displayName: null });
        expect(event.text).toBe('Hi, I was charged twice this month.');
    });

    it.each([
        ['END_USER', 'customer'],
        ['Customer', 'customer'],
        ['Initial_Caller', 'customer'],
        ['agent', 'agent'],
        ['SUPERVISOR', 'supervisor'],
        ['Bot', 'other'],
        ['', 'other']
    ])('role %j folds to %s', (role, kind) => {
        expect(speakerKind(role)).toBe(kind);
    });

    it('ignores unknown fields', () => {
        const event = accept('transcript', quirk('transcript-extra-fields').detail);
        expect(Object.keys(event).sort()).toEqual(
            [
                'callId',
                'clientSentTimestamp',
                'id',
                'receivedAt',
                'sender',
                'serverReceivedTimestamp',
                'text',
                'type'
            ].sort()
        );
        expect(event.sender).toEqual({
            role: 'Agent',
            kind: 'agent',
            displayName: 'Angela Agent'
        });
    });

    it('reads ids and timestamps sent as numbers or numeric strings', () => {
        const event = accept('transcript', quirk('transcript-numbers-as-strings').detail);
        expect(event).toMatchObject({
            id: '42',
            callId: '9001',
            clientSentTimestamp: 1594944655000,
            serverReceivedTimestamp: 1594944655030
        });
    });

    it('accepts the Aura event names, trims labels and lower-cases the call type', () => {
        const { type, detail } = quirk('callconnected-aura-name');
        const result = normalizeToolkitEvent(type, detail, AT);
        expect(result).toEqual({
            ok: true,
            event: {
                type: 'callconnected',
                callId: DOC_CALL,
                receivedAt: AT,
                callType: 'inbound',
                participant: '+1 (415) 555-0100'
            }
        });
    });

    it('accepts a flaglower with no content at all', () => {
        expect(accept('flaglower', quirk('flaglower-no-content').detail).text).toBeNull();
    });

    it('accepts a detail sent as a JSON string', () => {
        const detail = JSON.stringify(documentedEvent('mute').detail);
        expect(accept('mute', detail).callId).toBe(DOC_CALL);
    });

    it('cuts text longer than MAX_TEXT_LENGTH with an ellipsis', () => {
        const detail = { ...(documentedEvent('transcript').detail as object) };
        (detail as { content: unknown }).content = { text: 'a'.repeat(MAX_TEXT_LENGTH * 3) };
        const event = accept('transcript', detail);
        expect(event.text).toHaveLength(MAX_TEXT_LENGTH);
        expect(event.text.endsWith('…')).toBe(true);
        expect(event.truncatedFrom).toBe(MAX_TEXT_LENGTH * 3);
    });

    it('records the sent length only for a cut utterance, and carries it across windows', () => {
        const whole = accept('transcript', documentedEvent('transcript').detail);
        expect(whole).not.toHaveProperty('truncatedFrom');
        const detail = { ...(documentedEvent('transcript').detail as object) };
        (detail as { content: unknown }).content = { text: 'a'.repeat(7342) };
        const cut = accept('transcript', detail);
        expect(reviveVoiceEvent(JSON.parse(JSON.stringify(cut)))).toEqual(cut);
        expect(reviveVoiceEvent({ ...whole, truncatedFrom: 3 })).toEqual(whole);
    });

    it('never cuts between the halves of a surrogate pair (text and names)', () => {
        const detail = { ...(documentedEvent('transcript').detail as object) };
        (detail as { content: unknown }).content = { text: '😀'.repeat(MAX_TEXT_LENGTH) };
        (detail as { sender: unknown }).sender = {
            role: 'Agent',
            displayName: `a${'😀'.repeat(200)}`
        };
        const event = accept('transcript', detail);
        expect(event.text).toBe(`${'😀'.repeat(MAX_TEXT_LENGTH / 2 - 1)}…`);
        expect(event.sender.displayName).toBe(`a${'😀'.repeat(126)}…`);
    });

    it('gives a conversation event without id a stable stand-in id from its timestamp and text', () => {
        const detail = {
            callId: 'c1',
            serverReceivedTimestamp: 1000,
            content: { text: 'Hello' },
            sender: { role: 'Agent' }
        };
        const first = accept('transcript', detail);
        const again = accept('transcript', { ...detail });
        const other = accept('transcript', { ...detail, content: { text: 'Bye' } });
        expect(first.id).toBe(again.id);
        expect(first.id).not.toBe(other.id);
        expect(
            normalizeToolkitEvent('transcript', { callId: 'c1', content: { text: 'Hi' } })
        ).toEqual(rejected('missing id and timestamps'));
    });

    it('rejects a transcript or note without text but keeps a flag raise without one', () => {
        const base = { callId: 'c1', id: 'x', serverReceivedTimestamp: 1 };
        expect(normalizeToolkitEvent('transcript', { ...base, content: { text: '  ' } })).toEqual(
            rejected('transcript without text')
        );
        expect(normalizeToolkitEvent('note', { ...base, content: null })).toEqual(
            rejected('note without text')
        );
        expect(accept('flagraise', base).text).toBeNull();
    });
});

describe('normalizeToolkitEvent: callId', () => {
    it.each([
        ['missing', {}],
        ['null', { callId: null }],
        ['empty', { callId: '' }],
        ['blank', { callId: '   ' }],
        ['an object', { callId: { id: 'c1' } }],
        ['NaN', { callId: Number.NaN }],
        ['Infinity', { callId: Number.POSITIVE_INFINITY }],
        ['too long', { callId: 'c'.repeat(256) }],
        ['a boolean', { callId: true }]
    ])('rejects a callId that is %s, with a reason', (_label, detail) => {
        for (const type of ['callconnected', 'transcript', 'audiostats', 'flaglower']) {
            expect(
                normalizeToolkitEvent(type, { ...detail, id: 'x', content: { text: 't' } })
            ).toEqual(rejected('missing or invalid callId'));
        }
    });

    it('trims a callId and accepts a numeric one', () => {
        expect(accept('mute', { callId: '  c1  ' }).callId).toBe('c1');
        expect(accept('mute', { callId: 12345 }).callId).toBe('12345');
    });
});

describe('normalizeToolkitEvent: never throws', () => {
    const cyclic: Record<string, unknown> = { callId: 'cyc' };
    cyclic.self = cyclic;
    cyclic.sender = cyclic;
    cyclic.content = cyclic;
    cyclic.stats = [cyclic];

    const throwingGetters = Object.defineProperty({}, 'callId', {
        get() {
            throw new Error('getter');
        },
        enumerable: true
    });
    const hostileProxy = new Proxy(
        {},
        {
            get() {
                throw new Error('trap');
            },
            has() {
                throw new Error('trap');
            },
            ownKeys() {
                throw new Error('trap');
            },
            getPrototypeOf() {
                throw new Error('trap');
            }
        }
    );
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    const tenMegabytes = 'x'.repeat(10 * 1024 * 1024);

    const hostile: Array<[string, unknown, unknown]> = [
        ['null type and detail', null, null],
        ['undefined', undefined, undefined],
        ['a number type', 42, { callId: 'c1' }],
        ['a number detail', 'mute', 42],
        ['a string detail that is not JSON', 'mute', '{callId:'],
        ['an array detail', 'mute', [{ callId: 'c1' }]],
        ['a cyclic detail', 'transcript', cyclic],
        ['a cyclic audiostats', 'audiostats', cyclic],
        ['throwing getters', 'callconnected', throwingGetters],
        ['a hostile Proxy', 'transcript', hostileProxy],
        [
            'a hostile Proxy as content',
            'transcript',
            { callId: 'c1', id: 'x', content: hostileProxy }
        ],
        ['a hostile Proxy as stats', 'audiostats', { callId: 'c1', stats: hostileProxy }],
        ['a revoked Proxy', 'mute', revoked],
        ['a revoked Proxy as stats', 'audiostats', { callId: 'c1', stats: revoked }],
        ['a 10 MB string detail', 'mute', tenMegabytes],
        ['a 10 MB type', tenMegabytes, { callId: 'c1' }],
        ['a 10 MB callId', 'mute', { callId: tenMegabytes }],
        ['a 10 MB participant', 'hold', { callId: 'c1', participant: tenMegabytes }],
        ['a symbol', Symbol('mute'), Symbol('detail')],
        ['a bigint', 'mute', { callId: BigInt(7) }],
        ['a function', 'mute', () => ({ callId: 'c1' })],
        ['an unknown type', 'callexploded', { callId: 'c1' }],
        ['a frozen detail', 'mute', Object.freeze({ callId: 'c1' })]
    ];

    it.each(hostile)('survives %s', (_label, type, detail) => {
        let result: NormalizeResult | undefined;
        expect(() => {
            result = normalizeToolkitEvent(type, detail, AT);
        }).not.toThrow();
        expect(typeof result?.ok).toBe('boolean');
        const rejection = result && !result.ok ? result : { type: '', reason: 'accepted' };
        expect(rejection.reason.length).toBeGreaterThan(0);
        expect(rejection.type.length).toBeLessThanOrEqual(64);
    });

    it('cuts a 10 MB utterance to MAX_TEXT_LENGTH', () => {
        const result = normalizeToolkitEvent(
            'transcript',
            { callId: 'c1', id: 'big', content: { text: tenMegabytes } },
            AT
        );
        expect(result.ok && result.event.type === 'transcript' && result.event.text.length).toBe(
            MAX_TEXT_LENGTH
        );
    });

    it('rejects an unknown type with the type as the label', () => {
        const result = normalizeToolkitEvent('callexploded', { callId: 'c1' });
        expect(result).toEqual({ ok: false, type: 'callexploded', reason: 'unknown event type' });
    });

    it('never throws and always answers a well-formed result for arbitrary input', () => {
        const anyType = fc.oneof(fc.constantFrom(...VOICE_EVENT_TYPES), fc.anything());
        const anyDetail = fc.oneof(
            fc.anything(),
            fc.record(
                {
                    callId: fc.oneof(fc.string(), fc.integer(), fc.anything()),
                    id: fc.anything(),
                    participant: fc.anything(),
                    content: fc.anything(),
                    sender: fc.anything(),
                    stats: fc.anything(),
                    serverReceivedTimestamp: fc.anything()
                },
                { requiredKeys: [] }
            )
        );
        function wellFormed(result: NormalizeResult): boolean {
            if (!result.ok) {
                return typeof result.reason === 'string' && result.reason.length > 0;
            }
            const { callId, type, receivedAt } = result.event;
            return (
                callId.length > 0 &&
                callId.trim() === callId &&
                VOICE_EVENT_TYPES.includes(type) &&
                receivedAt === AT
            );
        }
        assertProperty(
            'normalize: anything at all',
            fc.property(anyType, anyDetail, (rawType, rawDetail) =>
                wellFormed(normalizeToolkitEvent(rawType, rawDetail, AT))
            ),
            { numRuns: 300 }
        );
    });
});

describe('normalizeToolkitEvent: timestamps a Date cannot hold', () => {
    it('treats a timestamp past the Date range as missing, so no view ever formats it', () => {
        const result = normalizeToolkitEvent('transcript', {
            id: 'u-far',
            callId: 'call-far',
            serverReceivedTimestamp: 1e300,
            clientSentTimestamp: '8640000000000001',
            content: { formatType: 'Text', text: 'From the far future' },
            sender: { role: 'EndUser' }
        });
        expect(result).toMatchObject({
            ok: true,
            event: { serverReceivedTimestamp: null, clientSentTimestamp: null }
        });
    });

    it('keeps the largest time a Date can hold', () => {
        const result = normalizeToolkitEvent('note', {
            id: 'n-max',
            callId: 'call-far',
            serverReceivedTimestamp: 8.64e15,
            content: { formatType: 'Text', text: 'Edge of time' },
            sender: { role: 'Agent' }
        });
        expect(
            result.ok && result.event.type === 'note' && result.event.serverReceivedTimestamp
        ).toBe(8.64e15);
    });
});
