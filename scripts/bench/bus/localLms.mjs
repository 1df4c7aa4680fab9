// lightning/messageService for the bus benchmark: the local console's message service (the
// simulator's MessageBus: every message copied as JSON, delivered in a microtask, in publish
// order), without the rest of the simulated platform, so Node and Chromium run the same code.
import { APPLICATION_SCOPE, MessageBus } from '../../../simulator/src/modules/sim/platform/lms.ts';

export { APPLICATION_SCOPE };

/** The one message service of this bundle (the page's, in the console). */
export const lms = new MessageBus();

/** Wire adapter stand-in; the bench creates contexts itself, as a service component does. */
export class MessageContext {
    constructor(dataCallback) {
        this.dataCallback = dataCallback;
    }
    connect() {
        this.dataCallback(lms.createContext('workspace'));
    }
    update() {}
    disconnect() {}
}

export function publish(context, channel, message) {
    lms.publish(context, channel, message);
}

export function subscribe(context, channel, listener, options) {
    return lms.subscribe(context, channel, listener, options);
}

export function unsubscribe(subscription) {
    lms.unsubscribe(subscription);
}

export function createMessageContext() {
    return lms.createContext('workspace');
}

export function releaseMessageContext(context) {
    lms.release(context);
}
