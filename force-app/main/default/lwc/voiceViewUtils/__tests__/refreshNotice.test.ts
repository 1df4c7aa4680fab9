import {
    createConsoleState,
    normalizeToolkitEvent,
    reduceConsoleState,
    type CallState
} from 'c/voiceEventBus';
import {
    HeldBusRequest,
    earlierLinesNotKept,
    earlierNotesNotKept,
    flagMessageNotKept
} from 'c/voiceViewUtils';

const T0 = Date.UTC(2026, 4, 12, 9, 30, 0);

function record(type: string, id: string, at: number, text: string | null) {
    return [
        type,
        {
            id,
            callId: 'call-1',
            clientSentTimestamp: at,
            serverReceivedTimestamp: at,
            content: { formatType: text === null ? null : 'Text', text },
            sender: { role: 'Agent', displayName: 'Angela Agent' }
        },
        at
    ] as const;
}

function callOf(
    steps: ReadonlyArray<readonly [string, Record<string, unknown>, number]>
): CallState {
    const state = steps.reduce((current, [type, detail, at]) => {
        const result = normalizeToolkitEvent(type, detail, at);
        if (!result.ok) {
            throw new Error(result.reason);
        }
        return reduceConsoleState(current, result.event);
    }, createConsoleState());
    return state.calls['call-1'];
}

/** The call as a reload without conversation text restores it (persistence.ts). */
function restored(call: CallState, savedAt: number): CallState {
    return {
        ...call,
        transcript: [],
        notes: [],
        flagRaises: call.flagRaises.map((r) => ({ ...r, text: null })),
        flags: call.flags.map((flag) => ({ ...flag, message: null })),
        conversationTextDroppedAt: savedAt
    };
}

describe('refresh notices', () => {
    const before = callOf([
        ['callconnected', { callId: 'call-1' }, T0],
        record('transcript', 'u1', T0 + 1000, 'Hello'),
        record('note', 'n1', T0 + 2000, 'A note'),
        record('flagraise', 'f1', T0 + 3000, 'Help')
    ]);

    it('say nothing for a call that lost nothing', () => {
        expect(earlierLinesNotKept(before)).toBe(false);
        expect(earlierNotesNotKept(before)).toBe(false);
        expect(flagMessageNotKept(before, before.flags[0])).toBe(false);
    });

    it('say the earlier lines, notes and flag message were not kept after such a reload', () => {
        const call = restored(before, T0 + 5000);
        expect(earlierLinesNotKept(call)).toBe(true);
        expect(earlierNotesNotKept(call)).toBe(true);
        expect(flagMessageNotKept(call, call.flags[0])).toBe(true);
    });

    it('say nothing of lines when none had been said before the reload', () => {
        const silent = { ...restored(before, T0 + 5000), spokenAt: null };
        expect(earlierLinesNotKept(silent)).toBe(false);
    });

    it('stop once a window that kept the text brings it back', () => {
        const call = { ...before, conversationTextDroppedAt: T0 + 5000 };
        expect(earlierLinesNotKept(call)).toBe(false);
        expect(earlierNotesNotKept(call)).toBe(false);
        expect(flagMessageNotKept(call, call.flags[0])).toBe(false);
    });

    it('leave a flag raised after the reload alone', () => {
        const call = restored(before, T0 + 500);
        expect(flagMessageNotKept(call, { ...call.flags[0], raisedReceivedAt: T0 + 600 })).toBe(
            false
        );
    });
});

describe('HeldBusRequest', () => {
    it('holds the request exactly while connected and wanted', () => {
        const withdraw = jest.fn();
        const ask = jest.fn(() => withdraw);
        const request = new HeldBusRequest(ask);

        request.wanted = 'true';
        expect(ask).not.toHaveBeenCalled();
        request.connect();
        expect(ask).toHaveBeenCalledTimes(1);
        request.wanted = true;
        expect(ask).toHaveBeenCalledTimes(1);
        request.wanted = 'false';
        expect(withdraw).toHaveBeenCalledTimes(1);
        request.wanted = true;
        request.disconnect();
        expect(withdraw).toHaveBeenCalledTimes(2);
        request.disconnect();
        expect(withdraw).toHaveBeenCalledTimes(2);
        expect(request.wanted).toBe(true);
    });
});
