/**
 * subscribeToVoiceConsole: the one way a panel listens. Hides the channel, the message versions,
 * the late-joiner snapshot and the reducer; the panel just gets the current ConsoleState.
 */
import {
    APPLICATION_SCOPE,
    subscribe,
    unsubscribe,
    type MessageContextValue,
    type MessageSubscription
} from 'lightning/messageService';
import { voiceEventBus, VOICE_CONSOLE_CHANNEL, type VoiceEventBus } from './bus';
import { parseConsoleMessage, randomId } from './channel';
import {
    DEFAULT_LIMITS,
    createConsoleState,
    type ConsoleState,
    type StateLimits
} from './consoleState';
import type { VoiceEvent } from './events';
import { mergeConsoleState } from './merge';
import { reduceConsoleState } from './reduce';

/** Why the listener was called: first delivery, a new event, or a snapshot that added knowledge. */
export type ConsoleUpdate =
    { kind: 'initial' } | { kind: 'event'; event: VoiceEvent } | { kind: 'snapshot' };

export type ConsoleListener = (state: ConsoleState, update: ConsoleUpdate) => void;

export interface ConsoleSubscription {
    /** The panel's current copy of the state. */
    readonly state: ConsoleState;
    /** Stops delivery; safe to call more than once. */
    unsubscribe(): void;
}

export interface SubscribeOptions {
    /** Lower bounds for this panel's copy (e.g. a design attribute for utterances kept). */
    limits?: Partial<StateLimits>;
    /** For tests: a bus other than the window's. */
    bus?: VoiceEventBus;
}

/**
 * Subscribes a panel (APPLICATION_SCOPE, so utility items receive it). Calls `listener` at once
 * with what this window's bus already knows, then on every change. A listener that throws is
 * counted in the bus diagnostics and does not affect other panels.
 * @param context the panel's `@wire(MessageContext)` value
 */
export function subscribeToVoiceConsole(
    context: MessageContextValue | undefined,
    listener: ConsoleListener,
    options: SubscribeOptions = {}
): ConsoleSubscription {
    const bus = options.bus ?? voiceEventBus;
    const limits: StateLimits = { ...DEFAULT_LIMITS, ...options.limits };
    const requestId = randomId();
    let state = mergeConsoleState(createConsoleState(), bus.getState(), limits);
    let subscription: MessageSubscription | null | undefined = null;
    let open = true;

    const notify = (update: ConsoleUpdate): void => {
        try {
            listener(state, update);
        } catch {
            bus.reportSubscriberError();
        }
    };

    const handleMessage = (raw: unknown): void => {
        const message = parseConsoleMessage(raw);
        if (!open || !message) {
            return;
        }
        const previous = state;
        if (message.kind === 'event') {
            state = reduceConsoleState(state, message.event, limits);
            if (state !== previous) {
                notify({ kind: 'event', event: message.event });
            }
        } else if (message.kind === 'snapshot' && message.requestId === requestId) {
            state = mergeConsoleState(state, message.state, limits);
            notify({ kind: 'snapshot' });
        }
    };

    try {
        subscription = subscribe(context, VOICE_CONSOLE_CHANNEL, handleMessage, {
            scope: APPLICATION_SCOPE
        });
    } catch {
        subscription = null;
    }
    notify({ kind: 'initial' });
    bus.send({ version: 1, kind: 'hello', origin: requestId, requestId });

    return {
        get state() {
            return state;
        },
        unsubscribe() {
            if (!open) {
                return;
            }
            open = false;
            try {
                unsubscribe(subscription);
            } catch {
                // Already released with the component's context.
            }
            subscription = null;
        }
    };
}
