/**
 * The call status panel's two admin options that reach into the bus: capturing events for a
 * local replay (captureEvents) and keeping conversation text across a refresh
 * (keepConversationAfterRefresh). Both are off unless an admin turns them on.
 */
import { label } from '../../../../../test/useRealLabels';
import { createElement } from '@lwc/engine-dom';
import CallStatusPanel from 'c/callStatusPanel';
import { PERSISTED_STATE_KEY, voiceEventBus } from 'c/voiceEventBus';
import { formatLabel } from 'c/voiceViewUtils';
import { parseScenario } from '../../../../../../simulator/src/modules/sim/scenario/format';
import { emitToolkitEvent, flushPromises, removeAllChildren } from '../../../../../test/utils';
import { readBlob } from '../../../../../test/liveTranscript/panel';
import {
    CALLER,
    CANARY,
    CANARY_PATTERN,
    canaryCall
} from '../../voiceEventBus/__tests__/canaryCall';

const T0 = Date.UTC(2026, 4, 12, 9, 30, 0);

interface AdminProps {
    captureEvents?: boolean | string;
    keepConversationAfterRefresh?: boolean | string;
}

async function mount(props: AdminProps = {}): Promise<HTMLElement> {
    const element = createElement('c-call-status-panel', { is: CallStatusPanel });
    Object.assign(element, props);
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

/** Plays the canary call like the platform: every toolkit element gets each event. */
async function playCall(callId: string): Promise<void> {
    for (const step of canaryCall(callId, T0)) {
        emitToolkitEvent(step.type, step.detail);
    }
    await flushPromises();
}

function query<T extends Element = HTMLElement>(root: HTMLElement, selector: string): T | null {
    return root.shadowRoot!.querySelector<T & Element>(selector) as T | null;
}

function textOf(root: HTMLElement, selector: string): string | null {
    const element = query(root, selector);
    return element ? (element.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
}

function prop<T>(element: Element | null, name: string): T {
    return (element as unknown as Record<string, T>)[name];
}

/** Ticks or unticks a lightning-input checkbox as the user would. */
async function setChecked(root: HTMLElement, selector: string, checked: boolean): Promise<void> {
    const input = query(root, selector)!;
    (input as unknown as { checked: boolean }).checked = checked;
    input.dispatchEvent(new CustomEvent('change', { detail: { checked } }));
    await flushPromises();
}

interface Download {
    href: string;
    download: string;
    blob: Blob;
}

/** Intercepts object URLs and anchor clicks; returns what was "saved" and the revocations. */
function interceptDownloads(): {
    downloads: Download[];
    revoked: string[];
    restore: () => void;
} {
    const downloads: Download[] = [];
    const revoked: string[] = [];
    const blobs = new Map<string, Blob>();
    const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    Object.assign(URL, {
        createObjectURL: jest.fn((blob: Blob) => {
            const url = `blob:capture-${blobs.size + 1}`;
            blobs.set(url, blob);
            return url;
        }),
        revokeObjectURL: jest.fn((url: string) => {
            revoked.push(url);
        })
    });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
        this: HTMLAnchorElement
    ) {
        downloads.push({
            href: this.getAttribute('href') ?? '',
            download: this.download,
            blob: blobs.get(this.getAttribute('href') ?? '')!
        });
    });
    return {
        downloads,
        revoked,
        restore: () => {
            // The panels go first: removing one revokes its last URL.
            removeAllChildren();
            click.mockRestore();
            Object.assign(URL, {
                createObjectURL: original.create,
                revokeObjectURL: original.revoke
            });
        }
    };
}

