/**
 * The shipped clock-skew scenario (simulator/scenarios/clock-skew.json): the first call's
 * server stamps everything 5 minutes ahead of the agent's clock, the second's 10 minutes behind.
 * Every duration the panels show counts on the agent's clock, as the scenario plays, after a
 * reload (sessionStorage) and in a late panel's snapshot; the server stamps still order lines.
 */
import '../../useRealLabels';
import {
    MESSAGE_VERSION,
    createConsoleState,
    normalizeToolkitEvent,
    parseConsoleMessage,
    parsePersistedState,
    reduceConsoleState,
    serializeConsoleState,
    type ConsoleState
} from 'c/voiceEventBus';
import { callTimers } from '../../../main/default/lwc/callStatusPanel/callStatusView';
import { waitClock } from '../../../main/default/lwc/flagWaitClock/waitClockView';
import {
    flagHistory,
    flagQueue
} from '../../../main/default/lwc/supervisorFlagBoard/flagBoardView';
import { SIMULATOR_EPOCH, shippedScenarios, type RawStep } from '../scenarios';

const AHEAD = 'skew-ahead-6001';
const BEHIND = 'skew-behind-6002';
const scenario = shippedScenarios().find((candidate) => candidate.name === 'simulator/clock-skew');
const steps: RawStep[] = scenario?.steps ?? [];

/** The state after every step up to and including the one at `at` ms into the scenario. */
function playedTo(at: number): ConsoleState {
    return steps
        .filter((step) => step.at <= SIMULATOR_EPOCH + at)
        .reduce((state, step) => {
            const result = normalizeToolkitEvent(step.type, step.detail, step.at);
            return result.ok ? reduceConsoleState(state, result.event) : state;
        }, createConsoleState());
}

/** The same state as a reloaded page restores it, and as a late panel's snapshot brings it. */
function copies(state: ConsoleState, now: number): Array<[string, ConsoleState]> {
    const saved = serializeConsoleState(state, { now });
    const restored = saved === null ? null : parsePersistedState(saved, now);
    const snapshot = parseConsoleMessage(
        JSON.parse(
            JSON.stringify({
                version: MESSAGE_VERSION,
                kind: 'snapshot',
                origin: 'pop-out',
                requestId: 'r',
                state
            })
        )
    );
    return [
        ['as played', state],
        ['after a reload', restored ?? createConsoleState()],
        ['in a snapshot', snapshot?.kind === 'snapshot' ? snapshot.state : createConsoleState()]
    ];
}

/** What the agent and the supervisor see at `now`: timers and wait clocks as text. */
function shown(state: ConsoleState, now: number) {
    return {
        timers: Object.fromEntries(
            Object.values(state.calls).map((call) => [
                call.callId,
                Object.fromEntries(callTimers(call, now).map((timer) => [timer.key, timer.value]))
            ])
        ),
        waiting: Object.fromEntries(
            flagQueue(state).map((flag) => [flag.callId, waitClock(flag.waitingSince, now, 60)])
        ),
        history: flagHistory(state, 5).map((row) => row.outcome)
    };
}

it('ships the scenario with one server ahead and one behind', () => {
    expect(scenario).toBeDefined();
    const stamps = (callId: string) =>
        steps
            .filter((step) => step.type === 'flagraise')
            .filter((step) => (step.detail as { callId: string }).callId === callId)
            .map(
                (step) =>
                    (step.detail as { serverReceivedTimestamp: number }).serverReceivedTimestamp -
                    step.at
            );
    expect(stamps(AHEAD)).toEqual([300_040]);
    expect(stamps(BEHIND)).toEqual([-599_960]);
});

describe.each([
    ['5 minutes ahead', 6_000, AHEAD],
    ['10 minutes behind', 38_000, BEHIND]
])('a flag raised on a server %s', (_name, raisedAt, callId) => {
    const state = playedTo(raisedAt);

    it.each(copies(state, SIMULATOR_EPOCH + raisedAt))(
        'waits 0:00 when it arrives and 0:05 five seconds later, never overdue (%s)',
        (_how, copy) => {
            const arrival = SIMULATOR_EPOCH + raisedAt;
            expect(shown(copy, arrival).waiting[callId]).toMatchObject({
                text: 'Waiting 0:00',
                overdue: false
            });
            expect(shown(copy, arrival + 5_000).waiting[callId]).toMatchObject({
                text: 'Waiting 0:05',
                overdue: false
            });
        }
    );
});

it.each(copies(playedTo(55_000), SIMULATOR_EPOCH + 55_000))(
    "durations count on the agent's clock on both calls (%s)",
    (_how, copy) => {
        const now = SIMULATOR_EPOCH + 55_000;
        expect(shown(copy, now)).toEqual({
            timers: {
                // Connected at 0:01, ended at 0:30, wrap-up ended at 0:31.
                [AHEAD]: { duration: '0:29', afterCallWork: '0:01' },
                // Connected at 0:33; held 0:42-0:52.
                [BEHIND]: { duration: '0:22' }
            },
            waiting: {
                [BEHIND]: expect.objectContaining({ text: 'Waiting 0:17', overdue: false })
            },
            // Raised at 0:06, lowered at 0:55.
            history: [expect.stringContaining('after 0:49')]
        });
    }
);

it("the hold timer counts on the agent's clock", () => {
    const state = playedTo(42_000);
    expect(
        Object.fromEntries(
            callTimers(state.calls[BEHIND], SIMULATOR_EPOCH + 47_000).map((t) => [t.key, t.value])
        )
    ).toEqual({ duration: '0:14', hold: '0:05' });
});

it('server stamps still order the lines: the transcript keeps its spoken order', () => {
    const state = playedTo(60_000);
    expect(state.calls[AHEAD].transcript.map((u) => u.id)).toEqual([
        `${AHEAD}-u1`,
        `${AHEAD}-u2`,
        `${AHEAD}-u3`
    ]);
    expect(state.calls[BEHIND].transcript.map((u) => u.id)).toEqual([
        `${BEHIND}-u1`,
        `${BEHIND}-u2`
    ]);
});
