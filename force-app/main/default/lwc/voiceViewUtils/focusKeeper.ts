/**
 * Keeps keyboard focus in a panel when the control that had it goes away: Accept turns into the
 * in-call controls, Hang up removes its row, Merge disappears after the conference. Without this
 * focus drops to <body> and the next Enter does nothing. Each focusable control carries a
 * `data-focus-key`; the keeper remembers the key that last had focus inside the panel and, after a
 * render in which that control is gone while nothing else has focus, focuses its successor.
 */

interface Focusable extends Element {
    focus(): void;
}

export interface FocusRoot {
    querySelectorAll(selector: string): ArrayLike<Element>;
}

/** Successor keys to try, in order, when the control with `key` is gone. */
export type FocusSuccessors = (key: string) => readonly string[];

function keyOf(target: EventTarget | null): string | null {
    const element = target as Element | null;
    const holder =
        element && typeof element.closest === 'function'
            ? element.closest('[data-focus-key]')
            : null;
    return holder?.getAttribute('data-focus-key') ?? null;
}

/** True when focus has gone nowhere, as after the focused element was removed. */
function nothingFocused(): boolean {
    const active = document.activeElement;
    return active === null || active === document.body || active === document.documentElement;
}

export class FocusKeeper {
    private key: string | null = null;

    constructor(
        private readonly root: () => FocusRoot | null,
        private readonly successors: FocusSuccessors
    ) {}

    /** The panel's `focusin`: remember which control has focus. */
    handleFocusIn(event: Event): void {
        const key = keyOf(event.target);
        if (key !== null) {
            this.key = key;
        }
    }

    /**
     * The panel's `focusout`: forget the control when focus moves to something else on purpose.
     * Removing a focused element moves focus to nothing (no related target): keep the key then.
     */
    handleFocusOut(event: FocusEvent): void {
        if (event.relatedTarget !== null && keyOf(event.relatedTarget) === null) {
            this.key = null;
        }
    }

    /** Call from renderedCallback: puts focus back if its control is gone and focus with it. */
    restore(): void {
        const root = this.root();
        if (this.key === null || root === null || this.find(root, this.key) || !nothingFocused()) {
            return;
        }
        for (const candidate of this.successors(this.key)) {
            const element = this.find(root, candidate);
            if (element) {
                this.key = candidate;
                element.focus();
                return;
            }
        }
    }

    /** By comparison, not a selector: keys carry participant names, which need no escaping. */
    private find(root: FocusRoot, key: string): Focusable | null {
        const elements = Array.from(root.querySelectorAll('[data-focus-key]'));
        const element = elements.find((each) => each.getAttribute('data-focus-key') === key);
        return element && typeof (element as Focusable).focus === 'function'
            ? (element as Focusable)
            : null;
    }
}
