/**
 * The assertive screen reader announcement for new flags. Only flags that were not in the queue
 * before count, so a clock tick, a duplicate event or a lowered flag announce nothing.
 */
import ANNOUNCE from '@salesforce/label/c.VCK_FlagBoard_Announce';
import ANNOUNCE_NO_MESSAGE from '@salesforce/label/c.VCK_FlagBoard_AnnounceNoMessage';
import { formatLabel } from 'c/voiceViewUtils';
import type { QueuedFlag } from './flagBoardView';

/** The most recently raised flag of `queue` whose id is not in `knownIds`; null if none. */
export function newestNewFlag(
    knownIds: ReadonlySet<string>,
    queue: readonly QueuedFlag[]
): QueuedFlag | null {
    let newest: QueuedFlag | null = null;
    for (const flag of queue) {
        if (!knownIds.has(flag.id) && (newest === null || flag.raisedAt >= newest.raisedAt)) {
            newest = flag;
        }
    }
    return newest;
}

/** "Angela Agent raised a flag: The customer wants a credit note." */
export function flagAnnouncement(flag: QueuedFlag): string {
    return flag.hasMessage
        ? formatLabel(ANNOUNCE, flag.who, flag.message)
        : formatLabel(ANNOUNCE_NO_MESSAGE, flag.who);
}
