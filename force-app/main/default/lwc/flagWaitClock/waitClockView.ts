/** How long a raised flag has waited, and whether that is past the warning threshold. */
import WAITING from '@salesforce/label/c.VCK_FlagBoard_Waiting';
import WAIT_TOO_LONG from '@salesforce/label/c.VCK_FlagBoard_WaitTooLong';
import { elapsedSeconds, formatDuration, formatLabel } from 'c/voiceViewUtils';

export const DEFAULT_WAIT_WARNING_SECONDS = 60;
export const MIN_WAIT_WARNING_SECONDS = 5;

export interface WaitClock {
    /** "Waiting 1:05". */
    text: string;
    overdue: boolean;
    clockClass: string;
}

const CLOCK_CLASS = 'slds-badge slds-badge_lightest';
const OVERDUE_CLOCK_CLASS = 'slds-badge slds-theme_warning';

/** A threshold as whole seconds, at least 5; the default when it is not a number. */
export function waitWarningSecondsOf(value: unknown): number {
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isFinite(number)) {
        return DEFAULT_WAIT_WARNING_SECONDS;
    }
    return Math.max(MIN_WAIT_WARNING_SECONDS, Math.floor(number));
}

export function waitClock(since: number | null, now: number, warnAfterSeconds: number): WaitClock {
    const waited = elapsedSeconds(since, now);
    const overdue = waited >= warnAfterSeconds;
    return {
        text: formatLabel(WAITING, formatDuration(waited)),
        overdue,
        clockClass: overdue ? OVERDUE_CLOCK_CLASS : CLOCK_CLASS
    };
}

/** Alternative text of the warning icon: "Waiting longer than 1:00". */
export function overdueLabel(warnAfterSeconds: number): string {
    return formatLabel(WAIT_TOO_LONG, formatDuration(warnAfterSeconds));
}
