import { LightningElement, api } from 'lwc';
import CALL_LABEL from '@salesforce/label/c.VCK_Common_CallSwitcherLabel';
import type { CallOption } from 'c/voiceViewUtils';

/**
 * Lets the user pick which of several concurrent calls a panel follows, or a finished call to
 * look back at once no call is followed (after wrap-up). Shows nothing while the only call is
 * the one shown. Fires `callchange` with `{ callId }`.
 */
export default class VoiceCallSwitcher extends LightningElement {
    /** The calls to choose from, as built by callOptions() in c/voiceViewUtils. */
    @api options: CallOption[] = [];
    /** The callId shown as selected. */
    @api value: string | null = null;

    label = CALL_LABEL;

    get hasChoice(): boolean {
        const count = this.options?.length ?? 0;
        return count > 1 || (count === 1 && this.options[0].value !== this.value);
    }

    handleChange(event: CustomEvent<{ value: string }>): void {
        this.dispatchEvent(
            new CustomEvent('callchange', { detail: { callId: event.detail.value } })
        );
    }
}
