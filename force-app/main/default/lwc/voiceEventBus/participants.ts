/**
 * Folds a call's time-ordered leg log (hold, resume, added, removed, conference, swap) into
 * participants. Folding from the sorted log, rather than mutating per event, is what makes
 * the result independent of delivery order and duplicates.
 */
import { CALLER_KEY, type LegEntry, type Participant } from './consoleState';

/**
 * A swap closer than this to the last swap applied is that swap delivered again (swap is the
 * only toggle). Copies come from a second window's bus, which stamps its own arrival time.
 */
export const SWAP_DEDUPE_MS = 1000;

/** Hold/resume name a phone number or Quick Connect name; the caller's or none means the caller. */
function keyFor(participant: string | null, caller: string | null): string {
    return participant === null || participant === caller ? CALLER_KEY : participant;
}

export function foldParticipants(
    legs: readonly LegEntry[],
    caller: string | null,
    startedAt: number
): { participants: Participant[]; conferenced: boolean } {
    const byKey = new Map<string, Participant>();
    byKey.set(CALLER_KEY, {
        key: CALLER_KEY,
        name: caller,
        role: 'caller',
        onHold: false,
        holdStartedAt: null,
        joinedAt: startedAt
    });
    const ensure = (key: string, name: string | null, at: number): Participant => {
        let participant = byKey.get(key);
        if (!participant) {
            participant = {
                key,
                name,
                role: key === CALLER_KEY ? 'caller' : 'thirdParty',
                onHold: false,
                holdStartedAt: null,
                joinedAt: at
            };
            byKey.set(key, participant);
        }
        return participant;
    };
    const setHold = (participant: Participant, onHold: boolean, at: number): void => {
        if (onHold && !participant.onHold) {
            participant.holdStartedAt = at;
        }
        participant.onHold = onHold;
        if (!onHold) {
            participant.holdStartedAt = null;
        }
    };

    let conferenced = false;
    let lastAppliedSwapAt = -Infinity;
    for (const leg of legs) {
        const key = keyFor(leg.participant, caller);
        switch (leg.kind) {
            case 'added':
                ensure(key, leg.participant, leg.at);
                break;
            case 'removed':
                if (key !== CALLER_KEY) {
                    byKey.delete(key);
                }
                break;
            case 'hold':
            case 'resume':
                setHold(ensure(key, leg.participant, leg.at), leg.kind === 'hold', leg.at);
                conferenced = conferenced && leg.kind === 'resume';
                break;
            case 'conference':
                byKey.forEach((participant) => setHold(participant, false, leg.at));
                conferenced = true;
                break;
            case 'swap':
                // Measured from the last swap applied, not the last seen: otherwise a chain of
                // copies (each under the window from the one before) would swallow a real swap.
                if (leg.at - lastAppliedSwapAt >= SWAP_DEDUPE_MS) {
                    byKey.forEach((participant) =>
                        setHold(participant, !participant.onHold, leg.at)
                    );
                    conferenced = false;
                    lastAppliedSwapAt = leg.at;
                }
                break;
            default:
                break;
        }
    }
    const participants = [...byKey.values()].sort(
        (a, b) =>
            Number(b.role === 'caller') - Number(a.role === 'caller') ||
            (a.joinedAt ?? 0) - (b.joinedAt ?? 0)
    );
    return { participants, conferenced };
}
