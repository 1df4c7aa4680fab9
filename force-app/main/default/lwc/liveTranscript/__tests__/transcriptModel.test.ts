import { label } from '../../../../../test/useRealLabels';
import {
    createConsoleState,
    normalizeToolkitEvent,
    reduceConsoleState,
    type ConsoleState,
    type Utterance
} from 'c/voiceEventBus';
import { TranscriptModel } from '../transcriptModel';
import { WINDOW_SIZE } from '../transcriptWindow';
import { T0, utterances } from '../../../../../test/liveTranscript/utterances';

/** A console state with one connected call 'call-1' holding `transcript`. */
function stateWith(transcript: Utterance[]): ConsoleState {
    const connected = normalizeToolkitEvent(
        'callconnected',
        { callId: 'call-1', callType: 'inbound', participant: '+49 30 1234567' },
        T0 - 1000
    );
    if (!connected.ok) {
        throw new Error(connected.reason);
    }
    const state = reduceConsoleState(createConsoleState(), connected.event);
    return { ...state, calls: { 'call-1': { ...state.calls['call-1'], transcript } } };
}

function modelWith(transcript: Utterance[]): TranscriptModel {
    const model = new TranscriptModel();
    model.setConsoleState(stateWith(transcript));
    return model;
}

describe('TranscriptModel', () => {
    it('shows nothing and says so before any telephony event', () => {
        const view = new TranscriptModel().refresh();
        expect(view).toMatchObject({ callId: null, hasCall: false, showLog: false });
        expect(view.emptyMessage).toBe(label('VCK_Common_NoEventsYet'));
    });

    it('follows the call and renders its newest lines, then only when they change', () => {
        const model = modelWith(utterances(3));
        const first = model.refresh();
        expect(first).toMatchObject({ callChanged: true, callId: 'call-1', following: true });
        expect(first.rows?.map((row) => row.key)).toEqual(['u-00000', 'u-00001', 'u-00002']);
        const again = model.refresh();
        expect(again.callChanged).toBe(false);
        expect(again.rows).toBeNull();
    });

    it('keeps the same call options array while the calls do not change', () => {
        const model = modelWith(utterances(1));
        const { callChoices } = model.refresh();
        model.setConsoleState(stateWith(utterances(2)));
        expect(model.refresh().callChoices).toBe(callChoices);
    });

    it('announces only an utterance that arrived as the newest of the followed call', () => {
        const lines = utterances(3);
        const model = modelWith(lines);
        model.refresh();
        expect(model.arrivedNewest('call-1', lines[2].id)).toBe(lines[2]);
        expect(model.arrivedNewest('call-1', lines[1].id)).toBeNull();
        expect(model.arrivedNewest('call-2', lines[2].id)).toBeNull();
    });

    it('moves to the first match and counts matching lines', () => {
        const model = modelWith(utterances(300));
        model.refresh();
        expect(model.setSearchTerm('number 1', () => null)).toBe('started');
        expect(model.moveToCurrentMatch()).toBe(true);
        const view = model.refresh();
        // "number 1", "number 10".."19", "number 100".."199": 111 lines.
        expect(view).toMatchObject({ isSearching: true, noMatches: false, following: false });
        expect(view.matchPositionText).toBe('1 of 111');
        expect(view.showJump).toBe(false);
    });

    it('puts a pinned reader back where they were when the search is cleared', () => {
        const model = modelWith(utterances(WINDOW_SIZE * 3));
        model.refresh();
        model.layout.moveTo(model.layout.earlier());
        model.refresh();
        const reading = model.layout.position;
        const anchor = { key: 'u-00200', offset: 12 };
        model.setSearchTerm('number 5', () => anchor);
        model.moveToCurrentMatch();
        model.refresh();
        expect(model.setSearchTerm('', () => null)).toBe('cleared');
        expect(model.restoreReading()).toBe(anchor);
        expect(model.layout.position).toBe(reading);
        expect(model.refresh().isSearching).toBe(false);
    });

    it('does not measure the screen for a reader who follows the newest lines', () => {
        const model = modelWith(utterances(5));
        model.refresh();
        const measure = jest.fn(() => ({ key: 'u-00001', offset: 0 }));
        model.setSearchTerm('number', measure);
        expect(measure).not.toHaveBeenCalled();
        expect(model.setSearchTerm('', () => null)).toBe('cleared');
        expect(model.restoreReading()).toBeNull();
        expect(model.layout.following).toBe(true);
    });
});
