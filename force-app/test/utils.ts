/**
 * Shared Jest helpers (instead of pasting flushPromises into every test). Other teams import
 * them through the test kit, voiceTestKit.ts (docs/TESTING.md).
 */
const TOOLKIT_TAG = 'lightning-service-cloud-voice-toolkit-api';

/** Resolves after pending promise callbacks and LWC re-renders. */
export function flushPromises(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Every toolkit element on the page, however deep in shadow trees. */
export function findToolkitElements(root: ParentNode = document): Element[] {
    const found: Element[] = [];
    const visit = (node: ParentNode): void => {
        for (const element of Array.from(node.querySelectorAll('*'))) {
            if (element.tagName.toLowerCase() === TOOLKIT_TAG) {
                found.push(element);
            }
            if (element.shadowRoot) {
                visit(element.shadowRoot);
            }
        }
    };
    visit(root);
    return found;
}

/**
 * Fires a toolkit event the way the platform does: on every toolkit element of the page.
 * Returns how many elements received it.
 */
export function emitToolkitEvent(type: string, detail: unknown): number {
    const elements = findToolkitElements();
    for (const element of elements) {
        element.dispatchEvent(new CustomEvent(type, { detail }));
    }
    return elements.length;
}

/** Empties the page between tests. */
export function removeAllChildren(): void {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
}

/**
 * Fake clock for `Date` and `setInterval` (so the shared one-second clock, onEverySecond, ticks
 * only when told); `setTimeout` stays real so flushPromises works.
 */
export function useFakeClock(start: number): void {
    jest.useFakeTimers({
        doNotFake: ['setTimeout', 'clearTimeout', 'queueMicrotask', 'nextTick', 'setImmediate']
    });
    jest.setSystemTime(start);
}

/** Moves the fake clock (the shared one-second clock ticks along) and lets components render. */
export async function advance(milliseconds: number): Promise<void> {
    jest.advanceTimersByTime(milliseconds);
    await flushPromises();
}
