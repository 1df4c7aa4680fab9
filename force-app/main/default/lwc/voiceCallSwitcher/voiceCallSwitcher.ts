import { LightningElement, api } from 'lwc';
import CALL_LABEL from '@salesforce/label/c.VCK_Common_CallSwitcherLabel';
import NO_ACTIVE_CALL from '@salesforce/label/c.VCK_Common_NoActiveCall';
import type { CallOption } from 'c/voiceViewUtils';

/**
 * Lets the user pick which of several concurrent calls a panel follows, or a finished call to
 * look back at once no call is followed (after wrap-up). Shows nothing while the only call is
 * the one every panel follows anyway. Fires `callchange` with `{ callId }`.
 *
 * When no call is shown (every call's wrap-up ended, or a value the options do not hold), it
 * says "No active call", as the panel below it does, instead of the combobox's "Select an
 * Option"; every panel's switcher then reads the same.
 */
export default class VoiceCallSwitcher extends LightningElement {
    /** The calls to choose from, as built by callOptions() in c/voiceViewUtils. */
    @api options: CallOption[] = [];
    /** The callId shown as selected; null (or a call not in options) when none is shown. */
    @api value: string | null = null;

    label = CALL_LABEL;
    placeholder = NO_ACTIVE_CALL;

    /** The value as the combobox gets it: null unless it is one of the options. */
    get shownValue(): string | null {
        const value = this.value;
        return value !== null && (this.options ?? []).some((option) => option.value === value)
            ? value
            : null;
    }

    get hasChoice(): boolean {
        const options = this.options ?? [];
        if (options.length !== 1) {
            return options.length > 1;
        }
        // The only call: worth showing when it is not shown, or shown though no panel follows
        // it by default (an ended call looked back at): the label then says "Ended".
        return this.shownValue === null || options[0].ended === true;
    }

    handleChange(event: CustomEvent<{ value: string }>): void {
        this.dispatchEvent(
            new CustomEvent('callchange', { detail: { callId: event.detail.value } })
        );
    }
}
