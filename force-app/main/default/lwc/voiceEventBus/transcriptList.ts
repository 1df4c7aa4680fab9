/**
 * A call's transcript as an immutable array that costs O(1) to extend. Every state version still
 * has its own `readonly Utterance[]` (Array.isArray, indexing, length, iteration, slice, JSON all
 * behave as on an array, and writes throw), but consecutive versions share one append-only store:
 * a version is a window [start, start + length) of it. Appending to the newest version pushes onto
 * the store; dropping the oldest moves the window's start. Copying the whole transcript on every
 * utterance made each event cost O(history) and a long call O(n²).
 *
 * A window's items never change: the store only grows past the end of every window made from it,
 * and a version that is not the newest (someone already extended past its end) is copied into a
 * store of its own before it is extended.
 */
import type { CallState, ConsoleState, Utterance } from './consoleState';

interface Store {
    readonly items: Utterance[];
}

interface Window {
    readonly store: Store;
    readonly start: number;
    readonly length: number;
    /** The items as a plain array, made on first need by a method without a fast path. */
    copy: Utterance[] | null;
    /**
     * The items' ids, made on first need and handed on to the version that extends this one
     * (which then owns it): duplicates are found in O(1) without rebuilding it per utterance.
     */
    ids: Set<string> | null;
}

/** A key only this module has: reading it from a view gives the view's window. */
const WINDOW = Symbol('transcriptWindow');

/** A store is rebuilt from the kept items once the dropped prefix outgrows them. */
function compactedStart(window: Window): boolean {
    return window.start > 64 && window.start > window.length;
}

function windowOf(list: unknown): Window | undefined {
    return Array.isArray(list) ? (list as unknown as { [WINDOW]?: Window })[WINDOW] : undefined;
}

/** `key` as an array index, or -1 ('01', '1.5', '-1', 'length' are not indexes). */
function arrayIndex(key: string): number {
    const first = key.charCodeAt(0);
    if (!(first >= 48 && first <= 57)) {
        return -1;
    }
    const index = Number(key);
    return index >>> 0 === index && String(index) === key ? index : -1;
}

function itemAt(window: Window, index: number): Utterance | undefined {
    return index < window.length ? window.store.items[window.start + index] : undefined;
}

function plainCopy(window: Window): Utterance[] {
    window.copy ??= window.store.items.slice(window.start, window.start + window.length);
    return window.copy;
}

function refuseWrite(): never {
    throw new TypeError('A transcript in the console state is read-only');
}

/** Relative index as Array.prototype.slice reads it, clamped to [0, length]. */
function clampIndex(value: unknown, length: number, otherwise: number): number {
    if (value === undefined) {
        return otherwise;
    }
    const relative = Math.trunc(Number(value)) || 0;
    return relative < 0 ? Math.max(length + relative, 0) : Math.min(relative, length);
}

const MUTATORS = new Set<PropertyKey>([
    'copyWithin',
    'fill',
    'pop',
    'push',
    'reverse',
    'shift',
    'sort',
    'splice',
    'unshift'
]);

/** Methods read straight from the store, with no copy: the ones panels call per event. */
const FAST_METHODS: Partial<
    Record<PropertyKey, (this: readonly Utterance[], ...args: never[]) => unknown>
> = {
    slice(this: readonly Utterance[], start?: number, end?: number): Utterance[] {
        const window = windowOf(this);
        if (!window) {
            return Array.prototype.slice.call(this, start, end) as Utterance[];
        }
        const from = clampIndex(start, window.length, 0);
        const to = clampIndex(end, window.length, window.length);
        return to > from ? window.store.items.slice(window.start + from, window.start + to) : [];
    },
    at(this: readonly Utterance[], index?: number): Utterance | undefined {
        const window = windowOf(this);
        if (!window) {
            return Array.prototype.at.call(this, index ?? 0) as Utterance | undefined;
        }
        const relative = Math.trunc(Number(index)) || 0;
        const absolute = relative < 0 ? window.length + relative : relative;
        return absolute >= 0 ? itemAt(window, absolute) : undefined;
    },
    *[Symbol.iterator](this: readonly Utterance[]): IterableIterator<Utterance> {
        const window = windowOf(this);
        if (!window) {
            yield* Array.prototype.values.call(this);
            return;
        }
        for (let index = 0; index < window.length; index += 1) {
            yield window.store.items[window.start + index];
        }
    }
};
FAST_METHODS.values = FAST_METHODS[Symbol.iterator];

