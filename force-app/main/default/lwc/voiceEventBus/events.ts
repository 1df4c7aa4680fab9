/**
 * The typed contract for Service Cloud Voice toolkit events after validation.
 * Raw payloads are untrusted (see normalize.ts); everything here is what the bus promises.
 */

/** The 19 telephony events of the LWC toolkit, in the order of the Voice developer guide. */
export const VOICE_EVENT_TYPES = [
    'audiostats',
    'callstarted',
    'callconnected',
    'callended',
    'hold',
    'resume',
    'mute',
    'unmute',
    'participantadded',
    'participantremoved',
    'conference',
    'swap',
    'pauserecording',
    'resumerecording',
    'transcript',
    'wrapupended',
    'flagraise',
    'flaglower',
    'note'
] as const;

export type VoiceEventType = (typeof VOICE_EVENT_TYPES)[number];

/** Who spoke or wrote, folded from the open-ended `sender.role` string. */
export type SpeakerKind = 'agent' | 'customer' | 'supervisor' | 'other';

export interface Sender {
    /** The role string as the toolkit sent it (Agent, Supervisor, EndUser, …); '' when missing. */
    role: string;
    kind: SpeakerKind;
    displayName: string | null;
}

/** What every validated event has, whatever its type. */
export interface EventBase<T extends VoiceEventType> {
    type: T;
    /** Telephony call id (e.g. the Amazon Connect contact id). Always a non-empty string. */
    callId: string;
    /** When this bus accepted the event, ms since epoch. Orders events that carry no timestamp. */
    receivedAt: number;
    /**
     * Which window's bus observed it (VoiceEventBus.origin), set by the bus on accepting it and
     * from the message when another window relays it; absent for events built by hand. Two
     * observations of one id-less event (a swap) by two windows are recognised by it.
     */
    origin?: string;
}

export interface CallLifecycleEvent extends EventBase<'callstarted' | 'callconnected'> {
    /** 'inbound' | 'outbound' as documented; other strings are kept as sent (lower-cased). */
    callType: string | null;
    /** Phone number or Quick Connect name of the other party. */
    participant: string | null;
}

export type CallOnlyEvent = EventBase<
    | 'callended'
    | 'mute'
    | 'unmute'
    | 'conference'
    | 'swap'
    | 'pauserecording'
    | 'resumerecording'
    | 'wrapupended'
>;

export interface ParticipantEvent extends EventBase<
    'hold' | 'resume' | 'participantadded' | 'participantremoved'
> {
    /** Phone number or Quick Connect name; null when the payload did not name one. */
    participant: string | null;
}

/** One direction of WebRTC audio; each figure is null when the payload lacked it. */
export interface ChannelStats {
    packetsLost: number | null;
    packetsCount: number | null;
    jitterBufferMillis: number | null;
    roundTripTimeMillis: number | null;
}

export interface AudioStatsEvent extends EventBase<'audiostats'> {
    input: ChannelStats | null;
    output: ChannelStats | null;
}

interface ConversationEventBase<T extends VoiceEventType> extends EventBase<T> {
    /** Message id, unique per utterance, flag action or note. */
    id: string;
    clientSentTimestamp: number | null;
    serverReceivedTimestamp: number | null;
    sender: Sender;
}

export interface TranscriptEvent extends ConversationEventBase<'transcript'> {
    text: string;
    /** Length (UTF-16 code units) of the text as sent, present only when it was cut to MAX_TEXT_LENGTH. */
    truncatedFrom?: number;
}

export interface FlagRaiseEvent extends ConversationEventBase<'flagraise'> {
    /** The rep's message to the supervisor; may be empty. */
    text: string | null;
    /** Salesforce VoiceCall record id (0LQ…), when sent. */
    voiceCallId: string | null;
}

export interface FlagLowerEvent extends ConversationEventBase<'flaglower'> {
    /** Documented as null on flaglower; kept if a telephony system sends one. */
    text: string | null;
    voiceCallId: string | null;
}

export interface NoteEvent extends ConversationEventBase<'note'> {
    text: string;
    voiceCallId: string | null;
}

export type VoiceEvent =
    | AudioStatsEvent
    | CallLifecycleEvent
    | CallOnlyEvent
    | ParticipantEvent
    | TranscriptEvent
    | FlagRaiseEvent
    | FlagLowerEvent
    | NoteEvent;

/** Each member of `E` whose `type` can be `T`, narrowed to that type. */
type NarrowByType<E, T> = E extends { type: infer U }
    ? T extends U
        ? E & { type: T }
        : never
    : never;

/**
 * Narrow a VoiceEvent by its type, e.g. `VoiceEventOf<'transcript'>` or `VoiceEventOf<'mute'>`.
 * (A plain Extract gave `never` for types that share an interface, such as mute or hold.)
 */
export type VoiceEventOf<T extends VoiceEventType> = NarrowByType<VoiceEvent, T>;

export type NormalizeResult =
    { ok: true; event: VoiceEvent } | { ok: false; type: string; reason: string };

/** True for one of the 19 documented event names. */
export function isVoiceEventType(value: unknown): value is VoiceEventType {
    return typeof value === 'string' && (VOICE_EVENT_TYPES as readonly string[]).includes(value);
}
