import { LightningElement, api, wire } from 'lwc';
import { MessageContext, type MessageContextValue } from 'lightning/messageService';
import {
    createConsoleState,
    subscribeToVoiceConsole,
    voiceEventBus,
    voiceToolkitActions,
    type ConsoleState,
    type ConsoleSubscription,
    type TelephonyProfile,
    type VoiceEvent
} from 'c/voiceEventBus';
import {
    FocusKeeper,
    actionFailureMessage,
    actionFailureToast,
    keepConversationRequest,
    onEverySecond
} from 'c/voiceViewUtils';
import { CaptureDownload } from './captureDownload';
import {
    DEFAULT_CAPTURE_CHOICES,
    buildCaptureView,
    type CaptureChoices,
    type CaptureView
} from './captureView';
import {
    asControlRequest,
    outcomeMessage,
    runControl,
    type ControlRequest
} from './callControlsView';
import { buildCallStatusView, keptPick, type CallStatusView } from './callStatusView';
import { LABELS } from './labels';

/** A control whose toolkit promise never settles must not lock the panel for good. */
export const PENDING_TIMEOUT_MS = 15000;

/** This panel shows no transcript, notes or flags: its copy of the state keeps one of each. */
const STATE_LIMITS = { maxUtterancesPerCall: 1, maxNotesPerCall: 1 };

const CONVERSATION_EVENTS: ReadonlySet<string> = new Set([
    'transcript',
    'note',
    'flagraise',
    'flaglower'
]);

function isConversation(event: VoiceEvent): boolean {
    return CONVERSATION_EVENTS.has(event.type);
}

/** The Telephony design attribute: "Partner" or "Native"; anything else detects it. */
function asTelephony(value: unknown): TelephonyProfile | null {
    const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
    return text === 'partner' || text === 'native' ? text : null;
}

/**
 * Where focus goes when the control that had it is gone: a row's Hang up to the other rows'
 * buttons, then the call controls, then the caller's name (or the empty state once the call
 * has left the panel), so the next Tab starts from where the agent was.
 */
function panelSuccessors(key: string): readonly string[] {
    const fallbacks = ['controls', 'caller', 'empty'];
    return key.startsWith('hangup-') || key.startsWith('hold-')
        ? ['hold-#caller', ...fallbacks]
        : fallbacks;
}

/** Design attributes arrive as booleans from App Builder, but as strings from markup. */
function asFlag(value: unknown): boolean {
    return value === true || value === 'true';
}

/** A checkbox's new state from its change event (lightning-input puts it in detail). */
function checkedOf(event: Event): boolean {
    const detail = (event as CustomEvent<{ checked?: unknown } | null>).detail;
    if (typeof detail?.checked === 'boolean') {
        return detail.checked;
    }
    return (event.target as HTMLInputElement | null)?.checked === true;
}

/**
 * Call status: phase, participants, live timers, mute and recording state, audio quality and
 * the call controls, for the call the user follows. All view state comes from
 * buildCallStatusView; this class only wires the bus, the clock and the toolkit actions.
 */
export default class CallStatusPanel extends LightningElement {
    @wire(MessageContext) messageContext: MessageContextValue | undefined;

    labels = LABELS;
    view: CallStatusView = buildCallStatusView({
        state: createConsoleState(),
        pickedCallId: null,
        now: Date.now(),
        pending: false,
        showControls: true,
        showAudioQuality: true,
        diagnostics: null
    });

    /** The capture section (captureEvents on), else null. */
    capture: CaptureView | null = null;
    /** Download feedback, announced politely. */
    captureMessage = '';
    /** What the last call control did (or why it failed), announced politely. */
    controlOutcome = '';

