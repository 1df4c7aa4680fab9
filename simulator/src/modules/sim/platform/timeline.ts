/**
 * What happened on the page, newest last: every event handed to the toolkit elements and every
 * toolkit action a component called. Bounded, so a two-hour call does not grow the page.
 */

export type TimelineSource = 'scenario' | 'composer' | 'script' | 'telephony';

export interface TimelineEntry {
    seq: number;
    /** Milliseconds since the console session started. */
    at: number;
    kind: 'event' | 'action';
    /** Event type or action name. */
    name: string;
    callId: string | null;
    /** A one-line description (participant, text, outcome), cut to SUMMARY_LENGTH. */
    summary: string;
    source: TimelineSource | null;
    /** For actions: whether the telephony system accepted it. */
    outcome: 'ok' | 'rejected' | 'pending' | null;
    /** Toolkit elements the event reached (events only). */
    delivered: number | null;
}

export const MAX_TIMELINE_ENTRIES = 500;
const SUMMARY_LENGTH = 120;

function read(source: unknown, key: string): unknown {
    if (source === null || typeof source !== 'object') {
        return undefined;
    }
    try {
        return (source as Record<string, unknown>)[key];
    } catch {
        return undefined;
    }
}

function shorten(value: string): string {
    const line = value.replace(/\s+/g, ' ').trim();
    return line.length > SUMMARY_LENGTH ? `${line.slice(0, SUMMARY_LENGTH - 1)}…` : line;
}

/** A readable line for an event detail; never throws, whatever the payload. */
export function summarizeDetail(detail: unknown): string {
    const parts: string[] = [];
    const participant = read(detail, 'participant');
    if (typeof participant === 'string') {
        parts.push(participant);
    }
    const callType = read(detail, 'callType');
    if (typeof callType === 'string') {
        parts.push(callType);
    }
    const sender = read(detail, 'sender');
    const who = read(sender, 'displayName') ?? read(sender, 'role');
    const content = read(detail, 'content');
    const said = read(content, 'text') ?? read(detail, 'text');
    if (typeof said === 'string') {
        parts.push(typeof who === 'string' ? `${who}: ${said}` : said);
    }
    if (read(detail, 'stats') !== undefined || read(detail, 'audioStats') !== undefined) {
        parts.push('audio statistics');
    }
    if (detail === null || typeof detail !== 'object') {
        parts.push(`detail is ${detail === null ? 'null' : typeof detail}`);
    }
    return shorten(parts.join(' · '));
}

export function callIdOf(detail: unknown): string | null {
    const callId = read(detail, 'callId');
    return typeof callId === 'string' ? shorten(callId) : null;
}

export class Timeline {
    private entries: TimelineEntry[] = [];
    private seq = 0;
    private total = 0;

    constructor(private readonly now: () => number) {}

    add(entry: Omit<TimelineEntry, 'seq' | 'at' | 'summary'> & { summary: string }): TimelineEntry {
        const full: TimelineEntry = {
            ...entry,
            summary: shorten(entry.summary),
            seq: ++this.seq,
            at: this.now()
        };
        this.total += 1;
        this.entries.push(full);
        if (this.entries.length > MAX_TIMELINE_ENTRIES) {
            this.entries = this.entries.slice(-MAX_TIMELINE_ENTRIES);
        }
        return full;
    }

    /** Replaces an entry (an action's outcome arrives later). */
    update(seq: number, changes: Partial<TimelineEntry>): void {
        const index = this.entries.findIndex((entry) => entry.seq === seq);
        if (index >= 0) {
            this.entries[index] = { ...this.entries[index], ...changes };
        }
    }

    list(): readonly TimelineEntry[] {
        return this.entries;
    }

    /** Everything ever added, including entries dropped past the bound. */
    get count(): number {
        return this.total;
    }

    clear(): void {
        this.entries = [];
        this.total = 0;
    }
}
