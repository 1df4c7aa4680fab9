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
import { formatLabel, keepConversationRequest } from 'c/voiceViewUtils';
import {
    DEFAULT_HISTORY_LENGTH,
    flagHistory,
    flagQueue,
    flagSources,
    historyLengthOf,
    recordPath,
    sameSources,
    withRecordUrls,
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
 * first, each with a live wait clock (c-flag-wait-clock, so a tick never re-renders the board);
 * lowered flags move to a short history. In a utility bar the item's label carries the count and
 * is highlighted while any flag is raised.
 */
export default class SupervisorFlagBoard extends NavigationMixin(LightningElement) {
    @wire(MessageContext) messageContext: MessageContextValue | undefined;

    labels = { NO_FLAGS, QUEUE_LABEL, OPEN_RECORD, HISTORY_TITLE, HISTORY_EMPTY, NO_EVENTS };

    /** Raised flags, longest waiting first. */
    rows: QueuedFlag[] = [];
    history: LoweredFlagRow[] = [];
    /** Text of the assertive live region; names the newest raised flag. */
    announcement = '';
    hasEvents = false;

    private warnAfterSeconds: number | undefined;
    private historyLimit = DEFAULT_HISTORY_LENGTH;
    private state: ConsoleState | null = null;
    private sources: unknown[] | null = null;
    private knownFlagIds: Set<string> | null = null;
    private subscription: ConsoleSubscription | null = null;
    private readonly utility = new UtilityFlagCount();
    /** Record URLs by VoiceCall id from GenerateUrl, for middle-click and "copy link". */
    private readonly recordUrls = new Map<string, string>();
    /** keepConversationAfterRefresh, held on the bus while connected (as on every panel). */
    private readonly keepConversation = keepConversationRequest();

    /**
     * Seconds a flag may wait before its clock turns to the warning style; passed to each
     * c-flag-wait-clock, which applies the default (60) and the minimum (5).
     */
    @api
    get waitWarningSeconds(): number | undefined {
        return this.warnAfterSeconds;
    }
    set waitWarningSeconds(value: number | undefined) {
        this.warnAfterSeconds = value;
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

    /**
     * Refresh recovery saves call status only; this also keeps transcript lines, notes and flag
     * messages in the tab's sessionStorage. The same setting as on every panel: any one asks.
     */
    @api
    get keepConversationAfterRefresh(): boolean {
        return this.keepConversation.wanted;
    }
    set keepConversationAfterRefresh(value: boolean) {
        this.keepConversation.wanted = value;
    }

    @wire(EnclosingUtilityId)
    wiredUtilityId(utilityId: string | undefined): void {
        this.utility.setUtilityId(utilityId);
    }

    connectedCallback(): void {
        this.keepConversation.connect();
        this.subscription = subscribeToVoiceConsole(this.messageContext, (state, update) =>
            this.handleConsole(state, update)
        );
    }

    disconnectedCallback(): void {
        this.subscription?.unsubscribe();
        this.subscription = null;
        this.keepConversation.disconnect();
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
        this.rows = withRecordUrls(flagQueue(state), this.recordUrls);
        this.history = flagHistory(state, this.historyLimit);
        this.announceNewFlag(update);
        this.utility.setCount(this.rows.length);
        this.requestRecordUrls();
    }

    /** Announces only flags raised while the board is open, never what it found on load. */
    private announceNewFlag(update: ConsoleUpdate): void {
        const known = this.knownFlagIds;
        this.knownFlagIds = new Set(this.rows.map((flag) => flag.id));
        if (known === null || update.kind !== 'event') {
            return;
        }
        const flag = newestNewFlag(known, this.rows);
        if (flag) {
            this.announce(flagAnnouncement(flag));
        }
    }

    /**
     * Empties the live region for one render before writing, so a message identical to the last
     * one (the same rep raising the same flag again) is still a change and is read out.
     */
    private announce(message: string): void {
        this.announcement = '';
        Promise.resolve().then(() => {
            this.announcement = message;
        });
    }

    /** URLs for the calls on the board; those of calls no longer on it are dropped. */
    private requestRecordUrls(): void {
        const shown = new Set(this.rows.map((row) => row.voiceCallId));
        for (const voiceCallId of [...this.recordUrls.keys()]) {
            if (!shown.has(voiceCallId)) {
                this.recordUrls.delete(voiceCallId);
            }
        }
        for (const voiceCallId of shown) {
            if (voiceCallId && !this.recordUrls.has(voiceCallId)) {
                this.recordUrls.set(voiceCallId, recordPath(voiceCallId));
                this.generateUrl(voiceCallId);
            }
        }
    }

    private generateUrl(voiceCallId: string): void {
        let generated: Promise<unknown>;
        try {
            generated = Promise.resolve(
                this[NavigationMixin.GenerateUrl](voiceCallPage(voiceCallId))
            );
        } catch (_ignored) {
            // A GenerateUrl that throws (a malformed id) must not stop the board: the record
            // path stays.
            return;
        }
        generated
            .then((url) => {
                if (typeof url === 'string' && url && this.recordUrls.has(voiceCallId)) {
                    this.recordUrls.set(voiceCallId, url);
                    this.rows = withRecordUrls(this.rows, this.recordUrls);
                }
            })
            .catch(() => {
                // The Lightning record path stays; clicks navigate through NavigationMixin anyway.
            });
    }
}
