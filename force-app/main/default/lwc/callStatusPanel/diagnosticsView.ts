/**
 * The admin's troubleshooting view of the bus: events accepted per type (all 19 documented
 * types, so a type that never arrives stands out, e.g. audiostats under Native Telephony),
 * totals, and the latest rejected payloads' reasons. Types and reasons only, never payload text.
 */
import { VOICE_EVENT_TYPES, type BusDiagnosticsSnapshot } from 'c/voiceEventBus';
import { formatClockTime } from 'c/voiceViewUtils';
import { LABELS } from './labels';

export interface DiagnosticsCounterView {
    key: string;
    label: string;
    value: string;
}

export interface EventCountView {
    type: string;
    count: number;
    /** Muted when zero, so the types that did arrive stand out. */
    rowClass: string;
}

export interface RejectionView {
    key: string;
    time: string;
    type: string;
    reason: string;
}

export interface DiagnosticsView {
    counters: DiagnosticsCounterView[];
    eventCounts: EventCountView[];
    /** Newest first. */
    rejections: RejectionView[];
    hasRejections: boolean;
}

function counter(key: string, label: string, value: number | string): DiagnosticsCounterView {
    return {
        key,
        label,
        value: String(value)
    };
}

export function buildDiagnosticsView(
    snapshot: BusDiagnosticsSnapshot,
    locale?: string
): DiagnosticsView {
    const documented: readonly string[] = VOICE_EVENT_TYPES;
    const others = Object.keys(snapshot.accepted)
        .filter((type) => !documented.includes(type))
        .sort();
    const eventCounts = [...documented, ...others].map((type) => {
        const count = snapshot.accepted[type] ?? 0;
        return { type, count, rowClass: count === 0 ? 'slds-text-color_weak' : '' };
    });
    const rejections = snapshot.recentRejections
        .map((rejection, index) => ({
            key: `${index}-${rejection.at}`,
            time: formatClockTime(rejection.at, locale),
            type: rejection.type,
            reason: rejection.reason
        }))
        .reverse();
    return {
        counters: [
            counter('accepted', LABELS.diagAccepted, snapshot.acceptedTotal),
            counter('duplicates', LABELS.diagDuplicates, snapshot.unchanged),
            counter('rejected', LABELS.diagRejected, snapshot.rejectedTotal),
            counter('subscriberErrors', LABELS.diagSubscriberErrors, snapshot.subscriberErrors),
            counter('publishErrors', LABELS.diagPublishErrors, snapshot.publishErrors),
            counter('internalErrors', LABELS.diagInternalErrors, snapshot.internalErrors),
            counter('storageErrors', LABELS.diagStorageErrors, snapshot.storageErrors),
            counter('toolkits', LABELS.diagToolkits, snapshot.registeredToolkits),
            counter('listening', LABELS.diagListening, snapshot.hasLeader ? LABELS.yes : LABELS.no)
        ],
        eventCounts,
        rejections,
        hasRejections: rejections.length > 0
    };
}
