/**
 * The utility bar's items, as lightning/platformUtilityBarApi sees them. The page defines the
 * items (as a flexipage would); components update label, icon and highlight through the API.
 */

export interface UtilityItem {
    id: string;
    /** The label configured for the item (App Manager); updateUtility may change `label`. */
    defaultLabel: string;
    label: string;
    defaultIcon: string;
    icon: string;
    iconVariant: '' | 'success' | 'warning' | 'error';
    highlighted: boolean;
    /** Panel open (shown) or minimized. */
    open: boolean;
    /** Rendered at least once: utility items render on first open, then stay alive. */
    loaded: boolean;
    panelHeader: string;
    panelIcon: string;
    popoutEnabled: boolean;
    modalEnabled: boolean;
}

const ICON_VARIANTS: readonly string[] = ['', 'success', 'warning', 'error'];

export class UtilityRegistry {
    private items: UtilityItem[] = [];
    private readonly clickHandlers = new Map<string, Array<() => void>>();

    define(id: string, label: string, icon: string, open: boolean): UtilityItem {
        const item: UtilityItem = {
            id,
            defaultLabel: label,
            label,
            defaultIcon: icon,
            icon,
            iconVariant: '',
            highlighted: false,
            open,
            loaded: open,
            panelHeader: label,
            panelIcon: icon,
            popoutEnabled: true,
            modalEnabled: false
        };
        this.items = [...this.items.filter((other) => other.id !== id), item];
        return item;
    }

    list(): readonly UtilityItem[] {
        return this.items;
    }

    get(id: unknown): UtilityItem {
        const item = this.items.find((candidate) => candidate.id === id);
        if (!item) {
            throw new Error(`No utility item with id ${String(id)}.`);
        }
        return item;
    }

    /** updateUtility: label, icon, iconVariant, highlighted; unknown keys are ignored. */
    update(id: unknown, update: unknown): void {
        const item = this.get(id);
        const changes =
            update && typeof update === 'object' ? (update as Record<string, unknown>) : {};
        const next = { ...item };
        if (typeof changes.label === 'string') {
            next.label = changes.label;
        }
        if (typeof changes.icon === 'string') {
            next.icon = changes.icon;
        }
        if (
            typeof changes.iconVariant === 'string' &&
            ICON_VARIANTS.includes(changes.iconVariant)
        ) {
            next.iconVariant = changes.iconVariant as UtilityItem['iconVariant'];
        }
        if (typeof changes.highlighted === 'boolean') {
            next.highlighted = changes.highlighted;
        }
        this.replace(next);
    }

    updatePanel(id: unknown, update: unknown): void {
        const item = this.get(id);
        const changes =
            update && typeof update === 'object' ? (update as Record<string, unknown>) : {};
        this.replace({
            ...item,
            panelHeader: typeof changes.label === 'string' ? changes.label : item.panelHeader,
            panelIcon: typeof changes.icon === 'string' ? changes.icon : item.panelIcon
        });
    }

    setOpen(id: unknown, open: boolean): void {
        const item = this.get(id);
        this.replace({ ...item, open, loaded: item.loaded || open });
        if (open) {
            for (const handler of this.clickHandlers.get(item.id) ?? []) {
                try {
                    handler();
                } catch (error) {
                    console.error('[simulator] onUtilityClick handler threw', error);
                }
            }
        }
    }

    setFlag(id: unknown, key: 'popoutEnabled' | 'modalEnabled', value: boolean): void {
        this.replace({ ...this.get(id), [key]: value === true });
    }

    onClick(id: unknown, handler: unknown): void {
        const item = this.get(id);
        if (typeof handler !== 'function') {
            throw new Error('onUtilityClick needs a function.');
        }
        this.clickHandlers.set(item.id, [
            ...(this.clickHandlers.get(item.id) ?? []),
            handler as () => void
        ]);
    }

    /** Back to the configured labels, not highlighted; open/loaded stay as they are. */
    resetAppearance(): void {
        this.items = this.items.map((item) => ({
            ...item,
            label: item.defaultLabel,
            icon: item.defaultIcon,
            iconVariant: '',
            highlighted: false
        }));
        this.clickHandlers.clear();
    }

    private replace(item: UtilityItem): void {
        this.items = this.items.map((other) => (other.id === item.id ? item : other));
    }
}
