/**
 * The edge: turns an untrusted toolkit payload into a typed VoiceEvent or a Rejection.
 * Never throws: payloads may be null, cyclic, frozen, hostile getters or 10 MB strings.
 */
import {
    isVoiceEventType,
    type ChannelStats,
    type NormalizeResult,
    type Sender,
    type SpeakerKind,
    type VoiceEvent,
    type VoiceEventType
} from './events';

/** Longest text kept from one utterance, note or flag message; the rest is cut with an ellipsis. */
export const MAX_TEXT_LENGTH = 5000;
/** Longest id, callId, participant or display name kept; longer ones are rejected or cut. */
export const MAX_ID_LENGTH = 255;

type Fields = Record<string, unknown>;

/** Reads a property without letting a throwing getter or Proxy trap escape. */
function read(source: unknown, key: string): unknown {
    if (source === null || (typeof source !== 'object' && typeof source !== 'function')) {
        return undefined;
    }
    try {
        return (source as Fields)[key];
    } catch (_ignored) {
        return undefined;
    }
}

function asObject(value: unknown): Fields | null {
    return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? (value as Fields)
        : null;
}

/** Strings and finite numbers become trimmed strings; anything else is null. */
function asIdentifier(value: unknown): string | null {
    let text: string;
    if (typeof value === 'string') {
        text = value.trim();
    } else if (typeof value === 'number' && Number.isFinite(value)) {
        text = String(value);
    } else {
        return null;
    }
    return text.length > 0 && text.length <= MAX_ID_LENGTH ? text : null;
}

/** Like asIdentifier but cuts long names instead of dropping them. */
function asLabel(value: unknown): string | null {
    if (typeof value !== 'string') {
        return typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
    }
    const text = value.trim();
    if (text.length === 0) {
        return null;
    }
    return cut(text, MAX_ID_LENGTH);
}

/**
 * At most `max` UTF-16 code units, the last an ellipsis when cut. Never between the halves of
 * a surrogate pair: a cut emoji would show as U+FFFD, a character nobody sent.
 */
function cut(text: string, max: number): string {
    if (text.length <= max) {
        return text;
    }
    let end = max - 1;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
        end -= 1;
    }
    return `${text.slice(0, end)}…`;
}

function asText(value: unknown): string | null {
    if (typeof value !== 'string') {
        return null;
    }
    return cut(value, MAX_TEXT_LENGTH);
}

/** The largest time a JavaScript Date can hold (ms since epoch). */
export const MAX_TIMESTAMP = 8_640_000_000_000_000;

/** A timestamp a Date can represent; anything beyond (e.g. 1e300) is no timestamp at all. */
function asTimestamp(value: unknown): number | null {
    const number = asNonNegative(value);
    return number !== null && number <= MAX_TIMESTAMP ? number : null;
}

/**
 * A finite number >= 0 from a number or numeric string (timestamps, counts); else null.
 * `-0` passes `>= 0` but LMS's JSON copy delivers `0`, so it is kept as `0`: every window must
 * hold the same value.
 */
function asNonNegative(value: unknown): number | null {
    const number =
        typeof value === 'number'
            ? value
            : typeof value === 'string' && value.trim() !== ''
              ? Number(value)
              : NaN;
    return Number.isFinite(number) && number >= 0 ? number + 0 : null;
}

/**
 * Whether an id can key `ConsoleState.calls`. The state is a plain object, so an id that names a
 * property every object inherits (`toString`, `constructor`, `__proto__`, …) would read that
 * property as a call, or replace the object's prototype, in every window and panel. No
 * toolkit callId looks like one; such an event is refused at the edge.
 */
export function isUsableCallId(callId: string): boolean {
    return !(callId in Object.prototype);
}

/** Accepts documented names and the Aura spellings (CALL_STARTED → callstarted). */
export function canonicalEventType(type: unknown): VoiceEventType | null {
    if (typeof type !== 'string' || type.length > 64) {
        return null;
    }
    const folded = type.replace(/_/g, '').toLowerCase();
    return isVoiceEventType(folded) ? folded : null;
}

const ROLE_KINDS: Record<string, SpeakerKind> = {
    agent: 'agent',
    rep: 'agent',
    supervisor: 'supervisor',
    enduser: 'customer',
    customer: 'customer',
    caller: 'customer',
    contact: 'customer',
    initialcaller: 'customer',
    external: 'customer'
};

