/**
 * The local console page: header with platform status, scenario player, the workspace panels,
 * the event composer and timeline, toasts, navigation notices and the utility bar.
 */
import { LightningElement } from 'lwc';
import { voiceEventBus } from 'c/voiceEventBus';
import { consoleController, type PanelState } from 'sim/console';
import { simPlatform } from 'sim/platform';
import lightningWebSecurity from '@simulator/lightningWebSecurity';
import { language, languages } from '@simulator/language';
import { DEFAULT_LANGUAGE } from 'sim/platform';

/** "Deutsch (de)": each language named in itself, as a language menu does. */
function languageOption(code: string): { label: string; value: string; selected: boolean } {
    const base = code.split('_')[0];
    const name = new Intl.DisplayNames([base], { type: 'language' }).of(base) ?? code;
    return {
        label: `${name.charAt(0).toLocaleUpperCase(base)}${name.slice(1)} (${code})`,
        value: code,
        selected: code === language
    };
}

/** Same panels, same states: what a panel frame or utility item is given did not change. */
function samePanels(before: readonly PanelState[], after: readonly PanelState[]): boolean {
    return (
        before.length === after.length &&
        before.every((panel, index) => {
            const other = after[index];
            return (
                panel.name === other.name &&
                panel.mounted === other.mounted &&
                panel.open === other.open &&
                sameAttributes(panel.attributes, other.attributes)
            );
        })
    );
}

function sameAttributes(
    before: Readonly<Record<string, unknown>>,
    after: Readonly<Record<string, unknown>>
): boolean {
    const keys = Object.keys(before);
    return (
        keys.length === Object.keys(after).length &&
        keys.every((key) => Object.is(before[key], after[key]))
    );
}

export default class App extends LightningElement {
    panels: PanelState[] = [];
    workspacePanels: PanelState[] = [];
    recordPanels: PanelState[] = [];
    utilityPanels: PanelState[] = [];
    missingPanels = '';
    toolkitCount = 0;
    subscriptionCount = 0;
    accepted = 0;
    rejected = 0;
    telephonyLabel = '';
    recordInFocus = '';
    workspaceActive = true;
    /** A build-time choice (LWS=off turns it off), so it never changes on the page. */
    readonly lwsLabel = `Lightning Web Security: ${lightningWebSecurity ? 'on' : 'off'}`;
    /** Labels show in the user's language, chosen when the page loads (?language=). */
    readonly languageOptions = [DEFAULT_LANGUAGE, ...languages].map(languageOption);
    private stops: Array<() => void> = [];

    connectedCallback(): void {
        this.refresh();
        this.stops = [
            // The header's counters follow the platform once per frame, not once per event.
            simPlatform.onFrameChange(() => this.refresh()),
            consoleController.onChange(() => this.refresh())
        ];
    }

    disconnectedCallback(): void {
        for (const stop of this.stops) {
            stop();
        }
        this.stops = [];
    }

    get hasRecordPanels(): boolean {
        return this.recordPanels.length > 0;
    }

    get hasMissingPanels(): boolean {
        return this.missingPanels !== '';
    }

    get invalidScenarios(): string {
        return consoleController.invalidScenarios
            .map(({ name, errors }) => `${name}: ${errors.join('; ')}`)
            .join(' | ');
    }

    handlePanelToggle(event: CustomEvent<{ name: string; mounted: boolean }>): void {
        consoleController.setMounted(event.detail.name, event.detail.mounted);
    }

    /** A new language reloads the page, as on the platform: labels load with the page. */
    handleLanguageChange(event: Event): void {
        const chosen = (event.target as HTMLSelectElement).value;
        const url = new URL(window.location.href);
        if (chosen === DEFAULT_LANGUAGE) {
            url.searchParams.delete('language');
        } else {
            url.searchParams.set('language', chosen);
        }
        window.location.assign(url.href);
    }

    handleWorkspaceToggle(event: Event): void {
        simPlatform.lms.workspaceActive = (event.target as HTMLInputElement).checked;
        simPlatform.changed();
    }

    private refresh(): void {
        const panels = consoleController.panels();
        // Unchanged panels keep their objects: the frames and utility items do not re-render.
        if (!samePanels(this.panels, panels)) {
            this.panels = panels;
            this.workspacePanels = panels.filter((panel) => panel.placement === 'workspace');
            this.recordPanels = panels.filter((panel) => panel.placement === 'record');
            this.utilityPanels = panels.filter((panel) => panel.placement === 'utility');
        }
        this.missingPanels = consoleController.missingPanels().join(', ');
        this.toolkitCount = simPlatform.toolkit.count;
        this.subscriptionCount = simPlatform.lms.subscriberCount();
        const diagnostics = voiceEventBus.getDiagnostics();
        this.accepted = diagnostics.acceptedTotal;
        this.rejected = diagnostics.rejectedTotal;
        this.telephonyLabel =
            simPlatform.telephony.profile === 'native'
                ? 'Native Telephony'
                : 'Partner Telephony (Amazon Connect)';
        this.workspaceActive = simPlatform.lms.workspaceActive;
        this.recordInFocus = consoleController.recordInFocusLabel();
    }
}
