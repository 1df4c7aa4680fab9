/**
 * lightning/platformShowToastEvent for the local console: the same composed, bubbling
 * `lightning__showtoast` event as the platform's; the console page shows it as an SLDS toast.
 */
export class ShowToastEvent extends CustomEvent<unknown> {
    constructor(toast: {
        title: string;
        message?: string;
        variant?: string;
        mode?: string;
        messageData?: unknown[];
    }) {
        super('lightning__showtoast', {
            bubbles: true,
            composed: true,
            cancelable: true,
            detail: toast
        });
    }
}
