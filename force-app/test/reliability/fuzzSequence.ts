/**
 * One fuzz sequence and its checks, shared by the fuzz property (__tests__/fuzz.test.ts) and the
 * named regression cases it found (__tests__/regressions.test.ts). For every event:
 * - normalizeToolkitEvent does not throw, and never needs its last-resort catch ("unreadable
 *   payload"), so no input makes its parsing throw either;
 * - a documented shape, untouched, is accepted; what is accepted is bounded and plain JSON;
 * - reduceConsoleState does not throw on it, and applying it again changes nothing;
 * - the window's bus, fed the same raw events, ends in the same state without internal errors.
 * After each sequence, the state invariants of ./invariants.ts hold.
 */
import { isDeepStrictEqual } from 'util';
import fc from 'fast-check';
import {
    DEFAULT_LIMITS,
    MAX_TEXT_LENGTH,
    MESSAGE_VERSION,
    VoiceEventBus,
    createConsoleState,
    normalizeToolkitEvent,
    parseConsoleMessage,
    reduceConsoleState,
    type ConsoleState,
    type StateLimits,
    type VoiceEvent
} from 'c/voiceEventBus';
import { stateViolations } from './invariants';
import { toolkitPair, type GeneratedPair } from './payloads';

/** Longest generated sequence of events on a few shared calls. */
export const MAX_SEQUENCE = 60;

export const limitsArb: fc.Arbitrary<StateLimits> = fc.oneof(
    fc.constant(DEFAULT_LIMITS),
    fc.record({
        maxUtterancesPerCall: fc.integer({ min: 0, max: 6 }),
        maxNotesPerCall: fc.integer({ min: 0, max: 3 }),
        maxFlagsPerCall: fc.integer({ min: 0, max: 3 }),
        maxLegEntriesPerCall: fc.integer({ min: 0, max: 5 }),
        maxEndedCalls: fc.integer({ min: 0, max: 3 }),
        maxPrunedIds: fc.integer({ min: 0, max: 4 })
    })
);

export const tally = {
    pairs: 0,
    pristine: 0,
    accepted: 0,
    rejected: 0,
    sequences: 0,
    reasons: {} as Record<string, number>,
    acceptedTypes: {} as Record<string, number>,
    maxCallsInState: 0,
    maxUtterancesInCall: 0
};

/** Plain checks: expect() builds an error per call, which costs more than the bus itself. */
function check(condition: boolean, message: () => string): void {
    if (!condition) {
        throw new Error(message());
    }
}

function checkEvent(event: VoiceEvent, pair: GeneratedPair): void {
    check(event.receivedAt === pair.receivedAt, () => `receivedAt ${event.receivedAt}`);
    check(event.callId.length > 0 && event.callId.length <= 255, () => `callId ${event.callId}`);
    const text = 'text' in event ? event.text : null;
    check(text === null || text.length <= MAX_TEXT_LENGTH, () => `text of ${text?.length}`);
    // Published on LMS as JSON: it must survive the trip unchanged.
    check(isDeepStrictEqual(JSON.parse(JSON.stringify(event)), event), () => 'not plain JSON');
}

export function runSequence(pairs: GeneratedPair[], limits: StateLimits): void {
    let state: ConsoleState = createConsoleState();
    const bus = limits === DEFAULT_LIMITS ? new VoiceEventBus() : null;
    for (const pair of pairs) {
        tally.pairs += 1;
        const result = normalizeToolkitEvent(pair.type, pair.detail, pair.receivedAt);
        bus?.ingest(pair.type, pair.detail, pair.receivedAt);
        if (pair.pristine) {
            tally.pristine += 1;
            check(result.ok, () => `documented ${String(pair.type)} rejected`);
        }
        if (!result.ok) {
            tally.rejected += 1;
            tally.reasons[result.reason] = (tally.reasons[result.reason] ?? 0) + 1;
            check(result.reason !== 'unreadable payload', () => 'normalize threw inside');
            continue;
        }
        tally.accepted += 1;
        tally.acceptedTypes[result.event.type] = (tally.acceptedTypes[result.event.type] ?? 0) + 1;
        checkEvent(result.event, pair);
        // The bus stamps itself as the observer; the reference state must too, to compare.
        const event = bus ? { ...result.event, origin: bus.origin } : result.event;
        const next = reduceConsoleState(state, event, limits);
        const again = reduceConsoleState(next, event, limits);
        // Remembering no pruned ids, a repeat rebuilds a pruned call and prunes it again.
        check(
            again === next || (limits.maxPrunedIds === 0 && isDeepStrictEqual(again, next)),
            () => `applying ${event.type} again changed the state`
        );
        state = next;
    }
    const violations = stateViolations(state, limits);
    check(violations.length === 0, () => violations.join('\n'));
    check(isDeepStrictEqual(JSON.parse(JSON.stringify(state)), state), () => 'state not JSON');
    // Another window gets this state as an LMS snapshot (a JSON copy, revived field by field).
    const snapshot = parseConsoleMessage(
        JSON.parse(
            JSON.stringify({
                version: MESSAGE_VERSION,
                kind: 'snapshot',
                origin: 'other-window',
                requestId: 'fuzz',
                state
            })
        )
    );
    check(
        snapshot?.kind === 'snapshot' && isDeepStrictEqual(snapshot.state, state),
        () => 'the state revived from a snapshot differs'
    );
    if (bus) {
        check(isDeepStrictEqual(bus.getState(), state), () => 'the bus reduced differently');
        check(bus.getDiagnostics().internalErrors === 0, () => 'bus internal error');
    }
    tally.sequences += 1;
    tally.maxCallsInState = Math.max(tally.maxCallsInState, Object.keys(state.calls).length);
    for (const call of Object.values(state.calls)) {
        tally.maxUtterancesInCall = Math.max(tally.maxUtterancesInCall, call.transcript.length);
    }
}

/** Sequences of generated toolkit events, each with the state's bounds it is reduced under. */
export const fuzzSequence = fc.tuple(
    fc.array(toolkitPair, { minLength: 1, maxLength: MAX_SEQUENCE, size: 'max' }),
    limitsArb
);
