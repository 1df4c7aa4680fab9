/**
 * Platform modules that @salesforce/lightning-types does not declare (checked against 0.8.0).
 * Shapes follow the Salesforce docs cited in ../shared/reference/toolkit-facts.md.
 */

declare module 'lightning/messageService' {
    import type { WireAdapterConstructor } from 'lwc';

    /** Opaque handle from `@wire(MessageContext)` or `createMessageContext()`. */
    export interface MessageContextValue {
        readonly __brand?: 'MessageContext';
    }
    /** Opaque handle returned by `subscribe`. */
    export interface MessageSubscription {
        readonly __brand?: 'MessageSubscription';
    }
    /** What `@salesforce/messageChannel/<Name>__c` imports. */
    export interface MessageChannel {
        readonly __brand?: 'MessageChannel';
    }
    export interface SubscribeOptions {
        scope?: symbol;
    }

    export const MessageContext: WireAdapterConstructor<
        Record<string, never>,
        MessageContextValue | undefined
    >;
    export const APPLICATION_SCOPE: symbol;
    export function publish(
        context: MessageContextValue | undefined,
        channel: MessageChannel,
        message: unknown
    ): void;
    export function subscribe(
        context: MessageContextValue | undefined,
        channel: MessageChannel,
        listener: (message: unknown) => void,
        options?: SubscribeOptions
    ): MessageSubscription | null | undefined;
    export function unsubscribe(subscription: MessageSubscription | null | undefined): void;
    export function createMessageContext(): MessageContextValue;
    export function releaseMessageContext(context: MessageContextValue): void;
}

declare module '@salesforce/messageChannel/*' {
    import type { MessageChannel } from 'lightning/messageService';
    const channel: MessageChannel;
    export default channel;
}

declare module '@salesforce/label/*' {
    const label: string;
    export default label;
}

declare module 'lightning/platformUtilityBarApi' {
    import type { WireAdapterConstructor } from 'lwc';

    export interface UtilityUpdate {
        label?: string;
        icon?: string;
        iconVariant?: 'success' | 'warning' | 'error' | '';
        highlighted?: boolean;
    }
    export const EnclosingUtilityId: WireAdapterConstructor<
        Record<string, never>,
        string | undefined
    >;
    export function updateUtility(utilityId: string, update: UtilityUpdate): Promise<boolean>;
    export function open(utilityId: string, options?: { autoFocus?: boolean }): Promise<boolean>;
    export function minimize(utilityId: string): Promise<boolean>;
    export function getInfo(utilityId: string): Promise<Record<string, unknown>>;
    export function getAllUtilityInfo(): Promise<Array<Record<string, unknown>>>;
    export function onUtilityClick(utilityId: string, handler: () => void): Promise<boolean>;
    export function updatePanel(
        utilityId: string,
        update: { label?: string; icon?: string }
    ): Promise<boolean>;
    export function enablePopout(utilityId: string, enabled: boolean): Promise<boolean>;
    export function enableModal(utilityId: string, enabled: boolean): Promise<boolean>;
}

declare module 'lightning/platformShowToastEvent' {
    export interface ShowToastEventInit {
        title: string;
        message?: string;
        variant?: 'info' | 'success' | 'warning' | 'error';
        mode?: 'dismissible' | 'pester' | 'sticky';
    }
    export class ShowToastEvent extends CustomEvent<ShowToastEventInit> {
        constructor(init: ShowToastEventInit);
    }
}

declare module 'lightning/navigation' {
    import type { LightningElement } from 'lwc';

    export interface PageReference {
        type: string;
        attributes?: Record<string, unknown>;
        state?: Record<string, unknown>;
    }
    type Constructor<T = object> = new (...args: any[]) => T;
    interface NavigationMixinApi {
        <T extends Constructor<LightningElement>>(base: T): T & Constructor<NavigationMixinMethods>;
        readonly Navigate: unique symbol;
        readonly GenerateUrl: unique symbol;
    }
    export interface NavigationMixinMethods {
        [key: symbol]: (pageReference: PageReference, replace?: boolean) => unknown;
    }
    export const NavigationMixin: NavigationMixinApi;
    export const CurrentPageReference: unknown;
}

// The Salesforce user's locale settings ("Internationalization Properties" in the LWC guide).
declare module '@salesforce/i18n/locale' {
    /** The user's locale, e.g. 'en-US' or 'de-DE'. */
    const locale: string;
    export default locale;
}

declare module '@salesforce/i18n/timeZone' {
    /** The user's time zone, an IANA name such as 'Europe/Berlin'. */
    const timeZone: string;
    export default timeZone;
}
