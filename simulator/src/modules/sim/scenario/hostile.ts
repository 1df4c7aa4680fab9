/**
 * Payloads JSON cannot express, for the malformed-and-hostile scenario: a step's detail may be
 * `{ "$hostile": kind, ... }` and is built just before dispatch. Captures never produce these.
 *
 *  cyclic           a transcript whose detail refers to itself
 *  throwing-getter  callId and content getters that throw
 *  proxy            a Proxy that throws on every access
 *  long-text        a transcript with `length` characters of text (default 2,000,000)
 *  deep-nesting     content nested `depth` levels deep (default 10,000)
 *  frozen           `value`, deep-frozen
 */

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function deepFreeze<T>(value: T): T {
    if (value && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const item of Object.values(value as Json)) {
            deepFreeze(item);
        }
    }
    return value;
}

export const HOSTILE_KINDS = [
    'cyclic',
    'throwing-getter',
    'proxy',
    'long-text',
    'deep-nesting',
    'frozen'
] as const;

function utterance(spec: Json, text: string, sentAt: number): Json {
    return {
        id: typeof spec.id === 'string' ? spec.id : 'hostile-utterance',
        callId: spec.callId,
        clientSentTimestamp: sentAt,
        serverReceivedTimestamp: sentAt,
        content: { formatType: 'Text', text },
        sender: { role: 'EndUser' }
    };
}

/**
 * Builds the value a `$hostile` spec describes; any other detail is returned unchanged.
 * @param sentAt the scenario clock's time of the step (ms since epoch): utterances are stamped
 *   with it, so the same scenario always builds the same payloads
 */
export function materializeDetail(detail: unknown, sentAt: number): unknown {
    if (!isObject(detail) || typeof detail.$hostile !== 'string') {
        return detail;
    }
    const spec = detail;
    switch (spec.$hostile) {
        case 'cyclic': {
            const payload = utterance(spec, 'This payload refers to itself.', sentAt);
            payload.self = payload;
            (payload.content as Json).parent = payload;
            return payload;
        }
        case 'throwing-getter': {
            const payload: Json = {};
            for (const key of ['callId', 'content', 'sender', 'id']) {
                Object.defineProperty(payload, key, {
                    enumerable: true,
                    get() {
                        throw new Error(`hostile getter: ${key}`);
                    }
                });
            }
            return payload;
        }
        case 'proxy':
            return new Proxy(
                {},
                {
                    get() {
                        throw new Error('hostile proxy: get');
                    },
                    has() {
                        throw new Error('hostile proxy: has');
                    },
                    ownKeys() {
                        throw new Error('hostile proxy: ownKeys');
                    },
                    getOwnPropertyDescriptor() {
                        throw new Error('hostile proxy: getOwnPropertyDescriptor');
                    }
                }
            );
        case 'long-text': {
            const length =
                typeof spec.length === 'number' ? Math.min(spec.length, 20_000_000) : 2_000_000;
            return utterance(spec, 'A'.repeat(Math.max(0, Math.floor(length))), sentAt);
        }
        case 'deep-nesting': {
            const depth = typeof spec.depth === 'number' ? Math.min(spec.depth, 100_000) : 10_000;
            let nested: Json = { text: 'bottom' };
            for (let level = 0; level < depth; level += 1) {
                nested = { nested };
            }
            return { ...utterance(spec, 'deeply nested payload', sentAt), extra: nested };
        }
        case 'frozen':
            return deepFreeze(isObject(spec.value) ? JSON.parse(JSON.stringify(spec.value)) : {});
        default:
            return detail;
    }
}