    private settings = {
        showControls: true,
        showAudioQuality: true,
        showDiagnostics: false,
        captureEvents: false,
        telephony: 'Detect',
        allowBlindTransfer: false
    };
    private readonly focusKeeper = new FocusKeeper(() => this.template, panelSuccessors);
    private captureChoices: CaptureChoices = DEFAULT_CAPTURE_CHOICES;
    /** Withdraw this panel's requests to the bus (set while connected and asked for). */
    private stopCapture: (() => void) | null = null;
    /** keepConversationAfterRefresh, held on the bus while connected (as on every panel). */
    private readonly keepConversation = keepConversationRequest();
    /** Saves capture files; frees the last one's object URL at the next or when capture stops. */
    private readonly download = new CaptureDownload();
    private consoleState: ConsoleState = createConsoleState();
    private pickedCallId: string | null = null;
    private pending: { token: number; since: number } | null = null;
    private nextToken = 0;
    private subscription: ConsoleSubscription | null = null;
    private stopClock: (() => void) | null = null;
    private connected = false;

    /**
     * Accept and decline, cancel, mute, hold/resume, recording, merge, swap, transfer, keypad,
     * hang up one party and end call.
     */
    @api
    get showControls(): boolean {
        return this.settings.showControls;
    }
    set showControls(value: boolean) {
        this.settings = { ...this.settings, showControls: asFlag(value) };
        this.refresh();
    }

    /**
     * "Partner" or "Native" Telephony: Native has no swap and never ends after-call work by
     * itself. "Detect" (the default) tells from the events (detectTelephonyProfile).
     */
    @api
    get telephony(): string {
        return this.settings.telephony;
    }
    set telephony(value: string) {
        this.settings = { ...this.settings, telephony: typeof value === 'string' ? value : '' };
        this.refresh();
    }

    /** Offers Blind transfer beside Consult. Off by default: Amazon Connect refuses it. */
    @api
    get allowBlindTransfer(): boolean {
        return this.settings.allowBlindTransfer;
    }
    set allowBlindTransfer(value: boolean) {
        this.settings = { ...this.settings, allowBlindTransfer: asFlag(value) };
        this.refresh();
    }

    /** The audio quality grade and figures, where the telephony system sends audiostats. */
    @api
    get showAudioQuality(): boolean {
        return this.settings.showAudioQuality;
    }
    set showAudioQuality(value: boolean) {
        this.settings = { ...this.settings, showAudioQuality: asFlag(value) };
        this.refresh();
    }

    /** The bus's counters and rejected payloads, for an admin troubleshooting a setup. */
    @api
    get showDiagnostics(): boolean {
        return this.settings.showDiagnostics;
    }
    set showDiagnostics(value: boolean) {
        this.settings = { ...this.settings, showDiagnostics: asFlag(value) };
        this.refresh();
    }

    /**
     * Keeps this tab's telephony events in memory (bounded) and offers them as a scenario file
     * for the local console. Off by default: nothing is kept. Turning it off drops them.
     */
    @api
    get captureEvents(): boolean {
        return this.settings.captureEvents;
    }
    set captureEvents(value: boolean) {
        this.settings = { ...this.settings, captureEvents: asFlag(value) };
        this.syncBusRequests();
        this.refresh();
    }

    /**
     * Refresh recovery saves call status only; this also keeps transcript lines, notes and flag
     * messages in the tab's sessionStorage. Off by default: customer conversation text is then
     * never written to the browser's storage.
     */
    @api
    get keepConversationAfterRefresh(): boolean {
        return this.keepConversation.wanted;
    }
    set keepConversationAfterRefresh(value: boolean) {
        this.keepConversation.wanted = value;
    }

    connectedCallback(): void {
        this.connected = true;
        this.syncBusRequests();
        this.keepConversation.connect();
        this.subscription = subscribeToVoiceConsole(
            this.messageContext,
            (state, update) => {
                this.pickedCallId = keptPick(this.consoleState, state, this.pickedCallId);
                this.consoleState = state;
                // Transcript lines, notes and flags show nowhere here; while the clock runs, its
                // next tick picks up their effect on call order, so bursts cost no re-render.
                if (!(this.stopClock && update.kind === 'event' && isConversation(update.event))) {
                    this.refresh();
                }
            },
            { limits: STATE_LIMITS }
        );
        this.refresh();
    }

    disconnectedCallback(): void {
        this.connected = false;
        this.subscription?.unsubscribe();
        this.subscription = null;
        this.setClock(false);
        this.syncBusRequests();
        this.keepConversation.disconnect();
        this.download.revoke();
    }

