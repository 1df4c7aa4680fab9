/**
 * lightning/messageService for the local console (behaviour: see sim/platform/lms.ts).
 * `@wire(MessageContext)` gives each component its own context, released with the component,
 * which ends its subscriptions, as on the platform.
 */
import { APPLICATION_SCOPE, simPlatform, type Area } from 'sim/platform';

export { APPLICATION_SCOPE };

type DataCallback = (value: unknown) => void;

/** Wire adapter. Utility items provide `{ area: 'utility' }` through LWC wire context. */
export class MessageContext {
    static contextSchema = { area: 'optional' };
    private context: object | null = null;
    private area: Area = 'workspace';

    constructor(private readonly dataCallback: DataCallback) {}

    connect(): void {
        this.context = simPlatform.lms.createContext(this.area);
        this.dataCallback(this.context);
    }

    update(_config: unknown, context?: { area?: Area }): void {
        if (context?.area && context.area !== this.area) {
            this.area = context.area;
            if (this.context) {
                simPlatform.lms.setArea(this.context, this.area);
            }
        }
        if (!this.context) {
            this.context = simPlatform.lms.createContext(this.area);
        }
        this.dataCallback(this.context);
    }

    disconnect(): void {
        if (this.context) {
            simPlatform.lms.release(this.context);
            this.context = null;
        }
    }
}

export function publish(context: unknown, channel: unknown, message: unknown): void {
    simPlatform.lms.publish(context, channel, message);
}

export function subscribe(
    context: unknown,
    channel: unknown,
    listener: unknown,
    options?: { scope?: symbol }
): object {
    return simPlatform.lms.subscribe(context, channel, listener, options);
}

export function unsubscribe(subscription: unknown): void {
    simPlatform.lms.unsubscribe(subscription);
}

/** For service components that do not extend LightningElement; release it yourself. */
export function createMessageContext(): object {
    return simPlatform.lms.createContext('workspace');
}

export function releaseMessageContext(context: unknown): void {
    simPlatform.lms.release(context);
}
