/**
 * fast-check generators of toolkit events `(type, detail)` as the platform might hand them to a
 * listener: the documented shapes of the 19 events, the same shapes mutated (fields missing,
 * added, of the wrong type, null, huge, unicode, numbers as strings, negative and far-future
 * timestamps), whole details replaced by hostile values, and unknown or misspelt types.
 * Call ids come from a small pool so generated events meet on the same calls.
 */
import fc from 'fast-check';
import { VOICE_EVENT_TYPES, type VoiceEventType } from 'c/voiceEventBus';

/** One generated toolkit event and whether it is a documented shape left untouched. */
export interface GeneratedPair {
    type: unknown;
    detail: unknown;
    receivedAt: number;
    /** A documented type with its documented shape, unmutated: the bus must accept it. */
    pristine: boolean;
}

/** Realistic arrival times: a few hours of a working day in 2026. */
export const EPOCH = Date.UTC(2026, 2, 2, 9, 0, 0);
const FAR_FUTURE = Date.UTC(2999, 11, 31);
const MAX_DATE = 8.64e15;

const CALL_IDS = [
    'c5d93c19-e03b-44f8-85e6-a11f02e70c45',
    'call-b',
    'call-c',
    '0LQRM0000006CSz',
    '42'
];
const ROLES = ['Agent', 'Supervisor', 'EndUser', 'END_USER', 'Customer', 'System', 'Bot', ''];
const HUGE_TEXT = 'x'.repeat(1_000_000);
const LONG_TEXT = 'ё'.repeat(6_000);
const LONG_ID = 'i'.repeat(300);

/** Text a person could say: never blank, sometimes unicode-heavy or markup-like. */
const spokenText = fc.oneof(
    { weight: 6, arbitrary: fc.lorem({ maxCount: 12 }).map((text) => `${text} `.trim() || 'ok') },
    {
        weight: 2,
        arbitrary: fc
            .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
            .map((text) => `a${text}`)
    },
    {
        weight: 1,
        arbitrary: fc.constantFrom(
            '<img src=x onerror=alert(1)>',
            '{{constructor.constructor("alert(1)")()}}',
            '\u202Eevil\u202C',
            'zero\u200Bwidth',
            '👩🏽‍💻 ok',
            'مرحبا',
            'lone \uD800 surrogate',
            LONG_TEXT
        )
    }
);

const messageId = fc.oneof(
    { weight: 8, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: fc.constantFrom('m1', 'm2', 'm3', 'dup') },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 5 }).map(String) }
);

const callId = fc.constantFrom(...CALL_IDS);
const stamp = fc.integer({ min: EPOCH - 60_000, max: EPOCH + 4 * 3_600_000 });
const phone = fc.constantFrom('+1 (617) 555-0166', '+44 20 7946 0958', 'Quick Connect', '5550100');
const sender = fc.record(
    { role: fc.constantFrom(...ROLES), displayName: fc.constantFrom('Angela Agent', 'Samir', '') },
    { requiredKeys: ['role'] }
);
const channel = fc.record({
    statsCount: fc.constant(1),
    packetsCount: fc.integer({ min: 0, max: 5000 }),
    packetsLost: fc.integer({ min: 0, max: 500 }),
    jitterBufferMillis: fc.integer({ min: 0, max: 200 }),
    roundTripTimeMillis: fc.integer({ min: 0, max: 1500 })
});

function conversation(type: VoiceEventType): fc.Arbitrary<Record<string, unknown>> {
    const text =
        type === 'flaglower'
            ? fc.constant(null)
            : type === 'flagraise'
              ? fc.option(spokenText)
              : spokenText;
    return fc.record({
        id: messageId,
        callId,
        clientSentTimestamp: stamp,
        serverReceivedTimestamp: stamp,
        content: text.map((value) => ({ formatType: value === null ? null : 'Text', text: value })),
        sender,
        ...(type === 'transcript'
            ? {}
            : { voiceCallId: fc.constantFrom('0LQRM0000006CSz', '0LQ000000000001') })
    });
}

