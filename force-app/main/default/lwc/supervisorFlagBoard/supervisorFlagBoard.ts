import { LightningElement, api, wire } from 'lwc';
import { MessageContext, type MessageContextValue } from 'lightning/messageService';
import { EnclosingUtilityId } from 'lightning/platformUtilityBarApi';
import { NavigationMixin, type PageReference } from 'lightning/navigation';
import TITLE from '@salesforce/label/c.VCK_FlagBoard_Title';
import TITLE_COUNT from '@salesforce/label/c.VCK_FlagBoard_TitleCount';
import NO_FLAGS from '@salesforce/label/c.VCK_FlagBoard_NoFlags';
import QUEUE_LABEL from '@salesforce/label/c.VCK_FlagBoard_QueueLabel';
import OPEN_RECORD from '@salesforce/label/c.VCK_FlagBoard_OpenRecord';
import HISTORY_TITLE from '@salesforce/label/c.VCK_FlagBoard_HistoryTitle';
import HISTORY_EMPTY from '@salesforce/label/c.VCK_FlagBoard_HistoryEmpty';
import NO_EVENTS from '@salesforce/label/c.VCK_Common_NoEventsYet';
import {
    subscribeToVoiceConsole,
    type ConsoleState,
    type ConsoleSubscription,
    type ConsoleUpdate
} from 'c/voiceEventBus';
import { formatLabel, onEverySecond } from 'c/voiceViewUtils';
import {
    DEFAULT_HISTORY_LENGTH,
    DEFAULT_WAIT_WARNING_SECONDS,
    flagHistory,
    flagQueue,
    flagSources,
    historyLengthOf,
    overdueLabel,
    recordPath,
    sameSources,
    waitWarningSecondsOf,
    withRecordUrls,
    withWaitClocks,
    type FlagRow,
    type LoweredFlagRow,
    type QueuedFlag
} from './flagBoardView';
import { flagAnnouncement, newestNewFlag } from './flagAnnouncement';
import { UtilityFlagCount } from './utilityFlagCount';

function voiceCallPage(recordId: string): PageReference {
    return {
        type: 'standard__recordPage',
        attributes: { recordId, objectApiName: 'VoiceCall', actionName: 'view' }
    };
}

/**
 * Supervisor flag board: every raised flag across the calls this console sees, longest waiting
 * first, with a live wait clock; lowered flags move to a short history. In a utility bar the
 * item's label carries the count and is highlighted while any flag is raised.
 */
export default class SupervisorFlagBoard extends NavigationMixin(LightningElement) {
    @wire(MessageContext) messageContext: MessageContextValue | undefined;

    labels = { NO_FLAGS, QUEUE_LABEL, OPEN_RECORD, HISTORY_TITLE, HISTORY_EMPTY, NO_EVENTS };

    /** Rows as shown: the queue plus each flag's wait clock at the last tick. */
    rows: FlagRow[] = [];
    history: LoweredFlagRow[] = [];
    /** Text of the assertive live region; names the newest raised flag. */
    announcement = '';
    hasEvents = false;
    /** Alternative text of the warning icon on overdue clocks. */
    overdueText = overdueLabel(DEFAULT_WAIT_WARNING_SECONDS);

    private warnAfterSeconds = DEFAULT_WAIT_WARNING_SECONDS;
    private historyLimit = DEFAULT_HISTORY_LENGTH;
    private state: ConsoleState | null = null;
    private sources: unknown[] | null = null;
    private queue: QueuedFlag[] = [];
    private knownFlagIds: Set<string> | null = null;
    private subscription: ConsoleSubscription | null = null;
    private stopClock: (() => void) | null = null;
    private readonly utility = new UtilityFlagCount();
    /** Record URLs by VoiceCall id from GenerateUrl, for middle-click and "copy link". */
    private readonly recordUrls = new Map<string, string>();

    /** Seconds a flag may wait before its clock turns to the warning style (at least 5). */
    @api
    get waitWarningSeconds(): number {
        return this.warnAfterSeconds;
    }
    set waitWarningSeconds(value: number) {
        this.warnAfterSeconds = waitWarningSecondsOf(value);
        this.overdueText = overdueLabel(this.warnAfterSeconds);
        this.renderClocks(Date.now());
    }

