import { LightningElement, api, wire } from 'lwc';
import USER_ID from '@salesforce/user/Id';
import { MessageContext, type MessageContextValue } from 'lightning/messageService';
import {
    subscribeToVoiceConsole,
    type ConsoleState,
    type ConsoleSubscription,
    type ConsoleUpdate
} from 'c/voiceEventBus';
import { keepConversationRequest, type CallOption } from 'c/voiceViewUtils';
import { matchAnnouncement, utteranceAnnouncement } from './announcements';
import { LABELS } from './labels';
import { LogScroll } from './logScroll';
import { scrollIntent, scrollMove } from './scrollFollow';
import { searchStep } from './searchSession';
import {
    copiedMessage,
    downloadedMessage,
    exportContext,
    transcriptFile,
    TRANSCRIPT_MIME_TYPE
} from './transcriptExport';
import { TranscriptModel } from './transcriptModel';
import { transcriptText } from './transcriptText';
import {
    asBoolean,
    clampMaxUtterances,
    emptyTexts,
    MAX_UTTERANCES,
    type TranscriptRow
} from './transcriptView';
import type { WindowPosition } from './transcriptWindow';

/** How long copy/download feedback stays on screen. */
export const STATUS_CLEAR_MS = 6000;
/** How long a download's object URL lives: long enough for every browser to start saving. */
export const REVOKE_URL_MS = 10000;
/** Quiet time after the last keystroke before the match count is announced. */
export const ANNOUNCE_MATCHES_MS = 700;

const NO_EVENTS = emptyTexts('noEvents');

/**
 * Live transcript of the call the user follows: chat-style utterances in the bus's order,
 * auto-scroll that pauses while the user reads history or searches, find in place (or filtering)
 * and keyword highlighting, copy and download as plain text with a header. Only a window of rows is in the DOM (see transcriptWindow.ts).
 * State comes from TranscriptModel and the pure functions beside this file; this class wires the
 * bus, the scroll container, the clock and the clipboard.
 */
export default class LiveTranscript extends LightningElement {
    @wire(MessageContext) messageContext: MessageContextValue | undefined;

    /** Most utterances kept per call (100–10,000); older ones are dropped first. */
    @api maxUtterances: number = MAX_UTTERANCES;

    labels = LABELS;
    rows: TranscriptRow[] = [];
    callId: string | null = null;
    callChoices: CallOption[] = [];
    searchTerm = '';
    filterOnly = false;
    timestampsShown = true;
    canCopy = false;
    // What the template shows besides the rows, as the last refresh left it (see panelView.ts).
    hasCall = false;
    showLog = false;
    emptyTitle = NO_EVENTS.title;
    emptyMessage = NO_EVENTS.message;
    isSearching = false;
    noMatches = true;
    showJump = false;
    jumpLabel = LABELS.jumpToLatest;
    hasEarlier = false;
    hasLater = false;
    showNotKeptInLog = false;
    showNotKeptHint = false;
    droppedText = '';
    exportDisabled = true;
    /** "3 of 437" while searching. */
    matchPositionText = '';
    /** The match count for the polite region: after typing stops, or on next/previous. */
    searchAnnouncement = '';
    /** The newest utterance, for the polite announcer (never the whole log). */
    announcement = '';
    /** Copy/download feedback. */
    statusMessage = '';

    private keywordsText = '';
    private model = new TranscriptModel();
    private scroll = new LogScroll();
    private subscription: ConsoleSubscription | null = null;
    private connected = false;
    private announceTimer: ReturnType<typeof setTimeout> | null = null;
    private statusTimer: ReturnType<typeof setTimeout> | null = null;
    private objectUrls = new Map<string, ReturnType<typeof setTimeout>>();
    /** keepConversationAfterRefresh, held on the bus while connected (as on every panel). */
    private readonly keepConversation = keepConversationRequest();

    /** Show each utterance's sender time. */
    @api
    get showTimestamps(): boolean {
        return this.timestampsShown;
    }
    set showTimestamps(value: boolean) {
        this.timestampsShown = asBoolean(value, true);
    }

