/**
 * Pairs flag raises with lowers. A lower names the raise's id when the telephony system reuses
 * it; otherwise it lowers the call's latest raise before it. Folding from both sorted lists
 * keeps the result the same whatever order the events came in.
 */
import type { ConversationRecord, Flag } from './consoleState';

export function foldFlags(
    raises: readonly ConversationRecord[],
    lowers: readonly ConversationRecord[]
): Flag[] {
    const flags: Flag[] = raises.map((raise) => ({
        id: raise.id,
        callId: raise.callId,
        voiceCallId: raise.voiceCallId,
        message: raise.text,
        raisedBy: raise.sender,
        raisedAt: raise.at,
        lowered: null
    }));
    for (const lower of lowers) {
        const target =
            flags.find((flag) => flag.id === lower.id && flag.lowered === null) ??
            [...flags].reverse().find((flag) => flag.lowered === null && flag.raisedAt <= lower.at);
        if (target) {
            target.lowered = { id: lower.id, at: lower.at, by: lower.sender };
        }
    }
    return flags;
}