/** Folds the open-ended `sender.role` (Agent, END_USER, EndUser, …) into four kinds. */
export function speakerKind(role: string): SpeakerKind {
    const lower = role.toLowerCase();
    // The documented roles need no folding; the pattern only runs for spellings like "End User".
    const folded = /[\s_-]/.test(lower) ? lower.replace(/[\s_-]/g, '') : lower;
    // Own keys only: a role such as "constructor" must not read Object's constructor as a kind.
    return Object.prototype.hasOwnProperty.call(ROLE_KINDS, folded) ? ROLE_KINDS[folded] : 'other';
}

function readSender(detail: Fields): Sender {
    const sender = read(detail, 'sender');
    const role = asLabel(read(sender, 'role')) ?? '';
    return { role, kind: speakerKind(role), displayName: asLabel(read(sender, 'displayName')) };
}

function readChannel(source: unknown): ChannelStats | null {
    const stats = asObject(source);
    if (!stats) {
        return null;
    }
    const channel: ChannelStats = {
        packetsLost: asNonNegative(read(stats, 'packetsLost')),
        packetsCount: asNonNegative(read(stats, 'packetsCount')),
        jitterBufferMillis: asNonNegative(read(stats, 'jitterBufferMillis')),
        roundTripTimeMillis: asNonNegative(read(stats, 'roundTripTimeMillis'))
    };
    return Object.values(channel).some((figure) => figure !== null) ? channel : null;
}

/**
 * audiostats arrives as `detail.stats` or `detail.audioStats.stats` (scv-connector-base), as an
 * array of samples or one object, with channels nested or flat. The newest usable sample wins.
 */
function readAudioStats(detail: Fields): {
    input: ChannelStats | null;
    output: ChannelStats | null;
} {
    const nested = read(detail, 'audioStats');
    const stats = read(detail, 'stats') ?? read(nested, 'stats');
    const samples: unknown[] = Array.isArray(stats) ? stats.slice(-50) : [stats];
    for (let index = samples.length - 1; index >= 0; index -= 1) {
        const sample = samples[index];
        const input = readChannel(read(sample, 'inputChannelStats'));
        const output = readChannel(read(sample, 'outputChannelStats'));
        if (input || output) {
            return { input, output };
        }
    }
    // The guide's table flattens one channel into detail, naming it in `stats`.
    const flat = readChannel(detail) ?? readChannel(asObject(stats));
    return stats === 'outputChannelStats'
        ? { input: null, output: flat }
        : { input: flat, output: null };
}

/** A stable stand-in id for conversation events sent without one, so duplicates still match. */
function fallbackId(type: string, callId: string, stamp: number, text: string | null): string {
    let hash = 5381;
    const source = text ?? '';
    for (let index = 0; index < source.length; index += 1) {
        hash = ((hash << 5) + hash + source.charCodeAt(index)) | 0;
    }
    return `${type}:${callId}:${stamp}:${(hash >>> 0).toString(36)}`;
}

function reject(type: string, reason: string): NormalizeResult {
    return { ok: false, type, reason };
}

function parseDetail(detail: unknown): Fields | null {
    if (typeof detail === 'string' && detail.length <= 1_000_000) {
        try {
            return asObject(JSON.parse(detail));
        } catch (_ignored) {
            return null;
        }
    }
    return asObject(detail);
}

function normalizeUnsafe(
    rawType: unknown,
    rawDetail: unknown,
    receivedAt: number
): NormalizeResult {
    const typeLabel = typeof rawType === 'string' ? rawType.slice(0, 64) : typeof rawType;
    const type = canonicalEventType(rawType);
    if (!type) {
        return reject(typeLabel, 'unknown event type');
    }
    const detail = parseDetail(rawDetail);
    if (!detail) {
        return reject(type, 'detail is not an object');
    }
    const callId =
        asIdentifier(read(detail, 'callId')) ??
        (type === 'audiostats' ? asIdentifier(read(read(detail, 'audioStats'), 'callId')) : null);
    if (!callId) {
        return reject(type, 'missing or invalid callId');
    }
    if (!isUsableCallId(callId)) {
        return reject(type, 'reserved callId');
    }
    const base = { callId, receivedAt };

    switch (type) {
        case 'callstarted':
        case 'callconnected': {
            const callType = asLabel(read(detail, 'callType'));
            return {
                ok: true,
                event: {
                    ...base,
                    type,
                    callType: callType ? callType.toLowerCase() : null,
                    participant: asLabel(read(detail, 'participant'))
                }
            };
        }
        case 'hold':
        case 'resume':
        case 'participantadded':
        case 'participantremoved':
            return {
                ok: true,
                event: { ...base, type, participant: asLabel(read(detail, 'participant')) }
            };
        case 'audiostats': {
            const { input, output } = readAudioStats(detail);
            if (!input && !output) {
                return reject(type, 'audiostats without figures');
            }
            return { ok: true, event: { ...base, type, input, output } };
        }
        case 'transcript':
        case 'flagraise':
        case 'flaglower':
        case 'note':
            return normalizeConversation(type, detail, base);
        default:
            return { ok: true, event: { ...base, type } };
    }
}

