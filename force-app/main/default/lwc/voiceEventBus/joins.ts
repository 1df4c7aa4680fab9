/**
 * The joins the state is made of (see reduceConsoleState): phases only move forward, first-seen
 * times take the minimum, toggles keep the newest write. Shared by the reducer and the merge.
 */
import { PHASE_RANK, type CallPhase, type Stamped } from './consoleState';

export function laterPhase(a: CallPhase, b: CallPhase): CallPhase {
    return PHASE_RANK[a] >= PHASE_RANK[b] ? a : b;
}

export function minTime(a: number | null, b: number | null): number | null {
    return a === null ? b : b === null ? a : Math.min(a, b);
}

/** Newest write wins; equal times prefer `true` so the outcome never depends on arrival order. */
export function newerStamp(
    current: Stamped<boolean> | null,
    next: Stamped<boolean> | null
): Stamped<boolean> | null {
    if (!current || !next) {
        return current ?? next;
    }
    if (next.at !== current.at) {
        return next.at > current.at ? next : current;
    }
    return next.value && !current.value ? next : current;
}
