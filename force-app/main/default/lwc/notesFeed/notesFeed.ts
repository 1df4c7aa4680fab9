import { LightningElement, api, wire } from 'lwc';
import { MessageContext, type MessageContextValue } from 'lightning/messageService';
import TITLE from '@salesforce/label/c.VCK_NotesFeed_Title';
import NO_NOTES from '@salesforce/label/c.VCK_NotesFeed_NoNotes';
import LOG_LABEL from '@salesforce/label/c.VCK_NotesFeed_LogLabel';
import SHOW_FLAG_EVENTS from '@salesforce/label/c.VCK_NotesFeed_ShowFlagEvents';
import NO_EVENTS from '@salesforce/label/c.VCK_Common_NoEventsYet';
import {
    subscribeToVoiceConsole,
    type ConsoleState,
    type ConsoleSubscription
} from 'c/voiceEventBus';
import { feedSources, notesFeedView, sameSources, type FeedGroup } from './notesFeedView';

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
 * Notes between rep and supervisor in time order, with role, name and time; flag raises and
 * lowers shown inline as context (switchable). One group per call when several calls have notes.
 */
export default class NotesFeed extends LightningElement {
    @wire(MessageContext) messageContext: MessageContextValue | undefined;

    labels = { TITLE, NO_NOTES, LOG_LABEL, SHOW_FLAG_EVENTS, NO_EVENTS };

    groups: FeedGroup[] = [];
    grouped = false;
    isEmpty = true;
    hasEvents = false;
    /** Whether flag raises and lowers show; starts from the design attribute, the user may switch. */
    flagEventsShown = true;

    private state: ConsoleState | null = null;
    private sources: unknown[] | null = null;
    private subscription: ConsoleSubscription | null = null;

    /** Show flag raises and lowers among the notes (default true). */
    @api
    get showFlagEvents(): boolean {
        return this.flagEventsShown;
    }
    set showFlagEvents(value: boolean) {
        this.flagEventsShown = booleanOf(value, true);
        this.rebuild();
    }

    connectedCallback(): void {
        this.subscription = subscribeToVoiceConsole(this.messageContext, (state) =>
            this.handleConsole(state)
        );
    }

    disconnectedCallback(): void {
        this.subscription?.unsubscribe();
        this.subscription = null;
    }

    handleFlagEventsChange(event: Event): void {
        this.flagEventsShown = Boolean((event.target as HTMLInputElement | null)?.checked);
        this.rebuild();
    }

    private handleConsole(state: ConsoleState): void {
        this.state = state;
        this.hasEvents = state.lastEventAt !== null;
        const sources = feedSources(state);
        if (!sameSources(this.sources, sources)) {
            this.sources = sources;
            this.rebuild();
        }
    }

    private rebuild(): void {
        if (!this.state) {
            return;
        }
        const view = notesFeedView(this.state, this.flagEventsShown);
        this.groups = view.groups;
        this.grouped = view.grouped;
        this.isEmpty = view.isEmpty;
    }
}
