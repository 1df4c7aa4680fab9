/**
 * Native Telephony never sends wrapupended: the ended call's after-call work ends when the
 * agent's next call connects, and the panels move on to that call. Folded from the state, so
 * arrival order and copies do not change it.
 */
import fc from 'fast-check';
import {
    afterCallWorkEndedAt,
    callPhase,
    detectTelephonyProfile,
    normalizeToolkitEvent,
    selectActiveCallId,
    sortedCalls,
    type VoiceEvent
} from 'c/voiceEventBus';
import { SCENARIOS, applyAll, scenario, scenarioEvents } from './fixtures';
import { shuffledWithCopies } from '../../../../../test/deliveries';
import { assertProperty } from '../../../../../test/properties';

const FIRST = 'b7e6d5c4-b3a2-4190-8f7e-6d5c4b3a2910';
const NEXT = 'next-native-call';

/** The documented Native Telephony call, then the agent's next call a minute after it ended. */
function twoNativeCalls(): { events: VoiceEvent[]; nextConnectedAt: number } {
    const first = scenario('native-telephony').events;
    const nextConnectedAt = Math.max(...first.map((step) => step.at)) + 60_000;
    const next = normalizeToolkitEvent(
        'callconnected',
        { callId: NEXT, callType: 'inbound', participant: '+1 (646) 555-0177' },
        nextConnectedAt
    );
    if (!next.ok) {
        throw new Error(next.reason);
    }
    return { events: [...scenarioEvents('native-telephony'), next.event], nextConnectedAt };
}

describe('after-call work', () => {
    it('never ends by itself under Native Telephony while no other call comes', () => {
        const state = applyAll(scenarioEvents('native-telephony'));
        const call = state.calls[FIRST];
        expect(call.phase).toBe('afterCallWork');
        expect(afterCallWorkEndedAt(state, call)).toBeNull();
        expect(callPhase(state, call)).toBe('afterCallWork');
        expect(selectActiveCallId(state)).toBe(FIRST);
    });

    it('ends when the next call connects: the panels follow the new call', () => {
        const { events, nextConnectedAt } = twoNativeCalls();
        const state = applyAll(events);
        const first = state.calls[FIRST];
        expect(afterCallWorkEndedAt(state, first)).toBe(nextConnectedAt);
        expect(callPhase(state, first)).toBe('ended');
        expect(selectActiveCallId(state)).toBe(NEXT);
        expect(sortedCalls(state).map((call) => call.callId)).toEqual([NEXT, FIRST]);
    });

    it('is not ended by a call that was already connected before this one ended', () => {
        const { events } = twoNativeCalls();
        const firstConnect = events[0].receivedAt;
        // The other call connected during this one (a concurrent call), not after it.
        const concurrent = events.map((event) => {
            return event.callId === NEXT ? { ...event, receivedAt: firstConnect + 1 } : event;
        });
        const state = applyAll(concurrent);
        expect(callPhase(state, state.calls[FIRST])).toBe('afterCallWork');
    });

    it('ends the same way in any arrival order and with copies', () => {
        const { events, nextConnectedAt } = twoNativeCalls();
        assertProperty(
            'bus: native after-call work ends at the next connect in any order',
            fc.property(shuffledWithCopies(events), (delivered) => {
                const state = applyAll(delivered);
                expect(afterCallWorkEndedAt(state, state.calls[FIRST])).toBe(nextConnectedAt);
                expect(selectActiveCallId(state)).toBe(NEXT);
            }),
            { numRuns: 60 }
        );
    });

    it('keeps wrapupended as the end where the telephony system sends it', () => {
        const state = applyAll(scenarioEvents('inbound-lifecycle'));
        for (const call of Object.values(state.calls)) {
            expect(afterCallWorkEndedAt(state, call)).toBe(call.wrapUpEndedAt);
        }
    });
});

describe('detectTelephonyProfile', () => {
    it('reads each documented scenario as the telephony system it comes from', () => {
        const detected = Object.fromEntries(
            SCENARIOS.map((name) => [name, detectTelephonyProfile(applyAll(scenarioEvents(name)))])
        );
        expect(detected).toEqual({
            'inbound-lifecycle': 'partner',
            'transfer-conference-swap': 'partner',
            'flags-notes': expect.anything(),
            'native-telephony': 'native'
        });
    });

    it('knows nothing before a call has connected', () => {
        expect(detectTelephonyProfile(applyAll([]))).toBeNull();
    });
});
