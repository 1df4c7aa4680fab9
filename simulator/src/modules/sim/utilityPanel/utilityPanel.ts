/**
 * One utility item's panel. It provides the item's id to `@wire(EnclosingUtilityId)` and marks
 * message contexts inside as utility-area (always active) through LWC wire context.
 */
import { LightningElement, api, createContextProvider } from 'lwc';
import { MessageContext } from 'lightning/messageService';
import { EnclosingUtilityId } from 'lightning/platformUtilityBarApi';
import type { PanelState } from 'sim/console';
import type { UtilityItem } from 'sim/platform';

// Context providers are how a wire adapter learns where its component sits; the utility item
// is that place for EnclosingUtilityId and for the message area.
const provideUtilityId = createContextProvider(EnclosingUtilityId as never);
// eslint-disable-next-line @lwc/lwc/no-unexpected-wire-adapter-usages -- providing, not wiring
const provideMessageArea = createContextProvider(MessageContext as never);

export default class UtilityPanel extends LightningElement {
    @api panel!: PanelState;
    @api item!: UtilityItem;
    private provided = false;

    connectedCallback(): void {
        if (this.provided) {
            return;
        }
        this.provided = true;
        const utilityId = this.item.id;
        provideUtilityId(this as never, {
            consumerConnectedCallback(consumer: { provide(value: unknown): void }) {
                consumer.provide({ utilityId });
            }
        });
        provideMessageArea(this as never, {
            consumerConnectedCallback(consumer: { provide(value: unknown): void }) {
                consumer.provide({ area: 'utility' });
            }
        });
    }

    get panelClass(): string {
        return `slds-utility-panel slds-grid slds-grid_vertical sim-utility-panel${
            this.item.open ? ' slds-is-open' : ''
        }`;
    }

    get hidden(): boolean {
        return !this.item.open;
    }

    /** The body scrolls (many flags): focusable and named, so a keyboard can scroll it. */
    get bodyLabel(): string {
        return `${this.item.panelHeader} panel content`;
    }

    get minimizeLabel(): string {
        return `Minimize ${this.item.panelHeader}`;
    }

    handleMinimize(): void {
        this.dispatchEvent(new CustomEvent('minimize', { detail: { name: this.panel.name } }));
    }
}
