/**
 * The console's controller: which scenario is loaded, the player, which panels are mounted.
 * Components render from it; window.voiceSimulator (main.ts) scripts it.
 */
import PANELS, { type PanelDefinition } from '@simulator/panels';
import SHIPPED_SCENARIOS from '@simulator/scenarios';
import { simPlatform } from 'sim/platform';
import {
    ScenarioPlayer,
    parseScenario,
    type ParseResult,
    type PlayableStep,
    type Scenario,
    type PlayerStatus
} from 'sim/scenario';

export interface PanelState extends PanelDefinition {
    /** Rendered now (a utility item renders on first open and stays rendered when minimized). */
    mounted: boolean;
    /** Visible: mounted in the workspace, or a utility item that is open. */
    open: boolean;
    /** Design attributes set on the component, as App Builder sets them (see setDesignAttribute). */
    attributes: Readonly<Record<string, unknown>>;
}

const NO_ATTRIBUTES: Readonly<Record<string, unknown>> = Object.freeze({});

/** Label and icon of a panel's utility item: the flexipage's, as an org would show them. */
function utilityLook(panel: PanelDefinition): { label: string; icon: string } {
    const icon = panel.utility?.icon;
    return {
        label: panel.utility?.label ?? panel.title,
        icon: icon ? (icon.includes(':') ? icon : `utility:${icon}`) : 'utility:apps'
    };
}

export interface ScenarioSummary {
    name: string;
    title: string;
    description: string;
    telephony: 'partner' | 'native';
    steps: number;
    durationMs: number;
    /** Shipped in simulator/scenarios, or loaded from a file in this session. */
    origin: 'shipped' | 'loaded';
}

export const SPEEDS: ReadonlyArray<{ label: string; value: number }> = [
    { label: '0.5×', value: 0.5 },
    { label: '1×', value: 1 },
    { label: '2×', value: 2 },
    { label: '5×', value: 5 },
    { label: '10×', value: 10 },
    { label: '20×', value: 20 },
    { label: '100×', value: 100 },
    { label: 'As fast as possible', value: Infinity }
];

export interface SpeedOption {
    label: string;
    value: string;
}

const SPEED_OPTIONS: SpeedOption[] = SPEEDS.map(({ label, value }) => ({
    label,
    value: String(value)
}));

/**
 * The menu's speeds, plus the current one when it is not among them (`?speed=3`, or
 * `play(name, { speed: 3 })`), in order: a combobox whose value matches no option shows
 * its placeholder ("Select an Option") instead of the speed that is playing.
 */
export function speedOptionsFor(speed: number): SpeedOption[] {
    if (SPEEDS.some((option) => option.value === speed)) {
        return SPEED_OPTIONS;
    }
    const extra = { label: `${speed}×`, value: String(speed) };
    const at = SPEEDS.findIndex((option) => option.value > speed);
    return [...SPEED_OPTIONS.slice(0, at), extra, ...SPEED_OPTIONS.slice(at)];
}

function summary(scenario: Scenario, origin: ScenarioSummary['origin']): ScenarioSummary {
    return {
        name: scenario.name,
        title: scenario.title,
        description: scenario.description,
        telephony: scenario.telephony,
        steps: scenario.steps.length,
        durationMs: scenario.durationMs,
        origin
    };
}

export class ConsoleController {
    readonly player: ScenarioPlayer;
    /** Shipped files that failed validation (shown on the page; the tests fail on them). */
    readonly invalidScenarios: Array<{ name: string; errors: string[] }> = [];
    private readonly scenarios = new Map<
        string,
        { scenario: Scenario; origin: ScenarioSummary['origin'] }
    >();
    private readonly mounted = new Set<string>();
    /** Per panel, the design attributes an admin would set in App Builder. */
    private readonly design = new Map<string, Readonly<Record<string, unknown>>>();
    private readonly listeners = new Set<() => void>();
    private resetHandler: (() => void) | null = null;

