/**
 * The panel's state without the DOM: which call is followed (the user's pick, else the shared
 * rule), its find-in-place session and the window of rows over its lines. The component feeds it
 * console states and user actions and copies each refresh into its fields; measuring and
 * scrolling the log stay in the component.
 */
import type { CallState, ConsoleState, Utterance } from 'c/voiceEventBus';
import {
    callOptions,
    earlierLinesNotKept,
    followedCallId,
    type CallOption
} from 'c/voiceViewUtils';
import { createTermQuery, parseKeywords } from './highlight';
import { panelView, type PanelView } from './panelView';
import type { ScrollAnchor } from './scrollFollow';
import { SearchSession, type SearchChange } from './searchSession';
import { TranscriptLayout } from './transcriptLayout';
import { emptyState, type TranscriptRow } from './transcriptView';
import { FOLLOWING } from './transcriptWindow';

const NO_UTTERANCES: readonly Utterance[] = [];

/** What one refresh produced: the values the template shows. */
export interface TranscriptRefresh extends PanelView {
    /** Another call is followed than at the refresh before. */
    callChanged: boolean;
    /** The rows to render when they changed, else null. */
    rows: TranscriptRow[] | null;
    callId: string | null;
    callChoices: CallOption[];
    hasEarlier: boolean;
    hasLater: boolean;
    following: boolean;
    /** "3 of 437" while searching, else ''. */
    matchPositionText: string;
}

export class TranscriptModel {
    readonly search = new SearchSession();
    readonly layout = new TranscriptLayout();
    callId: string | null = null;
    /** The switcher's options; a new array only when they change, so it does not re-render. */
    callChoices: CallOption[] = [];
    private consoleState: ConsoleState | null = null;
    private pickedCallId: string | null = null;
    private optionsKey = '';
    private keywords: string[] = [];

    setConsoleState(state: ConsoleState): void {
        this.consoleState = state;
    }

    pickCall(callId: string | null): void {
        this.pickedCallId = callId;
    }

    /** Comma-separated words highlighted besides the search term. */
    setKeywords(value: unknown): void {
        this.keywords = parseKeywords(value);
        this.rebuildHighlighting();
    }

    followedCall(): CallState | null {
        return (this.callId && this.consoleState?.calls[this.callId]) || null;
    }

    transcript(): readonly Utterance[] {
        const call = this.callId ? this.consoleState?.calls[this.callId] : undefined;
        return call?.transcript ?? NO_UTTERANCES;
    }

    /** The utterance `id` of `callId` when it arrived as the newest of the followed call. */
    arrivedNewest(callId: string, id: string): Utterance | null {
        const transcript = this.transcript();
        const newest = transcript[transcript.length - 1];
        return callId === this.callId && newest?.id === id ? newest : null;
    }

    /**
     * Recomputes what is shown. Per event this is O(log n) plus the window: the search result is
     * updated incrementally, the window is found by binary search and rows come from a cache.
     */
    refresh(): TranscriptRefresh {
        const state = this.consoleState;
        const callId = state ? followedCallId(state, this.pickedCallId) : null;
        const callChanged = callId !== this.callId;
        if (callChanged) {
            this.callId = callId;
            // Rows of the call left behind are not kept: finished calls stay in the state (20).
            this.layout.reset();
            this.search.resetCall();
        }
        this.updateCallChoices(state);
        const call = callId && state ? state.calls[callId] : undefined;
        const transcript = call?.transcript ?? NO_UTTERANCES;
        this.search.sync(transcript, this.readingFrom());
        const list = this.search.list(transcript);
        const rows = this.layout.layout(list, this.search.current);
        const { hasEarlier, hasLater, following } = this.layout;
        const searching = this.search.active;
        return {
            callChanged,
            rows,
            callId,
            callChoices: this.callChoices,
            hasEarlier,
            hasLater,
            following,
            matchPositionText: searching ? this.search.positionText : '',
            ...panelView({
                callId,
                empty: emptyState(state, transcript.length, list.length, call !== undefined),
                earlierNotKept: call ? earlierLinesNotKept(call) : false,
                searching,
                filterOnly: this.search.filterOnly,
                following,
                hasEarlier,
                newCount: this.layout.newCount,
                matchCount: this.search.matches.length,
                droppedCount: call?.droppedUtterances ?? 0,
                utteranceCount: transcript.length
            })
        };
    }

    /**
     * Takes a new search value. A search that starts saves where the user was reading
     * (`readingAnchor` measures the row on screen) so that clearing it can put that back.
     */
    setSearchTerm(value: string, readingAnchor: () => ScrollAnchor | null): SearchChange {
        const change = this.search.setTerm(value);
        if (change === 'same') {
            return change;
        }
        if (change === 'started') {
            this.search.saved = {
                position: this.layout.position,
                lastSeen: this.layout.lastSeen,
                anchor: this.layout.following ? null : readingAnchor()
            };
        }
        this.rebuildHighlighting();
        return change;
    }

    /** Next (1) or previous (-1) match; false when there is none. */
    stepMatch(step: -1 | 1): boolean {
        return this.search.step(step) !== null;
    }

    /**
     * Moves the window to the current match (following pauses), or pins it while searching finds
     * nothing. True when there is a current match to scroll into view.
     */
    moveToCurrentMatch(): boolean {
        const transcript = this.transcript();
        this.search.sync(transcript, this.readingFrom());
        const current = this.search.current;
        if (current) {
            this.layout.moveTo(this.layout.revealing(this.search.list(transcript), current));
        } else if (this.layout.following) {
            this.layout.moveTo(this.layout.pinned());
        }
        return current !== null;
    }

    /** Puts the window from before the search back; returns the row to keep in place, if any. */
    restoreReading(): ScrollAnchor | null {
        const saved = this.search.saved;
        this.search.saved = null;
        this.layout.restore(saved?.position ?? FOLLOWING, saved?.lastSeen ?? null);
        return saved?.anchor ?? null;
    }

    /** Where a search starts when there is no current match: the reader's window, if pinned. */
    private readingFrom(): Utterance | null {
        const position = this.layout.position;
        return position.follow ? null : position.anchor;
    }

    private updateCallChoices(state: ConsoleState | null): void {
        const options = state ? callOptions(state) : [];
        const key = JSON.stringify(options);
        if (key !== this.optionsKey) {
            this.optionsKey = key;
            this.callChoices = options;
        }
    }

    private rebuildHighlighting(): void {
        this.layout.setQuery(createTermQuery([...this.search.query.terms, ...this.keywords]));
    }
}
