/**
 * The VoiceConsoleEvent__c message shapes and their validation. Messages are versioned so a
 * panel from a newer release can ignore what it does not understand instead of misreading it.
 */
import type { ConsoleState } from './consoleState';
import type { VoiceEvent } from './events';
import { reviveConsoleState, reviveVoiceEvent } from './revive';

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

export interface ParseOptions {
    /** Only a snapshot answering this hello's requestId is parsed; others return null. */
    snapshotFor?: string;
}

function field(source: object, key: string): unknown {
    return (source as Record<string, unknown>)[key];
}

/**
 * Returns the message when it is one of ours in this version, else null. Other publishers on
 * the channel and other versions are ignored rather than trusted; the event or state a message
 * carries is rebuilt through the same validation as toolkit payloads (see revive.ts), so what
 * comes back is safe to reduce or merge. Never throws.
 * @param options `snapshotFor`: skip snapshots that answer someone else's hello
 */
export function parseConsoleMessage(
    raw: unknown,
    options: ParseOptions = {}
): VoiceConsoleMessage | null {
    try {
        if (raw === null || typeof raw !== 'object') {
            return null;
        }
        if (
            options.snapshotFor !== undefined &&
            field(raw, 'kind') === 'snapshot' &&
            field(raw, 'requestId') !== options.snapshotFor
        ) {
            // Someone else's answer: skip rebuilding a state nobody here asked for.
            return null;
        }
        const origin = field(raw, 'origin');
        if (field(raw, 'version') !== MESSAGE_VERSION || typeof origin !== 'string') {
            return null;
        }
        switch (field(raw, 'kind')) {
            case 'event': {
                const event = reviveVoiceEvent(field(raw, 'event'));
                const seq = field(raw, 'seq');
                return event
                    ? {
                          version: 1,
                          kind: 'event',
                          origin,
                          seq:
                              Number.isSafeInteger(seq) && (seq as number) >= 0
                                  ? (seq as number) + 0
                                  : 0,
                          // Observed by the sending bus, whatever the event itself claims.
                          event: { ...event, origin: origin.slice(0, 64) }
                      }
                    : null;
            }
            case 'hello': {
                const requestId = field(raw, 'requestId');
                return typeof requestId === 'string'
                    ? { version: 1, kind: 'hello', origin, requestId }
                    : null;
            }
            case 'snapshot': {
                const requestId = field(raw, 'requestId');
                const state = reviveConsoleState(field(raw, 'state'));
                return state && typeof requestId === 'string'
                    ? { version: 1, kind: 'snapshot', origin, requestId, state }
                    : null;
            }
            default:
                return null;
        }
    } catch (_ignored) {
        return null;
    }
}

/** Short random id for origins and hello requests (not security sensitive). */
export function randomId(): string {
    return Math.random().toString(36).slice(2, 10) + Date.now().toString(36);
}
