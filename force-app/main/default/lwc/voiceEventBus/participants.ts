/**
 * Folds a call's time-ordered leg log (hold, resume, added, removed, conference, swap) into
 * participants. Folding from the sorted log, rather than mutating per event, is what makes
 * the result independent of delivery order and duplicates.
 */
import { CALLER_KEY, type LegEntry, type Participant } from './consoleState';

/**
 * How far apart two windows' observations of one hold, resume, participant change, conference
 * or swap can arrive and still be taken for the same event (an assumption, see
 * docs/ARCHITECTURE.md). Never applied to one window's own events: a window's bus observes each
 * telephony event once, so its swaps are all genuine, however quick.
 */
export const SWAP_DEDUPE_MS = 1000;

/**
 * Which of a call's legs (sorted) are first observations of a telephony event, index by index.
 * These events carry no id, and a second window's bus observes each of them again, a little
 * later: applied at its own time, a copy of a hold after a quick swap would put the wrong party
 * back on hold, and a copy of a swap would undo it. So copies are recognised by who observed
 * them: a leg of the same kind and participant observed by another window within
 * SWAP_DEDUPE_MS of one this window has no copy of yet is that event again; two legs observed
 * by the same window are always two events. Folded from the sorted legs: the same result in
 * any arrival order.
 */
export function firstObservations(legs: readonly LegEntry[]): boolean[] {
    const open = new Map<string, Array<{ at: number; observers: Set<string> }>>();
    return legs.map((leg) => {
        const key = `${leg.kind}|${leg.participant ?? ''}`;
        const observer = leg.origin ?? '';
        const recent = (open.get(key) ?? []).filter((seen) => leg.at - seen.at < SWAP_DEDUPE_MS);
        const copyOf = recent.find((seen) => !seen.observers.has(observer));
        if (copyOf) {
            copyOf.observers.add(observer);
        } else {
            recent.push({ at: leg.at, observers: new Set([observer]) });
        }
        open.set(key, recent);
        return !copyOf;
    });
}

/** Hold/resume name a phone number or Quick Connect name; the caller's or none means the caller. */
function keyFor(participant: string | null, caller: string | null): string {
    return participant === null || participant === caller ? CALLER_KEY : participant;
}

/** What a walk over the legs reports: each hold period of a participant, as it starts and ends. */
export interface HoldObserver {
    holdStarted(key: string, at: number): void;
    holdEnded(key: string, at: number): void;
}

/**
 * The one walk over a call's legs: participants as the legs leave them, and each hold period
 * (start and end) to `observer`. foldParticipants and the hold figures (callFigures.ts) both
 * use it, so a hold counted is a hold shown. A participant removed while held ends its hold.
 */
export function walkLegs(
    legs: readonly LegEntry[],
    caller: string | null,
    startedAt: number,
    observer: HoldObserver | null = null
): { participants: Participant[]; conferenced: boolean } {
    const byKey = new Map<string, Participant>();
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
    ensure(CALLER_KEY, caller, startedAt);
    const setHold = (participant: Participant, onHold: boolean, at: number): void => {
        if (onHold && !participant.onHold) {
            participant.holdStartedAt = at;
            observer?.holdStarted(participant.key, at);
        } else if (!onHold && participant.onHold) {
            observer?.holdEnded(participant.key, at);
        }
        participant.onHold = onHold;
        if (!onHold) {
            participant.holdStartedAt = null;
        }
    };

    let conferenced = false;
    const first = firstObservations(legs);
    legs.forEach((leg, index) => {
        if (!first[index]) {
            return;
        }
        const key = keyFor(leg.participant, caller);
        switch (leg.kind) {
            case 'added':
                ensure(key, leg.participant, leg.at);
                break;
            case 'removed': {
                const removed = byKey.get(key);
                if (key !== CALLER_KEY && removed) {
                    setHold(removed, false, leg.at);
                    byKey.delete(key);
                }
                break;
            }
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
                byKey.forEach((participant) => setHold(participant, !participant.onHold, leg.at));
                conferenced = false;
                break;
            default:
                break;
        }
    });
    const participants = [...byKey.values()].sort(
        (a, b) =>
            Number(b.role === 'caller') - Number(a.role === 'caller') ||
            (a.joinedAt ?? 0) - (b.joinedAt ?? 0)
    );
    return { participants, conferenced };
}

/** The call's participants and conference flag, folded from its sorted legs. */
export function foldParticipants(
    legs: readonly LegEntry[],
    caller: string | null,
    startedAt: number
): { participants: Participant[]; conferenced: boolean } {
    return walkLegs(legs, caller, startedAt);
}
