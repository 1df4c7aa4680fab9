/** Helpers for the live transcript's component tests: mount, drive like the platform, query. */
import { createElement } from '@lwc/engine-dom';
import LiveTranscript from 'c/liveTranscript';
import {
    createConsoleState,
    normalizeToolkitEvent,
    reduceConsoleState,
    type ConsoleState,
    type SpeakerKind,
    type Utterance
} from 'c/voiceEventBus';
import { publish } from '../jest-mocks/lightning/messageService';
import { emitToolkitEvent, flushPromises } from '../utils';

interface Fixture<D> {
    type: string;
    detail: D;
}
/* eslint-disable @typescript-eslint/no-require-imports */
const callConnected =
    require('../../main/default/lwc/liveTranscript/__tests__/data/callconnected.json') as Fixture<{
        callId: string;
        callType: string;
        participant: string;
    }>;
const transcriptPayload =
    require('../../main/default/lwc/liveTranscript/__tests__/data/transcript.json') as Fixture<{
        id: string;
        clientSentTimestamp: number;
        serverReceivedTimestamp: number;
        callId: string;
    }>;
/* eslint-enable @typescript-eslint/no-require-imports */

export const CALL_ID = callConnected.detail.callId;
export const T0 = transcriptPayload.detail.serverReceivedTimestamp;

const ROLES: Record<SpeakerKind, string> = {
    agent: 'Agent',
    customer: 'EndUser',
    supervisor: 'Supervisor',
    other: 'IVR'
};

export interface PanelProps {
    showTimestamps?: boolean;
    maxUtterances?: number;
    highlightKeywords?: string;
}

