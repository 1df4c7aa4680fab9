import { LightningElement, api, wire } from 'lwc';
import USER_ID from '@salesforce/user/Id';
import { MessageContext, type MessageContextValue } from 'lightning/messageService';
import {
    subscribeToVoiceConsole,
    type CallState,
    type ConsoleState,
    type ConsoleSubscription,
    type ConsoleUpdate,
    type Utterance
} from 'c/voiceEventBus';
import {
    callOptions,
    earlierLinesNotKept,
    followedCallId,
    formatLabel,
    keepConversationRequest,
    type CallOption
} from 'c/voiceViewUtils';
import { createTermQuery, parseKeywords } from './highlight';
import { LABELS } from './labels';
import { centredScrollTop, scrollIntent, type ScrollAnchor } from './scrollFollow';
import { SearchSession, searchStep } from './searchSession';
import { TranscriptLayout } from './transcriptLayout';
import {
    speakerLabel,
    transcriptFileName,
    transcriptText,
    type ExportContext
} from './transcriptText';
import {
    asBoolean,
    clampMaxUtterances,
    emptyState,
    emptyTexts,
    MAX_UTTERANCES,
    nextAnnouncement,
    type EmptyState,
    type TranscriptRow
} from './transcriptView';
import { FOLLOWING, type WindowPosition } from './transcriptWindow';

/** How long copy/download feedback stays on screen. */
export const STATUS_CLEAR_MS = 6000;
/** How long a download's object URL lives: long enough for every browser to start saving. */
export const REVOKE_URL_MS = 10000;
/** Quiet time after the last keystroke before the match count is announced. */
export const ANNOUNCE_MATCHES_MS = 700;

const NO_UTTERANCES: readonly Utterance[] = [];

