/**
 * The page's one event bus: listens on the leading toolkit element, validates and reduces each
 * event, publishes it on VoiceConsoleEvent__c and answers late panels' hellos with a snapshot.
 */
import {
    APPLICATION_SCOPE,
    publish,
    subscribe,
    unsubscribe,
    type MessageContextValue,
    type MessageSubscription
} from 'lightning/messageService';
import VOICE_CONSOLE_CHANNEL from '@salesforce/messageChannel/VoiceConsoleEvent__c';
import { createToolkitActions, type VoiceToolkitActions } from './actions';
import { EventJournal, type CaptureSnapshot, type CaptureStatus } from './capture';
import { parseConsoleMessage, randomId, type VoiceConsoleMessage } from './channel';
import { createConsoleState, type ConsoleState } from './consoleState';
import { BusDiagnostics, type BusDiagnosticsSnapshot } from './diagnostics';
import type { NormalizeResult, VoiceEvent } from './events';
import { mergeConsoleState } from './merge';
import { normalizeToolkitEvent } from './normalize';
import {
    StatePersistence,
    browserSessionStorage,
    type PersistenceOptions,
    type StateStorage
} from './persistence';
import { reduceConsoleState } from './reduce';
import { ToolkitRegistry, type LeaderChange, type ToolkitElement } from './toolkitRegistry';
import { withPlainTranscripts } from './transcriptList';

export { VOICE_CONSOLE_CHANNEL };

/** How one of the bus's own events changed its state (see VoiceEventBus.ownChange). */
export interface OwnChange {
    /** The bus's stateVersion before and after the event; equal when it changed nothing. */
    from: number;
    to: number;
    /** The event as the bus accepted it. */
    event: VoiceEvent;
}

/** Own events remembered for panels still catching up (LMS delivers a burst after it ends). */
const OWN_CHANGES_KEPT = 1024;

export interface VoiceEventBusOptions {
    /**
     * Where to save call status for refresh recovery (the window's bus passes sessionStorage).
     * Without it the bus keeps everything in memory only.
     */
    storage?: StateStorage | null;
}

export class VoiceEventBus {
    /** Identifies this window's bus in messages, so it can ignore its own. */
    readonly origin = randomId();
    readonly actions: VoiceToolkitActions;
    private readonly diagnostics = new BusDiagnostics();
    private readonly registry: ToolkitRegistry;
    private state: ConsoleState = createConsoleState();
    private seq = 0;
    /** Counts every change of `state`, whatever caused it. */
    private version = 0;
    private readonly ownChanges = new Map<number, OwnChange>();
    private context: MessageContextValue | undefined;
    private subscription: MessageSubscription | null | undefined = null;
    /** requestId of this bus's own hello; only snapshots answering it are merged. */
    private helloId = '';
    /** True while some connector is registered (a hand-over keeps it true). */
    private listening = false;
    private readonly persistence: StatePersistence | null;
    /** Exists only while capture is on. */
    private journal: EventJournal | null = null;
    private captureRequests = 0;

    constructor(options: VoiceEventBusOptions = {}) {
        this.registry = new ToolkitRegistry(
            (event) => this.handleToolkitEvent(event),
            (change) => this.handleLeaderChange(change)
        );
        this.actions = createToolkitActions(() => this.registry.leaderElement);
        this.persistence = options.storage
            ? new StatePersistence(
                  options.storage,
                  () => this.state,
                  () => this.diagnostics.recordStorageError()
              )
            : null;
        const restored = this.persistence?.restore();
        if (restored) {
            // Through the merge, so limits and pruned ids apply exactly as to a snapshot.
            this.commit(this.safely(() => mergeConsoleState(this.state, restored)));
        }
    }

    /**
     * Registers a connector's toolkit element and its wired MessageContext. Any number of
     * connectors may register; exactly one element has listeners. Returns the unregister call.
     */
    registerToolkit(element: ToolkitElement, context: MessageContextValue | undefined): () => void {
        return this.registry.register(element, context);
    }

    unregisterToolkit(element: ToolkitElement): void {
        this.registry.unregister(element);
    }

