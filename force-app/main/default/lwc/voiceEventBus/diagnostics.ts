/**
 * Counters an admin can read in the call status panel's diagnostics view. They hold event
 * types and rejection reasons only, never payload text (transcripts are customer data).
 */

export interface Rejection {
    type: string;
    reason: string;
    at: number;
}

export interface BusDiagnosticsSnapshot {
    /** Accepted events per type. */
    accepted: Record<string, number>;
    acceptedTotal: number;
    /**
     * Accepted events that changed nothing at all (repeats within the same millisecond). A
     * repeat arriving later still moves the call's last-activity time, so it is not counted.
     */
    unchanged: number;
    rejectedTotal: number;
    /** Newest last, at most MAX_RECENT_REJECTIONS. */
    recentRejections: Rejection[];
    subscriberErrors: number;
    publishErrors: number;
    /** Reducer or merge failures (a bug; the previous state was kept). Expected to stay 0. */
    internalErrors: number;
    /** sessionStorage reads or writes that failed (disabled, full): refresh recovery is off. */
    storageErrors: number;
    registeredToolkits: number;
    hasLeader: boolean;
}

export const MAX_RECENT_REJECTIONS = 20;

export class BusDiagnostics {
    private accepted: Record<string, number> = {};
    private acceptedTotal = 0;
    private unchanged = 0;
    private rejectedTotal = 0;
    private recentRejections: Rejection[] = [];
    private subscriberErrors = 0;
    private publishErrors = 0;
    private internalErrors = 0;
    private storageErrors = 0;

    recordAccepted(type: string, changed: boolean): void {
        this.accepted[type] = (this.accepted[type] ?? 0) + 1;
        this.acceptedTotal += 1;
        if (!changed) {
            this.unchanged += 1;
        }
    }

    recordRejected(rejection: Rejection): void {
        this.rejectedTotal += 1;
        this.recentRejections = [...this.recentRejections, rejection].slice(-MAX_RECENT_REJECTIONS);
    }

    recordSubscriberError(): void {
        this.subscriberErrors += 1;
    }

    recordPublishError(): void {
        this.publishErrors += 1;
    }

    recordInternalError(): void {
        this.internalErrors += 1;
    }

    recordStorageError(): void {
        this.storageErrors += 1;
    }

    snapshot(registry: { size: number; hasLeader: boolean }): BusDiagnosticsSnapshot {
        return {
            accepted: { ...this.accepted },
            acceptedTotal: this.acceptedTotal,
            unchanged: this.unchanged,
            rejectedTotal: this.rejectedTotal,
            recentRejections: [...this.recentRejections],
            subscriberErrors: this.subscriberErrors,
            publishErrors: this.publishErrors,
            internalErrors: this.internalErrors,
            storageErrors: this.storageErrors,
            registeredToolkits: registry.size,
            hasLeader: registry.hasLeader
        };
    }
}
