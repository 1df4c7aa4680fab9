/**
 * Duplicate and reorder invariance, over every shipped scenario (the bus fixtures and the
 * simulator's): whatever order the events arrive in, and however often each arrives, the
 * console looks the same, as the panels' own view functions render it (../visible.ts): call
 * status with phase, timers and participants, transcript rows in order, flags, notes.
 * Copies relayed by a second window (stamped up to 200 ms later by its bus) look the same too.
 */
import fc from 'fast-check';
import { createConsoleState, reduceConsoleState, type VoiceEvent } from 'c/voiceEventBus';
import { reportFigures, scaledRuns } from '../figures';
import { acceptedEvents, shippedScenarios } from '../scenarios';
import { visibleConsole } from '../visible';
import { shuffledWithCopies, withSecondWindow } from '../../deliveries';
import { assertProperty } from '../../properties';

const FULL_RUNS = 300;
/** The 10,000-utterance call takes about a second per run: a few runs prove the point. */
const LONG_RUNS = 2;

function applyAll(events: readonly VoiceEvent[]) {
    return events.reduce((state, event) => reduceConsoleState(state, event), createConsoleState());
}

const scenarios = shippedScenarios().map((scenario) => ({
    name: scenario.name,
    events: acceptedEvents(scenario)
}));
const figures: Record<string, { events: number; runs: number; deliveries: number }> = {};
const started = Date.now();

afterAll(() => {
    reportFigures('reorder', { scenarios: figures, durationMs: Date.now() - started });
});

describe.each(scenarios.map((scenario) => [scenario.name, scenario.events] as const))(
    '%s',
    (name, events) => {
        const long = events.length > 1000;
        const runs = long ? LONG_RUNS : scaledRuns(FULL_RUNS, 20);
        const inOrder = applyAll(events);
        const now = Math.max(...events.map((event) => event.receivedAt)) + 60_000;
        const expected = visibleConsole(inOrder, now);
        figures[name] = { events: events.length, runs: 0, deliveries: 0 };

        it('has events and calls to show', () => {
            expect(events.length).toBeGreaterThan(0);
            expect(expected.callStatus.length).toBeGreaterThan(0);
        });

        it('looks the same whatever the order and however many copies arrive', () => {
            assertProperty(
                `reorder: ${name} in any order with copies`,
                fc.property(shuffledWithCopies(events, 2), (delivered) => {
                    figures[name].runs += 1;
                    figures[name].deliveries += delivered.length;
                    expect(visibleConsole(applyAll(delivered), now)).toEqual(expected);
                }),
                { numRuns: runs }
            );
        });

        it('looks the same with copies relayed by a second window, in any order', () => {
            assertProperty(
                `reorder: ${name} with a second window's copies`,
                fc.property(withSecondWindow(events), (delivered) => {
                    figures[name].runs += 1;
                    figures[name].deliveries += delivered.length;
                    expect(visibleConsole(applyAll(delivered), now)).toEqual(expected);
                }),
                { numRuns: long ? LONG_RUNS : Math.ceil(runs / 3) }
            );
        });
    }
);

it('all scenarios interleaved at random look the same as one after another', () => {
    const all = scenarios
        .filter((scenario) => scenario.events.length <= 1000)
        .flatMap((scenario) => scenario.events);
    const now = Math.max(...all.map((event) => event.receivedAt)) + 60_000;
    const expected = visibleConsole(applyAll(all), now);
    let runs = 0;
    let deliveries = 0;
    assertProperty(
        'reorder: all scenarios interleaved',
        fc.property(shuffledWithCopies(all, 2), (delivered) => {
            runs += 1;
            deliveries += delivered.length;
            expect(visibleConsole(applyAll(delivered), now)).toEqual(expected);
        }),
        { numRuns: scaledRuns(FULL_RUNS / 3, 10) }
    );
    figures.interleaved = { events: all.length, runs, deliveries };
});