    /** What this window's bus knows now (read-only: it is replaced, never mutated). */
    getState(): ConsoleState {
        return this.state;
    }

    getDiagnostics(): BusDiagnosticsSnapshot {
        return this.diagnostics.snapshot({
            size: this.registry.size,
            hasLeader: this.registry.leaderElement !== null
        });
    }

    /**
     * Forgets every call (e.g. when the agent signs out), what was saved for a refresh and what
     * was captured; registrations, opt-ins and capture requests stay.
     */
    reset(): void {
        this.state = createConsoleState();
        this.version += 1;
        this.persistence?.clear();
        if (this.journal) {
            this.journal = new EventJournal(Date.now());
        }
    }

    /**
     * Asks the bus to save conversation text (transcript, notes, flag messages) for refresh
     * recovery too. Call status alone is saved otherwise. Returns the call that withdraws this
     * request; the text is saved while any request asks for it. No effect without storage.
     */
    configurePersistence(options: PersistenceOptions): () => void {
        return this.persistence?.configure(options) ?? (() => undefined);
    }

    /** Saves for refresh recovery now, with any change the throttle held back (tests, tooling). */
    flushPersistence(): void {
        this.persistence?.flush();
    }

    /**
     * Starts keeping the events this window's toolkit delivers (see capture.ts). Returns the
     * call that withdraws the request; when the last one is withdrawn the journal is dropped.
     */
    startCapture(): () => void {
        this.captureRequests += 1;
        this.journal ??= new EventJournal(Date.now());
        let active = true;
        return () => {
            if (!active) {
                return;
            }
            active = false;
            this.captureRequests -= 1;
            if (this.captureRequests === 0) {
                this.journal = null;
            }
        };
    }

    getCaptureStatus(): CaptureStatus {
        return {
            capturing: this.journal !== null,
            startedAt: this.journal?.startedAt ?? null,
            eventCount: this.journal?.size ?? 0,
            droppedEvents: this.journal?.droppedEvents ?? 0
        };
    }

    /** The captured events (a copy of the list), or null when capture is off. */
    getCapture(): CaptureSnapshot | null {
        return this.journal?.snapshot() ?? null;
    }

    /**
     * Increases with every change of the state (events, snapshots, restore, reset). With
     * ownChange, lets a panel's copy that is this bus's state follow it without reducing (see
     * subscription.ts); not for other uses.
     */
    get stateVersion(): number {
        return this.version;
    }

    /**
     * How this bus's event number `seq` changed its state, for one of the last 1,024 events.
     * @internal For subscribeToVoiceConsole, which shares the bus's state instead of reducing.
     */
    ownChange(seq: number): OwnChange | undefined {
        return this.ownChanges.get(seq);
    }

    /** Counts a panel listener that threw; the helper contains it. */
    reportSubscriberError(): void {
        this.diagnostics.recordSubscriberError();
    }

    /** Counts a reducer or merge failure in a subscriber's copy (a bug, contained). */
    reportInternalError(): void {
        this.diagnostics.recordInternalError();
    }

    /**
     * Takes one raw toolkit event as the platform would deliver it. The element listener calls
     * this; the local console uses it to replay scenarios. Never throws.
     */
    ingest(type: unknown, detail: unknown, receivedAt: number = Date.now()): NormalizeResult {
        const result = normalizeToolkitEvent(type, detail, receivedAt);
        if (!result.ok) {
            this.diagnostics.recordRejected({
                type: result.type,
                reason: result.reason,
                at: receivedAt
            });
            return result;
        }
        // Stamped with this bus as its observer: another window's observation of the same
        // telephony event is then told apart from a genuine second one (participants.ts).
        const event: VoiceEvent = result.event;
        // The event is new and this bus's own: stamped in place (a spread costs more than the
        // rest of accepting an utterance).
        (event as { origin?: string }).origin = this.origin;
        const previous = this.state;
        const from = this.version;
        this.commit(this.safely(() => reduceConsoleState(previous, event)));
        this.diagnostics.recordAccepted(event.type, this.state !== previous);
        this.journal?.add(event);
        this.seq += 1;
        // Before publishing: an LMS may deliver inside publish.
        this.ownChanges.set(this.seq, { from, to: this.version, event });
        this.ownChanges.delete(this.seq - OWN_CHANGES_KEPT);
        this.send({ version: 1, kind: 'event', origin: this.origin, seq: this.seq, event });
        return { ok: true, event };
    }

