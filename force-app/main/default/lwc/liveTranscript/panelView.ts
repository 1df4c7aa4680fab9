/**
 * What the panel shows around the rows: whether there is a call and a log, the empty state's
 * texts, the search controls, "Jump to latest", and the notes about dropped lines and lines not
 * kept after a refresh. Pure: one refresh's facts in, the template's values out.
 */
import { formatLabel } from 'c/voiceViewUtils';
import { LABELS } from './labels';
import { emptyTexts, type EmptyState } from './transcriptView';

/** One refresh's facts about the followed call, its search and its window. */
export interface PanelFacts {
    callId: string | null;
    empty: EmptyState;
    /** A page reload did not keep this call's earlier lines (earlierLinesNotKept). */
    earlierNotKept: boolean;
    searching: boolean;
    /** Only the matching lines are shown (when searching). */
    filterOnly: boolean;
    following: boolean;
    hasEarlier: boolean;
    newCount: number;
    matchCount: number;
    droppedCount: number;
    utteranceCount: number;
}

/** The values the template binds, besides the rows. */
export interface PanelView {
    hasCall: boolean;
    showLog: boolean;
    emptyTitle: string;
    emptyMessage: string;
    isSearching: boolean;
    noMatches: boolean;
    showJump: boolean;
    jumpLabel: string;
    /** The refresh notice above the first line (lines after the reload show below it). */
    showNotKeptInLog: boolean;
    showNotKeptHint: boolean;
    droppedText: string;
    exportDisabled: boolean;
}

/** "Jump to latest (3 new)", or "Jump to latest" when nothing arrived since the user left. */
export function jumpLabel(newCount: number): string {
    return newCount > 0 ? formatLabel(LABELS.jumpToLatestNew, newCount) : LABELS.jumpToLatest;
}

/**
 * The note above the first line that the bus dropped `droppedCount` earlier lines; none when
 * there are none, or while only the matches are shown (the note is about every line).
 */
export function droppedNotice(droppedCount: number, matchesOnly: boolean): string {
    return droppedCount > 0 && !matchesOnly ? formatLabel(LABELS.dropped, droppedCount) : '';
}

export function panelView(facts: PanelFacts): PanelView {
    const { empty, earlierNotKept, searching } = facts;
    const texts = emptyTexts(empty, earlierNotKept);
    return {
        hasCall: facts.callId !== null,
        showLog: empty === null,
        emptyTitle: texts.title,
        emptyMessage: texts.message,
        isSearching: searching,
        noMatches: facts.matchCount === 0,
        // Following is paused while searching: the way back is clearing the search.
        showJump: !facts.following && empty === null && !searching,
        jumpLabel: jumpLabel(facts.newCount),
        showNotKeptInLog: earlierNotKept && !facts.hasEarlier && !searching,
        showNotKeptHint: earlierNotKept && empty === 'noUtterances',
        droppedText: droppedNotice(facts.droppedCount, searching && facts.filterOnly),
        exportDisabled: facts.utteranceCount === 0
    };
}
