/**
 * Turns a captured normalized VoiceEvent (what c/voiceEventBus publishes) back into the toolkit
 * event the platform dispatched, so a capture replays through the same path as live events:
 * toolkit element → connector → bus → normalize.
 */

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function sender(value: unknown): Json | undefined {
    if (!isObject(value)) {
        return undefined;
    }
    const raw: Json = {};
    if (typeof value.role === 'string' && value.role !== '') {
        raw.role = value.role;
    }
    if (typeof value.displayName === 'string') {
        raw.displayName = value.displayName;
    }
    return raw;
}

function conversation(event: Json, type: string): Json {
    const text = typeof event.text === 'string' ? event.text : null;
    const detail: Json = {
        id: event.id,
        callId: event.callId,
        clientSentTimestamp: event.clientSentTimestamp ?? null,
        serverReceivedTimestamp: event.serverReceivedTimestamp ?? null,
        content:
            text === null && type === 'flaglower'
                ? { formatType: null, text: null }
                : { formatType: 'Text', text },
        sender: sender(event.sender)
    };
    if (type !== 'transcript' && event.voiceCallId !== undefined && event.voiceCallId !== null) {
        detail.voiceCallId = event.voiceCallId;
    }
    return detail;
}

/** `{ type, detail }` for a captured VoiceEvent; null when it has no string type. */
export function toToolkitEvent(event: Json): { type: string; detail: Json } | null {
    const type = event.type;
    if (typeof type !== 'string' || type === '') {
        return null;
    }
    const callId = event.callId;
    switch (type) {
        case 'callstarted':
        case 'callconnected':
            return {
                type,
                detail: {
                    callId,
                    callType: event.callType ?? null,
                    participant: event.participant ?? null
                }
            };
        case 'hold':
        case 'resume':
        case 'participantadded':
        case 'participantremoved':
            return { type, detail: { callId, participant: event.participant ?? null } };
        case 'audiostats': {
            const sample: Json = {};
            if (isObject(event.input)) {
                sample.inputChannelStats = event.input;
            }
            if (isObject(event.output)) {
                sample.outputChannelStats = event.output;
            }
            return { type, detail: { callId, stats: [sample] } };
        }
        case 'transcript':
        case 'flagraise':
        case 'flaglower':
        case 'note':
            return { type, detail: conversation(event, type) };
        default: {
            // The eight call-only events carry just callId; anything unknown replays as it came.
            // fromEntries keeps a "__proto__" key as data, never as the prototype.
            const detail: Json = Object.fromEntries(
                Object.entries(event).filter(([key]) => key !== 'type' && key !== 'receivedAt')
            );
            return { type, detail };
        }
    }
}