/** The documented detail of each type, with generated values. */
function documentedDetail(type: VoiceEventType): fc.Arbitrary<Record<string, unknown>> {
    switch (type) {
        case 'callstarted':
        case 'callconnected':
            return fc.record({
                callId,
                callType: fc.constantFrom('inbound', 'outbound'),
                participant: phone
            });
        case 'hold':
        case 'resume':
        case 'participantadded':
        case 'participantremoved':
            return fc.record({ callId, participant: phone });
        case 'audiostats':
            return fc.record({
                callId,
                stats: fc.array(
                    fc.record({ inputChannelStats: channel, outputChannelStats: channel }),
                    {
                        minLength: 1,
                        maxLength: 3
                    }
                )
            });
        case 'transcript':
        case 'flagraise':
        case 'flaglower':
        case 'note':
            return conversation(type);
        default:
            return fc.record({ callId });
    }
}

/** Values that do not belong where they are put. */
export const strayValue: fc.Arbitrary<unknown> = fc.oneof(
    fc.constantFrom(
        null,
        undefined,
        true,
        false,
        0,
        // JSON turns -0 into 0: what the bus keeps of it must already be 0.
        -0,
        '-0',
        -1,
        NaN,
        Infinity,
        -Infinity,
        -1e15,
        FAR_FUTURE,
        MAX_DATE,
        Number.MAX_VALUE,
        '',
        '   ',
        '1594944652328',
        ' 42 ',
        '-5',
        '1e400',
        'null',
        HUGE_TEXT,
        LONG_ID,
        '\u0000',
        // Names every object inherits: as a call id they once read a prototype property as a call.
        'toString',
        '__proto__',
        'constructor',
        [],
        {},
        [1, 2, 3]
    ),
    fc.integer().map(String),
    fc.double(),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.object({ maxDepth: 2, maxKeys: 3 })
);

const FIELDS = [
    'callId',
    'id',
    'content',
    'content.text',
    'content.formatType',
    'sender',
    'sender.role',
    'sender.displayName',
    'clientSentTimestamp',
    'serverReceivedTimestamp',
    'participant',
    'callType',
    'voiceCallId',
    'stats',
    'stats.0',
    'stats.0.inputChannelStats',
    'stats.0.inputChannelStats.roundTripTimeMillis',
    'stats.0.outputChannelStats.packetsLost',
    'audioStats',
    'text'
];

interface Mutation {
    field: string;
    op: 'delete' | 'replace' | 'extra';
    value: unknown;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
    field: fc.constantFrom(...FIELDS),
    op: fc.constantFrom('delete', 'replace', 'replace', 'extra'),
    value: strayValue
});

/**
 * A private copy of a stray value: constants such as `{}` are one shared object, and a later
 * mutation writing into the value it placed would change that constant for every later case
 * (cases would depend on the ones before, and two placements of one object made a cycle).
 */
function ownCopy(value: unknown): unknown {
    if (value === null || typeof value !== 'object') {
        return value;
    }
    if (Array.isArray(value)) {
        return value.map(ownCopy);
    }
    const copy = Object.create(Object.getPrototypeOf(value) as object | null) as object;
    for (const key of Object.keys(value)) {
        // defineProperty keeps an own "__proto__" key a key, as JSON.parse makes it.
        Object.defineProperty(copy, key, {
            value: ownCopy((value as Record<string, unknown>)[key]),
            enumerable: true,
            writable: true,
            configurable: true
        });
    }
    return copy;
}

function applyMutation(
    detail: Record<string, unknown>,
    { field, op, value: shared }: Mutation
): void {
    const value = ownCopy(shared);
    const path = field.split('.');
    let parent: unknown = detail;
    for (const key of path.slice(0, -1)) {
        parent =
            parent !== null && typeof parent === 'object'
                ? (parent as Record<string, unknown>)[key]
                : undefined;
    }
    if (parent === null || typeof parent !== 'object') {
        return;
    }
    const target = parent as Record<string, unknown>;
    const last = path[path.length - 1];
    if (op === 'delete') {
        delete target[last];
    } else if (op === 'replace') {
        target[last] = value;
    } else {
        target[`${last}_extra`] = value;
        target.__proto__extra = { injected: true };
    }
}

