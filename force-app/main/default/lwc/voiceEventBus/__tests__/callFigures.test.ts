import {
    CALLER_KEY,
    afterCallWorkMs,
    callDurationMs,
    callFlags,
    createConsoleState,
    followedCallId,
    holdSummary,
    normalizeToolkitEvent,
    reduceConsoleState,
    ringingMs,
    selectFollowedCall,
    speakerCounts,
    type ConsoleState,
    type VoiceEvent,
    type VoiceEventType
} from 'c/voiceEventBus';
import { documentedEvent } from './fixtures';

const T = 1718000000000;
const CALL = 'call-1';
const CALLER = '+1 (415) 555-0100';
const THIRD = '+1 (650) 555-0199';

/** The documented payload of `type` for CALL, arriving at T + offset, with some fields changed. */
function ev(
    type: VoiceEventType,
    offset: number,
    detail: Record<string, unknown> = {}
): VoiceEvent {
    const base = documentedEvent(type).detail as Record<string, unknown>;
    const result = normalizeToolkitEvent(type, { ...base, callId: CALL, ...detail }, T + offset);
    if (!result.ok) {
        throw new Error(`${type} rejected: ${result.reason}`);
    }
    return result.event;
}

function apply(events: VoiceEvent[], state: ConsoleState = createConsoleState()): ConsoleState {
    return events.reduce((current, event) => reduceConsoleState(current, event), state);
}

const connected = (offset = 0) => [
    ev('callstarted', offset - 4000, { participant: CALLER }),
    ev('callconnected', offset, { participant: CALLER })
];