    handleRedactTextChange(event: Event): void {
        this.captureChoices = { ...this.captureChoices, redactText: checkedOf(event) };
        this.refresh();
    }

    handleRedactParticipantsChange(event: Event): void {
        this.captureChoices = { ...this.captureChoices, redactParticipants: checkedOf(event) };
        this.refresh();
    }

    /** Saves the captured events as `voice-capture-<time>.json` (a Blob, as LWS requires). */
    handleDownloadCapture(): void {
        const capture = voiceEventBus.getCapture();
        if (capture && capture.events.length > 0) {
            this.captureMessage = this.download.save(capture, this.captureChoices, new Date());
        }
    }

    handleCallChange(event: CustomEvent<{ callId: string }>): void {
        this.pickedCallId = event.detail.callId;
        this.refresh();
    }

    /** A participant row's Hold, Resume or Hang up button. */
    handleControl(event: Event): void {
        const dataset = (event.currentTarget as HTMLElement | null)?.dataset ?? {};
        this.startControl(
            asControlRequest({
                name: dataset.action,
                participantType: dataset.participantType,
                participantName: dataset.participantName
            })
        );
    }

    /** A request from the call controls (c-voice-call-controls). */
    handleControlRequest(event: CustomEvent<unknown>): void {
        this.startControl(asControlRequest(event.detail));
    }

    handleFocusIn(event: Event): void {
        this.focusKeeper.handleFocusIn(event);
    }

    handleFocusOut(event: FocusEvent): void {
        this.focusKeeper.handleFocusOut(event);
    }

    renderedCallback(): void {
        this.focusKeeper.restore();
    }

    /**
     * Runs one request; a second one while the first is pending is ignored (the controls stay
     * enabled so keyboard focus stays on them). The outcome is announced; a failure also toasts.
     */
    private startControl(request: ControlRequest | null): void {
        if (!request || this.pending) {
            return;
        }
        const token = ++this.nextToken;
        this.pending = { token, since: Date.now() };
        this.controlOutcome = '';
        this.refresh();
        runControl(voiceToolkitActions, request)
            .then(() => {
                this.controlOutcome = outcomeMessage(request);
            })
            .catch((error: unknown) => {
                this.controlOutcome = actionFailureMessage(error);
                this.dispatchEvent(actionFailureToast(error));
            })
            .finally(() => {
                if (this.pending?.token === token) {
                    this.pending = null;
                    this.refresh();
                }
            });
    }

    private handleTick(now: number): void {
        if (this.pending && now - this.pending.since >= PENDING_TIMEOUT_MS) {
            this.pending = null;
        }
        this.refresh(now);
    }

    /** Rebuilds the view from state, settings and the clock; runs the clock only when needed. */
    private refresh(now: number = Date.now()): void {
        this.view = buildCallStatusView({
            state: this.consoleState,
            pickedCallId: this.pickedCallId,
            now,
            pending: this.pending !== null,
            showControls: this.settings.showControls,
            showAudioQuality: this.settings.showAudioQuality,
            diagnostics: this.settings.showDiagnostics ? voiceEventBus.getDiagnostics() : null,
            telephony: asTelephony(this.settings.telephony),
            allowBlindTransfer: this.settings.allowBlindTransfer
        });
        this.capture = buildCaptureView(voiceEventBus.getCaptureStatus(), this.captureChoices);
        this.setClock(this.connected && this.view.clockNeeded);
    }

    /**
     * Holds this panel's capture request on the bus exactly while it is connected and its
     * design attribute asks for it; the bus acts on the union of all panels.
     */
    private syncBusRequests(): void {
        const capture = this.connected && this.settings.captureEvents;
        if (capture && !this.stopCapture) {
            this.stopCapture = voiceEventBus.startCapture();
        } else if (!capture && this.stopCapture) {
            this.stopCapture();
            this.stopCapture = null;
            this.captureMessage = '';
            this.download.revoke();
        }
    }

    private setClock(running: boolean): void {
        if (running && !this.stopClock) {
            this.stopClock = onEverySecond((now) => this.handleTick(now));
        } else if (!running && this.stopClock) {
            this.stopClock();
            this.stopClock = null;
        }
    }
}
