/**
 * Shows the raised-flag count on the enclosing utility bar item: "Flags (N)", highlighted with a
 * warning icon while N > 0. Calls updateUtility only when the count changes, and does nothing
 * outside a utility bar. A rejected update is dropped: the next count change tries again, so a
 * page without the API (e.g. Lightning Web Security off) sees no errors and no retry storm.
 */
import { updateUtility, type UtilityUpdate } from 'lightning/platformUtilityBarApi';
import UTILITY_LABEL from '@salesforce/label/c.VCK_FlagBoard_UtilityLabel';
import { formatLabel } from 'c/voiceViewUtils';

export function utilityUpdateFor(count: number): UtilityUpdate {
    return {
        label: formatLabel(UTILITY_LABEL, count),
        highlighted: count > 0,
        iconVariant: count > 0 ? 'warning' : ''
    };
}

export class UtilityFlagCount {
    private utilityId: string | null = null;
    private count = 0;
    /** The count last sent to the current utility item; null when nothing was sent yet. */
    private sentCount: number | null = null;

    /** The `@wire(EnclosingUtilityId)` value: an id inside a utility bar, empty elsewhere. */
    setUtilityId(utilityId: unknown): void {
        const next = typeof utilityId === 'string' && utilityId !== '' ? utilityId : null;
        if (next !== this.utilityId) {
            this.utilityId = next;
            this.sentCount = null;
            this.sync();
        }
    }

    setCount(count: number): void {
        this.count = count;
        this.sync();
    }

    private sync(): void {
        if (this.utilityId === null || this.sentCount === this.count) {
            return;
        }
        this.sentCount = this.count;
        try {
            updateUtility(this.utilityId, utilityUpdateFor(this.count)).catch(() => {
                // The label is a convenience; the board itself still shows every flag.
            });
        } catch (_ignored) {
            // Same as a rejection: an older platform or a blocked API must not break the board.
        }
    }
}
