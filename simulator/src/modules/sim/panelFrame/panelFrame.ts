/**
 * Hosts one workspace panel (the real component, created from its constructor) with a control
 * to close it and open it again: closing destroys the component, as closing a tab does, and
 * opening it again exercises the late-joiner snapshot.
 */
import { LightningElement, api } from 'lwc';
import type { PanelState } from 'sim/console';

export default class PanelFrame extends LightningElement {
    @api panel!: PanelState;

    /** A long panel scrolls in its frame: focusable and named, so a keyboard can scroll it. */
    get bodyLabel(): string {
        return `${this.panel.title} panel content`;
    }

    get closeLabel(): string {
        return `Close the ${this.panel.title} panel`;
    }

    get openLabel(): string {
        return `Open ${this.panel.title}`;
    }

    handleClose(): void {
        this.toggle(false);
    }

    handleOpen(): void {
        this.toggle(true);
    }

    private toggle(mounted: boolean): void {
        this.dispatchEvent(
            new CustomEvent('paneltoggle', { detail: { name: this.panel.name, mounted } })
        );
    }
}
