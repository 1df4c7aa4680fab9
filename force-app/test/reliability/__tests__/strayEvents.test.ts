/**
 * A stray event never takes the panels away from the call the agent is on (issue 10): over
 * every shipped scenario, one documented event of any of the 19 types, for a call id nobody
 * started (as a string or as a number), inserted anywhere, leaves every panel following the
 * same call at every step while the scenario's call is confirmed and live: Call Status, Live
 * Transcript, the call switcher's default, the call the toolkit's actions reach, and the call
 * a reload restores to.
 */
import fc from 'fast-check';
import {
    VOICE_EVENT_TYPES,
    callEvidence,
    createConsoleState,
    isLive,
    normalizeToolkitEvent,
    parsePersistedState,
    reduceConsoleState,
    selectActiveCallId,
    serializeConsoleState,
    type ConsoleState,
    type VoiceEvent,
    type VoiceEventType
} from 'c/voiceEventBus';
import { followedCallId } from 'c/voiceViewUtils';
import { shownCall } from '../../../main/default/lwc/callStatusPanel/callStatusView';
import { documentedEvent } from '../../../main/default/lwc/voiceEventBus/__tests__/fixtures';
import { reportFigures, scaledRuns } from '../figures';
import { shippedScenarios, type RawStep } from '../scenarios';
import { assertProperty } from '../../properties';

/** Which call each panel follows, as it would show it. */
function followed(state: ConsoleState): Record<string, string | null> {
    return {
        callStatus: shownCall(state, null)?.callId ?? null,
        liveTranscript: followedCallId(state, null),
        switcherDefault: followedCallId(state, null),
        actionTarget: selectActiveCallId(state)
    };
}

/** What the panels follow after a page reload: the state saved to sessionStorage, restored. */
function reloaded(state: ConsoleState, now: number): string | null {
    const saved = serializeConsoleState(state, { now });
    const restored = saved === null ? null : parsePersistedState(saved, now);
    return restored ? followedCallId(restored, null) : null;
}

/** The followed call while the scenario's own followed call is confirmed and live, else null. */
function guarded(state: ConsoleState): string | null {
    const callId = selectActiveCallId(state);
    const call = callId ? state.calls[callId] : undefined;
    return call && isLive(call) && callEvidence(call) === 'confirmed' ? call.callId : null;
}

function accepted(steps: readonly RawStep[]): VoiceEvent[] {
    return steps.flatMap((step) => {
        const result = normalizeToolkitEvent(step.type, step.detail, step.at);
        return result.ok ? [result.event] : [];
    });
}

const STRAY_IDS: readonly unknown[] = [12345, '12345', 'stray-call-7'];

function strayStep(type: VoiceEventType, callId: unknown, at: number): RawStep {
    const documented = documentedEvent(type);
    return { type, detail: { ...(documented.detail as object), callId }, at };
}

const scenarios = shippedScenarios()
    .filter((scenario) => scenario.steps.length <= 1000)
    .map((scenario) => ({ name: scenario.name, steps: scenario.steps }));
const figures: Record<string, { runs: number; checkedSteps: number }> = {};

afterAll(() => {
    reportFigures('strayEvents', figures);
});

describe.each(scenarios.map((scenario) => [scenario.name, scenario.steps] as const))(
    '%s',
    (name, steps) => {
        const events = accepted(steps);
        /** baseline[k]: the state after the scenario's first k + 1 events, with no stray. */
        const baseline: ConsoleState[] = [];
        events.reduce((state, event) => {
            const next = reduceConsoleState(state, event);
            baseline.push(next);
            return next;
        }, createConsoleState());
        const lastAt = Math.max(...events.map((event) => event.receivedAt));
        figures[name] = { runs: 0, checkedSteps: 0 };

        it('has a confirmed live call to follow', () => {
            expect(baseline.some((state) => guarded(state) !== null)).toBe(true);
        });

        it('follows the same call whatever single stray event arrives, and wherever, also after a reload', () => {
            assertProperty(
                `stray: ${name}`,
                fc.property(
                    fc.constantFrom(...VOICE_EVENT_TYPES),
                    fc.integer({ min: 0, max: events.length }),
                    fc.constantFrom(...STRAY_IDS),
                    (type, position, strayId) => {
                        figures[name].runs += 1;
                        const at = events[Math.min(position, events.length - 1)].receivedAt;
                        const stray = accepted([strayStep(type, strayId, at)]);
                        expect(stray).toHaveLength(1);
                        const delivered = [
                            ...events.slice(0, position),
                            ...stray,
                            ...events.slice(position)
                        ];
                        let state = createConsoleState();
                        let applied = 0;
                        const wrong: string[] = [];
                        for (const event of delivered) {
                            state = reduceConsoleState(state, event);
                            applied += event === stray[0] ? 0 : 1;
                            const callId = applied > 0 ? guarded(baseline[applied - 1]) : null;
                            if (callId === null) {
                                continue;
                            }
                            figures[name].checkedSteps += 1;
                            const shownNow = followed(state);
                            if (event === stray[0]) {
                                // Reloaded right after the stray: the panels restore the same call.
                                shownNow.afterReload = reloaded(state, event.receivedAt);
                            }
                            for (const [panel, shown] of Object.entries(shownNow)) {
                                if (shown !== callId) {
                                    wrong.push(
                                        `after ${applied} events ${panel} follows ${shown}, not ${callId}`
                                    );
                                }
                            }
                        }
                        const callId = guarded(baseline[baseline.length - 1]);
                        const afterReload = reloaded(state, lastAt);
                        if (callId !== null && afterReload !== callId) {
                            wrong.push(
                                `after a reload the panels follow ${afterReload}, not ${callId}`
                            );
                        }
                        expect(wrong).toEqual([]);
                    }
                ),
                { numRuns: scaledRuns(200, 20) }
            );
        });
    }
);
