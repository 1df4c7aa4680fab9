/**
 * Quick genuine swaps and conference bursts (issue 10): whatever the gaps between them (down to
 * 20 ms), whatever order they arrive in, with exact duplicates and with a second window's
 * copies of each (observed by its own bus, 1-200 ms later), the call shows who is on hold as the
 * telephony system has it. The reference is a plain model of the operations in call order.
 */
import fc from 'fast-check';
import {
    CALLER_KEY,
    createConsoleState,
    normalizeToolkitEvent,
    reduceConsoleState,
    type ConsoleState,
    type VoiceEvent
} from 'c/voiceEventBus';
import { reportFigures, scaledRuns } from '../figures';
import { shuffledWithCopies, withSecondWindow } from '../../deliveries';
import { assertProperty } from '../../properties';

const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);
const CALL = 'quick-swaps';
const CALLER = '+1 (617) 555-0166';
const THIRD = 'Billing Tier 2';

type Operation = 'swap' | 'conference' | 'holdCaller' | 'resumeCaller' | 'holdThird';

function event(type: string, at: number, detail: Record<string, unknown> = {}): VoiceEvent {
    const result = normalizeToolkitEvent(type, { callId: CALL, ...detail }, at);
    if (!result.ok) {
        throw new Error(result.reason);
    }
    return { ...result.event, origin: 'main-window' };
}

/** The consult set-up: caller on hold, a third party on the line. */
const SETUP = [
    event('callconnected', T0, { callType: 'inbound', participant: CALLER }),
    event('hold', T0 + 1000, { participant: CALLER }),
    event('participantadded', T0 + 2000, { participant: THIRD })
];

function toEvent(operation: Operation, at: number): VoiceEvent {
    switch (operation) {
        case 'holdCaller':
            return event('hold', at, { participant: CALLER });
        case 'resumeCaller':
            return event('resume', at, { participant: CALLER });
        case 'holdThird':
            return event('hold', at, { participant: THIRD });
        default:
            return event(operation, at);
    }
}

/** Who is on hold after the operations, as the telephony system applies them in order. */
function model(operations: readonly Operation[]): Record<string, boolean> {
    const held: Record<string, boolean> = { [CALLER_KEY]: true, [THIRD]: false };
    for (const operation of operations) {
        if (operation === 'swap') {
            held[CALLER_KEY] = !held[CALLER_KEY];
            held[THIRD] = !held[THIRD];
        } else if (operation === 'conference') {
            held[CALLER_KEY] = false;
            held[THIRD] = false;
        } else {
            held[operation === 'holdThird' ? THIRD : CALLER_KEY] = operation !== 'resumeCaller';
        }
    }
    return held;
}

function onHold(state: ConsoleState): Record<string, boolean> {
    return Object.fromEntries(
        state.calls[CALL].participants.map((participant) => [participant.key, participant.onHold])
    );
}

const apply = (events: readonly VoiceEvent[]) =>
    events.reduce((state, next) => reduceConsoleState(state, next), createConsoleState());

const burst = fc
    .array(
        fc.record({
            operation: fc.constantFrom<Operation>(
                'swap',
                'swap',
                'swap',
                'conference',
                'holdCaller',
                'resumeCaller',
                'holdThird'
            ),
            gapMs: fc.oneof(fc.integer({ min: 20, max: 600 }), fc.integer({ min: 600, max: 5000 }))
        }),
        { minLength: 1, maxLength: 12 }
    )
    .map((steps) => {
        let at = T0 + 5000;
        return steps.map(({ operation, gapMs }) => {
            at += gapMs;
            return { operation, at };
        });
    });

const figures = { runs: 0, swaps: 0, quickestGapMs: Infinity };

afterAll(() => {
    reportFigures('quickSwaps', figures);
});

it('shows who is on hold as the telephony system has it after any burst, in any delivery', () => {
    assertProperty(
        'quick swaps and conference bursts',
        fc.property(
            burst.chain((steps) => {
                const events = [...SETUP, ...steps.map((step) => toEvent(step.operation, step.at))];
                return fc.tuple(
                    fc.constant(steps),
                    shuffledWithCopies(events, 1),
                    withSecondWindow(events).chain((relayed) => shuffledWithCopies(relayed, 1))
                );
            }),
            ([steps, duplicated, relayed]) => {
                figures.runs += 1;
                figures.swaps += steps.filter((step) => step.operation === 'swap').length;
                steps.forEach((step, index) => {
                    if (index > 0) {
                        figures.quickestGapMs = Math.min(
                            figures.quickestGapMs,
                            step.at - steps[index - 1].at
                        );
                    }
                });
                const expected = model(steps.map((step) => step.operation));
                expect(onHold(apply(duplicated))).toEqual(expected);
                expect(onHold(apply(relayed))).toEqual(expected);
            }
        ),
        { numRuns: scaledRuns(500, 50) }
    );
});
