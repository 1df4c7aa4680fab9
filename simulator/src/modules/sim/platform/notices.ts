/** Toasts (lightning/platformShowToastEvent) and navigation requests (NavigationMixin). */

export type ToastVariant = 'info' | 'success' | 'warning' | 'error';

export interface Toast {
    id: number;
    title: string;
    message: string;
    variant: ToastVariant;
    /** sticky stays until closed; dismissible and pester close by themselves. */
    mode: 'dismissible' | 'pester' | 'sticky';
}

export interface Navigation {
    id: number;
    /** The page reference as a component passed it (JSON copy). */
    pageReference: unknown;
    /** A Lightning Experience URL for it, when the type is known. */
    url: string | null;
    replace: boolean;
}

const VARIANTS: readonly string[] = ['info', 'success', 'warning', 'error'];
const MAX_TOASTS = 5;

function readString(source: Record<string, unknown>, key: string): string {
    const value = source[key];
    return typeof value === 'string' ? value : '';
}

/** Fills `{0}`-style placeholders from messageData (labels or url objects), as the platform does. */
function fillMessage(message: string, data: unknown): string {
    if (!Array.isArray(data)) {
        return message;
    }
    return message.replace(/\{(\d+)\}/g, (match, index: string) => {
        const item: unknown = data[Number(index)];
        if (typeof item === 'string' || typeof item === 'number') {
            return String(item);
        }
        if (
            item &&
            typeof item === 'object' &&
            typeof (item as { label?: unknown }).label === 'string'
        ) {
            return (item as { label: string }).label;
        }
        return match;
    });
}

export function toToast(id: number, init: unknown): Toast {
    const source = init && typeof init === 'object' ? (init as Record<string, unknown>) : {};
    const variant = readString(source, 'variant');
    const mode = readString(source, 'mode');
    return {
        id,
        title: readString(source, 'title'),
        message: fillMessage(readString(source, 'message'), source.messageData),
        variant: (VARIANTS.includes(variant) ? variant : 'info') as ToastVariant,
        mode: mode === 'sticky' || mode === 'pester' ? mode : 'dismissible'
    };
}

/** The URL Lightning Experience would open for the common page reference types. */
export function urlFor(pageReference: unknown): string | null {
    if (!pageReference || typeof pageReference !== 'object') {
        return null;
    }
    const { type, attributes } = pageReference as {
        type?: unknown;
        attributes?: Record<string, unknown>;
    };
    const value = (key: string) => {
        const found = attributes?.[key];
        // An unpaired surrogate would make encodeURIComponent throw (URIError).
        return typeof found === 'string'
            ? encodeURIComponent(found.replace(/[\uD800-\uDFFF]/gu, '\uFFFD'))
            : null;
    };
    switch (type) {
        case 'standard__recordPage': {
            const recordId = value('recordId');
            const objectApiName = value('objectApiName') ?? 'sObject';
            return recordId
                ? `/lightning/r/${objectApiName}/${recordId}/${value('actionName') ?? 'view'}`
                : null;
        }
        case 'standard__objectPage': {
            const objectApiName = value('objectApiName');
            return objectApiName
                ? `/lightning/o/${objectApiName}/${value('actionName') ?? 'home'}`
                : null;
        }
        case 'standard__navItemPage': {
            const apiName = value('apiName');
            return apiName ? `/lightning/n/${apiName}` : null;
        }
        case 'standard__webPage': {
            const url = attributes?.url;
            return typeof url === 'string' ? url : null;
        }
        default:
            return null;
    }
}

export class Notices {
    toasts: Toast[] = [];
    navigation: Navigation | null = null;
    private nextId = 1;

    addToast(init: unknown): Toast {
        const toast = toToast(this.nextId++, init);
        this.toasts = [...this.toasts, toast].slice(-MAX_TOASTS);
        return toast;
    }

    closeToast(id: number): void {
        this.toasts = this.toasts.filter((toast) => toast.id !== id);
    }

    navigate(pageReference: unknown, replace: boolean): Navigation {
        let copy: unknown = null;
        try {
            copy = JSON.parse(JSON.stringify(pageReference ?? null));
        } catch {
            copy = String(pageReference);
        }
        this.navigation = { id: this.nextId++, pageReference: copy, url: urlFor(copy), replace };
        return this.navigation;
    }

    clearNavigation(): void {
        this.navigation = null;
    }

    reset(): void {
        this.toasts = [];
        this.navigation = null;
    }
}
