/**
 * Refresh recovery: the bus saves a call-status projection of its state in the tab's
 * sessionStorage and restores it when the page loads again, so a reload mid-call keeps the
 * phase, participants, hold, mute, recording and the timers (absolute times, so they continue
 * from the true start). Transcript lines, notes and flag messages are customer conversation:
 * left out unless an admin opts in. Storage may be missing, disabled, full or hostile; every
 * access is guarded, and what comes back is revalidated like an LMS snapshot.
 */
import { type CallState, type ConsoleState } from './consoleState';
import { foldFlags } from './flags';
import { reviveConsoleState } from './revive';

/** The sessionStorage key. A release that changes the stored shape uses a new key. */
export const PERSISTED_STATE_KEY = 'voiceConsoleKit.v1.state';
export const PERSISTED_STATE_VERSION = 1;
/** Saves at most once per this many ms while events flow, and whenever the page hides. */
export const PERSIST_THROTTLE_MS = 1000;
/** Largest stored value, in characters (sessionStorage quota is shared by the whole origin). */
export const MAX_PERSISTED_CHARS = 1_000_000;
/** With conversation text kept: the newest utterances per call that are saved. */
export const PERSISTED_UTTERANCES_PER_CALL = 1000;
/** A call whose wrap-up ended longer ago than this is not saved or restored. */
export const FINISHED_CALL_RETENTION_MS = 60 * 60 * 1000;
/** A saved state older than this (e.g. a tab restored the next day) is ignored entirely. */
export const MAX_PERSISTED_AGE_MS = 12 * 60 * 60 * 1000;
/** A save stamped further in the future than this is not ours to trust. */
const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

/** The part of the Storage interface the bus uses; window.sessionStorage satisfies it. */
export type StateStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface PersistenceOptions {
    /**
     * Also save transcript lines, notes and flag messages (customer data). Off unless an admin
     * turns on the call status panel's "Keep transcript and notes after a page refresh".
     */
    includeConversationText?: boolean;
}

/** A call as stored: derived fields (participants, flags, audio grade) are folded on restore. */
type PersistedCall = Omit<CallState, 'participants' | 'conferenced' | 'flags' | 'audio'>;

interface PersistedEnvelope {
    version: typeof PERSISTED_STATE_VERSION;
    savedAt: number;
    /** Whether the writer kept conversation text; restore strips it again when false. */
    conversationText: boolean;
    state: {
        version: 1;
        calls: Record<string, PersistedCall>;
        prunedCallIds: string[];
        lastEventAt: number | null;
    };
}

