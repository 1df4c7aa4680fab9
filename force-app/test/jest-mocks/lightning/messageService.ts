/**
 * A lightning/messageService that delivers, for Jest. The stock sfdx-lwc-jest stub
 * (src/lightning-stubs/messageService) has bare jest.fn()s, so nothing published ever arrives.
 * Here publish delivers synchronously to every subscriber of that channel, as a JSON copy
 * (LMS messages must be serializable, and a copy catches code that relies on shared objects).
 */
import { createTestWireAdapter } from '@salesforce/wire-service-jest-util';

type Listener = (message: unknown) => void;
interface Subscription {
    id: number;
    channel: unknown;
}

export const APPLICATION_SCOPE = Symbol('APPLICATION_SCOPE');
export const MessageContext = createTestWireAdapter(jest.fn());

const listeners = new Map<unknown, Map<number, Listener>>();
let nextId = 1;

export const publish = jest.fn((_context: unknown, channel: unknown, message: unknown): void => {
    const copy: unknown = message === undefined ? undefined : JSON.parse(JSON.stringify(message));
    for (const listener of [...(listeners.get(channel)?.values() ?? [])]) {
        listener(copy);
    }
});

export const subscribe = jest.fn(
    (_context: unknown, channel: unknown, listener: Listener, _options?: unknown): Subscription => {
        const id = nextId++;
        if (!listeners.has(channel)) {
            listeners.set(channel, new Map());
        }
        listeners.get(channel)!.set(id, listener);
        return { id, channel };
    }
);

export const unsubscribe = jest.fn((subscription: Subscription | null | undefined): void => {
    if (subscription) {
        listeners.get(subscription.channel)?.delete(subscription.id);
    }
});

export const createMessageContext = jest.fn(() => ({}));
export const releaseMessageContext = jest.fn();

/** Test helper: how many listeners a channel has now. */
export function subscriberCount(channel: unknown): number {
    return listeners.get(channel)?.size ?? 0;
}

/** Test helper: forget every subscription (run after each test by jest-setup). */
export function resetMessageService(): void {
    listeners.clear();
}
