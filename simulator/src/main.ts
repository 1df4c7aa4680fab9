/**
 * Entry of the local console. Synthetic shadow comes first, as on the platform (SLDS classes
 * then style the components' templates), then Lightning Web Security's feature gates, before
 * any sandbox exists. Creates the page and window.voiceSimulator.
 */
import '@lwc/synthetic-shadow';
import lightningWebSecurity from '@simulator/lightningWebSecurity';
import { language } from '@simulator/language';
import { createElement } from 'lwc';
import { voiceEventBus } from 'c/voiceEventBus';
import SimApp from 'sim/app';
import { consoleController, type ScenarioSummary } from 'sim/console';
import { languageTag, simPlatform, type SimCall, type TimelineEntry } from 'sim/platform';
import {
    toScenario,
    type ParseResult,
    type PlayerSnapshot,
    type PlayerStatus,
    type ToScenarioOptions
} from 'sim/scenario';

/** window.voiceSimulator: the scripting API for tests and demos (simulator/README.md). */
export interface VoiceSimulatorApi {
    /** Dispatches like the platform, on every toolkit element; returns how many received it. */
    emit(type: string, detail?: unknown): number;
    /** Plays a scenario by name; resolves with the status once playing stops. */
    play(name: string, options?: { speed?: number | 'max' }): Promise<PlayerStatus>;
    pause(): void;
    /** Emits the next step now. */
    step(): { type: string; at: number } | null;
    /** Emits every step up to the next one with this label; returns how many. */
    stepTo(label: string): number;
    /** Loads a scenario (rewound, paused) without playing it. */
    select(name: string): void;
    /** The expanded steps of a scenario: type, time and label of each. */
    scenarioSteps(name: string): Array<{ at: number; type: string; label: string | null }>;
    /** A fresh console: every panel recreated, no calls, empty timeline; scenario rewound. */
    reset(): void;
    /** Adds a scenario file (a capture, say) and selects it. */
    load(file: unknown): ParseResult;
    readonly scenarios: ScenarioSummary[];
    status(): PlayerSnapshot;
    openPanel(name: string): void;
    closePanel(name: string): void;
    panels(): Array<{ name: string; placement: string; mounted: boolean; open: boolean }>;
    calls(): SimCall[];
    timeline(): TimelineEntry[];
    /** The bus's counters (accepted, rejected, …). */
    diagnostics(): ReturnType<typeof voiceEventBus.getDiagnostics>;
    toScenario(
        events: readonly unknown[],
        options?: ToScenarioOptions
    ): ReturnType<typeof toScenario>;
    /** Whether namespace c runs in Lightning Web Security's sandbox (off with `LWS=off`). */
    readonly lightningWebSecurity: boolean;
}

declare global {
    interface Window {
        voiceSimulator: VoiceSimulatorApi;
    }
}

let root: HTMLElement | null = null;

// The page is in the user's language, as Lightning Experience marks it (screen readers and
// hyphenation follow it).
document.documentElement.lang = languageTag(language);

function mount(): void {
    root = createElement('sim-app', { is: SimApp });
    document.body.appendChild(root);
}

// Reset is a page refresh without the reload: every component goes, the bus forgets.
consoleController.onReset(() => {
    root?.remove();
    simPlatform.reset();
    voiceEventBus.reset();
    mount();
});

// ShowToastEvent bubbles, composed, to the window, where the platform shows it.
window.addEventListener('lightning__showtoast', (event) => {
    simPlatform.showToast((event as CustomEvent<unknown>).detail);
});

// ?closed=supervisorFlagBoard,notesFeed starts those panels closed (opened later by the user).
const params = new URLSearchParams(window.location.search);
for (const name of (params.get('closed') ?? '').split(',').filter(Boolean)) {
    consoleController.startClosed(name);
}
// ?callStatusPanel.keepConversationAfterRefresh=true sets a design attribute, as App Builder
// would: true/false become booleans, numbers numbers, anything else stays a string.
for (const [key, raw] of params) {
    const match = /^(\w+)\.([A-Za-z]\w*)$/.exec(key);
    if (match) {
        const value =
            raw === 'true' || raw === ''
                ? true
                : raw === 'false'
                  ? false
                  : raw.trim() !== '' && Number.isFinite(Number(raw))
                    ? Number(raw)
                    : raw;
        try {
            consoleController.setDesignAttribute(match[1], match[2], value);
        } catch (error) {
            console.warn(`[simulator] ${(error as Error).message}`);
        }
    }
}
const requested = params.get('scenario');
const firstScenario = consoleController.listScenarios()[0]?.name;
if (requested || firstScenario) {
    try {
        consoleController.select(requested ?? firstScenario!);
    } catch (error) {
        console.warn(`[simulator] ${(error as Error).message}`);
    }
}

function toSpeed(speed: number | 'max' | undefined): number | undefined {
    return speed === 'max' ? Infinity : speed;
}

window.voiceSimulator = {
    emit: (type, detail) => simPlatform.emit(type, detail, 'script'),
    play: (name, options = {}) => consoleController.play(name, toSpeed(options.speed)),
    pause: () => consoleController.player.pause(),
    step: () => {
        const step = consoleController.player.step();
        return step ? { type: step.type, at: step.at } : null;
    },
    stepTo: (label) => consoleController.stepTo(label),
    select: (name) => {
        consoleController.select(name);
    },
    scenarioSteps: (name) =>
        consoleController.steps(name).map(({ at, type, label }) => ({ at, type, label })),
    reset: () => consoleController.reset(),
    load: (file) => consoleController.loadScenario(file),
    get scenarios() {
        return consoleController.listScenarios();
    },
    status: () => consoleController.player.snapshot(),
    openPanel: (name) => consoleController.setMounted(name, true),
    closePanel: (name) => consoleController.setMounted(name, false),
    panels: () =>
        consoleController.panels().map(({ name, placement, mounted, open }) => ({
            name,
            placement,
            mounted,
            open
        })),
    calls: () => simPlatform.telephony.listCalls(),
    timeline: () => [...simPlatform.timeline.list()],
    diagnostics: () => voiceEventBus.getDiagnostics(),
    toScenario: (events, options) => toScenario(events, options),
    lightningWebSecurity
};

// ?speed=10 (or max) sets the player's speed, with or without autoplay; the picker shows it.
const urlSpeed = params.get('speed') === 'max' ? Infinity : Number(params.get('speed') ?? '');
if (params.has('speed')) {
    if (urlSpeed > 0) {
        consoleController.player.setSpeed(urlSpeed);
    } else {
        console.warn(`[simulator] ?speed=${params.get('speed')} is not a positive number or max.`);
    }
}

mount();

if (params.has('autoplay') && consoleController.selectedName()) {
    consoleController.player
        .play()
        .catch((error: Error) => console.warn(`[simulator] ${error.message}`));
}
