/**
 * The console's utility bar, drawn with the SLDS utility bar blueprint. Items show the label,
 * icon and highlight that lightning/platformUtilityBarApi.updateUtility set; an item renders its
 * panel on first open and keeps it alive when minimized, as Lightning console apps do.
 */
import { LightningElement, api } from 'lwc';
import { utilityIdOf, type PanelState } from 'sim/console';
import { simPlatform, type UtilityItem } from 'sim/platform';

interface ItemView {
    id: string;
    panel: PanelState;
    item: UtilityItem;
    itemClass: string;
    buttonClass: string;
    pressed: string;
    iconVariant: string | undefined;
    highlightText: string;
}

export default class UtilityBar extends LightningElement {
    @api panels: PanelState[] = [];
    private items: readonly UtilityItem[] = [];
    private stop: (() => void) | null = null;

    connectedCallback(): void {
        this.items = simPlatform.utilities.list();
        this.stop = simPlatform.onChange(() => {
            this.items = simPlatform.utilities.list();
        });
    }

    disconnectedCallback(): void {
        this.stop?.();
        this.stop = null;
    }

    get views(): ItemView[] {
        return this.panels.flatMap((panel) => {
            const id = utilityIdOf(panel.name);
            const item = this.items.find((candidate) => candidate.id === id);
            if (!item) {
                return [];
            }
            return [
                {
                    id,
                    panel,
                    item,
                    itemClass: `slds-utility-bar__item${item.highlighted ? ' slds-has-notification' : ''}`,
                    buttonClass: `slds-button slds-utility-bar__action${item.open ? ' slds-is-active' : ''}`,
                    pressed: String(item.open),
                    iconVariant: item.highlighted ? 'inverse' : undefined,
                    highlightText: item.highlighted ? ' (needs attention)' : ''
                }
            ];
        });
    }

    handleToggle(event: Event): void {
        const id = (event.currentTarget as HTMLElement).dataset.utility;
        const view = this.views.find((candidate) => candidate.id === id);
        if (view) {
            this.dispatchEvent(
                new CustomEvent('paneltoggle', {
                    detail: { name: view.panel.name, mounted: !view.item.open }
                })
            );
        }
    }

    handleMinimize(event: CustomEvent<{ name: string }>): void {
        this.dispatchEvent(
            new CustomEvent('paneltoggle', { detail: { name: event.detail.name, mounted: false } })
        );
    }
}
