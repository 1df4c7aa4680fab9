/** Shows the toasts components raise with ShowToastEvent, as SLDS toasts at the top. */
import { LightningElement } from 'lwc';
import { simPlatform, type Toast } from 'sim/platform';

interface ToastView extends Toast {
    themeClass: string;
    iconName: string;
    role: string;
}

export default class ToastRegion extends LightningElement {
    toasts: ToastView[] = [];
    private stop: (() => void) | null = null;

    connectedCallback(): void {
        this.refresh();
        this.stop = simPlatform.onChange(() => this.refresh());
    }

    disconnectedCallback(): void {
        this.stop?.();
        this.stop = null;
    }

    handleClose(event: Event): void {
        simPlatform.closeToast(Number((event.currentTarget as HTMLElement).dataset.toastId));
    }

    private refresh(): void {
        this.toasts = simPlatform.notices.toasts.map((toast) => ({
            ...toast,
            themeClass: `slds-notify slds-notify_toast slds-theme_${toast.variant}`,
            iconName: `utility:${toast.variant}`,
            role: toast.variant === 'error' ? 'alert' : 'status'
        }));
    }
}
