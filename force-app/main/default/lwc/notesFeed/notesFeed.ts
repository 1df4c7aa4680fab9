import { LightningElement, api, wire } from 'lwc';
import { MessageContext, type MessageContextValue } from 'lightning/messageService';
import TITLE from '@salesforce/label/c.VCK_NotesFeed_Title';
import NO_NOTES from '@salesforce/label/c.VCK_NotesFeed_NoNotes';
import LOG_LABEL from '@salesforce/label/c.VCK_NotesFeed_LogLabel';
import SHOW_FLAG_EVENTS from '@salesforce/label/c.VCK_NotesFeed_ShowFlagEvents';
import NOT_KEPT from '@salesforce/label/c.VCK_NotesFeed_NotKeptAfterRefresh';
import KEEP_HINT from '@salesforce/label/c.VCK_Common_KeepAfterRefreshHint';
import NO_EVENTS from '@salesforce/label/c.VCK_Common_NoEventsYet';
import EVENTS_SEEN from '@salesforce/label/c.VCK_Common_EventsSeen';
import NO_ACTIVE_CALL from '@salesforce/label/c.VCK_Common_NoActiveCall';
import {
    subscribeToVoiceConsole,
    type ConsoleState,
    type ConsoleSubscription
} from 'c/voiceEventBus';
import {
    callOptions,
    followedCallId,
    keepConversationRequest,
    type CallOption
} from 'c/voiceViewUtils';
import {
    feedSources,
    notesFeedView,
    sameSources,
    type FeedEmptyState,
    type FeedEntry
} from './notesFeedView';

/** Design attributes arrive as booleans; markup and older builders may pass "false". */
function booleanOf(value: unknown, fallback: boolean): boolean {
    if (typeof value === 'boolean') {
        return value;
    }
    if (value === 'false') {
        return false;
    }
    return value === 'true' ? true : fallback;
}

/**
 * Notes between rep and supervisor of the call every panel follows (the call switcher picks
 * another, labelled as in every panel), in time order with role, name and time; flag raises and
 * lowers shown inline as context (switchable).
 */
export default class NotesFeed extends LightningElement {
    @wire(MessageContext) messageContext: MessageContextValue | undefined;

    labels = {
        TITLE,
        NO_NOTES,
        LOG_LABEL,
        SHOW_FLAG_EVENTS,
        NOT_KEPT,
        KEEP_HINT,
        NO_EVENTS,
        EVENTS_SEEN,
        NO_ACTIVE_CALL
    };

    entries: FeedEntry[] = [];
    empty: FeedEmptyState = 'noEvents';
    earlierNotKept = false;
    callId: string | null = null;
    callChoices: CallOption[] = [];
    /** Whether flag raises and lowers show; starts from the design attribute, the user may switch. */
    flagEventsShown = true;

    private state: ConsoleState | null = null;
    private sources: unknown[] | null = null;
    private optionsKey = '';
    private pickedCallId: string | null = null;
    private subscription: ConsoleSubscription | null = null;
    /** keepConversationAfterRefresh, held on the bus while connected (as on every panel). */
    private readonly keepConversation = keepConversationRequest();

    /** Show flag raises and lowers among the notes (default true). */
    @api
    get showFlagEvents(): boolean {
        return this.flagEventsShown;
    }
    set showFlagEvents(value: boolean) {
        this.flagEventsShown = booleanOf(value, true);
        this.rebuild();
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
        this.keepConversation.connect();
        this.subscription = subscribeToVoiceConsole(this.messageContext, (state) =>
            this.handleConsole(state)
        );
    }

    disconnectedCallback(): void {
        this.subscription?.unsubscribe();
        this.subscription = null;
        this.keepConversation.disconnect();
    }

    get noEvents(): boolean {
        return this.empty === 'noEvents';
    }

    get noCall(): boolean {
        return this.empty === 'noCall';
    }

    get noNotes(): boolean {
        return this.empty === 'noNotes';
    }

    handleFlagEventsChange(event: Event): void {
        this.flagEventsShown = Boolean((event.target as HTMLInputElement | null)?.checked);
        this.rebuild();
    }

    handleCallChange(event: CustomEvent<{ callId: string }>): void {
        this.pickedCallId = event.detail.callId;
        if (this.state) {
            this.handleConsole(this.state);
        }
    }

    private handleConsole(state: ConsoleState): void {
        this.state = state;
        const callId = followedCallId(state, this.pickedCallId);
        const options = callOptions(state);
        // Reassigned only when they change, so the switcher does not re-render per event.
        const key = JSON.stringify(options);
        if (key !== this.optionsKey) {
            this.optionsKey = key;
            this.callChoices = options;
        }
        const sources = feedSources(state, callId);
        if (!sameSources(this.sources, sources)) {
            this.sources = sources;
            this.rebuild();
        }
    }

    private rebuild(): void {
        if (!this.state) {
            return;
        }
        const view = notesFeedView(
            this.state,
            followedCallId(this.state, this.pickedCallId),
            this.flagEventsShown
        );
        this.callId = view.callId;
        this.entries = view.entries;
        this.empty = view.empty;
        this.earlierNotKept = view.earlierNotKept;
    }
}