    /**
     * Sends a message on the channel, through `context` when given (a panel's own) or else the
     * leader's; counts failures, never throws.
     */
    send(message: VoiceConsoleMessage, context?: MessageContextValue): void {
        try {
            publish(context ?? this.context, VOICE_CONSOLE_CHANNEL, message);
        } catch (_ignored) {
            this.diagnostics.recordPublishError();
        }
    }

    private handleToolkitEvent(event: Event): void {
        let detail: unknown;
        try {
            detail = (event as CustomEvent<unknown>).detail;
        } catch (_ignored) {
            detail = undefined;
        }
        this.ingest(event.type, detail);
    }

    private handleLeaderChange(change: LeaderChange): void {
        if (change.element && change.context === this.context && this.subscription) {
            // A new leader with the same context: the subscription stays valid.
            return;
        }
        // Without a leader the bus must stop listening even if the context looks the same
        // (undefined in tests, or shared): a subscription left behind would keep answering
        // hellos and swallow the next connector's own hello.
        this.stopListening();
        this.context = change.context;
        if (change.element) {
            const wasListening = this.listening;
            try {
                this.subscription = subscribe(
                    this.context,
                    VOICE_CONSOLE_CHANNEL,
                    (message) => this.handleMessage(message),
                    { scope: APPLICATION_SCOPE }
                );
            } catch (_ignored) {
                this.subscription = null;
            }
            this.listening = true;
            if (!wasListening) {
                // First connector after none: ask other windows what happened meanwhile.
                this.helloId = randomId();
                this.send({
                    version: 1,
                    kind: 'hello',
                    origin: this.origin,
                    requestId: this.helloId
                });
            }
        } else {
            this.listening = false;
        }
    }

    private stopListening(): void {
        if (this.subscription) {
            try {
                unsubscribe(this.subscription);
            } catch (_ignored) {
                // The context may already be released with its component.
            }
        }
        this.subscription = null;
    }

    private isOwn(raw: unknown): boolean {
        try {
            return (
                raw !== null &&
                typeof raw === 'object' &&
                (raw as { origin?: unknown }).origin === this.origin
            );
        } catch (_ignored) {
            return false;
        }
    }

    /** Replaces the state; a real change is saved for refresh recovery (throttled). */
    private commit(next: ConsoleState): void {
        if (next !== this.state) {
            this.state = next;
            this.version += 1;
            this.persistence?.schedule();
        }
    }

    /** The next state, or the current one if computing it failed (unreachable by design). */
    private safely(next: () => ConsoleState): ConsoleState {
        try {
            return next();
        } catch (_ignored) {
            this.diagnostics.recordInternalError();
            return this.state;
        }
    }

    /** Other windows' buses (pop-out utilities) and late panels talk to this one here. */
    private handleMessage(raw: unknown): void {
        if (this.isOwn(raw)) {
            // Its own events come back on the channel: nothing to learn, so not revived.
            return;
        }
        const message = parseConsoleMessage(raw, { snapshotFor: this.helloId });
        if (!message || message.origin === this.origin) {
            return;
        }
        switch (message.kind) {
            case 'event':
                this.commit(this.safely(() => reduceConsoleState(this.state, message.event)));
                break;
            case 'snapshot':
                this.commit(this.safely(() => mergeConsoleState(this.state, message.state)));
                break;
            case 'hello':
                this.send({
                    version: 1,
                    kind: 'snapshot',
                    origin: this.origin,
                    requestId: message.requestId,
                    state: withPlainTranscripts(this.state)
                });
                break;
            default:
                break;
        }
    }
}

/**
 * The one bus of this window. Panels reach it through subscribeToVoiceConsole. It alone saves
 * to sessionStorage, and restores from it as the page loads.
 */
export const voiceEventBus = new VoiceEventBus({ storage: browserSessionStorage() });