function normalizeConversation(
    type: 'transcript' | 'flagraise' | 'flaglower' | 'note',
    detail: Fields,
    base: { callId: string; receivedAt: number }
): NormalizeResult {
    const content = read(detail, 'content');
    const contentText = read(content, 'text');
    const sent = typeof contentText === 'string' ? contentText : read(detail, 'text');
    const text = asText(sent);
    const clientSentTimestamp = asTimestamp(read(detail, 'clientSentTimestamp'));
    const serverReceivedTimestamp = asTimestamp(read(detail, 'serverReceivedTimestamp'));
    const stamp = serverReceivedTimestamp ?? clientSentTimestamp;
    let id = asIdentifier(read(detail, 'id'));
    if (!id) {
        if (stamp === null) {
            return reject(type, 'missing id and timestamps');
        }
        id = fallbackId(type, base.callId, stamp, text);
    }
    const { callId, receivedAt } = base;
    const sender = readSender(detail);
    // Literal objects, not spreads of a common part: this runs for every utterance, and V8
    // builds a spread far slower than a literal of the same fields.
    switch (type) {
        case 'transcript':
            if (text === null || text.trim() === '') {
                return reject(type, 'transcript without text');
            }
            // Only a cut utterance carries truncatedFrom, so the reader can say what was lost.
            return {
                ok: true,
                event:
                    typeof sent === 'string' && sent.length > MAX_TEXT_LENGTH
                        ? {
                              callId,
                              receivedAt,
                              id,
                              clientSentTimestamp,
                              serverReceivedTimestamp,
                              sender,
                              type,
                              text,
                              truncatedFrom: sent.length
                          }
                        : {
                              callId,
                              receivedAt,
                              id,
                              clientSentTimestamp,
                              serverReceivedTimestamp,
                              sender,
                              type,
                              text
                          }
            };
        case 'note': {
            if (text === null || text.trim() === '') {
                return reject(type, 'note without text');
            }
            const voiceCallId = asIdentifier(read(detail, 'voiceCallId'));
            const note = { callId, receivedAt, id, clientSentTimestamp, serverReceivedTimestamp };
            return { ok: true, event: { ...note, sender, type, text, voiceCallId } };
        }
        default: {
            const voiceCallId = asIdentifier(read(detail, 'voiceCallId'));
            const flag = { callId, receivedAt, id, clientSentTimestamp, serverReceivedTimestamp };
            return { ok: true, event: { ...flag, sender, type, text, voiceCallId } };
        }
    }
}

/**
 * Validates one toolkit event. Returns `{ ok: true, event }` or `{ ok: false, type, reason }`;
 * never throws, whatever `type` and `detail` are.
 * @param type the DOM event's type (documented names; Aura UPPER_SNAKE spellings are accepted)
 * @param detail the DOM event's `detail`, untrusted
 * @param receivedAt when the event arrived (ms since epoch); defaults to now, as does a value
 *   that is not a time a Date can hold
 */
export function normalizeToolkitEvent(
    type: unknown,
    detail: unknown,
    receivedAt: number = Date.now()
): NormalizeResult {
    // The arrival time is the caller's: one another window would refuse (negative, NaN, past a
    // Date's range) or that LMS's JSON copy would change (-0) is replaced by this clock's now.
    const arrival = asTimestamp(receivedAt) ?? Date.now();
    try {
        return normalizeUnsafe(type, detail, arrival);
    } catch (_ignored) {
        // Unreachable by design; kept so a platform quirk can never throw past the edge.
        return reject(
            typeof type === 'string' ? type.slice(0, 64) : typeof type,
            'unreadable payload'
        );
    }
}

export type { VoiceEvent };
