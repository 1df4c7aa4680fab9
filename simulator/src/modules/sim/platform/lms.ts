/**
 * The message service behind lightning/messageService. As documented: messages are JSON
 * (copied, so no subscriber shares an object with another), delivered to every subscriber of the
 * channel in publish order; APPLICATION_SCOPE subscribers always receive, default-scope ones only
 * while their area is active (utility items are always active; the workspace can be put in the
 * background from the page). Delivery is queued, never nested inside publish, so a subscriber
 * that publishes cannot reorder messages.
 */

export const APPLICATION_SCOPE: symbol = Symbol('APPLICATION_SCOPE');

export type Area = 'workspace' | 'utility';

/** What `@salesforce/messageChannel/X__c` imports in the console (see simulator/build). */
export interface ChannelToken {
    readonly messageChannel: string;
}

interface ContextRecord {
    area: Area;
    released: boolean;
}

interface SubscriptionRecord {
    id: number;
    context: object;
    channel: string;
    listener: (message: unknown) => void;
    application: boolean;
    active: boolean;
}

interface Pending {
    channel: string;
    json: string;
    subscribers: SubscriptionRecord[];
}

function channelName(channel: unknown): string {
    const name = (channel as ChannelToken | null)?.messageChannel;
    if (typeof name !== 'string') {
        throw new TypeError('lightning/messageService: not a message channel');
    }
    return name;
}

export class MessageBus {
    workspaceActive = true;
    published = 0;
    delivered = 0;
    private readonly contexts = new WeakMap<object, ContextRecord>();
    private readonly subscriptions = new Map<object, SubscriptionRecord>();
    private readonly queue: Pending[] = [];
    private draining = false;
    private nextId = 1;

    createContext(area: Area = 'workspace'): object {
        const context = Object.freeze({});
        this.contexts.set(context, { area, released: false });
        return context;
    }

    setArea(context: object, area: Area): void {
        const record = this.contexts.get(context);
        if (record) {
            record.area = area;
        }
    }

    /** Ends every subscription made with the context (the component went away). */
    release(context: unknown): void {
        const record = this.contexts.get(context as object);
        if (!record) {
            return;
        }
        record.released = true;
        for (const [handle, subscription] of this.subscriptions) {
            if (subscription.context === context) {
                subscription.active = false;
                this.subscriptions.delete(handle);
            }
        }
    }

    publish(context: unknown, channel: unknown, message: unknown): void {
        this.requireContext(context, 'publish');
        const name = channelName(channel);
        // Throws on what is not serializable (cycles, BigInt), as the platform refuses it.
        const json = JSON.stringify(message === undefined ? null : message);
        this.published += 1;
        const subscribers = [...this.subscriptions.values()].filter(
            (subscription) => subscription.channel === name
        );
        this.queue.push({ channel: name, json, subscribers });
        if (!this.draining) {
            this.draining = true;
            queueMicrotask(() => this.drain());
        }
    }

    subscribe(
        context: unknown,
        channel: unknown,
        listener: unknown,
        options?: { scope?: symbol }
    ): object {
        const record = this.requireContext(context, 'subscribe');
        if (typeof listener !== 'function') {
            throw new TypeError('lightning/messageService: subscribe needs a listener function');
        }
        const handle = Object.freeze({ subscriptionId: this.nextId });
        this.subscriptions.set(handle, {
            id: this.nextId++,
            context: context as object,
            channel: channelName(channel),
            listener: listener as (message: unknown) => void,
            application: options?.scope === APPLICATION_SCOPE,
            active: !record.released
        });
        return handle;
    }

    unsubscribe(handle: unknown): void {
        const subscription = this.subscriptions.get(handle as object);
        if (subscription) {
            subscription.active = false;
            this.subscriptions.delete(handle as object);
        }
    }

    /** Live subscriptions on a channel (for the page's status line and tests). */
    subscriberCount(channel?: string): number {
        return [...this.subscriptions.values()].filter(
            (subscription) => channel === undefined || subscription.channel === channel
        ).length;
    }

    private requireContext(context: unknown, operation: string): ContextRecord {
        const record =
            context !== null && typeof context === 'object'
                ? this.contexts.get(context)
                : undefined;
        if (!record) {
            throw new Error(
                `lightning/messageService: ${operation} needs a MessageContext (@wire(MessageContext) or createMessageContext())`
            );
        }
        if (record.released) {
            throw new Error(`lightning/messageService: ${operation} on a released MessageContext`);
        }
        return record;
    }

    private receives(subscription: SubscriptionRecord): boolean {
        if (!subscription.active) {
            return false;
        }
        if (subscription.application) {
            return true;
        }
        const area = this.contexts.get(subscription.context)?.area ?? 'workspace';
        return area === 'utility' || this.workspaceActive;
    }

    private drain(): void {
        try {
            for (let pending = this.queue.shift(); pending; pending = this.queue.shift()) {
                for (const subscription of pending.subscribers) {
                    if (!this.receives(subscription)) {
                        continue;
                    }
                    this.delivered += 1;
                    try {
                        subscription.listener(JSON.parse(pending.json));
                    } catch (error) {
                        console.error('[lightning/messageService] a subscriber threw', error);
                    }
                }
            }
        } finally {
            this.draining = false;
        }
    }
}
