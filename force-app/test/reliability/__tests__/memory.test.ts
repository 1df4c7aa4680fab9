/**
 * Memory over a long shift: 1,000 calls replayed through the window's bus from the shipped
 * scenarios (each copy with its own call and message ids, 15 minutes apart), with two panel
 * subscribers (default bounds, and lower bounds of its own). What the bus
 * and each copy retain is counted at checkpoints: it must stop growing once the finished-call
 * bound is reached, instead of growing with the number of calls.
 */
import {
    DEFAULT_LIMITS,
    subscribeToVoiceConsole,
    voiceEventBus,
    type ConsoleState,
    type ConsoleSubscription
} from 'c/voiceEventBus';
import { reportFigures } from '../figures';
import { shippedScenarios, type RawStep } from '../scenarios';

const CALLS = 1000;
const CHECKPOINTS = [20, 50, 100, 250, 500, 1000];
const CALL_SPACING_MS = 15 * 60_000;
/** Scenarios that make a realistic call each; the 10,000-utterance and hostile ones are left out. */
const TEMPLATES = shippedScenarios().filter((scenario) => !/long-call|hostile/.test(scenario.name));
/** A copy with its own, lower bounds, as a panel's design attributes can set them. */
const PANEL_LIMITS = { maxUtterancesPerCall: 5, maxEndedCalls: 5, maxPrunedIds: 50 };

/** A deep copy of a detail with every callId and message id made unique to copy `n`. */
function relabel(value: unknown, n: number): unknown {
    if (Array.isArray(value)) {
        return value.map((item) => relabel(item, n));
    }
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(
            Object.entries(value).map(([key, item]) => [
                key,
                (key === 'callId' || key === 'id') && typeof item === 'string'
                    ? `${item}~${n}`
                    : relabel(item, n)
            ])
        );
    }
    return value;
}

/** The steps of call copy `n`: one template, shifted to its own time slot. */
function callSteps(n: number): RawStep[] {
    const template = TEMPLATES[n % TEMPLATES.length];
    const first = template.steps[0].at;
    return template.steps.map((step) => ({
        type: step.type,
        detail: relabel(step.detail, n),
        at: step.at - first + n * CALL_SPACING_MS
    }));
}

interface Retained {
    calls: number;
    liveCalls: number;
    utterances: number;
    notes: number;
    flags: number;
    legs: number;
    prunedCallIds: number;
    snapshotBytes: number;
}

function retained(state: ConsoleState): Retained {
    const calls = Object.values(state.calls);
    const sum = (pick: (call: (typeof calls)[number]) => number) =>
        calls.reduce((total, call) => total + pick(call), 0);
    return {
        calls: calls.length,
        liveCalls: calls.filter((call) => call.phase === 'ringing' || call.phase === 'connected')
            .length,
        utterances: sum((call) => call.transcript.length),
        notes: sum((call) => call.notes.length),
        flags: sum((call) => call.flagRaises.length + call.flagLowers.length),
        legs: sum((call) => call.legs.length),
        prunedCallIds: state.prunedCallIds.length,
        snapshotBytes: JSON.stringify(state).length
    };
}

it(`retains a bounded state after ${CALLS.toLocaleString('en')} calls, in the bus and in each panel's copy`, () => {
    const started = Date.now();
    voiceEventBus.reset();
    const panels: Record<string, ConsoleSubscription> = {
        defaultPanel: subscribeToVoiceConsole(undefined, () => undefined),
        transcriptPanel: subscribeToVoiceConsole(undefined, () => undefined, {
            limits: PANEL_LIMITS
        })
    };
    const copies = () => ({
        bus: voiceEventBus.getState(),
        defaultPanel: panels.defaultPanel.state,
        transcriptPanel: panels.transcriptPanel.state
    });
    const figures: Record<string, Record<number, Retained>> = {
        bus: {},
        defaultPanel: {},
        transcriptPanel: {}
    };
    let events = 0;
    for (let n = 0; n < CALLS; n += 1) {
        for (const step of callSteps(n)) {
            voiceEventBus.ingest(step.type, step.detail, step.at);
            events += 1;
        }
        if (CHECKPOINTS.includes(n + 1)) {
            for (const [name, state] of Object.entries(copies())) {
                figures[name][n + 1] = retained(state);
            }
        }
    }
    for (const panel of Object.values(panels)) {
        panel.unsubscribe();
    }

    const limitsOf = (name: string) => ({
        ...DEFAULT_LIMITS,
        ...(name === 'transcriptPanel' ? PANEL_LIMITS : {})
    });
    for (const [name, byCheckpoint] of Object.entries(figures)) {
        const limits = limitsOf(name);
        const last = byCheckpoint[CALLS];
        // Every shipped scenario ends its call; the finished ones are bounded and pruned.
        expect({ name, liveCalls: last.liveCalls }).toEqual({ name, liveCalls: 0 });
        expect(last.calls).toBeLessThanOrEqual(limits.maxEndedCalls);
        expect(last.prunedCallIds).toBe(limits.maxPrunedIds);
        // Nothing grows with the number of calls: at 1,000 the snapshot is no bigger than the
        // largest at a checkpoint from 50 to 500 calls, give or take which templates the last
        // kept calls happen to be (growing with calls would make it 2 to 20 times bigger).
        const earlier = [50, 100, 250, 500].map((at) => byCheckpoint[at].snapshotBytes);
        expect(last.snapshotBytes).toBeLessThanOrEqual(Math.max(...earlier) * 1.5);
        expect(last.utterances).toBeLessThanOrEqual(last.calls * limits.maxUtterancesPerCall);
    }
    for (const call of Object.values(panels.transcriptPanel.state.calls)) {
        expect(call.transcript.length).toBeLessThanOrEqual(PANEL_LIMITS.maxUtterancesPerCall);
    }
    // Every call reached each panel: the copies agree with the bus on what they keep.
    const final = copies();
    expect(Object.keys(final.defaultPanel.calls).sort()).toEqual(
        Object.keys(final.bus.calls).sort()
    );
    expect(final.defaultPanel.prunedCallIds).toEqual(final.bus.prunedCallIds);
    expect(voiceEventBus.getDiagnostics().internalErrors).toBe(0);
    reportFigures('memory', {
        calls: CALLS,
        events,
        templates: TEMPLATES.map((scenario) => scenario.name),
        panelLimits: PANEL_LIMITS,
        retained: figures,
        durationMs: Date.now() - started
    });
});
