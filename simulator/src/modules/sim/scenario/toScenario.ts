/**
 * toScenario: turns what a capture recorded into a scenario file the local console replays.
 * Pure (no clock, no randomness), so the capture feature in an org can mirror it exactly.
 *
 * Accepts, in any mix:
 *  - normalized VoiceEvents from c/voiceEventBus: `{ type, callId, receivedAt, ...fields }`
 *  - raw toolkit events: `{ type, detail }`, optionally with `receivedAt` or `at` (ms)
 * Entries that are neither are skipped. Times become `at`, relative to the earliest entry.
 */
import { ParticipantMask, redactCapturedEvent, redactConversationText } from 'c/voiceEventBus';
import { SCENARIO_FORMAT, type CapturedStep, type RawStep, type ScenarioFile } from './format';

export interface ToScenarioOptions {
    /** Replace what people said or wrote (utterances, notes, flag messages) with placeholders. */
    redactText?: boolean;
    /**
     * Replace participant numbers and names with stable placeholders (+1 555 0100, …), and the
     * display names of speakers who are not agents or supervisors.
     */
    redactParticipants?: boolean;
    name?: string;
    title?: string;
    description?: string;
    telephony?: 'partner' | 'native';
    /** Free-form provenance kept in the file, e.g. `{ capturedAt: '2025-…' }`. */
    source?: Record<string, unknown>;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isTime(value: unknown): value is number {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** The bus's capture redaction, so a file built here and one downloaded in an org match. */
export const redact = redactConversationText;

function copy(value: unknown): unknown {
    try {
        return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
    } catch {
        return null;
    }
}

type Entry =
    | { kind: 'captured'; time: number | null; event: Json }
    | { kind: 'raw'; time: number | null; type: string; detail: unknown };

function classify(item: unknown): Entry | null {
    if (!isObject(item) || typeof item.type !== 'string' || item.type === '') {
        return null;
    }
    if ('detail' in item) {
        const time = isTime(item.receivedAt) ? item.receivedAt : isTime(item.at) ? item.at : null;
        return { kind: 'raw', time, type: item.type, detail: copy(item.detail) };
    }
    if (typeof item.callId === 'string' && isTime(item.receivedAt)) {
        return { kind: 'captured', time: item.receivedAt, event: copy(item) as Json };
    }
    return null;
}

const STAFF: ReadonlySet<string> = new Set(['agent', 'supervisor']);

/** A customer's (or unknown speaker's) display name is theirs; staff names stay. */
function redactSpeaker(sender: unknown, staff: boolean): void {
    if (isObject(sender) && typeof sender.displayName === 'string' && !staff) {
        sender.displayName = redact(sender.displayName);
    }
}

function redactRaw(detail: unknown, options: ToScenarioOptions, mask: ParticipantMask): void {
    if (!isObject(detail)) {
        return;
    }
    if (options.redactText) {
        if (typeof detail.text === 'string') {
            detail.text = redact(detail.text);
        }
        if (isObject(detail.content) && typeof detail.content.text === 'string') {
            detail.content.text = redact(detail.content.text);
        }
    }
    if (options.redactParticipants) {
        if ('participant' in detail) {
            detail.participant = mask.mask(detail.participant);
        }
        const sender = detail.sender;
        const role = isObject(sender) && typeof sender.role === 'string' ? sender.role : '';
        redactSpeaker(sender, STAFF.has(role.trim().toLowerCase()));
    }
}

/** Builds a scenario file (version 1) from captured events; see simulator/README.md. */
export function toScenario(
    events: readonly unknown[],
    options: ToScenarioOptions = {}
): ScenarioFile {
    const entries = events.map(classify).filter((entry): entry is Entry => entry !== null);
    // A loop, not Math.min(...times): a long capture would overflow the argument stack.
    let base = Infinity;
    for (const entry of entries) {
        if (entry.time !== null) {
            base = Math.min(base, entry.time);
        }
    }
    base = Number.isFinite(base) ? base : 0;
    const mask = new ParticipantMask();
    let previous = 0;
    const steps: Array<RawStep | CapturedStep> = entries.map((entry) => {
        // Entries without a time keep their place: they play right after the one before.
        const at = entry.time === null ? previous : Math.round(entry.time - base);
        previous = at;
        if (entry.kind === 'captured') {
            redactCapturedEvent(entry.event, options, mask);
            return { at, event: entry.event };
        }
        redactRaw(entry.detail, options, mask);
        return entry.detail === undefined
            ? { at, type: entry.type }
            : { at, type: entry.type, detail: entry.detail };
    });
    const file: ScenarioFile = {
        format: SCENARIO_FORMAT,
        version: 1,
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
        file.source = copy(options.source) as Record<string, unknown>;
    }
    return file;
}
