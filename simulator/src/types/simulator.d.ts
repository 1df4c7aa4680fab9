// Modules the simulator build generates (simulator/build/plugins.mjs).

declare module '@simulator/panels' {
    import type { LightningElement } from 'lwc';

    export interface PanelDefinition {
        /** Bundle name in force-app, e.g. callStatusPanel. */
        name: string;
        /** The element's tag name as the platform derives it, e.g. c-call-status-panel. */
        tagName: string;
        /**
         * The kit's workspace columns and utility bar as in the sample console app; `record`
         * is the VoiceCall record page, where every other exposed bundle goes.
         */
        placement: 'workspace' | 'utility' | 'record';
        /** The kit's panel title, else the bundle's masterLabel, else its name. */
        title: string;
        /** One of the kit's four panels. */
        kit: boolean;
        /** On the record page with the lightning__RecordPage target: gets `recordId`. */
        recordPage: boolean;
        /** Label and icon name the sample app's utility bar flexipage gives it, if any. */
        utility: { label: string; icon: string | null } | null;
        /** Design attribute defaults from js-meta.xml, as App Builder sets them. */
        defaults: Readonly<Record<string, string | number | boolean>>;
        ctor: typeof LightningElement;
    }
    const panels: PanelDefinition[];
    export default panels;
}

declare module '@simulator/scenarios' {
    /** The shipped scenario files, parsed JSON, sorted by file name. */
    const scenarios: unknown[];
    export default scenarios;
}

declare module '@simulator/language' {
    /** The languages with a translation file in force-app (Salesforce codes: de, pt_BR…). */
    export const languages: readonly string[];
    /** The language the page shows labels in (from ?language=), en_US by default. */
    export const language: string;
}

declare module '@simulator/lightningWebSecurity' {
    /**
     * Whether namespace c runs in Lightning Web Security's sandbox (a build-time choice:
     * `LWS=off` turns it off). Importing it first registers the sandbox's feature gates.
     */
    const lightningWebSecurity: boolean;
    export default lightningWebSecurity;
}
