import { LightningElement, api } from 'lwc';
import { onEverySecond } from 'c/voiceViewUtils';
import {
    DEFAULT_WAIT_WARNING_SECONDS,
    overdueLabel,
    waitClock,
    waitWarningSecondsOf,
    type WaitClock
} from './waitClockView';

/**
 * One raised flag's live wait clock, turning to the warning style past a threshold. A component
 * of its own so that each second only the clocks re-render, not the whole flag board: with 200
 * raised flags that is a few hundred small updates instead of rebuilding every row. All clocks
 * share the page's one onEverySecond interval.
 */
export default class FlagWaitClock extends LightningElement {
    /** What the clock shows; recomputed once per tick (the only field a tick changes). */
    clock: WaitClock = waitClock(null, Date.now(), DEFAULT_WAIT_WARNING_SECONDS);
    overdueText = overdueLabel(DEFAULT_WAIT_WARNING_SECONDS);

    private raisedAt: number | null = null;
    private warnAfter = DEFAULT_WAIT_WARNING_SECONDS;
    private now = Date.now();
    private stopClock: (() => void) | null = null;

    /** When the flag was raised, ms since epoch. */
    @api
    get since(): number | null {
        return this.raisedAt;
    }
    set since(value: number | null) {
        this.raisedAt = value;
        this.refresh();
    }

    /** Seconds of waiting after which the clock shows the warning style (at least 5). */
    @api
    get warnAfterSeconds(): number {
        return this.warnAfter;
    }
    set warnAfterSeconds(value: number) {
        this.warnAfter = waitWarningSecondsOf(value);
        this.overdueText = overdueLabel(this.warnAfter);
        this.refresh();
    }

    connectedCallback(): void {
        this.now = Date.now();
        this.refresh();
        this.stopClock = onEverySecond((now) => {
            this.now = now;
            this.refresh();
        });
    }

    disconnectedCallback(): void {
        this.stopClock?.();
        this.stopClock = null;
    }

    private refresh(): void {
        this.clock = waitClock(this.raisedAt, this.now, this.warnAfter);
    }
}