describe('c-call-status-panel', () => {
    beforeEach(() => {
        voiceEventBus.reset();
        window.sessionStorage.clear();
    });

    afterEach(() => {
        removeAllChildren();
        jest.useRealTimers();
    });

    describe('capture (captureEvents)', () => {
        it('is off by default: no capture section, and the bus keeps no events', async () => {
            const element = await mount();
            await playCall('call-no-capture');

            expect(query(element, '[data-id="capture"]')).toBeNull();
            expect(voiceEventBus.getCaptureStatus().capturing).toBe(false);
            expect(voiceEventBus.getCapture()).toBeNull();
        });

        it('when on, counts the events kept since capture started', async () => {
            jest.useFakeTimers({ doNotFake: ['setTimeout', 'clearTimeout', 'queueMicrotask'] });
            jest.setSystemTime(T0);
            const element = await mount({ captureEvents: true });

            expect(textOf(element, '[data-id="capture-status"]')).toMatch(
                /^Capturing since .+\. No telephony events yet\.$/
            );
            expect(prop<boolean>(query(element, '[data-id="capture-download"]'), 'disabled')).toBe(
                true
            );

            await playCall('call-capture');
            // Transcript and flag lines re-render on the running call clock's next tick.
            jest.advanceTimersByTime(1000);
            await flushPromises();

            expect(voiceEventBus.getCaptureStatus()).toMatchObject({
                capturing: true,
                eventCount: 11
            });
            expect(textOf(element, '[data-id="capture-status"]')).toMatch(
                /^11 events captured since /
            );
            expect(prop<boolean>(query(element, '[data-id="capture-download"]'), 'disabled')).toBe(
                false
            );
        });

        it('takes the attribute as a string from markup too', async () => {
            await mount({ captureEvents: 'true' });

            expect(voiceEventBus.getCaptureStatus().capturing).toBe(true);
        });

        it('offers both redactions ticked by default', async () => {
            const element = await mount({ captureEvents: true });

            const text = query(element, '[data-id="redact-text"]');
            const people = query(element, '[data-id="redact-participants"]');
            expect(prop<string>(text, 'label')).toBe(label('VCK_CallStatus_CaptureRedactText'));
            expect(prop<boolean>(text, 'checked')).toBe(true);
            expect(prop<string>(people, 'label')).toBe(
                label('VCK_CallStatus_CaptureRedactParticipants')
            );
            expect(prop<boolean>(people, 'checked')).toBe(true);
            expect(query(element, '[data-id="capture-warning"]')).toBeNull();
        });

        it('downloads voice-capture-<date>.json: a scenario with every event, text redacted', async () => {
            const intercept = interceptDownloads();
            try {
                const element = await mount({ captureEvents: true });
                await playCall('call-download');

                query(element, '[data-id="capture-download"]')!.click();
                await flushPromises();

                expect(intercept.downloads).toHaveLength(1);
                const [saved] = intercept.downloads;
                expect(saved.download).toMatch(
                    /^voice-capture-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.json$/
                );
                expect(saved.blob.type).toBe('application/json');
                const content = await readBlob(saved.blob);
                expect(content).not.toMatch(CANARY_PATTERN);
                expect(content).not.toContain(CALLER);
                const parsed = parseScenario(JSON.parse(content));
                expect(parsed.ok && parsed.scenario.steps.length).toBe(11);
                expect(textOf(element, '[data-id="capture-message"]')).toBe(
                    formatLabel(label('VCK_CallStatus_CaptureDownloaded'), saved.download)
                );
                await expect(element).toBeAccessible();
            } finally {
                intercept.restore();
            }
        });

        it('keeps the conversation in the file only when the admin unticks redaction, with a warning', async () => {
            const intercept = interceptDownloads();
            try {
                const element = await mount({ captureEvents: true });
                await playCall('call-unredacted');

                await setChecked(element, '[data-id="redact-text"]', false);
                expect(textOf(element, '[data-id="capture-warning"]')).toBe(
                    label('VCK_CallStatus_CaptureUnredactedWarning')
                );
                query(element, '[data-id="capture-download"]')!.click();
                await flushPromises();

                const content = await readBlob(intercept.downloads[0].blob);
                expect(content).toContain(CANARY.transcript);
                expect(content).toContain(CANARY.note);
                expect(content).not.toContain(CALLER);

                await setChecked(element, '[data-id="redact-participants"]', false);
                query(element, '[data-id="capture-download"]')!.click();
                await flushPromises();
                expect(await readBlob(intercept.downloads[1].blob)).toContain(CALLER);
            } finally {
                intercept.restore();
            }
        });

        it('frees each download URL at the next download and when the panel goes', async () => {
            const intercept = interceptDownloads();
            try {
                const element = await mount({ captureEvents: true });
                await playCall('call-urls');
                const download = () => query(element, '[data-id="capture-download"]')!.click();

                download();
                expect(intercept.revoked).toEqual([]);
                download();
                expect(intercept.revoked).toEqual(['blob:capture-1']);

                document.body.removeChild(element);
                expect(intercept.revoked).toEqual(['blob:capture-1', 'blob:capture-2']);
            } finally {
                intercept.restore();
            }
        });

        it('says so when the file cannot be saved', async () => {
            const intercept = interceptDownloads();
            (URL.createObjectURL as jest.Mock).mockImplementation(() => {
                throw new Error('Unsupported MIME type');
            });
            try {
                const element = await mount({ captureEvents: true });
                await playCall('call-refused');

                query(element, '[data-id="capture-download"]')!.click();
                await flushPromises();

                expect(intercept.downloads).toEqual([]);
                expect(textOf(element, '[data-id="capture-message"]')).toBe(
                    label('VCK_CallStatus_CaptureDownloadFailed')
                );
            } finally {
                intercept.restore();
            }
        });

        it('turning the attribute off drops the captured events and hides the section', async () => {
            const element = await mount({ captureEvents: true });
            await playCall('call-toggle');
            expect(voiceEventBus.getCaptureStatus().eventCount).toBe(11);

            Object.assign(element, { captureEvents: false });
            await flushPromises();

            expect(voiceEventBus.getCapture()).toBeNull();
            expect(query(element, '[data-id="capture"]')).toBeNull();

            Object.assign(element, { captureEvents: true });
            await flushPromises();
            expect(voiceEventBus.getCaptureStatus()).toMatchObject({
                capturing: true,
                eventCount: 0
            });
        });

        it('removing the panel withdraws its capture; another panel still capturing keeps it', async () => {
            const first = await mount({ captureEvents: true });
            const second = await mount({ captureEvents: true });
            await playCall('call-two-panels');

            document.body.removeChild(first);
            expect(voiceEventBus.getCaptureStatus().eventCount).toBeGreaterThan(0);

            document.body.removeChild(second);
            expect(voiceEventBus.getCapture()).toBeNull();
        });
    });

    describe('refresh recovery (keepConversationAfterRefresh)', () => {
        const stored = () => window.sessionStorage.getItem(PERSISTED_STATE_KEY);

        it('by default the tab keeps call status across a refresh, never the conversation', async () => {
            await mount();
            await playCall('call-status-only');
            voiceEventBus.flushPersistence();

            expect(stored()).toContain('call-status-only');
            expect(stored()).not.toMatch(CANARY_PATTERN);
        });

        it('when on, keeps the transcript, notes and flag messages too', async () => {
            await mount({ keepConversationAfterRefresh: true });
            await playCall('call-keep-text');
            voiceEventBus.flushPersistence();

            expect(stored()).toContain(CANARY.transcript);
            expect(stored()).toContain(CANARY.note);
            expect(stored()).toContain(CANARY.flag);
        });

        it('turning it off, or removing the panel, rewrites the save without the conversation at once', async () => {
            const element = await mount({ keepConversationAfterRefresh: true });
            await playCall('call-opt-out');
            voiceEventBus.flushPersistence();
            expect(stored()).toContain(CANARY.transcript);

            Object.assign(element, { keepConversationAfterRefresh: false });
            expect(stored()).not.toMatch(CANARY_PATTERN);
            expect(stored()).toContain('call-opt-out');

            Object.assign(element, { keepConversationAfterRefresh: true });
            expect(stored()).toContain(CANARY.transcript);
            document.body.removeChild(element);
            expect(stored()).not.toMatch(CANARY_PATTERN);
        });
    });
});
