/**
 * What a rep or supervisor sees of a ConsoleState, built with the panels' own view functions:
 * the call status panel for every call (phase, timers, participants, badges, controls, audio),
 * the live transcript's rows, the flag board's queue and history, and the notes feed. Two
 * states that look the same here look the same on screen at the given moment.
 */
import type { ConsoleState } from 'c/voiceEventBus';
import { buildCallStatusView } from '../../main/default/lwc/callStatusPanel/callStatusView';
import { createTermQuery } from '../../main/default/lwc/liveTranscript/highlight';
import { toTranscriptRow } from '../../main/default/lwc/liveTranscript/transcriptView';
import { notesFeedView } from '../../main/default/lwc/notesFeed/notesFeedView';
import { flagHistory, flagQueue } from '../../main/default/lwc/supervisorFlagBoard/flagBoardView';

const NO_QUERY = createTermQuery([]);

export function visibleConsole(state: ConsoleState, now: number) {
    const callIds = Object.keys(state.calls).sort();
    const statusOf = (pickedCallId: string | null) =>
        buildCallStatusView({
            state,
            pickedCallId,
            now,
            pending: false,
            showControls: true,
            showAudioQuality: true,
            diagnostics: null
        });
    return {
        followedCall: statusOf(null),
        callStatus: callIds.map(statusOf),
        transcripts: callIds.map((callId) =>
            state.calls[callId].transcript.map((utterance) => toTranscriptRow(utterance, NO_QUERY))
        ),
        flagQueue: flagQueue(state),
        flagHistory: flagHistory(state, 50),
        // The feed shows the followed call's notes; every call's, as the rep may pick any.
        notes: callIds.map((callId) => notesFeedView(state, callId, true))
    };
}
