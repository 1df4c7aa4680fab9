import { label } from '../../../../../test/useRealLabels';
import { droppedNotice, jumpLabel, panelView, type PanelFacts } from '../panelView';

/** A followed call with lines, following the newest, no search. */
const LIVE: PanelFacts = {
    callId: 'call-1',
    empty: null,
    earlierNotKept: false,
    searching: false,
    filterOnly: false,
    following: true,
    hasEarlier: false,
    newCount: 0,
    matchCount: 0,
    droppedCount: 0,
    utteranceCount: 12
};

describe('panelView', () => {
    it('shows the log and the export buttons for a call with lines', () => {
        expect(panelView(LIVE)).toMatchObject({
            hasCall: true,
            showLog: true,
            emptyTitle: '',
            emptyMessage: '',
            isSearching: false,
            showJump: false,
            droppedText: '',
            exportDisabled: false
        });
    });

    it('says no call is active before any telephony event, with export off', () => {
        const view = panelView({ ...LIVE, callId: null, empty: 'noEvents', utteranceCount: 0 });
        expect(view).toMatchObject({ hasCall: false, showLog: false, exportDisabled: true });
        expect(view.emptyTitle).toBe(label('VCK_Common_NoActiveCall'));
        expect(view.emptyMessage).toBe(label('VCK_Common_NoEventsYet'));
    });

    it('offers "Jump to latest" with the new-line count once the user reads history', () => {
        const view = panelView({ ...LIVE, following: false, newCount: 3 });
        expect(view.showJump).toBe(true);
        expect(view.jumpLabel).toBe('Jump to latest (3 new)');
        expect(panelView({ ...LIVE, following: false }).jumpLabel).toBe('Jump to latest');
    });

    it('hides "Jump to latest" while searching: clearing the search is the way back', () => {
        expect(panelView({ ...LIVE, following: false, searching: true }).showJump).toBe(false);
    });

    it('disables next and previous when the search finds nothing', () => {
        expect(panelView({ ...LIVE, searching: true, matchCount: 0 }).noMatches).toBe(true);
        expect(panelView({ ...LIVE, searching: true, matchCount: 2 }).noMatches).toBe(false);
    });

    it('notes dropped lines, except while only the matches are shown', () => {
        const dropped = { ...LIVE, droppedCount: 40 };
        const note = label('VCK_Transcript_Dropped').replace('{0}', '40');
        expect(panelView(dropped).droppedText).toBe(note);
        expect(panelView({ ...dropped, searching: true }).droppedText).toBe(note);
        expect(panelView({ ...dropped, filterOnly: true }).droppedText).toBe(note);
        expect(panelView({ ...dropped, searching: true, filterOnly: true }).droppedText).toBe('');
    });

    it('puts the refresh notice above the first line, or in the empty state', () => {
        const notKept = { ...LIVE, earlierNotKept: true };
        expect(panelView(notKept).showNotKeptInLog).toBe(true);
        expect(panelView({ ...notKept, hasEarlier: true }).showNotKeptInLog).toBe(false);
        expect(panelView({ ...notKept, searching: true }).showNotKeptInLog).toBe(false);
        const empty = panelView({ ...notKept, empty: 'noUtterances', utteranceCount: 0 });
        expect(empty.showNotKeptHint).toBe(true);
        expect(empty.emptyMessage).toBe(label('VCK_Transcript_NotKeptAfterRefresh'));
        expect(panelView(notKept).showNotKeptHint).toBe(false);
    });

    it('formats the jump label and the dropped note on their own', () => {
        expect(jumpLabel(0)).toBe(label('VCK_Transcript_JumpToLatest'));
        expect(droppedNotice(0, false)).toBe('');
        expect(droppedNotice(5, true)).toBe('');
    });
});