/** Any other array method runs on a plain copy made once per version. */
const copiedMethods = new Map<PropertyKey, (...args: unknown[]) => unknown>();

function copiedMethod(key: PropertyKey): ((...args: unknown[]) => unknown) | undefined {
    const method: unknown = (Array.prototype as unknown as Record<PropertyKey, unknown>)[key];
    if (typeof method !== 'function' || key === 'constructor') {
        return undefined;
    }
    let wrapped = copiedMethods.get(key);
    if (!wrapped) {
        wrapped = function (this: unknown, ...args: unknown[]): unknown {
            const window = windowOf(this);
            return (method as (...a: unknown[]) => unknown).apply(
                window ? plainCopy(window) : this,
                args
            );
        };
        copiedMethods.set(key, wrapped);
    }
    return wrapped;
}

/** One per view: the traps are shared (its prototype), the window is its own. */
interface ViewHandler extends ProxyHandler<Utterance[]> {
    window: Window;
    /** Set once Object.freeze reached the view; its target then holds the items, frozen. */
    frozen: boolean;
}

const TRAPS: ProxyHandler<Utterance[]> & ThisType<ViewHandler> = {
    get(target, key, receiver) {
        const window = this.window;
        if (typeof key === 'string') {
            const index = arrayIndex(key);
            if (index >= 0) {
                return itemAt(window, index);
            }
            if (key === 'length') {
                return window.length;
            }
        }
        if (key === WINDOW) {
            return window;
        }
        const fast = FAST_METHODS[key];
        if (fast) {
            return fast;
        }
        if (MUTATORS.has(key)) {
            return refuseWrite;
        }
        return copiedMethod(key) ?? Reflect.get(target, key, receiver);
    },
    has(target, key) {
        if (typeof key === 'string') {
            const index = arrayIndex(key);
            if (index >= 0) {
                return index < this.window.length;
            }
        }
        return Reflect.has(target, key);
    },
    ownKeys(target) {
        if (this.frozen) {
            return Reflect.ownKeys(target);
        }
        const keys: Array<string | symbol> = [];
        for (let index = 0; index < this.window.length; index += 1) {
            keys.push(String(index));
        }
        keys.push('length');
        return keys;
    },
    getOwnPropertyDescriptor(target, key) {
        if (this.frozen || typeof key !== 'string') {
            return Reflect.getOwnPropertyDescriptor(target, key);
        }
        const window = this.window;
        const index = arrayIndex(key);
        if (index >= 0) {
            return index < window.length
                ? {
                      value: itemAt(window, index),
                      writable: false,
                      enumerable: true,
                      configurable: true
                  }
                : undefined;
        }
        return key === 'length'
            ? { value: window.length, writable: true, enumerable: false, configurable: false }
            : Reflect.getOwnPropertyDescriptor(target, key);
    },
    /**
     * Object.freeze (tests freeze states to prove nothing mutates them): the proxy's rules then
     * require a target that really holds the items, so it gets them once, frozen.
     */
    preventExtensions(target) {
        if (!this.frozen) {
            for (const item of plainCopy(this.window)) {
                target.push(item);
            }
            Object.freeze(target);
            this.frozen = true;
        }
        return true;
    },
    defineProperty(target, key, descriptor) {
        // Only freezing's own redefinitions, which change nothing on the frozen target.
        return this.frozen && Reflect.defineProperty(target, key, descriptor);
    },
    set: () => false,
    deleteProperty: () => false,
    setPrototypeOf: () => false
};