    constructor() {
        this.player = new ScenarioPlayer((step, detail) => {
            simPlatform.emit(step.type, detail, 'scenario');
        });
        this.player.onChange(() => this.changed());
        for (const file of SHIPPED_SCENARIOS) {
            const result = parseScenario(file);
            if (result.ok) {
                this.scenarios.set(result.scenario.name, {
                    scenario: result.scenario,
                    origin: 'shipped'
                });
            } else {
                const name = (file as { name?: unknown }).name;
                this.invalidScenarios.push({ name: String(name), errors: result.errors });
            }
        }
        for (const panel of PANELS) {
            if (panel.placement === 'utility') {
                const { label, icon } = utilityLook(panel);
                simPlatform.utilities.define(utilityIdOf(panel.name), label, icon, true);
            } else {
                this.mounted.add(panel.name);
            }
        }
    }

    /**
     * What the page sets on a component, as App Builder and the record page do: js-meta.xml
     * defaults, then design attributes set here, then (record-page components) `recordId` and
     * `objectApiName` of the VoiceCall record in focus.
     */
    private attributesOf(panel: PanelDefinition): Readonly<Record<string, unknown>> {
        const design = this.design.get(panel.name);
        if (!panel.recordPage && !design && Object.keys(panel.defaults).length === 0) {
            return NO_ATTRIBUTES;
        }
        const record = panel.recordPage
            ? { recordId: recordIdInFocus() ?? undefined, objectApiName: 'VoiceCall' }
            : {};
        return Object.freeze({ ...panel.defaults, ...design, ...record });
    }

    // ---- panels ----

    panels(): PanelState[] {
        return PANELS.map((panel) => {
            const attributes = this.attributesOf(panel);
            if (panel.placement === 'utility') {
                const item = simPlatform.utilities.get(utilityIdOf(panel.name));
                return { ...panel, mounted: item.loaded, open: item.open, attributes };
            }
            const mounted = this.mounted.has(panel.name);
            return { ...panel, mounted, open: mounted, attributes };
        });
    }

    /**
     * Sets a design attribute (an `@api` property) on a component, as App Builder does, before
     * the page renders: `?callStatusPanel.keepConversationAfterRefresh=true` in the URL (main.ts).
     */
    setDesignAttribute(name: string, property: string, value: unknown): void {
        panelNamed(name);
        this.design.set(name, Object.freeze({ ...this.design.get(name), [property]: value }));
        this.changed();
    }

    /** The record page's subtitle: which VoiceCall record is open, or when one opens. */
    recordInFocusLabel(): string {
        const recordId = recordIdInFocus();
        const record = recordId ? simPlatform.records.get(recordId) : null;
        return record
            ? `${record.Id} · call ${record.VendorCallKey} · ${record.CallDisposition}`
            : 'No VoiceCall record open: one opens when the agent accepts or dials a call.';
    }

    /** Names of the kit's four panels that were not in force-app when the console was built. */
    missingPanels(): string[] {
        const present = new Set(PANELS.filter((panel) => panel.kit).map((panel) => panel.name));
        return ['callStatusPanel', 'liveTranscript', 'notesFeed', 'supervisorFlagBoard'].filter(
            (name) => !present.has(name)
        );
    }

    setMounted(name: string, mounted: boolean): void {
        const panel = panelNamed(name);
        if (panel.placement === 'utility') {
            // As on the platform: opening renders the item; minimizing keeps it alive.
            simPlatform.utilities.setOpen(utilityIdOf(name), mounted);
            simPlatform.changed();
        } else if (mounted) {
            this.mounted.add(name);
        } else {
            this.mounted.delete(name);
        }
        this.changed();
    }

