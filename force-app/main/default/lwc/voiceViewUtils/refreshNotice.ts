/**
 * Whether a panel should say that a call's earlier conversation was not kept across a page
 * reload (CallState.conversationTextDroppedAt). Said only while nothing from before the reload
 * is present: a snapshot from a window that kept the text (a pop-out) brings it back, and the
 * notice goes with it.
 */
import { linesDroppedOnReload, type CallState, type Flag } from 'c/voiceEventBus';

/** Earlier transcript lines were said (spokenAt) and none of them came back. */
export function earlierLinesNotKept(call: CallState): boolean {
    return linesDroppedOnReload(call);
}

/**
 * Notes from before the reload may have existed (no count of them is kept: that would say
 * something about the conversation), and none came back.
 */
export function earlierNotesNotKept(call: CallState): boolean {
    const droppedAt = call.conversationTextDroppedAt;
    return droppedAt !== null && !call.notes.some((note) => note.receivedAt <= droppedAt);
}

/** A flag raised before the reload whose message is gone (it may also have had none). */
export function flagMessageNotKept(call: CallState | undefined, flag: Flag): boolean {
    const droppedAt = call?.conversationTextDroppedAt ?? null;
    return droppedAt !== null && flag.message === null && flag.raisedReceivedAt <= droppedAt;
}
