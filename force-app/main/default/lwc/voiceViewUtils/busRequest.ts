/**
 * Holds a panel's request on the bus (e.g. "keep conversation text after a refresh") exactly
 * while the panel is connected and its design attribute asks for it. The bus acts on the union
 * of every panel's requests, so each panel on the page may ask and none can undo another's.
 */
import { voiceEventBus } from 'c/voiceEventBus';

export class HeldBusRequest {
    private asked = false;
    private connected = false;
    private withdraw: (() => void) | null = null;

    /** `ask` places the request on the bus and returns the call that withdraws it. */
    constructor(private readonly ask: () => () => void) {}

    /** The design attribute's value (App Builder passes booleans, markup passes strings). */
    get wanted(): boolean {
        return this.asked;
    }

    set wanted(value: unknown) {
        this.asked = value === true || value === 'true';
        this.sync();
    }

    /** From connectedCallback. */
    connect(): void {
        this.connected = true;
        this.sync();
    }

    /** From disconnectedCallback: a removed panel asks for nothing. */
    disconnect(): void {
        this.connected = false;
        this.sync();
    }

    private sync(): void {
        const hold = this.connected && this.asked;
        if (hold && !this.withdraw) {
            this.withdraw = this.ask();
        } else if (!hold && this.withdraw) {
            const withdraw = this.withdraw;
            this.withdraw = null;
            withdraw();
        }
    }
}

/**
 * The keepConversationAfterRefresh design attribute every panel offers: while held, the bus
 * also saves transcript lines, notes and flag messages for refresh recovery (docs/API.md).
 */
export function keepConversationRequest(): HeldBusRequest {
    return new HeldBusRequest(() =>
        voiceEventBus.configurePersistence({ includeConversationText: true })
    );
}
