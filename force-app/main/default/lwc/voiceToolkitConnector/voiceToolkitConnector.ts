import { LightningElement, wire } from 'lwc';
import { MessageContext, type MessageContextValue } from 'lightning/messageService';
import { registerToolkit, type ToolkitElement } from 'c/voiceEventBus';

/**
 * Hosts one `<lightning-service-cloud-voice-toolkit-api>` and registers it with the window's bus.
 * Every panel embeds one, so any panel works alone; the bus makes sure only one listens.
 */
export default class VoiceToolkitConnector extends LightningElement {
    @wire(MessageContext) messageContext: MessageContextValue | undefined;

    private unregister: (() => void) | null = null;

    renderedCallback(): void {
        if (this.unregister) {
            return;
        }
        const element = this.template?.querySelector('lightning-service-cloud-voice-toolkit-api');
        if (element) {
            this.unregister = registerToolkit(
                element as unknown as ToolkitElement,
                this.messageContext
            );
        }
    }

    disconnectedCallback(): void {
        this.unregister?.();
        this.unregister = null;
    }
}