describe('call figures: what a component shows about the followed call', () => {
    it('follows the active call, or the picked one while it is known', () => {
        const state = apply(connected());
        expect(followedCallId(state)).toBe(CALL);
        expect(selectFollowedCall(state)?.caller).toBe(CALLER);
        expect(followedCallId(state, 'gone')).toBe(CALL);
        expect(selectFollowedCall(createConsoleState())).toBeNull();
    });

    it('times the call from connect, frozen at its end; ringing only while it rings', () => {
        const ringing = apply([ev('callstarted', -4000, { participant: CALLER })]);
        expect(ringingMs(ringing.calls[CALL], T)).toBe(4000);
        // While it rings, the duration has not begun.
        expect(callDurationMs(ringing.calls[CALL], T)).toBe(0);

        const talking = apply(connected());
        expect(ringingMs(talking.calls[CALL], T + 90_000)).toBe(0);
        expect(callDurationMs(talking.calls[CALL], T + 90_000)).toBe(90_000);

        const ended = apply([ev('callended', 125_000)], talking);
        expect(callDurationMs(ended.calls[CALL], T + 600_000)).toBe(125_000);
        // A clock behind the call's start never gives a negative figure.
        expect(callDurationMs(talking.calls[CALL], T - 5000)).toBe(0);

        // Rang and ended without connecting (missed, cancelled): it lasted nothing.
        const missed = apply([ev('callended', 20_000)], ringing);
        expect(callDurationMs(missed.calls[CALL], T + 60_000)).toBe(0);
    });

    it('counts no hold that begins after the call ended, and never clips a finished hold by a stale now', () => {
        const state = apply([
            ...connected(),
            ev('hold', 10_000, { participant: CALLER }),
            ev('resume', 40_000, { participant: CALLER })
        ]);
        // A tick computed a little before the resume arrived still sees the whole hold.
        expect(holdSummary(state.calls[CALL], T + 35_000).totalMs).toBe(30_000);
        const late = apply(
            [ev('callended', 50_000), ev('hold', 55_000, { participant: CALLER })],
            state
        );
        expect(holdSummary(late.calls[CALL], T + 90_000)).toMatchObject({
            count: 1,
            totalMs: 30_000,
            heldSince: null
        });
    });

    it('counts after-call work from the end to wrap-up, or to the next call connecting', () => {
        const talking = apply(connected());
        expect(afterCallWorkMs(talking, talking.calls[CALL], T + 1000)).toBeNull();
        const ended = apply([ev('callended', 60_000)], talking);
        expect(afterCallWorkMs(ended, ended.calls[CALL], T + 75_000)).toBe(15_000);
        const wrapped = apply([ev('wrapupended', 90_000)], ended);
        expect(afterCallWorkMs(wrapped, wrapped.calls[CALL], T + 999_000)).toBe(30_000);

        // Native Telephony sends no wrapupended: the next call connecting ends it.
        const next = normalizeToolkitEvent(
            'callconnected',
            { callId: 'call-2', participant: THIRD, callType: 'inbound' },
            T + 100_000
        );
        if (!next.ok) throw new Error(next.reason);
        const nextCall = reduceConsoleState(ended, next.event);
        expect(afterCallWorkMs(nextCall, nextCall.calls[CALL], T + 999_000)).toBe(40_000);
    });

    it('counts holds and time on hold, per party, a current hold up to now', () => {
        const state = apply([
            ...connected(),
            ev('hold', 10_000, { participant: CALLER }),
            ev('resume', 40_000, { participant: CALLER }),
            ev('participantadded', 50_000, { participant: THIRD }),
            ev('hold', 60_000, { participant: CALLER })
        ]);
        const holds = holdSummary(state.calls[CALL], T + 75_000);
        expect(holds).toMatchObject({ count: 2, totalMs: 45_000, heldSince: T + 60_000 });
        const caller = holds.byParticipant.find((row) => row.key === CALLER_KEY);
        expect(caller).toMatchObject({ count: 2, totalMs: 45_000, present: true, role: 'caller' });
        const third = holds.byParticipant.find((row) => row.key === THIRD);
        expect(third).toMatchObject({ count: 0, totalMs: 0, heldSince: null, present: true });
    });

    it('a swap moves the hold to the other party; the call ending stops every hold', () => {
        const state = apply([
            ...connected(),
            ev('participantadded', 10_000, { participant: THIRD }),
            ev('hold', 10_000, { participant: CALLER }),
            ev('swap', 30_000),
            ev('callended', 50_000)
        ]);
        const holds = holdSummary(state.calls[CALL], T + 500_000);
        const rows = Object.fromEntries(holds.byParticipant.map((row) => [row.key, row]));
        expect(rows[CALLER_KEY]).toMatchObject({ count: 1, totalMs: 20_000, heldSince: null });
        expect(rows[THIRD]).toMatchObject({ count: 1, totalMs: 20_000, heldSince: null });
        // The call's own figures are the caller's: overlapping parties are not added up.
        expect(holds).toMatchObject({ count: 1, totalMs: 20_000, heldSince: null });
    });

    it('a second window’s copy of a hold is not a second hold; a party who leaves still counts', () => {
        const hold = ev('hold', 10_000, { participant: THIRD });
        const copy = { ...hold, receivedAt: hold.receivedAt + 300, origin: 'other-window' };
        const state = apply([
            ...connected(),
            ev('participantadded', 5_000, { participant: THIRD }),
            { ...hold, origin: 'this-window' },
            copy,
            ev('participantremoved', 25_000, { participant: THIRD })
        ]);
        const third = holdSummary(state.calls[CALL], T + 90_000).byParticipant.find(
            (row) => row.key === THIRD
        );
        expect(third).toMatchObject({ count: 1, totalMs: 15_000, present: false });
    });

    it('counts lines per speaker, and the ones the state no longer keeps', () => {
        const line = (id: string, role: string, offset: number) =>
            ev('transcript', offset, {
                id,
                sender: { role, displayName: role },
                clientSentTimestamp: T + offset,
                serverReceivedTimestamp: T + offset
            });
        const events = [
            ...connected(),
            line('u1', 'Agent', 1000),
            line('u2', 'EndUser', 2000),
            line('u3', 'END_USER', 3000),
            line('u4', 'Supervisor', 4000),
            line('u4', 'Supervisor', 4000)
        ];
        const state = apply(events);
        expect(speakerCounts(state.calls[CALL])).toEqual({
            agent: 1,
            customer: 2,
            supervisor: 1,
            other: 0,
            notKept: 0,
            total: 4,
            textDroppedOnReload: false
        });
        const capped = events.reduce(
            (current, event) =>
                reduceConsoleState(current, event, {
                    maxUtterancesPerCall: 2,
                    maxNotesPerCall: 500,
                    maxFlagsPerCall: 100,
                    maxLegEntriesPerCall: 500,
                    maxEndedCalls: 20,
                    maxPrunedIds: 200
                }),
            createConsoleState()
        );
        expect(speakerCounts(capped.calls[CALL])).toMatchObject({ notKept: 2, total: 4 });
    });

    it('splits the call’s flags into open and lowered, a null-content lower included', () => {
        const state = apply([
            ...connected(),
            ev('flagraise', 1000, { id: 'raise-1' }),
            ev('flagraise', 2000, { id: 'raise-2' }),
            // The documented flaglower payload carries `content: null`.
            ev('flaglower', 3000, { id: 'lower-1' })
        ]);
        const { open, lowered } = callFlags(state.calls[CALL]);
        expect(open.length + lowered.length).toBe(state.calls[CALL].flags.length);
        expect(open.every((flag) => flag.lowered === null)).toBe(true);
        expect(lowered.every((flag) => flag.lowered !== null)).toBe(true);
        expect(lowered.length).toBeGreaterThan(0);
    });
});
