import '../../../../../test/useRealLabels';
import { join } from 'node:path';
import {
    createConsoleState,
    normalizeToolkitEvent,
    reduceConsoleState,
    type ConsoleState
} from 'c/voiceEventBus';
import { formatClockTime, isolate } from 'c/voiceViewUtils';
import { callEntries, feedSources, notesFeedView, sameSources } from '../notesFeedView';
import { CALL_A, CALL_B, T0, documentedPayloads } from '../../../../../test/conversation/payloads';

const { connectedDetail, lowerDetail, noteDetail, raiseDetail } = documentedPayloads(
    join(__dirname, 'data')
);

type Step = [type: string, detail: Record<string, unknown>];

function stateOf(steps: Step[], base: ConsoleState = createConsoleState()): ConsoleState {
    return steps.reduce((state, [type, detail]) => {
        const result = normalizeToolkitEvent(type, detail, T0);
        if (!result.ok) {
            throw new Error(`fixture rejected: ${result.reason}`);
        }
        return reduceConsoleState(state, result.event);
    }, base);
}

const supervisorNote = (id: string, at: number, text: string, callId = CALL_A) =>
    noteDetail({ id, at, text, callId, role: 'Supervisor', displayName: 'Samir Supervisor' });

describe('callEntries', () => {
    it('shows the documented note with role, name, time and text', () => {
        const state = stateOf([['note', noteDetail()]]);

        expect(callEntries(state.calls[CALL_A], true)).toEqual([
            {
                key: 'note:3115b389-ab50-400e-b8ba-978b7ec51d7a',
                kind: 'note',
                isNote: true,
                at: T0,
                timeText: formatClockTime(T0),
                isoTime: new Date(T0).toISOString(),
                who: 'Angela Agent',
                role: 'Agent',
                text: 'The customer wants a refund or store credit.'
            }
        ]);
    });

    it('keeps time order whatever order notes arrive in, without duplicates', () => {
        const state = stateOf([
            ['note', supervisorNote('n3', T0 + 30_000, 'Offer store credit first.')],
            ['note', noteDetail({ id: 'n1', at: T0 })],
            ['note', supervisorNote('n2', T0 + 10_000, 'Checking the policy.')],
            ['note', noteDetail({ id: 'n1', at: T0 })]
        ]);

        const entries = callEntries(state.calls[CALL_A], true);

        expect(entries.map((e) => e.key)).toEqual(['note:n1', 'note:n2', 'note:n3']);
        expect(entries[1]).toMatchObject({ who: 'Samir Supervisor', role: 'Supervisor' });
    });

    it('shows flag raises and lowers inline as context, even when they share an id', () => {
        const state = stateOf([
            ['note', noteDetail({ id: 'n1', at: T0 - 5_000 })],
            ['flagraise', raiseDetail()],
            ['flaglower', lowerDetail({ at: T0 + 60_000 })]
        ]);

        const entries = callEntries(state.calls[CALL_A], true);

        expect(entries.map((e) => [e.kind, e.text])).toEqual([
            ['note', 'The customer wants a refund or store credit.'],
            [
                'flagRaise',
                `${isolate('Angela Agent')} raised a flag: ${isolate('The customer wants a credit note.')}`
            ],
            ['flagLower', `${isolate('Samir Supervisor')} lowered the flag`]
        ]);
        expect(entries[1].isNote).toBe(false);
        expect(new Set(entries.map((e) => e.key)).size).toBe(3);
    });

    it('reads a raise before its lower when both carry the same time (as in the docs)', () => {
        const state = stateOf([
            ['flaglower', lowerDetail()],
            ['note', noteDetail({ id: 'same-time' })],
            ['flagraise', raiseDetail()]
        ]);

        expect(callEntries(state.calls[CALL_A], true).map((e) => e.kind)).toEqual([
            'flagRaise',
            'note',
            'flagLower'
        ]);
    });

    it('says a flag was raised without a message, and names the role when no name was sent', () => {
        const state = stateOf([['flagraise', raiseDetail({ text: null, displayName: null })]]);

        expect(callEntries(state.calls[CALL_A], true)[0].text).toBe(
            `${isolate('Agent')} raised a flag`
        );
    });

    it('leaves flag events out when they are hidden', () => {
        const state = stateOf([
            ['note', noteDetail()],
            ['flagraise', raiseDetail({ id: 'f1' })],
            ['flaglower', lowerDetail({ id: 'f1', at: T0 + 1_000 })]
        ]);

        expect(callEntries(state.calls[CALL_A], false).map((e) => e.kind)).toEqual(['note']);
    });
});

