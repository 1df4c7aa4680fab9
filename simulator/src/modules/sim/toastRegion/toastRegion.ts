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
    /** The notices' list last drawn: it is replaced when a toast comes or goes. */
    private drawn: readonly Toast[] | null = null;

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
        if (simPlatform.notices.toasts === this.drawn) {
            return;
        }
        this.drawn = simPlatform.notices.toasts;
        this.toasts = this.drawn.map((toast) => ({
            ...toast,
            themeClass: `slds-notify slds-notify_toast slds-theme_${toast.variant}`,
            iconName: `utility:${toast.variant}`,
            role: toast.variant === 'error' ? 'alert' : 'status'
        }));
    }
}
