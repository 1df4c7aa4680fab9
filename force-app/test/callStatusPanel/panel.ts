/**
 * Helpers for the call status panel's component tests: documented toolkit payloads from the
 * bundle's __tests__/data fired like the platform, mounting, queries and a fake clock. Kept
 * outside __tests__ so Jest does not collect them as a suite.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from '@lwc/engine-dom';
import CallStatusPanel from 'c/callStatusPanel';
import { emitToolkitEvent, flushPromises } from '../utils';

const DATA_DIR = join(__dirname, '../../main/default/lwc/callStatusPanel/__tests__/data');

export interface Fixture {
    type: string;
    detail: Record<string, unknown>;
}

export const CALL_ID = 'd7a9f1b7-fc17-43fe-8ca7-e584a2b34792';

/** A documented payload from __tests__/data, with some detail fields replaced. */
export function fixture(name: string, overrides: Record<string, unknown> = {}): Fixture {
    const data = JSON.parse(readFileSync(join(DATA_DIR, `${name}.json`), 'utf8')) as Fixture;
    return { type: data.type, detail: { ...data.detail, ...overrides } };
}

/** Fires a fixture on every toolkit element, like the platform, and lets the panel render. */
export async function emit(name: string, overrides: Record<string, unknown> = {}): Promise<void> {
    const { type, detail } = fixture(name, overrides);
    emitToolkitEvent(type, detail);
    await flushPromises();
}

export interface PanelProps {
    showControls?: boolean;
    showAudioQuality?: boolean;
    showDiagnostics?: boolean;
    telephony?: string;
    allowBlindTransfer?: boolean;
}

export async function mountPanel(props: PanelProps = {}): Promise<HTMLElement> {
    const element = createElement('c-call-status-panel', { is: CallStatusPanel });
    Object.assign(element, props);
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

/** The panel's shadow root, then its call controls' (c-voice-call-controls), as an agent sees one panel. */
function roots(root: HTMLElement): ShadowRoot[] {
    const panel = root.shadowRoot!;
    const controls = Array.from(panel.querySelectorAll('c-voice-call-controls'))
        .map((element) => element.shadowRoot)
        .filter((shadow): shadow is ShadowRoot => shadow !== null);
    return [panel, ...controls];
}

export function query<T extends Element = HTMLElement>(
    root: HTMLElement,
    selector: string
): T | null {
    return (queryAll<T>(root, selector)[0] ?? null) as T | null;
}

export function queryAll<T extends Element = HTMLElement>(
    root: HTMLElement,
    selector: string
): T[] {
    return roots(root).flatMap((shadow) => Array.from(shadow.querySelectorAll(selector))) as T[];
}

/** Visible text of the first match, whitespace folded; null when absent. */
export function textOf(root: HTMLElement, selector: string): string | null {
    const element = query(root, selector);
    return element ? (element.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
}

/** A base component stub's @api property (label, disabled, selected …). */
export function prop<T = unknown>(element: Element | null, name: string): T {
    if (!element) {
        throw new Error(`No element to read ${name} from`);
    }
    return (element as unknown as Record<string, T>)[name];
}

/** The controls the panel offers: action names, `action:participantType` on participant rows. */
export function offeredControls(root: HTMLElement): string[] {
    return queryAll(root, '[data-action], [data-id$="-toggle"]').map((element) => {
        const participant = element.closest('li')?.dataset.participant;
        const name = element.dataset.action ?? element.dataset.id ?? '';
        return participant ? `${name}:${participant}` : name;
    });
}

export { advance, useFakeClock } from '../utils';
