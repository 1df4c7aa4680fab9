import { LightningElement, api } from 'lwc';
import { FocusKeeper, formatLabel } from 'c/voiceViewUtils';
import {
    KEYPAD,
    asContactType,
    contactError,
    controlSuccessors,
    type ContactType,
    type KeyView
} from './controlsForm';
import { LABELS } from './labels';

/** What the controls show; the Call Status panel's ControlsView has these fields and more. */
export interface CallControlsInput {
    ariaBusy: string;
    busy: boolean;
    ringing: boolean;
    dialing: boolean;
    connected: boolean;
    muted: boolean;
    muteAction: string;
    muteLabel: string;
    recordingAction: string;
    recordingLabel: string;
    recordingIcon: string;
    showMerge: boolean;
    showSwap: boolean;
    allowBlindTransfer: boolean;
}

interface Option {
    label: string;
    value: string;
}

/**
 * The Call Status panel's call controls. Fires `control` (detail: the request, e.g. `{ name:
 * 'addParticipant', contactType, contactValue, blind }`); the panel runs it through the toolkit
 * and announces the outcome. Keeps keyboard focus when a control gives way to another.
 */
export default class VoiceCallControls extends LightningElement {
    labels = LABELS;
    keys: readonly KeyView[] = KEYPAD;
    contactOptions: Option[] = [
        { label: LABELS.contactPhone, value: 'PhoneNumber' },
        { label: LABELS.contactAgent, value: 'AgentOrQueueId' }
    ];

    transferOpen = false;
    keypadOpen = false;
    contactType: ContactType = 'PhoneNumber';
    contactValue = '';
    contactMessage = '';
    /** The digits sent on this call, so the agent sees what the IVR got. */
    digitsSent = '';

    private input: CallControlsInput | null = null;
    private shownCallId: string | null = null;
    private readonly focusKeeper = new FocusKeeper(() => this.template, controlSuccessors);

    @api
    get controls(): CallControlsInput | null {
        return this.input;
    }
    set controls(value: CallControlsInput | null) {
        this.input = value;
        if (!value?.connected) {
            this.transferOpen = false;
            this.keypadOpen = false;
        }
    }

    /** A new call starts with an empty form and no digits sent. */
    @api
    get callId(): string | null {
        return this.shownCallId;
    }
    set callId(value: string | null) {
        if (value !== this.shownCallId) {
            this.shownCallId = value;
            this.contactValue = '';
            this.contactMessage = '';
            this.digitsSent = '';
        }
    }

    /** Focuses the first control offered (the panel's fallback when its own control is gone). */
    @api
    focus(): void {
        const first = this.template?.querySelector('[data-focus-key]') as HTMLElement | null;
        first?.focus();
    }

    get view(): CallControlsInput {
        return (
            this.input ?? {
                ariaBusy: 'false',
                busy: false,
                ringing: false,
                dialing: false,
                connected: false,
                muted: false,
                muteAction: 'mute',
                muteLabel: LABELS.mute,
                recordingAction: 'pauseRecording',
                recordingLabel: '',
                recordingIcon: 'utility:pause',
                showMerge: false,
                showSwap: false,
                allowBlindTransfer: false
            }
        );
    }

    get transferExpanded(): string {
        return String(this.transferOpen);
    }

    get keypadExpanded(): string {
        return String(this.keypadOpen);
    }

    get contactLabel(): string {
        return this.contactType === 'PhoneNumber' ? LABELS.contactPhone : LABELS.contactAgentId;
    }

    get contactInputType(): string {
        return this.contactType === 'PhoneNumber' ? 'tel' : 'text';
    }

    get digitsSentText(): string {
        return this.digitsSent ? formatLabel(LABELS.digitsSent, this.digitsSent) : '';
    }

    renderedCallback(): void {
        this.focusKeeper.restore();
    }

    handleFocusIn(event: Event): void {
        this.focusKeeper.handleFocusIn(event);
    }

    handleFocusOut(event: FocusEvent): void {
        this.focusKeeper.handleFocusOut(event);
    }

    /** Buttons whose data-action is the whole request (mute, merge, accept …). */
    handleAction(event: Event): void {
        const name = (event.currentTarget as HTMLElement | null)?.dataset.action;
        if (name) {
            this.request({ name });
        }
    }

    handleToggleTransfer(): void {
        this.transferOpen = !this.transferOpen;
        this.keypadOpen = false;
    }

    handleToggleKeypad(): void {
        this.keypadOpen = !this.keypadOpen;
        this.transferOpen = false;
    }

    handleContactTypeChange(event: CustomEvent<{ value?: unknown }>): void {
        this.contactType = asContactType(event.detail?.value);
        this.contactMessage = '';
    }

    handleContactValueChange(event: CustomEvent<{ value?: unknown }>): void {
        const value = event.detail?.value;
        this.contactValue = typeof value === 'string' ? value : '';
        this.contactMessage = '';
    }

    /** Enter in the number field consults, as the form's main button. */
    handleContactKeyDown(event: KeyboardEvent): void {
        if (event.key === 'Enter') {
            event.preventDefault();
            this.submitTransfer(false);
        }
    }

    handleConsult(): void {
        this.submitTransfer(false);
    }

    handleBlindTransfer(): void {
        this.submitTransfer(true);
    }

    handleKey(event: Event): void {
        const key = (event.currentTarget as HTMLElement | null)?.dataset.key;
        if (key) {
            this.digitsSent = `${this.digitsSent}${key}`.slice(-40);
            this.request({ name: 'sendDigits', digits: key });
        }
    }

    private submitTransfer(blind: boolean): void {
        const value = this.contactValue.trim();
        const error = contactError(this.contactType, value);
        const field = this.template?.querySelector('[data-id="contact-value"]') as
            | (HTMLElement & {
                  setCustomValidity?: (message: string) => void;
                  reportValidity?: () => boolean;
              })
            | null;
        field?.setCustomValidity?.(error);
        field?.reportValidity?.();
        this.contactMessage = error;
        if (error) {
            field?.focus();
            return;
        }
        this.transferOpen = false;
        this.request({
            name: 'addParticipant',
            contactType: this.contactType,
            contactValue: value,
            blind
        });
    }

    private request(detail: Record<string, unknown>): void {
        this.dispatchEvent(new CustomEvent('control', { detail }));
    }
}
