/**
 * Order tolerance as properties: whatever order, duplication or split the scenario events come
 * in, the console shows the same thing. Runs are modest here; a scaled run belongs to the
 * property suite of issue 5.
 */
import fc from 'fast-check';
import {
    createConsoleState,
    mergeConsoleState,
    openFlags,
    type ConsoleState
} from 'c/voiceEventBus';
import { SCENARIOS, applyAll, scenarioEvents, type ScenarioName } from './fixtures';
import { shuffledWithCopies, withSecondWindow } from '../../../../../test/deliveries';
import { assertProperty } from '../../../../../test/properties';

const RUNS = 60;

/** What a rep or supervisor can see of a state; arrival times of copies legitimately differ. */
function visible(state: ConsoleState) {
    return Object.values(state.calls)
        .sort((a, b) => (a.callId < b.callId ? -1 : 1))
        .map((call) => ({
            callId: call.callId,
            phase: call.phase,
            callType: call.callType,
            caller: call.caller,
            muted: call.muted?.value ?? null,
            recordingPaused: call.recordingPaused?.value ?? null,
            participants: call.participants.map((p) => [p.key, p.role, p.onHold]),
            conferenced: call.conferenced,
            audio: call.audio && [call.audio.grade, call.audio.breaches, call.audio.mos],
            transcript: call.transcript.map((u) => [u.id, u.sender.kind, u.text]),
            flags: call.flags.map((flag) => [flag.id, flag.message, flag.lowered?.id ?? null]),
            notes: call.notes.map((note) => [note.id, note.text]),
            openFlags: openFlags(state).map((flag) => flag.id)
        }));
}

describe.each(SCENARIOS.map((name) => [name]))('%s', (name: ScenarioName) => {
    const events = scenarioEvents(name);
    const inOrder = applyAll(events);

    it('any order and any duplicates give exactly the in-order state', () => {
        assertProperty(
            `bus: ${name} in any order with copies`,
            fc.property(shuffledWithCopies(events), (delivered) => {
                expect(applyAll(delivered)).toEqual(inOrder);
            }),
            { numRuns: RUNS }
        );
    });

    it('copies relayed by a second window, in any order, show the same console', () => {
        assertProperty(
            `bus: ${name} with a second window's copies`,
            fc.property(withSecondWindow(events), (delivered) => {
                expect(visible(applyAll(delivered))).toEqual(visible(inOrder));
            }),
            { numRuns: RUNS }
        );
    });

    it('any split into two partial views merges back into the whole', () => {
        assertProperty(
            `bus: ${name} split in two and merged`,
            fc.property(
                fc.array(fc.boolean(), { minLength: events.length, maxLength: events.length }),
                (sides) => {
                    const left = applyAll(events.filter((_event, index) => sides[index]));
                    const right = applyAll(events.filter((_event, index) => !sides[index]));
                    expect(mergeConsoleState(left, right)).toEqual(inOrder);
                    expect(mergeConsoleState(right, left)).toEqual(inOrder);
                }
            ),
            { numRuns: RUNS }
        );
    });

    it('merging is idempotent and absorbs any prefix', () => {
        assertProperty(
            `bus: ${name} merged with a prefix`,
            fc.property(fc.integer({ min: 0, max: events.length }), (cut) => {
                const prefix = applyAll(events.slice(0, cut));
                expect(mergeConsoleState(inOrder, prefix)).toBe(inOrder);
                expect(mergeConsoleState(prefix, prefix)).toBe(prefix);
                expect(mergeConsoleState(prefix, inOrder)).toEqual(inOrder);
            }),
            { numRuns: Math.min(RUNS, events.length + 1) }
        );
    });
});

it('all scenarios interleaved at random give the same console as one after another', () => {
    const all = SCENARIOS.flatMap((name) => scenarioEvents(name));
    const sequential = applyAll(all, createConsoleState());
    assertProperty(
        'bus: all scenarios interleaved',
        fc.property(shuffledWithCopies(all), (delivered) => {
            expect(applyAll(delivered)).toEqual(sequential);
        }),
        { numRuns: RUNS }
    );
});
