/**
 * Pairs flag raises with lowers. A lower that names a raise's id (when the telephony system
 * reuses it) closes that raise; every other lower closes the call's latest open raise before
 * it. Id matches are settled first, so a positional lower can never take a raise that a later
 * lower names. Folding from both sorted lists keeps the result the same in any arrival order.
 */
import type { ConversationRecord, Flag } from './consoleState';

function loweredBy(lower: ConversationRecord): NonNullable<Flag['lowered']> {
    return { id: lower.id, at: lower.at, receivedAt: lower.receivedAt, by: lower.sender };
}

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
        raisedReceivedAt: raise.receivedAt,
        lowered: null
    }));
    const byId = new Map(flags.map((flag) => [flag.id, flag]));
    const positional: ConversationRecord[] = [];
    for (const lower of lowers) {
        const named = byId.get(lower.id);
        if (named && named.lowered === null) {
            named.lowered = loweredBy(lower);
        } else {
            positional.push(lower);
        }
    }
    for (const lower of positional) {
        const target = flags.findLast((flag) => flag.lowered === null && flag.raisedAt <= lower.at);
        if (target) {
            target.lowered = loweredBy(lower);
        }
    }
    return flags;
}
