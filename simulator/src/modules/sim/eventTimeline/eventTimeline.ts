/**
 * Timeline: every event handed to the toolkit elements (with how many received it) and every
 * toolkit action a component called (with the telephony system's answer), newest first.
 */
import { LightningElement } from 'lwc';
import { simPlatform, type TimelineEntry } from 'sim/platform';
import { formatOffset } from 'sim/format';

/** Rows drawn; the timeline keeps more (MAX_TIMELINE_ENTRIES) and counts all. */
const VISIBLE_ROWS = 150;

interface Row {
    key: number;
    time: string;
    name: string;
    kindLabel: string;
    badgeClass: string;
    callId: string;
    summary: string;
    outcome: string;
}

/** Call ids are long UUIDs in real systems; the start is enough to tell calls apart. */
function shortId(callId: string): string {
    return callId.length > 13 ? `${callId.slice(0, 12)}…` : callId;
}

function outcomeText(entry: TimelineEntry): string {
    if (entry.kind === 'event') {
        return `→ ${entry.delivered ?? 0} element${entry.delivered === 1 ? '' : 's'}`;
    }
    return entry.outcome ?? '';
}

function toRow(entry: TimelineEntry): Row {
    return {
        key: entry.seq,
        time: formatOffset(entry.at),
        name: entry.name,
        kindLabel: entry.kind === 'event' ? (entry.source ?? 'event') : 'action',
        badgeClass:
            entry.kind === 'action'
                ? entry.outcome === 'rejected'
                    ? 'slds-badge slds-theme_error'
                    : 'slds-badge slds-badge_inverse'
                : 'slds-badge',
        callId: entry.callId ? shortId(entry.callId) : '',
        summary: entry.summary,
        outcome: outcomeText(entry)
    };
}

export default class EventTimeline extends LightningElement {
    rows: Row[] = [];
    total = 0;
    private stop: (() => void) | null = null;
    /**
     * The row made for each entry shown. The timeline replaces an entry when it changes (an
     * action's outcome), so an entry still here is unchanged and keeps its row: a new event
     * builds one row, not VISIBLE_ROWS.
     */
    private readonly rowOf = new WeakMap<TimelineEntry, Row>();
    private shown: readonly TimelineEntry[] = [];

    connectedCallback(): void {
        this.refresh();
        // Once per frame: a burst of events (a scenario at full speed) redraws the list once.
        this.stop = simPlatform.onFrameChange(() => this.refresh());
    }

    disconnectedCallback(): void {
        this.stop?.();
        this.stop = null;
    }

    get isEmpty(): boolean {
        return this.rows.length === 0;
    }

    get countText(): string {
        return this.total > this.rows.length
            ? `${this.total} entries, newest ${this.rows.length} shown`
            : `${this.total} entries`;
    }

    private refresh(): void {
        const entries = simPlatform.timeline.list();
        this.total = simPlatform.timeline.count;
        const shown = entries.slice(-VISIBLE_ROWS);
        if (
            shown.length === this.shown.length &&
            shown.every((entry, index) => entry === this.shown[index])
        ) {
            return;
        }
        this.shown = shown;
        const rows: Row[] = [];
        for (let index = shown.length - 1; index >= 0; index -= 1) {
            const entry = shown[index];
            let row = this.rowOf.get(entry);
            if (!row) {
                row = toRow(entry);
                this.rowOf.set(entry, row);
            }
            rows.push(row);
        }
        this.rows = rows;
    }
}