function isTime(value: unknown): value is number {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** A finished call the agent has long moved on from, or a call nothing was heard of for hours. */
function isExpired(call: CallState, now: number): boolean {
    if (now - call.lastEventAt > MAX_PERSISTED_AGE_MS) {
        return true;
    }
    if (call.phase !== 'ended') {
        return false;
    }
    const finishedAt = call.wrapUpEndedAt ?? call.endedAt ?? call.lastEventAt;
    return now - finishedAt > FINISHED_CALL_RETENTION_MS;
}

/** The call without what people said or wrote; flag raises and lowers keep their times. */
export function withoutConversationText(call: CallState): CallState {
    const flagRaises = call.flagRaises.map((record) => ({ ...record, text: null }));
    const flagLowers = call.flagLowers.map((record) => ({ ...record, text: null }));
    return {
        ...call,
        transcript: [],
        droppedUtterances: 0,
        notes: [],
        flagRaises,
        flagLowers,
        flags: foldFlags(flagRaises, flagLowers)
    };
}

/**
 * The call restored from a save without conversation text, marked so the panels can say the
 * text was not kept (CallState.conversationTextDroppedAt): what arrived up to the save is gone.
 */
function textDroppedAt(call: CallState, savedAt: number): CallState {
    const previous = call.conversationTextDroppedAt;
    return {
        ...withoutConversationText(call),
        conversationTextDroppedAt: previous === null ? savedAt : Math.max(previous, savedAt)
    };
}

function persistedCall(call: CallState, includeConversationText: boolean): PersistedCall {
    const source = includeConversationText ? call : withoutConversationText(call);
    const cut = Math.max(0, source.transcript.length - PERSISTED_UTTERANCES_PER_CALL);
    return {
        callId: source.callId,
        callType: source.callType,
        caller: source.caller,
        phase: source.phase,
        startedAt: source.startedAt,
        connectedAt: source.connectedAt,
        endedAt: source.endedAt,
        wrapUpEndedAt: source.wrapUpEndedAt,
        lastEventAt: source.lastEventAt,
        sawCallStarted: source.sawCallStarted,
        spokenAt: source.spokenAt,
        muted: source.muted,
        recordingPaused: source.recordingPaused,
        legs: source.legs,
        audioSamples: source.audioSamples,
        transcript: cut ? source.transcript.slice(cut) : source.transcript,
        droppedUtterances: source.droppedUtterances + cut,
        flagRaises: source.flagRaises,
        flagLowers: source.flagLowers,
        notes: source.notes,
        conversationTextDroppedAt: source.conversationTextDroppedAt
    };
}

function envelope(
    state: ConsoleState,
    includeConversationText: boolean,
    now: number
): PersistedEnvelope {
    const calls: Record<string, PersistedCall> = {};
    for (const [callId, call] of Object.entries(state.calls)) {
        if (!isExpired(call, now)) {
            calls[callId] = persistedCall(call, includeConversationText);
        }
    }
    return {
        version: PERSISTED_STATE_VERSION,
        savedAt: now,
        conversationText: includeConversationText,
        state: {
            version: 1,
            calls,
            prunedCallIds: state.prunedCallIds,
            lastEventAt: state.lastEventAt
        }
    };
}

/**
 * The string to store for `state`, or null when there is nothing worth keeping (no calls and
 * no pruned ids) or it cannot fit MAX_PERSISTED_CHARS. When conversation text makes it too
 * large, call status alone is stored instead.
 */
export function serializeConsoleState(
    state: ConsoleState,
    options: PersistenceOptions & { now: number }
): string | null {
    const withText = options.includeConversationText === true;
    const first = envelope(state, withText, options.now);
    if (Object.keys(first.state.calls).length === 0 && state.prunedCallIds.length === 0) {
        return null;
    }
    let text = JSON.stringify(first);
    if (text.length > MAX_PERSISTED_CHARS && withText) {
        text = JSON.stringify(envelope(state, false, options.now));
    }
    return text.length > MAX_PERSISTED_CHARS ? null : text;
}

function read(source: unknown, key: string): unknown {
    return source !== null && typeof source === 'object'
        ? (source as Record<string, unknown>)[key]
        : undefined;
}

/**
 * The state a stored string holds, revalidated call by call (revive.ts), with expired calls
 * dropped and conversation text stripped unless the writer said it kept it on purpose (each
 * stripped call then carries conversationTextDroppedAt, the save's time). Null
 * for anything unusable: not ours, another version, corrupt, oversize, too old. Never throws.
 */
export function parsePersistedState(raw: unknown, now: number): ConsoleState | null {
    if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_PERSISTED_CHARS) {
        return null;
    }
    try {
        const parsed: unknown = JSON.parse(raw);
        const savedAt = read(parsed, 'savedAt');
        if (
            read(parsed, 'version') !== PERSISTED_STATE_VERSION ||
            !isTime(savedAt) ||
            now - savedAt > MAX_PERSISTED_AGE_MS ||
            savedAt - now > MAX_CLOCK_SKEW_MS
        ) {
            return null;
        }
        const state = reviveConsoleState(read(parsed, 'state'));
        if (!state) {
            return null;
        }
        const keepText = read(parsed, 'conversationText') === true;
        const calls: Record<string, CallState> = {};
        for (const [callId, call] of Object.entries(state.calls)) {
            if (!isExpired(call, now)) {
                calls[callId] = keepText ? call : textDroppedAt(call, savedAt);
            }
        }
        return { ...state, calls };
    } catch (_ignored) {
        return null;
    }
}

/** This window's sessionStorage, or null where it is missing or access throws (disabled). */
export function browserSessionStorage(): StateStorage | null {
    try {
        return typeof window !== 'undefined' && window.sessionStorage
            ? window.sessionStorage
            : null;
    } catch (_ignored) {
        return null;
    }
}

