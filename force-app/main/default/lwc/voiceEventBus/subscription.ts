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
import { voiceEventBus, VOICE_CONSOLE_CHANNEL, type OwnChange, type VoiceEventBus } from './bus';
import { parseConsoleMessage, randomId } from './channel';
import {
    DEFAULT_LIMITS,
    createConsoleState,
    resolveLimits,
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
    /**
     * Bounds for this panel's copy (e.g. a design attribute for utterances kept); missing or
     * invalid values take DEFAULT_LIMITS.
     */
    limits?: Partial<StateLimits>;
    /** For tests: a bus other than the window's. */
    bus?: VoiceEventBus;
}

function sameLimits(a: StateLimits, b: StateLimits): boolean {
    return (Object.keys(b) as Array<keyof StateLimits>).every((key) => a[key] === b[key]);
}

/** How the bus's own event in this message changed its state, if the message is one. */
function ownChangeIn(bus: VoiceEventBus, raw: unknown): OwnChange | undefined {
    try {
        if (raw === null || typeof raw !== 'object') {
            return undefined;
        }
        const { origin, kind, seq } = raw as { origin?: unknown; kind?: unknown; seq?: unknown };
        return origin === bus.origin && kind === 'event' && typeof seq === 'number'
            ? bus.ownChange(seq)
            : undefined;
    } catch (_ignored) {
        return undefined;
    }
}

/**
 * Subscribes a panel (APPLICATION_SCOPE, so utility items receive it). Calls `listener` at once
 * with what this window's bus already knows, then whenever the state changes: on a new event,
 * or on a snapshot (answering this subscription's hello) that added something. A listener that
 * throws is counted in the bus diagnostics and does not affect other panels. Never throws.
 * @param context the panel's `@wire(MessageContext)` value; the hello is published with it, so
 *   a panel mounting before any connector of its window has rendered still asks other windows
 */
export function subscribeToVoiceConsole(
    context: MessageContextValue | undefined,
    listener: ConsoleListener,
    options: SubscribeOptions = {}
): ConsoleSubscription {
    const bus = options.bus ?? voiceEventBus;
    const limits: StateLimits = resolveLimits(options.limits);
    const requestId = randomId();
    // With the bus's limits the copy starts as the bus's state itself (what the merge would
    // rebuild), and follows the bus's own events without reducing them again: `step` is the
    // bus's stateVersion this copy is at, null once the copy has changed any other way. Every
    // panel then shares the bus's state instead of holding a copy of every transcript.
    const inStep = sameLimits(limits, DEFAULT_LIMITS);
    let state = inStep
        ? bus.getState()
        : mergeConsoleState(createConsoleState(), bus.getState(), limits);
    let step: number | null = inStep ? bus.stateVersion : null;
    let subscription: MessageSubscription | null | undefined = null;
    let open = true;

    const notify = (update: ConsoleUpdate): void => {
        try {
            listener(state, update);
        } catch (_ignored) {
            bus.reportSubscriberError();
        }
    };

    /** True when the message was the bus's own event and the copy followed it. */
    const followBus = (raw: unknown): boolean => {
        const change = step === null ? undefined : ownChangeIn(bus, raw);
        if (!change || step === null) {
            return false;
        }
        if (change.to <= step) {
            // Already in the copy: published before this panel subscribed.
            return true;
        }
        if (change.from !== step) {
            // The bus changed in between some other way: this copy reduces on its own from now.
            step = null;
            return false;
        }
        step = change.to;
        // The bus's state now: this event, and any it accepted after it in the same burst.
        state = bus.getState();
        notify({ kind: 'event', event: change.event });
        return true;
    };

    const handleMessage = (raw: unknown): void => {
        if (!open || followBus(raw)) {
            return;
        }
        const message = parseConsoleMessage(raw, { snapshotFor: requestId });
        const previous = state;
        try {
            if (message?.kind === 'event') {
                state = reduceConsoleState(state, message.event, limits);
            } else if (message?.kind === 'snapshot') {
                state = mergeConsoleState(state, message.state, limits);
            }
        } catch (_ignored) {
            // Unreachable with revived input; a bug here must not break LMS delivery.
            state = previous;
            bus.reportInternalError();
        }
        if (state !== previous && message) {
            step = null;
            notify(
                message.kind === 'event'
                    ? { kind: 'event', event: message.event }
                    : { kind: 'snapshot' }
            );
        }
    };

    try {
        subscription = subscribe(context, VOICE_CONSOLE_CHANNEL, handleMessage, {
            scope: APPLICATION_SCOPE
        });
    } catch (_ignored) {
        subscription = null;
    }
    notify({ kind: 'initial' });
    bus.send({ version: 1, kind: 'hello', origin: requestId, requestId }, context);

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
            } catch (_ignored) {
                // Already released with the component's context.
            }
            subscription = null;
        }
    };
}
