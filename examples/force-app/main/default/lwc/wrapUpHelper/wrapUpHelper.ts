import { LightningElement, wire } from 'lwc';
import { MessageContext, type MessageContextValue } from 'lightning/messageService';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import {
    subscribeToVoiceConsole,
    voiceToolkitActions,
    type ConsoleState,
    type ConsoleSubscription
} from 'c/voiceEventBus';
import { actionFailureToast, onEverySecond } from 'c/voiceViewUtils';
import { LABELS } from './labels';
import { wrapUpView, type WrapUpView } from './wrapUpView';

/**
 * An example built only from docs/BUILD-YOUR-OWN.md and the public API: the followed call's
 * caller, duration, holds, lines per speaker and after-call work, Hold/Resume on the caller, and
 * a summary to copy once the call has ended. Never deployed (examples/README.md).
 */
export default class WrapUpHelper extends LightningElement {
    @wire(MessageContext) messageContext: MessageContextValue | undefined;

    labels = LABELS;
    view: WrapUpView = wrapUpView(null, Date.now());

    private state: ConsoleState | null = null;
    private subscription: ConsoleSubscription | null = null;
    private stopClock: (() => void) | null = null;

    connectedCallback(): void {
        this.subscription = subscribeToVoiceConsole(this.messageContext, (state) => {
            this.state = state;
            this.refresh(Date.now());
        });
    }

    disconnectedCallback(): void {
        this.subscription?.unsubscribe();
        this.subscription = null;
        this.stopClock?.();
        this.stopClock = null;
    }

    get holdDisabled(): boolean {
        return !this.view.canHold;
    }

    get resumeDisabled(): boolean {
        return !this.view.canResume;
    }

    /** Figures follow the state and, while one moves, the page's one-second clock. */
    private refresh(now: number): void {
        this.view = wrapUpView(this.state, now);
        if (this.view.ticking && !this.stopClock) {
            this.stopClock = onEverySecond((tick) => this.refresh(tick));
        } else if (!this.view.ticking && this.stopClock) {
            this.stopClock();
            this.stopClock = null;
        }
    }

    async handleHold(): Promise<void> {
        await this.act(() => voiceToolkitActions.hold('Initial_Caller'));
    }

    async handleResume(): Promise<void> {
        await this.act(() => voiceToolkitActions.resume('Initial_Caller'));
    }

    /** The toolkit answers a refused action with an error: the agent sees why, in a toast. */
    private async act(action: () => Promise<unknown>): Promise<void> {
        try {
            await action();
        } catch (error) {
            this.dispatchEvent(actionFailureToast(error));
        }
    }

    async handleCopy(): Promise<void> {
        try {
            await navigator.clipboard.writeText(this.view.summary);
            this.dispatchEvent(new ShowToastEvent({ title: LABELS.COPIED, variant: 'success' }));
        } catch (_ignored) {
            // No clipboard (an insecure page, a denied permission): the text stays selectable.
            this.dispatchEvent(
                new ShowToastEvent({ title: LABELS.COPY_FAILED, variant: 'warning' })
            );
        }
    }
}