    /** Lowered flags kept in the history (0 hides it, at most 50). */
    @api
    get historyLength(): number {
        return this.historyLimit;
    }
    set historyLength(value: number) {
        this.historyLimit = historyLengthOf(value);
        if (this.state) {
            this.history = flagHistory(this.state, this.historyLimit);
        }
    }

    @wire(EnclosingUtilityId)
    wiredUtilityId(utilityId: string | undefined): void {
        this.utility.setUtilityId(utilityId);
    }

    connectedCallback(): void {
        this.subscription = subscribeToVoiceConsole(this.messageContext, (state, update) =>
            this.handleConsole(state, update)
        );
    }

    disconnectedCallback(): void {
        this.subscription?.unsubscribe();
        this.subscription = null;
        this.stopClock?.();
        this.stopClock = null;
    }

    get title(): string {
        return this.rows.length > 0 ? formatLabel(TITLE_COUNT, this.rows.length) : TITLE;
    }

    get hasFlags(): boolean {
        return this.rows.length > 0;
    }

    get showHistory(): boolean {
        return this.historyLimit > 0;
    }

    get hasHistory(): boolean {
        return this.history.length > 0;
    }

    handleOpenRecord(event: MouseEvent): void {
        // Ctrl/Cmd/Shift-click keeps the browser's own "open in new tab/window".
        if (event.ctrlKey || event.metaKey || event.shiftKey) {
            return;
        }
        const recordId = (event.currentTarget as HTMLElement | null)?.dataset.voiceCallId;
        if (recordId) {
            event.preventDefault();
            this[NavigationMixin.Navigate](voiceCallPage(recordId));
        }
    }

    private handleConsole(state: ConsoleState, update: ConsoleUpdate): void {
        this.state = state;
        this.hasEvents = state.lastEventAt !== null;
        const sources = flagSources(state);
        if (sameSources(this.sources, sources)) {
            return;
        }
        this.sources = sources;
        this.queue = withRecordUrls(flagQueue(state), this.recordUrls);
        this.history = flagHistory(state, this.historyLimit);
        this.announceNewFlag(update);
        this.utility.setCount(this.queue.length);
        this.requestRecordUrls();
        this.runClock();
        this.renderClocks(Date.now());
    }

    /** Announces only flags raised while the board is open, never what it found on load. */
    private announceNewFlag(update: ConsoleUpdate): void {
        const known = this.knownFlagIds;
        this.knownFlagIds = new Set(this.queue.map((flag) => flag.id));
        if (known === null || update.kind !== 'event') {
            return;
        }
        const flag = newestNewFlag(known, this.queue);
        if (flag) {
            this.announcement = flagAnnouncement(flag);
        }
    }

    /** One shared clock for all rows, running only while a flag is raised. */
    private runClock(): void {
        if (this.queue.length > 0 && !this.stopClock) {
            this.stopClock = onEverySecond((now) => this.renderClocks(now));
        } else if (this.queue.length === 0 && this.stopClock) {
            this.stopClock();
            this.stopClock = null;
        }
    }

    private renderClocks(now: number): void {
        this.rows = withWaitClocks(this.queue, now, this.warnAfterSeconds);
    }

    private requestRecordUrls(): void {
        for (const { voiceCallId } of this.queue) {
            if (voiceCallId && !this.recordUrls.has(voiceCallId)) {
                this.recordUrls.set(voiceCallId, recordPath(voiceCallId));
                this.generateUrl(voiceCallId);
            }
        }
    }

    private generateUrl(voiceCallId: string): void {
        Promise.resolve(this[NavigationMixin.GenerateUrl](voiceCallPage(voiceCallId)))
            .then((url) => {
                if (typeof url === 'string' && url) {
                    this.recordUrls.set(voiceCallId, url);
                    this.queue = withRecordUrls(this.queue, this.recordUrls);
                    this.renderClocks(Date.now());
                }
            })
            .catch(() => {
                // The Lightning record path stays; clicks navigate through NavigationMixin anyway.
            });
    }
}
