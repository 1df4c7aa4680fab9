// Modules the simulator build generates (simulator/build/plugins.mjs).

declare module '@simulator/panels' {
    import type { LightningElement } from 'lwc';

    export interface PanelDefinition {
        /** Bundle name in force-app, e.g. callStatusPanel. */
        name: string;
        /** Workspace column or utility bar item, as in the sample console app. */
        placement: 'workspace' | 'utility';
        title: string;
        /** Label and icon name the sample app's utility bar flexipage gives it, if any. */
        utility: { label: string; icon: string | null } | null;
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

declare module '@simulator/lightningWebSecurity' {
    /**
     * Whether namespace c runs in Lightning Web Security's sandbox (a build-time choice:
     * `LWS=off` turns it off). Importing it first registers the sandbox's feature gates.
     */
    const lightningWebSecurity: boolean;
    export default lightningWebSecurity;
}
