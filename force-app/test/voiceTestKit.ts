/**
 * The test kit for components built on the Voice Console Kit bus (docs/TESTING.md): what the
 * kit's own panel tests use, in one documented module. In Jest import it as `voiceTestKit`
 * (jest.config.js maps the name), before the component under test, because importing it makes
 * `@salesforce/label/c.*` resolve to the labels' real values (useRealLabels.ts).
 *
 * What it gives a test: documented toolkit payloads fired the way the platform fires them (on
 * every toolkit element), the toolkit's actions as jest.fn, a fake clock that drives the
 * shared one-second clock, the toasts a component showed, and a reset between tests.
 */
import './useRealLabels';
import { readFileSync } from 'node:fs';
import { createElement } from '@lwc/engine-dom';
import { join } from 'node:path';
import {
    normalizeToolkitEvent,
    voiceEventBus,
    type VoiceEvent,
    type VoiceEventType
} from 'c/voiceEventBus';
import { toolkitActionMocks } from './jest-mocks/lightning/serviceCloudVoiceToolkitApi/serviceCloudVoiceToolkitApi';
import { emitToolkitEvent, flushPromises, removeAllChildren } from './utils';

export { label } from './useRealLabels';
export {
    advance,
    emitToolkitEvent,
    findToolkitElements,
    flushPromises,
    removeAllChildren,
    useFakeClock
} from './utils';
export { toolkitActionMocks };

/** The documented examples of the 19 toolkit events, one `<type>.json` each. */
const EVENTS_DIR = join(__dirname, '../main/default/lwc/voiceEventBus/__tests__/data/events');

/** The callId every documented example carries. */
export const DOCUMENTED_CALL_ID = 'c5d93c19-e03b-44f8-85e6-a11f02e70c45';

/** A toolkit event as the platform hands it to listeners: its type and raw `detail`. */
export interface ToolkitPayload {
    type: VoiceEventType;
    detail: Record<string, unknown>;
}

/**
 * The documented example of an event (the Service Cloud Voice developer guide's payload), with
 * some `detail` fields replaced: `documentedPayload('hold', { participant: '+1 …' })`. The
 * examples are imperfect on purpose, as the real ones are (flaglower's content is null).
 */
export function documentedPayload(
    type: VoiceEventType,
    overrides: Record<string, unknown> = {}
): ToolkitPayload {
    const example = JSON.parse(readFileSync(join(EVENTS_DIR, `${type}.json`), 'utf8')) as {
        detail: Record<string, unknown>;
    };
    return { type, detail: { ...example.detail, ...overrides } };
}

/**
 * The documented payload as the bus accepts it (validated, `receivedAt` set), for tests of
 * pure functions: `reduceConsoleState(createConsoleState(), documentedEvent('callconnected'))`.
 * Throws if the overrides make the payload one the bus refuses (the test is wrong then).
 */
export function documentedEvent(
    type: VoiceEventType,
    overrides: Record<string, unknown> = {},
    receivedAt: number = Date.now()
): VoiceEvent {
    const { detail } = documentedPayload(type, overrides);
    const result = normalizeToolkitEvent(type, detail, receivedAt);
    if (!result.ok) {
        throw new Error(`documentedEvent('${type}'): the bus refuses it (${result.reason})`);
    }
    return result.event;
}

/**
 * Fires a documented payload on every toolkit element of the page, as the platform does, and
 * waits until the bus has delivered it and components have rendered. Returns how many toolkit
 * elements received it (0 means nothing on the page rendered one: mount the component first).
 */
export async function emitDocumented(
    type: VoiceEventType,
    overrides: Record<string, unknown> = {}
): Promise<number> {
    const { detail } = documentedPayload(type, overrides);
    const received = emitToolkitEvent(type, detail);
    await flushPromises();
    return received;
}

/**
 * Creates the component under test as `tag`, sets its @api properties, puts it on the page and
 * waits for its first render (its connector has registered with the bus by then).
 */
export async function mountComponent(
    tag: string,
    component: unknown,
    properties: Record<string, unknown> = {}
): Promise<HTMLElement> {
    const element = createElement(tag, { is: component as never });
    Object.assign(element, properties);
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

/** The platform's toast event name (lightning/platformShowToastEvent). */
export const TOAST_EVENT = 'lightning__showtoast';

export interface ToastDetail {
    title?: string;
    message?: string;
    variant?: string;
    mode?: string;
}

/** Collects the toasts a component dispatches from now on (they bubble out of its element). */
export function collectToasts(element: Element): ToastDetail[] {
    const toasts: ToastDetail[] = [];
    element.addEventListener(TOAST_EVENT, (event) => {
        toasts.push({ ...((event as CustomEvent<ToastDetail>).detail ?? {}) });
    });
    return toasts;
}

/**
 * A clean page between tests: components removed, the window's bus forgets every call and
 * toolkit element, every action mock back to resolving, real timers.
 */
export function resetVoiceConsole(): void {
    removeAllChildren();
    // Toolkit elements leave with their components; the bus forgets every call.
    voiceEventBus.reset();
    for (const mock of Object.values(toolkitActionMocks)) {
        // mockReset also drops a mockImplementationOnce a test did not use up.
        mock.mockReset();
        mock.mockImplementation(() => Promise.resolve({ success: true }));
    }
    jest.useRealTimers();
}