/**
 * Saves the bus's state (throttled), restores it once, and keeps the opt-in requests. Owned by
 * the window's bus, so each window persists from exactly one place.
 */
export class StatePersistence {
    private lastSavedAt = -Infinity;
    /** A change since the last save is waiting for the throttle or the page hiding. */
    private dirty = false;
    private requests: Array<Required<PersistenceOptions>> = [];
    /** pagehide: reload, navigation or close; the last chance to save. */
    private readonly saveIfDirty = (): void => {
        if (this.dirty) {
            this.save();
        }
    };
    /** A hidden tab may be discarded by the browser without a pagehide. */
    private readonly saveIfHidden = (): void => {
        if (document.visibilityState === 'hidden') {
            this.saveIfDirty();
        }
    };

    constructor(
        private readonly storage: StateStorage,
        private readonly currentState: () => ConsoleState,
        private readonly reportError: () => void
    ) {
        try {
            window.addEventListener('pagehide', this.saveIfDirty);
            document.addEventListener('visibilitychange', this.saveIfHidden);
        } catch (_ignored) {
            // No page to listen to (a worker or a test double): saves stay throttled only.
        }
    }

    /** True while at least one opt-in asks for conversation text. */
    get includesConversationText(): boolean {
        return this.requests.some((request) => request.includeConversationText);
    }

    /** What the tab saved before the reload, revalidated; null when there is nothing usable. */
    restore(now: number = Date.now()): ConsoleState | null {
        let raw: string | null;
        try {
            raw = this.storage.getItem(PERSISTED_STATE_KEY);
        } catch (_ignored) {
            this.reportError();
            return null;
        }
        if (raw === null) {
            return null;
        }
        const state = parsePersistedState(raw, now);
        if (!state) {
            // Corrupt, another version or stale: do not trip over it on every load.
            this.remove();
        }
        return state;
    }

    /**
     * Adds an opt-in request; returns the call that withdraws it. Storage is rewritten at once
     * when the answer to "keep conversation text?" changes, so an opt-out takes effect now.
     */
    configure(options: PersistenceOptions): () => void {
        const request = { includeConversationText: options.includeConversationText === true };
        const before = this.includesConversationText;
        this.requests = [...this.requests, request];
        if (this.includesConversationText !== before) {
            this.flush();
        }
        return () => {
            const had = this.includesConversationText;
            this.requests = this.requests.filter((item) => item !== request);
            if (this.includesConversationText !== had) {
                this.flush();
            }
        };
    }

    /**
     * Called on every state change. Saves at once when the last save is at least
     * PERSIST_THROTTLE_MS old; otherwise marks the state dirty, for the next change after that
     * or the page hiding (pagehide fires on reload, so a reload never loses the last change).
     * No timer: the platform's lint rules forbid them outside a short allowed list.
     */
    schedule(): void {
        const now = Date.now();
        // A clock set back counts as "long enough": it must not stop saving for hours.
        if (now - this.lastSavedAt >= PERSIST_THROTTLE_MS || now < this.lastSavedAt) {
            this.save();
        } else {
            this.dirty = true;
        }
    }

    /** Saves now: the page is hiding, the opt-in changed, or a test wants it. */
    flush(): void {
        this.save();
    }

    /** Forgets what was saved (the bus was reset, e.g. sign-out). */
    clear(): void {
        this.dirty = false;
        this.remove();
    }

    private save(): void {
        this.dirty = false;
        this.lastSavedAt = Date.now();
        let text: string | null;
        try {
            text = serializeConsoleState(this.currentState(), {
                includeConversationText: this.includesConversationText,
                now: this.lastSavedAt
            });
        } catch (_ignored) {
            this.reportError();
            return;
        }
        if (text === null) {
            this.remove();
            return;
        }
        try {
            this.storage.setItem(PERSISTED_STATE_KEY, text);
        } catch (_ignored) {
            // Quota exceeded or storage disabled. An older save left behind could bring back
            // calls pruned since, so drop it: no recovery is better than a wrong one.
            this.reportError();
            this.remove();
        }
    }

    private remove(): void {
        try {
            this.storage.removeItem(PERSISTED_STATE_KEY);
        } catch (_ignored) {
            this.reportError();
        }
    }
}
