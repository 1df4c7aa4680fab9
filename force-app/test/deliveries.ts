/**
 * fast-check arbitraries for at-least-once, unordered delivery, shared by the bus's property
 * tests and the reliability suite.
 */
import fc from 'fast-check';
import type { VoiceEvent } from 'c/voiceEventBus';

/** The events in a random order, with up to `copiesPerEvent` × n extra deliveries. */
export function shuffledWithCopies(
    events: VoiceEvent[],
    copiesPerEvent = 1
): fc.Arbitrary<VoiceEvent[]> {
    return fc
        .array(fc.integer({ min: 0, max: events.length - 1 }), {
            maxLength: events.length * copiesPerEvent
        })
        .chain((copies) => {
            const all = [...events, ...copies.map((index) => events[index])];
            return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
        });
}

/**
 * As a second window relays them: each copy observed by that window's bus (its origin) and
 * stamped 1-200 ms later by it.
 */
export function withSecondWindow(events: VoiceEvent[]): fc.Arbitrary<VoiceEvent[]> {
    return fc
        .array(fc.integer({ min: 1, max: 200 }), {
            minLength: events.length,
            maxLength: events.length
        })
        .chain((skews) => {
            const relayed = events.map((event, index) => ({
                ...event,
                origin: 'second-window',
                receivedAt: event.receivedAt + skews[index]
            }));
            const all = [...events, ...relayed];
            return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
        });
}