    /** Starts a utility item minimized and not yet rendered (before the page renders). */
    startClosed(name: string): void {
        const panel = PANELS.find((candidate) => candidate.name === name);
        if (panel?.placement === 'utility') {
            const { label, icon } = utilityLook(panel);
            simPlatform.utilities.define(utilityIdOf(name), label, icon, false);
        } else if (panel) {
            this.mounted.delete(name);
        }
        this.changed();
    }

    // ---- scenarios ----

    listScenarios(): ScenarioSummary[] {
        return [...this.scenarios.values()].map(({ scenario, origin }) =>
            summary(scenario, origin)
        );
    }

    /** A scenario's expanded steps (empty for an unknown name). */
    steps(name: string): PlayableStep[] {
        return this.scenarios.get(name)?.scenario.steps ?? [];
    }

    selectedName(): string | null {
        return this.player.current?.name ?? null;
    }

    select(name: string): Scenario {
        const entry = this.scenarios.get(name);
        if (!entry) {
            throw new Error(`No scenario named ${name}.`);
        }
        this.player.load(entry.scenario);
        simPlatform.telephony.profile = entry.scenario.telephony;
        this.changed();
        return entry.scenario;
    }

    /** Adds a scenario file (e.g. a capture) and selects it; a same-named one is replaced. */
    loadScenario(file: unknown): ParseResult {
        const result = parseScenario(file);
        if (result.ok) {
            this.scenarios.set(result.scenario.name, {
                scenario: result.scenario,
                origin: 'loaded'
            });
            this.select(result.scenario.name);
        }
        return result;
    }

    play(name?: string, speed?: number): Promise<PlayerStatus> {
        if (name !== undefined && name !== this.selectedName()) {
            this.select(name);
        }
        if (speed !== undefined) {
            this.player.setSpeed(speed);
        }
        return this.player.play();
    }

    /**
     * Emits every step up to and including the next one with this label, at once (for tests
     * and demos: "jump to the moment the flag is raised"). Returns how many steps it emitted.
     */
    stepTo(label: string): number {
        const scenario = this.player.current;
        if (!scenario) {
            throw new Error('No scenario is loaded.');
        }
        const from = this.player.snapshot().position;
        const target = scenario.steps.findIndex(
            (step, index) => index >= from && step.label === label
        );
        if (target < 0) {
            throw new Error(`No step labelled "${label}" ahead in ${scenario.name}.`);
        }
        for (let index = from; index <= target; index += 1) {
            this.player.step();
        }
        return target - from + 1;
    }

    // ---- session ----

    /** main.ts rebuilds the page on reset; it registers how here. */
    onReset(handler: () => void): void {
        this.resetHandler = handler;
    }

    /** A fresh console: player rewound, calls forgotten, every panel created anew. */
    reset(): void {
        this.player.reset();
        this.resetHandler?.();
        const current = this.player.current;
        if (current) {
            simPlatform.telephony.profile = current.telephony;
        }
        this.changed();
    }

    onChange(listener: () => void): () => void {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }

    private changed(): void {
        for (const listener of [...this.listeners]) {
            try {
                listener();
            } catch (error) {
                console.error('[simulator] console listener failed', error);
            }
        }
    }
}

/** The hosted component of that bundle name; throws, naming what this build has, if none. */
function panelNamed(name: string): PanelDefinition {
    const panel = PANELS.find((candidate) => candidate.name === name);
    if (!panel) {
        const names = PANELS.map((candidate) => candidate.name).join(', ');
        throw new Error(
            `No panel ${name} in this build (it has ${names}). A bundle shows here when its ` +
                `js-meta.xml has <isExposed>true</isExposed>.`
        );
    }
    return panel;
}

/** Id of the VoiceCall record whose page is in focus (the record-page area shows it). */
function recordIdInFocus(): string | null {
    return simPlatform.records.focusedRecordId();
}

/** Utility item id for a panel hosted in the utility bar. */
export function utilityIdOf(name: string): string {
    return `utility-${name}`;
}

export const consoleController = new ConsoleController();