export async function mountPanel(props: PanelProps = {}): Promise<HTMLElement> {
    const element = createElement('c-live-transcript', { is: LiveTranscript });
    Object.assign(element, props);
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

/** The documented callconnected payload, for `callId`. */
export function connectCall(callId: string = CALL_ID, participant = '+1 (415) 999-0000'): void {
    emitToolkitEvent('callconnected', { ...callConnected.detail, callId, participant });
}

export interface Said {
    callId?: string;
    kind?: SpeakerKind;
    name?: string;
    /** Seconds after T0 (the documented payload's server time). */
    second?: number;
}

/** Fires the documented transcript payload with this id, text and speaker. */
export function say(id: string, text: string, options: Said = {}): void {
    const {
        callId = CALL_ID,
        kind = 'agent',
        name,
        second = Number(id.replace(/\D/g, ''))
    } = options;
    const at = T0 + second * 1000;
    emitToolkitEvent('transcript', {
        ...transcriptPayload.detail,
        id,
        callId,
        clientSentTimestamp: at - 29,
        serverReceivedTimestamp: at,
        content: { formatType: 'Text', text },
        sender: name ? { role: ROLES[kind], displayName: name } : { role: ROLES[kind] }
    });
}

/** `count` utterances "Utterance number N", alternating agent and customer, one per second. */
export function bigTranscript(callId: string, count: number, from = 0): Utterance[] {
    return Array.from({ length: count }, (_, offset) => {
        const index = from + offset;
        const kind: SpeakerKind = index % 2 === 0 ? 'agent' : 'customer';
        return {
            id: `u${index}`,
            callId,
            text: `Utterance number ${index}`,
            sender: { role: ROLES[kind], kind, displayName: null },
            serverReceivedTimestamp: T0 + index * 1000,
            clientSentTimestamp: T0 + index * 1000 - 29,
            receivedAt: T0 + index * 1000 + 3
        };
    });
}

/** A console state with one connected call holding `transcript`. */
export function stateWithTranscript(callId: string, transcript: Utterance[]): ConsoleState {
    const connected = normalizeToolkitEvent(
        'callconnected',
        { ...callConnected.detail, callId },
        T0
    );
    if (!connected.ok) {
        throw new Error(connected.reason);
    }
    const state = reduceConsoleState(createConsoleState(), connected.event);
    const call = state.calls[callId];
    const last = transcript[transcript.length - 1];
    return {
        ...state,
        lastEventAt: last?.receivedAt ?? state.lastEventAt,
        calls: {
            [callId]: { ...call, transcript, lastEventAt: last?.receivedAt ?? call.lastEventAt }
        }
    };
}

/**
 * Answers every hello on the channel with `state`, the way a bus in another window (say a
 * popped-out utility holding a two-hour call) answers a panel that mounts late.
 */
export async function answerHellos(state: ConsoleState): Promise<void> {
    const hellos = publish.mock.calls
        .map((call) => call[2] as { kind?: string; requestId?: string })
        .filter((message) => message?.kind === 'hello');
    for (const hello of hellos) {
        publish(undefined, 'VoiceConsoleEvent__c', {
            version: 1,
            kind: 'snapshot',
            origin: 'popped-out-window',
            requestId: hello.requestId,
            state
        });
    }
    await flushPromises();
}

export function query<T extends Element = HTMLElement>(
    root: HTMLElement,
    selector: string
): T | null {
    return root.shadowRoot!.querySelector<T>(selector);
}

export function queryAll<T extends Element = HTMLElement>(
    root: HTMLElement,
    selector: string
): T[] {
    return Array.from(root.shadowRoot!.querySelectorAll<T>(selector));
}

/** Text with whitespace folded, as a person reads it; null when absent. */
export function textOf(element: Element | null): string | null {
    return element ? (element.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
}

export function rows(root: HTMLElement): HTMLElement[] {
    return queryAll(root, 'li[data-row]');
}

/** The utterance text of each rendered row, in order. */
export function rowTexts(root: HTMLElement): string[] {
    return rows(root).map((row) => row.querySelector('[data-id="text"]')!.textContent ?? '');
}

/** A base component stub's @api property (label, disabled, options …). */
export function prop<T = unknown>(element: Element | null, name: string): T {
    if (!element) {
        throw new Error(`No element to read ${name} from`);
    }
    return (element as unknown as Record<string, T>)[name];
}

/** Gives the scroll container layout values jsdom does not compute. */
export function stubScrollMetrics(
    log: HTMLElement,
    metrics: { scrollTop: number; clientHeight: number; scrollHeight: number }
): void {
    let scrollTop = metrics.scrollTop;
    Object.defineProperty(log, 'clientHeight', {
        configurable: true,
        get: () => metrics.clientHeight
    });
    Object.defineProperty(log, 'scrollHeight', {
        configurable: true,
        get: () => metrics.scrollHeight
    });
    Object.defineProperty(log, 'scrollTop', {
        configurable: true,
        get: () => scrollTop,
        set: (value: number) => {
            scrollTop = Math.max(0, Math.min(value, metrics.scrollHeight - metrics.clientHeight));
        }
    });
}

/** The user scrolls the container to `scrollTop`. */
export async function scrollTo(log: HTMLElement, scrollTop: number): Promise<void> {
    log.scrollTop = scrollTop;
    // A native scroll event, as the browser fires it (not a component event).
    // eslint-disable-next-line @lwc/lwc/prefer-custom-event
    log.dispatchEvent(new Event('scroll'));
    await flushPromises();
}

export function readBlob(blob: Blob): Promise<string> {
    return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(reader.error);
        reader.readAsText(blob);
    });
}

/** The highlighted words of the rendered rows, in order. */
export function marks(element: HTMLElement): string[] {
    return queryAll(element, 'li[data-row] mark').map((mark) => mark.textContent ?? '');
}

/** Types `value` into the search box, as lightning-input reports it. */
export async function search(element: HTMLElement, value: string): Promise<void> {
    const input = query(element, '[data-id="search"]')!;
    (input as unknown as { value: string }).value = value;
    input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flushPromises();
}

/** Turns "Show matching lines only" on or off. */
export async function filterOnly(element: HTMLElement, checked: boolean): Promise<void> {
    const toggle = query(element, '[data-id="filter-only"]')!;
    (toggle as unknown as { checked: boolean }).checked = checked;
    toggle.dispatchEvent(new CustomEvent('change', { detail: { checked } }));
    await flushPromises();
}

export async function click(element: HTMLElement, selector: string): Promise<void> {
    const target = query(element, selector);
    if (!target) {
        throw new Error(`Nothing to click at ${selector}`);
    }
    target.click();
    await flushPromises();
}
