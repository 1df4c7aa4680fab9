/**
 * Event composer: pick one of the 19 toolkit events, edit its detail (prefilled with the
 * documented example, on the active call) and emit it on every toolkit element of the page.
 * Shows what the bus will make of it, so malformed payloads can be tried by hand.
 */
import { LightningElement } from 'lwc';
import { normalizeToolkitEvent } from 'c/voiceEventBus';
import { simPlatform } from 'sim/platform';
import { EXAMPLE_EVENT_TYPES, exampleDetail } from 'sim/scenario';

const TYPE_OPTIONS = EXAMPLE_EVENT_TYPES.map((type) => ({ label: type, value: type }));

export default class EventComposer extends LightningElement {
    eventType = 'callconnected';
    json = '';
    error = '';
    result = '';
    /** The user edited the JSON: keep it, even when the active call changes. */
    private edited = false;
    private prefilledCallId: string | undefined;
    private stop: (() => void) | null = null;

    connectedCallback(): void {
        this.prefill();
        // Follow the active call in the example until the user edits it.
        this.stop = simPlatform.onChange(() => {
            if (!this.edited && this.currentCallId() !== this.prefilledCallId) {
                this.prefill();
            }
        });
    }

    disconnectedCallback(): void {
        this.stop?.();
        this.stop = null;
    }

    get typeOptions(): Array<{ label: string; value: string }> {
        return TYPE_OPTIONS;
    }

    handleTypeChange(event: CustomEvent<{ value: string }>): void {
        this.eventType = event.detail.value;
        this.prefill();
        this.result = '';
    }

    handleJsonChange(event: CustomEvent<{ value: string }>): void {
        this.json = event.detail.value;
        this.edited = true;
        this.error = '';
    }

    handleExample(): void {
        this.prefill();
        this.result = '';
    }

    handleEmit(): void {
        let detail: unknown;
        try {
            detail = JSON.parse(this.json);
        } catch (error) {
            this.error = `Not valid JSON: ${(error as Error).message}`;
            this.result = '';
            return;
        }
        this.error = '';
        const verdict = normalizeToolkitEvent(this.eventType, detail);
        const delivered = simPlatform.emit(this.eventType, detail, 'composer');
        const bus = verdict.ok ? 'the bus accepts it' : `the bus rejects it (${verdict.reason})`;
        this.result = `${this.eventType} sent to ${delivered} toolkit element${delivered === 1 ? '' : 's'}; ${bus}.`;
    }

    private currentCallId(): string | undefined {
        return (
            simPlatform.telephony.activeCall()?.callId ??
            simPlatform.telephony.listCalls()[0]?.callId
        );
    }

    private prefill(): void {
        this.prefilledCallId = this.currentCallId();
        this.json = JSON.stringify(exampleDetail(this.eventType, this.prefilledCallId), null, 2);
        this.edited = false;
        this.error = '';
    }
}