/** Details a toolkit element could never send, but a buggy connector or a test might. */
function hostileDetail(kind: number, base: Record<string, unknown>): unknown {
    switch (kind) {
        case 0: {
            const cyclic: Record<string, unknown> = { ...base };
            cyclic.self = cyclic;
            return cyclic;
        }
        case 1:
            return Object.defineProperty({ ...base }, 'callId', {
                enumerable: true,
                get() {
                    throw new Error('hostile getter');
                }
            });
        case 2:
            return new Proxy(base, {
                get() {
                    throw new Error('hostile proxy');
                },
                has() {
                    throw new Error('hostile proxy');
                }
            });
        case 3:
            return Object.freeze({ ...base });
        case 4:
            return JSON.stringify(base);
        case 5:
            return [base];
        case 6:
            return Object.assign(Object.create(null) as object, base);
        default:
            return JSON.parse(
                `{"__proto__": {"polluted": true}, "callId": ${JSON.stringify(String(base.callId))}}`
            );
    }
}

const documentedType = fc.constantFrom(...VOICE_EVENT_TYPES);

/** The type as dispatched: usually documented, sometimes in Aura spelling, unknown or not a string. */
function dispatchedType(type: VoiceEventType): fc.Arbitrary<{ type: unknown; known: boolean }> {
    return fc.oneof(
        { weight: 20, arbitrary: fc.constant({ type, known: true }) },
        {
            weight: 1,
            arbitrary: fc.constantFrom(
                { type: type.toUpperCase(), known: true },
                { type: type.replace(/^(call|flag)/, '$1_').toUpperCase(), known: true }
            )
        },
        {
            weight: 1,
            arbitrary: fc
                .oneof(
                    fc.constantFrom(
                        'callStart',
                        'ringing',
                        'agentstatus',
                        'transcript ',
                        '',
                        'x'.repeat(100)
                    ),
                    fc.string({ maxLength: 12 })
                )
                .map((value) => ({ type: value, known: false }))
        },
        {
            weight: 1,
            arbitrary: fc.constantFrom(null, undefined, 7, {}, ['mute']).map((value) => ({
                type: value,
                known: false
            }))
        }
    );
}

const receivedAt = fc.oneof(
    { weight: 30, arbitrary: fc.integer({ min: EPOCH, max: EPOCH + 4 * 3_600_000 }) },
    { weight: 1, arbitrary: fc.constantFrom(0, FAR_FUTURE) }
);

/** One generated pair: about a third pristine documented events, the rest mutated, hostile or unknown. */
export const toolkitPair: fc.Arbitrary<GeneratedPair> = documentedType.chain((type) =>
    fc
        .tuple(
            dispatchedType(type),
            documentedDetail(type),
            fc.oneof(
                { weight: 9, arbitrary: fc.constant<Mutation[]>([]) },
                { weight: 9, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }) }
            ),
            fc.oneof(
                { weight: 12, arbitrary: fc.constant(-1) },
                { weight: 1, arbitrary: fc.integer({ min: 0, max: 7 }) },
                { weight: 1, arbitrary: fc.integer({ min: 8, max: 9 }) }
            ),
            strayValue,
            receivedAt
        )
        .map(([dispatched, base, mutations, hostile, stray, at]) => {
            const detail = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
            for (const change of mutations) {
                applyMutation(detail, change);
            }
            const sent =
                hostile === -1 ? detail : hostile <= 7 ? hostileDetail(hostile, detail) : stray;
            return {
                type: dispatched.type,
                detail: sent,
                receivedAt: at,
                pristine: dispatched.known && mutations.length === 0 && hostile === -1
            };
        })
);
