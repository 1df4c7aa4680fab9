/**
 * The VoiceConsoleEvent__c message shapes and their validation. Messages are versioned so a
 * panel from a newer release can ignore what it does not understand instead of misreading it.
 */
import type { ConsoleState } from './consoleState';
import { isVoiceEventType, type VoiceEvent } from './events';

export const MESSAGE_VERSION = 1;

/** A validated toolkit event, published by the bus that received it. */
export interface EventMessage {
    version: 1;
    kind: 'event';
    /** Id of the publishing bus (one per browser window). */
    origin: string;
    /** Per-origin sequence number, for diagnostics. */
    seq: number;
    event: VoiceEvent;
}

/** A panel that mounted late asks every bus for what it already knows. */
export interface HelloMessage {
    version: 1;
    kind: 'hello';
    origin: string;
    requestId: string;
}

/** A bus's whole state, in answer to a hello. */
export interface SnapshotMessage {
    version: 1;
    kind: 'snapshot';
    origin: string;
    requestId: string;
    state: ConsoleState;
}

export type VoiceConsoleMessage = EventMessage | HelloMessage | SnapshotMessage;

function field(source: object, key: string): unknown {
    return (source as Record<string, unknown>)[key];
}

/**
 * Returns the message when it is one of ours in this version, else null. Other publishers on
 * the channel and other versions are ignored rather than trusted.
 */
export function parseConsoleMessage(raw: unknown): VoiceConsoleMessage | null {
    try {
        if (raw === null || typeof raw !== 'object') {
            return null;
        }
        if (field(raw, 'version') !== MESSAGE_VERSION || typeof field(raw, 'origin') !== 'string') {
            return null;
        }
        switch (field(raw, 'kind')) {
            case 'event': {
                const event = field(raw, 'event');
                const valid =
                    event !== null &&
                    typeof event === 'object' &&
                    isVoiceEventType(field(event, 'type')) &&
                    typeof field(event, 'callId') === 'string' &&
                    typeof field(event, 'receivedAt') === 'number';
                return valid ? (raw as EventMessage) : null;
            }
            case 'hello':
                return typeof field(raw, 'requestId') === 'string' ? (raw as HelloMessage) : null;
            case 'snapshot': {
                const state = field(raw, 'state');
                const valid =
                    state !== null &&
                    typeof state === 'object' &&
                    field(state, 'version') === 1 &&
                    typeof field(state, 'calls') === 'object' &&
                    Array.isArray(field(state, 'prunedCallIds'));
                return valid ? (raw as SnapshotMessage) : null;
            }
            default:
                return null;
        }
    } catch {
        return null;
    }
}

/** Short random id for origins and hello requests (not security sensitive). */
export function randomId(): string {
    return Math.random().toString(36).slice(2, 10) + Date.now().toString(36);
}
