/**
 * The capture journal: while an admin has capture on (the call status panel's "captureEvents"),
 * the bus keeps the normalized events its toolkit delivered, so support can download them as a
 * scenario file and replay the call locally. Off by default: no journal exists and nothing is
 * kept. Bounded in count and in size; the oldest events go first. Content is never logged.
 */
import type { VoiceEvent } from './events';

/** Most events kept (a two-hour call with a live transcript is about 10,000). */
export const MAX_CAPTURED_EVENTS = 20000;
/** Most characters of JSON kept in all, so 5,000-character utterances cannot exhaust memory. */
export const MAX_CAPTURED_CHARS = 8_000_000;

export interface CaptureStatus {
    /** True while at least one component asks for capture. */
    capturing: boolean;
    /** When capture was turned on, ms since epoch; null when off. */
    startedAt: number | null;
    /** Events kept now. */
    eventCount: number;
    /** Events dropped from the start to stay within MAX_CAPTURED_EVENTS / MAX_CAPTURED_CHARS. */
    droppedEvents: number;
}

export interface CaptureSnapshot {
    startedAt: number;
    droppedEvents: number;
    /** In arrival order. */
    events: VoiceEvent[];
}

/** A first-in, first-out list of events with a bound on count and size. */
export class EventJournal {
    private events: VoiceEvent[] = [];
    private sizes: number[] = [];
    /** Index of the oldest kept event; the arrays are compacted once half is dead. */
    private head = 0;
    private chars = 0;
    private dropped = 0;

    constructor(
        readonly startedAt: number,
        private readonly maxEvents: number = MAX_CAPTURED_EVENTS,
        private readonly maxChars: number = MAX_CAPTURED_CHARS
    ) {}

    get size(): number {
        return this.events.length - this.head;
    }

    get droppedEvents(): number {
        return this.dropped;
    }

    add(event: VoiceEvent): void {
        let size: number;
        try {
            size = JSON.stringify(event).length;
        } catch (_ignored) {
            return;
        }
        this.events.push(event);
        this.sizes.push(size);
        this.chars += size;
        while (this.size > this.maxEvents || (this.chars > this.maxChars && this.size > 1)) {
            this.chars -= this.sizes[this.head];
            this.head += 1;
            this.dropped += 1;
        }
        if (this.head > 1024 && this.head * 2 > this.events.length) {
            this.events = this.events.slice(this.head);
            this.sizes = this.sizes.slice(this.head);
            this.head = 0;
        }
    }

    snapshot(): CaptureSnapshot {
        return {
            startedAt: this.startedAt,
            droppedEvents: this.dropped,
            events: this.events.slice(this.head)
        };
    }
}
