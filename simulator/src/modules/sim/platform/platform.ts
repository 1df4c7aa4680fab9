/**
 * The simulated platform of the local console: one instance per page, shared by the stand-ins
 * for lightning/* modules and by the console's own components.
 *
 *  - `toolkit`: every toolkit element of the page (events go to all of them)
 *  - `telephony`: the telephony system the toolkit actions talk to
 *  - `lms`: lightning/messageService
 *  - `utilities`, `notices`: the utility bar, toasts and navigation requests
 *  - `records`: the VoiceCall records lightning/uiRecordApi serves
 *  - `timeline`: what was emitted and which actions were called
 */
import { Emitter } from './emitter';
import { MessageBus } from './lms';
import { Notices } from './notices';
import { TelephonyError, TelephonySystem, type TelephonyStore } from './telephony';
import { Timeline, callIdOf, summarizeDetail, type TimelineSource } from './timeline';
import { ToolkitHub } from './toolkitHub';
import { UtilityRegistry } from './utilities';
import { VoiceCallRecords } from './voiceCallRecords';

export { APPLICATION_SCOPE, MessageBus, type Area, type ChannelToken } from './lms';
export { TelephonyError, TelephonySystem, type SimCall, type TelephonyProfile } from './telephony';
export { MAX_TIMELINE_ENTRIES, type TimelineEntry, type TimelineSource } from './timeline';
export type { ToolkitInstance } from './toolkitHub';
export type { UtilityItem } from './utilities';
export type { Navigation, Toast, ToastVariant } from './notices';
export { urlFor } from './notices';
export { DEFAULT_LANGUAGE, chooseLanguage, languageTag } from './language';
export {
    SIM_USER_ID,
    VOICE_CALL_FIELDS,
    VoiceCallRecords,
    type VoiceCallField,
    type VoiceCallRecord
} from './voiceCallRecords';

/** The simulated telephony system's calls, kept across reloads of this tab. */
export const TELEPHONY_STORAGE_KEY = 'voiceConsoleKit.simulator.telephony';

/** The org's VoiceCall records, kept across reloads of this tab like the telephony calls. */
export const RECORDS_STORAGE_KEY = 'voiceConsoleKit.simulator.voiceCalls';

function sessionStore(key: string): TelephonyStore {
    return {
        load: () => window.sessionStorage.getItem(key),
        save: (text) => window.sessionStorage.setItem(key, text),
        clear: () => window.sessionStorage.removeItem(key)
    };
}

const TOAST_LIFETIME_MS = 6000;

export class SimPlatform {
    readonly toolkit = new ToolkitHub();
    readonly lms = new MessageBus();
    readonly notices = new Notices();
    readonly utilities = new UtilityRegistry();
    readonly timeline: Timeline;
    readonly telephony: TelephonySystem;
    /** VoiceCall records the telephony system keeps, served by lightning/uiRecordApi. */
    readonly records = new VoiceCallRecords(() => Date.now(), sessionStore(RECORDS_STORAGE_KEY));
    private readonly changes = new Emitter<void>();
    private changePending = false;
    private readonly frameChanges = new Emitter<void>();
    private framePending = false;
    private startedAt = Date.now();

    constructor() {
        this.timeline = new Timeline(() => Date.now() - this.startedAt);
        this.telephony = new TelephonySystem(
            (type, detail) => this.emit(type, detail, 'telephony'),
            { store: sessionStore(TELEPHONY_STORAGE_KEY) }
        );
    }

    /**
     * Hands an event to every toolkit element, as the platform does, after the telephony model
     * has seen it. Returns the number of elements that received it.
     */
    emit(type: string, detail: unknown, source: TimelineSource = 'script'): number {
        this.telephony.observe(type, detail);
        this.records.observe(type, detail);
        const entry = this.timeline.add({
            kind: 'event',
            name: String(type),
            callId: callIdOf(detail),
            summary: summarizeDetail(detail),
            source,
            outcome: null,
            delivered: null
        });
        const delivered = this.toolkit.dispatch(type, detail);
        this.timeline.update(entry.seq, { delivered });
        this.changed();
        return delivered;
    }