describe('notesFeedView', () => {
    it('says why nothing is listed: no events, no call followed, or no notes yet', () => {
        const connected = stateOf([
            ['callconnected', connectedDetail(CALL_A, '+1 (415) 555-0100')]
        ]);

        expect(notesFeedView(createConsoleState(), null, true).empty).toBe('noEvents');
        expect(notesFeedView(connected, null, true)).toEqual({
            callId: null,
            entries: [],
            empty: 'noCall',
            earlierNotKept: false
        });
        expect(notesFeedView(connected, CALL_A, true)).toEqual({
            callId: CALL_A,
            entries: [],
            empty: 'noNotes',
            earlierNotKept: false
        });
    });

    it("shows only the followed call's notes, not another call's", () => {
        const state = stateOf([
            ['callconnected', connectedDetail(CALL_A, '+1 (415) 555-0100')],
            ['callconnected', connectedDetail(CALL_B, '+44 20 7946 0000', 'outbound')],
            ['note', noteDetail({ id: 'a1', at: T0 + 30_000 })],
            ['note', supervisorNote('b1', T0 + 20_000, 'Consult me before refunds.', CALL_B)]
        ]);

        expect(notesFeedView(state, CALL_A, true).entries.map((e) => e.key)).toEqual(['note:a1']);
        expect(notesFeedView(state, CALL_B, true).entries.map((e) => e.key)).toEqual(['note:b1']);
    });

    it('counts a call with only flag events as empty while they are hidden', () => {
        const state = stateOf([['flagraise', raiseDetail({ callId: CALL_B })]]);

        expect(notesFeedView(state, CALL_B, true).empty).toBeNull();
        expect(notesFeedView(state, CALL_B, false).empty).toBe('noNotes');
    });

    it('says the earlier notes were not kept for a call restored without its conversation text', () => {
        const before = stateOf([['note', noteDetail({ id: 'n1', at: T0 })]]);
        const restored: ConsoleState = {
            ...before,
            calls: {
                [CALL_A]: { ...before.calls[CALL_A], notes: [], conversationTextDroppedAt: T0 }
            }
        };

        expect(notesFeedView(restored, CALL_A, true)).toMatchObject({
            empty: 'noNotes',
            earlierNotKept: true
        });
        // A window that kept the text sends it back (a snapshot): nothing is missing any more.
        expect(
            notesFeedView(
                {
                    ...before,
                    calls: { [CALL_A]: { ...before.calls[CALL_A], conversationTextDroppedAt: T0 } }
                },
                CALL_A,
                true
            ).earlierNotKept
        ).toBe(false);
    });
});

describe('feedSources', () => {
    it("changes with the followed call's notes and flags, not with other events or calls", () => {
        const base = stateOf([['note', noteDetail()]]);
        const muted = stateOf([['mute', { callId: CALL_A }]], base);
        const noted = stateOf([['note', noteDetail({ id: 'n2', at: T0 + 1 })]], base);
        const otherCall = stateOf(
            [['note', supervisorNote('b1', T0, 'Other call.', CALL_B)]],
            base
        );

        expect(muted).not.toBe(base);
        expect(sameSources(feedSources(base, CALL_A), feedSources(muted, CALL_A))).toBe(true);
        expect(sameSources(feedSources(base, CALL_A), feedSources(otherCall, CALL_A))).toBe(true);
        expect(sameSources(feedSources(base, CALL_A), feedSources(noted, CALL_A))).toBe(false);
        expect(sameSources(feedSources(base, CALL_A), feedSources(base, CALL_B))).toBe(false);
        expect(sameSources(null, feedSources(base, CALL_A))).toBe(false);
    });
});