/**
 * Live transcript of the call the user follows: chat-style utterances in the bus's order,
 * auto-scroll that pauses while the user reads history or searches, find in place (or filtering)
 * and keyword highlighting, copy and download as plain text with a header. Only a window of rows is in the DOM (see transcriptWindow.ts).
 * View state comes from the pure functions beside this file; this class wires the bus and the
 * scroll container.
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
    following = true;
    hasEarlier = false;
    hasLater = false;
    newCount = 0;
    matchCount = 0;
    /** "3 of 437" while searching. */
    matchPositionText = '';
    /** The match count for the polite region: after typing stops, or on next/previous. */
    searchAnnouncement = '';
    filterOnly = false;
    utteranceCount = 0;
    droppedCount = 0;
    empty: EmptyState = 'noEvents';
    /** A page reload did not keep this call's earlier lines (earlierLinesNotKept). */
    earlierNotKept = false;
    /** The newest utterance, for the polite announcer (never the whole log). */
    announcement = '';
    /** Copy/download feedback. */
    statusMessage = '';
    canCopy = false;
    timestampsShown = true;

    private keywordsText = '';
    private keywords: string[] = [];
    private search = new SearchSession();
    private layout = new TranscriptLayout();
    private consoleState: ConsoleState | null = null;
    private subscription: ConsoleSubscription | null = null;
    private pickedCallId: string | null = null;
    private optionsKey = '';
    private pendingAnchor: ScrollAnchor | null = null;
    /** The rows as last rendered (what the DOM shows). */
    private renderedRows: TranscriptRow[] = [];
    private connected = false;
    private focusLogAfterRender = false;
    /** The current match changed: scroll its row into view after the render. */
    private revealAfterRender = false;
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
        this.keywords = parseKeywords(value);
        this.rebuildHighlighting();
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
        if (this.statusTimer !== null) {
            clearTimeout(this.statusTimer);
            this.statusTimer = null;
        }
        if (this.announceTimer !== null) {
            clearTimeout(this.announceTimer);
            this.announceTimer = null;
        }
        for (const [url, timer] of this.objectUrls) {
            clearTimeout(timer);
            URL.revokeObjectURL(url);
        }
        this.objectUrls.clear();
    }

    renderedCallback(): void {
        if (this.layout.trimPending) {
            this.layout.trimPending = false;
            // A microtask: the second step renders before the browser paints.
            Promise.resolve().then(() => {
                if (this.connected) {
                    this.refresh();
                }
            });
        }
        const log = this.logElement();
        const anchor = this.pendingAnchor;
        this.pendingAnchor = null;
        this.renderedRows = log ? this.rows : [];
        if (!log) {
            return;
        }
        if (this.layout.following) {
            log.scrollTop = log.scrollHeight;
        } else if (this.revealAfterRender) {
            this.revealCurrent(log);
        } else if (anchor) {
            const { key, offset } = anchor;
            const row = this.rowElements(log)[this.rows.findIndex((item) => item.key === key)];
            if (row) {
                log.scrollTop = row.offsetTop - offset;
            }
        }
        if (this.focusLogAfterRender) {
            this.focusLogAfterRender = false;
            log.focus();
        }
    }

    // ----- template state -----

    get hasCall(): boolean {
        return this.callId !== null;
    }

    get showLog(): boolean {
        return this.empty === null;
    }

    get emptyTitle(): string {
        return emptyTexts(this.empty, this.earlierNotKept).title;
    }

    get emptyMessage(): string {
        return emptyTexts(this.empty, this.earlierNotKept).message;
    }

    get isSearching(): boolean {
        return this.search.active;
    }

    get noMatches(): boolean {
        return this.matchCount === 0;
    }

    /** Following is paused while searching: the way back is clearing the search. */
    get showJump(): boolean {
        return !this.following && this.empty === null && !this.isSearching;
    }

    get jumpLabel(): string {
        return this.newCount > 0
            ? formatLabel(LABELS.jumpToLatestNew, this.newCount)
            : LABELS.jumpToLatest;
    }

    /** The refresh notice above the first line (lines after the reload show below it). */
    get showNotKeptInLog(): boolean {
        return this.earlierNotKept && !this.hasEarlier && !this.isSearching;
    }

    get showNotKeptHint(): boolean {
        return this.earlierNotKept && this.empty === 'noUtterances';
    }

    get droppedText(): string {
        return this.droppedCount > 0 && !(this.isSearching && this.filterOnly)
            ? formatLabel(LABELS.dropped, this.droppedCount)
            : '';
    }

    get exportDisabled(): boolean {
        return this.utteranceCount === 0;
    }

    // ----- bus -----

    private handleConsole(state: ConsoleState, update: ConsoleUpdate): void {
        this.consoleState = state;
        this.refresh();
        if (update.kind === 'event' && update.event.type === 'transcript') {
            this.announceIfNewest(update.event.callId, update.event.id);
        }
    }

    /** Announces an utterance that arrived as the newest of the followed call (not a late one). */
    private announceIfNewest(callId: string, id: string): void {
        const transcript = this.transcript();
        const newest = transcript[transcript.length - 1];
        if (callId === this.callId && newest?.id === id) {
            this.announcement = nextAnnouncement(
                this.announcement,
                formatLabel(LABELS.announcement, speakerLabel(newest.sender), newest.text)
            );
        }
    }

    private transcript(): readonly Utterance[] {
        const call = this.callId ? this.consoleState?.calls[this.callId] : undefined;
        return call?.transcript ?? NO_UTTERANCES;
    }

    /**
     * Recomputes what is shown. Per event this is O(log n) plus the window: the search result is
     * updated incrementally, the window is found by binary search and rows come from a cache.
     */
    private refresh(): void {
        const state = this.consoleState;
        const callId = state ? followedCallId(state, this.pickedCallId) : null;
        if (callId !== this.callId) {
            this.callId = callId;
            this.pendingAnchor = null;
            // Rows of the call left behind are not kept: finished calls stay in the state (20).
            this.layout.reset();
            this.announcement = '';
            this.search.resetCall();
        }
        this.updateCallChoices(state);
        const call = callId && state ? state.calls[callId] : undefined;
        const transcript = call?.transcript ?? NO_UTTERANCES;
        this.search.sync(transcript, this.readingFrom());
        const list = this.search.list(transcript);
        const rows = this.layout.layout(list, this.search.current);
        if (rows) {
            this.pendingAnchor = this.layout.following ? null : this.anchorFor(rows);
            this.rows = rows;
        }
        this.hasEarlier = this.layout.hasEarlier;
        this.hasLater = this.layout.hasLater;
        this.following = this.layout.following;
        this.newCount = this.layout.newCount;
        this.matchCount = this.search.matches.length;
        this.matchPositionText = this.search.active ? this.search.positionText : '';
        this.utteranceCount = transcript.length;
        this.droppedCount = call?.droppedUtterances ?? 0;
        this.earlierNotKept = call ? earlierLinesNotKept(call) : false;
        this.empty = emptyState(state, transcript.length, list.length, call !== undefined);
    }

    /** Where a search starts when there is no current match: the reader's window, if pinned. */
    private readingFrom(): Utterance | null {
        const position = this.layout.position;
        return position.follow ? null : position.anchor;
    }

    /** Reassigns the switcher's options only when they change, so it does not re-render per event. */
    private updateCallChoices(state: ConsoleState | null): void {
        const options = state ? callOptions(state) : [];
        const key = JSON.stringify(options);
        if (key !== this.optionsKey) {
            this.optionsKey = key;
            this.callChoices = options;
        }
    }

    /**
     * The first row on screen now (in the DOM as last rendered) that is also in `rows`, with its
     * distance from the top of the viewport, so renderedCallback can put it back where it was.
     */
    private anchorFor(rows: readonly TranscriptRow[]): ScrollAnchor | null {
        const log = this.logElement();
        if (!log) {
            return null;
        }
        const kept = new Set(rows.map((row) => row.key));
        if (this.pendingAnchor && kept.has(this.pendingAnchor.key)) {
            // Not rendered since the last change: the DOM still shows what the anchor measured.
            return this.pendingAnchor;
        }
        const elements = this.rowElements(log);
        for (let index = 0; index < this.renderedRows.length; index += 1) {
            const element = elements[index];
            if (element && kept.has(this.renderedRows[index].key)) {
                return {
                    key: this.renderedRows[index].key,
                    offset: element.offsetTop - log.scrollTop
                };
            }
        }
        return null;
    }

    private rebuildHighlighting(): void {
        this.layout.setQuery(createTermQuery([...this.search.query.terms, ...this.keywords]));
    }

    // ----- user actions -----

    handleCallChange(event: CustomEvent<{ callId: string }>): void {
        this.pickedCallId = event.detail.callId;
        this.refresh();
    }

    handleSearchChange(event: CustomEvent<{ value: string }>): void {
        this.searchTerm = event.detail.value ?? '';
        const change = this.search.setTerm(this.searchTerm);
        if (change === 'same') {
            return;
        }
        if (change === 'started') {
            this.search.saved = {
                position: this.layout.position,
                lastSeen: this.layout.lastSeen,
                anchor: this.layout.following ? null : this.anchorFor(this.renderedRows)
            };
        }
        this.rebuildHighlighting();
        if (change === 'cleared') {
            this.restoreReading();
        } else {
            this.showCurrentMatch();
        }
        this.announceMatchesLater();
    }

    handleSearchKeyDown(event: KeyboardEvent): void {
        const step = searchStep(event);
        if (step !== 0 && this.isSearching) {
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
        this.search.filterOnly = this.filterOnly;
        if (this.isSearching) {
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
        const following = this.layout.following;
        switch (scrollIntent(metrics, this.hasEarlier, this.hasLater)) {
            case 'follow':
                // While searching the bottom is just another place to read.
                if (this.isSearching && following) {
                    this.moveWindow(this.layout.pinned());
                } else if (!following && !this.isSearching) {
                    this.followLatest(false);
                }
                break;
            case 'pin':
                if (following) {
                    this.moveWindow(this.layout.pinned());
                }
                break;
            case 'earlier':
                this.moveWindow(this.layout.earlier());
                break;
            case 'later':
                this.moveWindow(this.layout.later());
                break;
            default:
                break;
        }
    }

    handleShowEarlier(): void {
        this.moveWindow(this.layout.earlier());
    }

    handleShowLater(): void {
        this.moveWindow(this.layout.later());
    }

    handleJumpToLatest(): void {
        this.followLatest(true);
    }

    async handleCopy(): Promise<void> {
        const call = this.followedCall();
        if (!call) {
            return;
        }
        try {
            await navigator.clipboard.writeText(transcriptText(call, this.exportContext()));
            this.showStatus(formatLabel(LABELS.copied, call.transcript.length));
        } catch {
            this.showStatus(LABELS.copyFailed);
        }
    }

    handleDownload(): void {
        const call = this.followedCall();
        if (!call || call.transcript.length === 0) {
            return;
        }
        const context = this.exportContext();
        const fileName = transcriptFileName(
            LABELS.fileNamePrefix,
            call.callId,
            new Date(context.exportedAt)
        );
        try {
            const blob = new Blob([transcriptText(call, context)], {
                type: 'text/plain'
            });
            const url = URL.createObjectURL(blob);
            const link = document.createElement('a');
            link.href = url;
            link.download = fileName;
            link.click();
            this.revokeLater(url);
            this.showStatus(formatLabel(LABELS.downloaded, fileName));
        } catch {
            this.showStatus(LABELS.downloadFailed);
        }
    }

    // ----- helpers -----

    private followedCall(): CallState | null {
        return (this.callId && this.consoleState?.calls[this.callId]) || null;
    }

    private exportContext(): ExportContext {
        return { exportedBy: USER_ID ?? '', exportedAt: Date.now() };
    }

    /** Next (1) or previous (-1) match, announced at once: the user asked for it. */
    private moveMatch(step: -1 | 1): void {
        if (this.search.step(step) === null) {
            return;
        }
        this.showCurrentMatch();
        this.searchAnnouncement = nextAnnouncement(
            this.searchAnnouncement,
            this.search.announcementText
        );
    }

    /** Moves the window to the current match (following pauses) and scrolls it into view. */
    private showCurrentMatch(): void {
        const transcript = this.transcript();
        this.search.sync(transcript, this.readingFrom());
        const current = this.search.current;
        if (current) {
            this.layout.moveTo(this.layout.revealing(this.search.list(transcript), current));
        } else if (this.layout.following) {
            this.layout.moveTo(this.layout.pinned());
        }
        this.revealAfterRender = current !== null;
        const rowsBefore = this.rows;
        this.refresh();
        const log = this.logElement();
        if (this.rows === rowsBefore && log) {
            // Nothing re-renders (the same match again): scroll now.
            this.revealCurrent(log);
        }
    }

    /** Puts the reading position from before the search back. */
    private restoreReading(): void {
        const saved = this.search.saved;
        this.search.saved = null;
        this.revealAfterRender = false;
        this.layout.restore(saved?.position ?? FOLLOWING, saved?.lastSeen ?? null);
        this.refresh();
        if (saved?.anchor && !this.layout.following) {
            this.pendingAnchor = saved.anchor;
        }
    }

    private revealCurrent(log: HTMLElement): void {
        this.revealAfterRender = false;
        const row = log.querySelector<HTMLElement>('li[aria-current="true"]');
        if (row) {
            log.scrollTop = centredScrollTop(row.offsetTop, row.offsetHeight, log.clientHeight);
        }
    }

    /** Announces the match count once typing pauses, not on every keystroke. */
    private announceMatchesLater(): void {
        if (this.announceTimer !== null) {
            clearTimeout(this.announceTimer);
        }
        this.announceTimer = setTimeout(() => {
            this.announceTimer = null;
            this.searchAnnouncement = this.isSearching
                ? nextAnnouncement(this.searchAnnouncement, this.search.announcementText)
                : '';
        }, ANNOUNCE_MATCHES_MS);
    }

    private moveWindow(position: WindowPosition): void {
        this.layout.moveTo(position);
        this.refresh();
    }

    private followLatest(focusLog: boolean): void {
        this.layout.follow();
        this.focusLogAfterRender = focusLog;
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

    private rowElements(log: HTMLElement): HTMLElement[] {
        return Array.from(log.querySelectorAll<HTMLElement>('li[data-row]'));
    }
}
