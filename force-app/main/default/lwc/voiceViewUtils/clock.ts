/**
 * One shared one-second clock for every timer on the page (call duration, hold, wait clocks),
 * instead of one interval per row or panel. It runs only while someone listens.
 */
/** A listener of the shared clock: called with `Date.now()` once a second. */
export type Tick = (now: number) => void;

const listeners = new Set<Tick>();
let timer: ReturnType<typeof setInterval> | null = null;

function tick(): void {
    const now = Date.now();
    for (const listener of [...listeners]) {
        try {
            listener(now);
        } catch (_ignored) {
            // A panel's render error must not stop the other panels' clocks.
        }
    }
}

/** Calls `listener(now)` once a second until the returned function is called. */
export function onEverySecond(listener: Tick): () => void {
    listeners.add(listener);
    if (timer === null) {
        // The page's one interval; eslint.config.js allows it in this file (no inline disable:
        // the platform's rules reject those in deployed code).
        timer = setInterval(tick, 1000);
    }
    return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && timer !== null) {
            clearInterval(timer);
            timer = null;
        }
    };
}
