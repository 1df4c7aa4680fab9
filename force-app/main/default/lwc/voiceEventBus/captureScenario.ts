/**
 * Turns captured events into the local console's scenario file (format
 * "voice-console-kit/scenario", version 1: see simulator/README.md and the simulator's
 * scenario/format.ts). Mirrors the simulator's toScenario for normalized events, so a file
 * downloaded in an org replays exactly like one the simulator built. Pure: no clock, no
 * randomness; the caller passes the provenance.
 */
import type { VoiceEvent } from './events';

export const SCENARIO_FORMAT = 'voice-console-kit/scenario';
export const SCENARIO_VERSION = 1;

export interface CaptureScenarioOptions {
    /** Replace what people said or wrote (utterances, notes, flag messages) with placeholders. */
    redactText?: boolean;
    /**
     * Replace phone numbers and participant names with stable placeholders (+1 555 0100, …),
     * and the display names of speakers who are not agents or supervisors.
     */
    redactParticipants?: boolean;
    /** 1–80 letters, digits, dots, dashes or underscores (the format's rule). */
    name?: string;
    title?: string;
    description?: string;
    telephony?: 'partner' | 'native';
    /** Free-form provenance kept in the file, e.g. `{ capturedAt: '2026-…' }`. */
    source?: Record<string, unknown>;
}

/** One captured step: `at` ms after the first event, and the event as the bus published it. */
export interface CapturedScenarioStep {
    at: number;
    event: Record<string, unknown>;
}

export interface CaptureScenarioFile {
    format: typeof SCENARIO_FORMAT;
    version: typeof SCENARIO_VERSION;
    name: string;
    title: string;
    description?: string;
    telephony?: 'partner' | 'native';
    source?: Record<string, unknown>;
    steps: CapturedScenarioStep[];
}

/**
 * Keeps the shape of the text (length, spaces, punctuation) and none of its words: letters
 * and combining marks become "x", digits "0". Same length, so layouts replay the same.
 */
export function redactConversationText(text: string): string {
    return text.replace(/[\p{L}\p{M}]/gu, 'x').replace(/\p{N}/gu, '0');
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The same placeholder for the same name throughout the file, in order of appearance. */
export class ParticipantMask {
    private readonly names = new Map<string, string>();

    mask(value: unknown): unknown {
        if (typeof value !== 'string' || value === '') {
            return value;
        }
        let masked = this.names.get(value);
        if (!masked) {
            masked = `+1 555 01${String(this.names.size).padStart(2, '0')}`;
            this.names.set(value, masked);
        }
        return masked;
    }
}

const STAFF_ROLES: ReadonlySet<string> = new Set(['agent', 'supervisor']);

/**
 * Redacts one captured event in place, as the options ask. Shared with the local console's
 * toScenario, so a file written there and one downloaded in an org redact alike.
 */
export function redactCapturedEvent(
    event: Json,
    options: Pick<CaptureScenarioOptions, 'redactText' | 'redactParticipants'>,
    mask: ParticipantMask
): Json {
    if (options.redactText && typeof event.text === 'string') {
        event.text = redactConversationText(event.text);
    }
    if (options.redactParticipants) {
        if ('participant' in event) {
            event.participant = mask.mask(event.participant);
        }
        const sender = event.sender;
        if (
            isObject(sender) &&
            typeof sender.displayName === 'string' &&
            !STAFF_ROLES.has(String(sender.kind))
        ) {
            sender.displayName = redactConversationText(sender.displayName);
        }
    }
    return event;
}

/** A deep, plain-JSON copy (the journal's events are shared with the state; never mutate). */
function copy(event: VoiceEvent): Json | null {
    try {
        const value: unknown = JSON.parse(JSON.stringify(event));
        return isObject(value) ? value : null;
    } catch (_ignored) {
        return null;
    }
}

/** Builds a scenario file from captured events, in the order given (arrival order). */
export function toCaptureScenario(
    events: readonly VoiceEvent[],
    options: CaptureScenarioOptions = {}
): CaptureScenarioFile {
    const copies = events
        .map(copy)
        .filter(
            (event): event is Json =>
                event !== null &&
                typeof event.type === 'string' &&
                event.type !== '' &&
                typeof event.callId === 'string' &&
                typeof event.receivedAt === 'number' &&
                Number.isFinite(event.receivedAt) &&
                event.receivedAt >= 0
        );
    // A loop, not Math.min(...spread): 20,000 arguments can overflow the stack.
    let base = Infinity;
    for (const event of copies) {
        base = Math.min(base, event.receivedAt as number);
    }
    const mask = new ParticipantMask();
    const steps = copies.map((event) => ({
        at: Math.round((event.receivedAt as number) - base),
        event: redactCapturedEvent(event, options, mask)
    }));
    const file: CaptureScenarioFile = {
        format: SCENARIO_FORMAT,
        version: SCENARIO_VERSION,
        name: options.name ?? 'captured',
        title: options.title ?? 'Captured call',
        steps
    };
    if (options.description) {
        file.description = options.description;
    }
    if (options.telephony) {
        file.telephony = options.telephony;
    }
    if (options.source) {
        file.source = JSON.parse(JSON.stringify(options.source)) as Record<string, unknown>;
    }
    return file;
}