    /**
     * Runs a toolkit action for an element's @api method: logs it, turns a refusal into a
     * rejected promise (never a synchronous throw) and records the outcome.
     */
    runAction(
        name: string,
        args: readonly unknown[],
        action: () => Promise<unknown>
    ): Promise<unknown> {
        const entry = this.timeline.add({
            kind: 'action',
            name,
            callId: this.telephony.activeCall()?.callId ?? null,
            summary: args.map((arg) => describeArgument(arg)).join(', '),
            source: null,
            outcome: 'pending',
            delivered: null
        });
        this.changed();
        let result: Promise<unknown>;
        try {
            result = action();
        } catch (error) {
            result = Promise.reject(error);
        }
        return result.then(
            (value) => {
                this.timeline.update(entry.seq, { outcome: 'ok' });
                this.changed();
                return value;
            },
            (error: unknown) => {
                const reason = error instanceof Error ? error.message : String(error);
                this.timeline.update(entry.seq, {
                    outcome: 'rejected',
                    summary: [entry.summary, reason].filter(Boolean).join(' → ')
                });
                this.changed();
                throw error instanceof Error ? error : new TelephonyError(reason);
            }
        );
    }

    showToast(init: unknown): void {
        const toast = this.notices.addToast(init);
        if (toast.mode !== 'sticky') {
            // eslint-disable-next-line @lwc/lwc/no-async-operation -- toasts close by themselves
            setTimeout(() => this.closeToast(toast.id), TOAST_LIFETIME_MS);
        }
        this.changed();
    }

    closeToast(id: number): void {
        this.notices.closeToast(id);
        this.changed();
    }

    navigate(pageReference: unknown, replace: boolean): void {
        this.notices.navigate(pageReference, replace);
        this.changed();
    }

    /** Calls back (once per microtask at most) after anything on the page changed. */
    onChange(listener: () => void): () => void {
        return this.changes.on(listener);
    }

    /**
     * Calls back once per frame at most, before it is painted, after anything on the page
     * changed: for what the console draws from the platform (timeline, status, counters). A
     * frame shows the same as with onChange, but a burst of events (a scenario played fast, a
     * transcript line that also moves the counters) costs one render, not one per event, and
     * never delays the event's way to the kit's panels.
     */
    onFrameChange(listener: () => void): () => void {
        return this.frameChanges.on(listener);
    }

    /** Notifies listeners soon; many changes in a row make one notification. */
    changed(): void {
        if (!this.framePending) {
            this.framePending = true;
            nextFrame(() => {
                this.framePending = false;
                this.frameChanges.emit();
            });
        }
        if (this.changePending) {
            return;
        }
        this.changePending = true;
        queueMicrotask(() => {
            this.changePending = false;
            this.changes.emit();
        });
    }

    /** A fresh session: no calls, empty timeline, no toasts, utilities as configured. */
    reset(): void {
        this.telephony.reset();
        this.records.reset();
        this.timeline.clear();
        this.notices.reset();
        this.utilities.resetAppearance();
        this.lms.workspaceActive = true;
        this.startedAt = Date.now();
        this.changed();
    }
}

/**
 * Runs the callback before the next frame is painted. A hidden tab paints nothing and runs no
 * animation frames, so there a short timer stands in (what is drawn is up to date when the tab
 * shows again).
 */
function nextFrame(callback: () => void): void {
    if (typeof requestAnimationFrame === 'function' && document.visibilityState !== 'hidden') {
        // eslint-disable-next-line @lwc/lwc/no-async-operation -- drawn once per frame
        requestAnimationFrame(() => callback());
    } else {
        // eslint-disable-next-line @lwc/lwc/no-async-operation -- no frames in a hidden tab
        setTimeout(callback, 16);
    }
}

function describeArgument(value: unknown): string {
    if (typeof value === 'string') {
        return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
    }
    if (value === undefined) {
        return 'undefined';
    }
    try {
        const json = JSON.stringify(value);
        return json.length > 60 ? `${json.slice(0, 59)}…` : json;
    } catch {
        return typeof value;
    }
}

/** The page's platform. */
export const simPlatform = new SimPlatform();
