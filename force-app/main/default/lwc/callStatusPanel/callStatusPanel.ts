import { LightningElement, api, wire } from 'lwc';
import { MessageContext, type MessageContextValue } from 'lightning/messageService';
import {
    createConsoleState,
    subscribeToVoiceConsole,
    voiceEventBus,
    voiceToolkitActions,
    type ConsoleState,
    type ConsoleSubscription,
    type VoiceEvent
} from 'c/voiceEventBus';
import { actionFailureToast, onEverySecond } from 'c/voiceViewUtils';
import { asParticipantType, isControlName, runControl } from './callControlsView';
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

/** Design attributes arrive as booleans from App Builder, but as strings from markup. */
function asFlag(value: unknown): boolean {
    return value === true || value === 'true';
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

    private settings = { showControls: true, showAudioQuality: true, showDiagnostics: false };
    private consoleState: ConsoleState = createConsoleState();
    private pickedCallId: string | null = null;
    private pending: { token: number; since: number } | null = null;
    private nextToken = 0;
    private subscription: ConsoleSubscription | null = null;
    private stopClock: (() => void) | null = null;
    private connected = false;

    /** Mute, hold/resume, recording, merge, swap and end call. */
    @api
    get showControls(): boolean {
        return this.settings.showControls;
    }
    set showControls(value: boolean) {
        this.settings = { ...this.settings, showControls: asFlag(value) };
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

    connectedCallback(): void {
        this.connected = true;
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
    }

    handleCallChange(event: CustomEvent<{ callId: string }>): void {
        this.pickedCallId = event.detail.callId;
        this.refresh();
    }

    handleControl(event: Event): void {
        const target = event.currentTarget as HTMLElement | null;
        const name = target?.dataset.action;
        if (!isControlName(name) || this.pending) {
            return;
        }
        const token = ++this.nextToken;
        this.pending = { token, since: Date.now() };
        this.refresh();
        runControl(voiceToolkitActions, name, asParticipantType(target?.dataset.participantType))
            .catch((error: unknown) => {
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
            diagnostics: this.settings.showDiagnostics ? voiceEventBus.getDiagnostics() : null
        });
        this.setClock(this.connected && this.view.clockNeeded);
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