/**
 * Typed `Utterance[]` as CallState.transcript is (its public type); writes to it throw, as the
 * state is immutable.
 */
function view(
    store: Store,
    start: number,
    length: number,
    ids: Set<string> | null = null
): Utterance[] {
    const handler = Object.create(TRAPS) as ViewHandler;
    handler.window = { store, start, length, copy: null, ids };
    handler.frozen = false;
    return new Proxy<Utterance[]>([], handler);
}

/**
 * `list` with `item` appended and then its oldest items past `max` dropped: O(1) amortized when
 * `list` is the newest version of its store, else one copy. `dropped` lists what fell off.
 */
export function appendItem(
    list: readonly Utterance[],
    item: Utterance,
    max: number
): { list: Utterance[]; dropped: Utterance[] } {
    const current = windowOf(list);
    let store: Store;
    let start = 0;
    let ids: Set<string> | null = null;
    if (
        current &&
        current.start + current.length === current.store.items.length &&
        !compactedStart(current)
    ) {
        store = current.store;
        start = current.start;
        // The id set moves on; `list` rebuilds its own if it is ever asked again.
        ids = current.ids;
        current.ids = null;
    } else {
        // A plain array, a version already extended by someone else, or a store mostly dropped.
        store = {
            items: current
                ? current.store.items.slice(current.start, current.start + current.length)
                : list.slice()
        };
    }
    store.items.push(item);
    const length = list.length + 1;
    const cut = Math.max(0, length - max);
    const dropped = cut > 0 ? store.items.slice(start, start + cut) : [];
    if (ids) {
        ids.add(item.id);
        for (const line of dropped) {
            ids.delete(line.id);
        }
    }
    return { list: view(store, start + cut, length - cut, ids), dropped };
}

/** Id sets of plain transcript arrays (from a merge or a restore), made once per array. */
const plainArrayIds = new WeakMap<readonly Utterance[], Set<string>>();

/** True when `list` holds an utterance with this id: O(1) after the first call per version. */
export function hasUtteranceId(list: readonly Utterance[], id: string): boolean {
    const window = windowOf(list);
    if (window) {
        window.ids ??= new Set(
            window.store.items
                .slice(window.start, window.start + window.length)
                .map((utterance) => utterance.id)
        );
        return window.ids.has(id);
    }
    let ids = plainArrayIds.get(list);
    if (!ids) {
        ids = new Set(list.map((utterance) => utterance.id));
        plainArrayIds.set(list, ids);
    }
    return ids.has(id);
}

/**
 * A transcript view of `items`, which becomes its store: pass a new array (e.g. after an insert in
 * the middle) that nothing else keeps.
 */
export function transcriptOf(items: Utterance[]): Utterance[] {
    return view({ items }, 0, items.length);
}

/** True when `list` is a view made here (for tests and the snapshot copy). */
export function isTranscriptView(list: unknown): boolean {
    return windowOf(list) !== undefined;
}

/**
 * `state` with every transcript as a plain array, for what leaves the window: LMS documents its
 * messages as serializable JSON, and a message crossing to a pop-out window may be copied by
 * structured clone, which cannot copy a Proxy.
 */
export function withPlainTranscripts(state: ConsoleState): ConsoleState {
    const calls: Record<string, CallState> = {};
    for (const [callId, call] of Object.entries(state.calls)) {
        calls[callId] = isTranscriptView(call.transcript)
            ? { ...call, transcript: call.transcript.slice() }
            : call;
    }
    return { ...state, calls };
}

/** Items held by the store behind `list` (for tests: dropped lines must not pile up). */
export function storedItems(list: readonly Utterance[]): number {
    return windowOf(list)?.store.items.length ?? list.length;
}