    /** Comma-separated words highlighted wherever they are said, besides the search term. */
    @api
    get highlightKeywords(): string {
        return this.keywordsText;
    }
    set highlightKeywords(value: string) {
        this.keywordsText = typeof value === 'string' ? value : '';
        this.model.setKeywords(value);
        this.refresh();
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

    connectedCallback(): void {
        this.connected = true;
        this.keepConversation.connect();
        this.canCopy =
            typeof navigator !== 'undefined' &&
            typeof navigator.clipboard?.writeText === 'function';
        this.subscription = subscribeToVoiceConsole(
            this.messageContext,
            (state, update) => this.handleConsole(state, update),
            { limits: { maxUtterancesPerCall: clampMaxUtterances(this.maxUtterances) } }
        );
    }

    disconnectedCallback(): void {
        this.connected = false;
        this.subscription?.unsubscribe();
        this.subscription = null;
        this.keepConversation.disconnect();
        clearTimeout(this.statusTimer ?? undefined);
        clearTimeout(this.announceTimer ?? undefined);
        this.statusTimer = null;
        this.announceTimer = null;
        for (const [url, timer] of this.objectUrls) {
            clearTimeout(timer);
            URL.revokeObjectURL(url);
        }
        this.objectUrls.clear();
    }

    renderedCallback(): void {
        const layout = this.model.layout;
        if (layout.trimPending) {
            layout.trimPending = false;
            // A microtask: the second step renders before the browser paints.
            Promise.resolve().then(() => {
                if (this.connected) {
                    this.refresh();
                }
            });
        }
        this.scroll.rendered(this.logElement(), this.rows, layout.following);
    }

    // ----- bus -----

    private handleConsole(state: ConsoleState, update: ConsoleUpdate): void {
        this.model.setConsoleState(state);
        this.refresh();
        if (update.kind === 'event' && update.event.type === 'transcript') {
            // Announces an utterance that arrived as the newest of the followed call (not a late one).
            const newest = this.model.arrivedNewest(update.event.callId, update.event.id);
            if (newest) {
                this.announcement = utteranceAnnouncement(this.announcement, newest);
            }
        }
    }

    /** Copies the model's view into the template's fields and keeps the reader's row in place. */
    private refresh(): void {
        const { callChanged, rows, following, ...shown } = this.model.refresh();
        if (callChanged) {
            this.scroll.pendingAnchor = null;
            this.announcement = '';
        }
        if (rows) {
            this.scroll.pendingAnchor = following
                ? null
                : this.scroll.anchorFor(this.logElement(), rows);
            this.rows = rows;
        }
        // Everything else is a field the template binds; the type checks each name and value.
        const fields: Pick<LiveTranscript, keyof typeof shown> = shown;
        Object.assign(this, fields);
    }

    // ----- user actions -----

    handleCallChange(event: CustomEvent<{ callId: string }>): void {
        this.model.pickCall(event.detail.callId);
        this.refresh();
    }

    handleSearchChange(event: CustomEvent<{ value: string }>): void {
        this.searchTerm = event.detail.value ?? '';
        const change = this.model.setSearchTerm(this.searchTerm, () =>
            this.scroll.readingAnchor(this.logElement())
        );
        if (change === 'same') {
            return;
        }
        if (change === 'cleared') {
            this.restoreReading();
        } else {
            this.showCurrentMatch();
        }
        this.announceMatchesLater();
    }

    handleSearchKeyDown(event: KeyboardEvent): void {
        const step = searchStep(event);
        if (step !== 0 && this.model.search.active) {
            event.preventDefault();
            this.moveMatch(step);
        }
    }

    handleNextMatch(): void {
        this.moveMatch(1);
    }

    handlePreviousMatch(): void {
        this.moveMatch(-1);
    }

    handleFilterToggle(event: CustomEvent<{ checked: boolean }>): void {
        this.filterOnly = event.detail.checked === true;
        this.model.search.filterOnly = this.filterOnly;
        if (this.model.search.active) {
            this.showCurrentMatch();
        }
    }

    handleScroll(event: Event): void {
        const log = event.currentTarget as HTMLElement;
        const metrics = {
            scrollTop: log.scrollTop,
            clientHeight: log.clientHeight,
            scrollHeight: log.scrollHeight
        };
        const intent = scrollIntent(metrics, this.hasEarlier, this.hasLater);
        const move = scrollMove(intent, this.model.layout.following, this.model.search.active);
        if (move === 'follow') {
            this.followLatest(false);
        } else if (move !== null) {
            this.moveWindow(this.model.layout[move]());
        }
    }

    handleShowEarlier(): void {
        this.moveWindow(this.model.layout.earlier());
    }

    handleShowLater(): void {
        this.moveWindow(this.model.layout.later());
    }

    handleJumpToLatest(): void {
        this.followLatest(true);
    }

    async handleCopy(): Promise<void> {
        const call = this.model.followedCall();
        if (!call) {
            return;
        }
        try {
            const context = exportContext(USER_ID, Date.now());
            await navigator.clipboard.writeText(transcriptText(call, context));
            this.showStatus(copiedMessage(call));
        } catch (_ignored) {
            this.showStatus(LABELS.copyFailed);
        }
    }

    handleDownload(): void {
        const call = this.model.followedCall();
        if (!call) {
            return;
        }
        try {
            const file = transcriptFile(call, exportContext(USER_ID, Date.now()));
            if (!file) {
                return;
            }
            const blob = new Blob([file.content], { type: TRANSCRIPT_MIME_TYPE });
            const url = URL.createObjectURL(blob);
            const link = document.createElement('a');
            link.href = url;
            link.download = file.fileName;
            link.click();
            this.revokeLater(url);
            this.showStatus(downloadedMessage(file));
        } catch (_ignored) {
            this.showStatus(LABELS.downloadFailed);
        }
    }

    // ----- helpers -----

    /** Next (1) or previous (-1) match, announced at once: the user asked for it. */
    private moveMatch(step: -1 | 1): void {
        if (!this.model.stepMatch(step)) {
            return;
        }
        this.showCurrentMatch();
        this.searchAnnouncement = matchAnnouncement(this.searchAnnouncement, this.model.search);
    }

    /** Moves the window to the current match (following pauses) and scrolls it into view. */
    private showCurrentMatch(): void {
        this.scroll.revealAfterRender = this.model.moveToCurrentMatch();
        const rowsBefore = this.rows;
        this.refresh();
        const log = this.logElement();
        if (this.rows === rowsBefore && log) {
            // Nothing re-renders (the same match again): scroll now.
            this.scroll.revealCurrent(log);
        }
    }

    /** Puts the reading position from before the search back. */
    private restoreReading(): void {
        this.scroll.revealAfterRender = false;
        const anchor = this.model.restoreReading();
        this.refresh();
        if (anchor && !this.model.layout.following) {
            this.scroll.pendingAnchor = anchor;
        }
    }

    /** Announces the match count once typing pauses, not on every keystroke. */
    private announceMatchesLater(): void {
        if (this.announceTimer !== null) {
            clearTimeout(this.announceTimer);
        }
        this.announceTimer = setTimeout(() => {
            this.announceTimer = null;
            this.searchAnnouncement = matchAnnouncement(this.searchAnnouncement, this.model.search);
        }, ANNOUNCE_MATCHES_MS);
    }

    private moveWindow(position: WindowPosition): void {
        this.model.layout.moveTo(position);
        this.refresh();
    }

    private followLatest(focusLog: boolean): void {
        this.model.layout.follow();
        this.scroll.focusAfterRender = focusLog;
        this.refresh();
    }

    private showStatus(message: string): void {
        this.statusMessage = message;
        if (this.statusTimer !== null) {
            clearTimeout(this.statusTimer);
        }
        this.statusTimer = setTimeout(() => {
            this.statusMessage = '';
            this.statusTimer = null;
        }, STATUS_CLEAR_MS);
    }

    /** Revoking at once can cancel the save in some browsers; free the blob a little later. */
    private revokeLater(url: string): void {
        const timer = setTimeout(() => {
            URL.revokeObjectURL(url);
            this.objectUrls.delete(url);
        }, REVOKE_URL_MS);
        this.objectUrls.set(url, timer);
    }

    private logElement(): HTMLElement | null {
        return this.template?.querySelector<HTMLElement>('[data-id="log"]') ?? null;
    }
}
