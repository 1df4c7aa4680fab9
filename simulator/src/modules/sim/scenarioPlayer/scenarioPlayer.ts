/**
 * Scenario player: pick a shipped scenario or load a captured file, then play, pause, step,
 * change speed or reset. Progress shows events emitted and scenario time.
 */
import { LightningElement } from 'lwc';
import {
    consoleController,
    speedOptionsFor,
    type ScenarioSummary,
    type SpeedOption
} from 'sim/console';
import type { PlayerSnapshot } from 'sim/scenario';
import { formatClock } from 'sim/format';

export default class ScenarioPlayer extends LightningElement {
    scenarios: ScenarioSummary[] = [];
    snapshot: PlayerSnapshot = consoleController.player.snapshot();
    loadErrors: string[] = [];
    private stop: (() => void) | null = null;

    connectedCallback(): void {
        this.refresh();
        this.stop = consoleController.onChange(() => this.refresh());
    }

    disconnectedCallback(): void {
        this.stop?.();
        this.stop = null;
    }

    /** The menu's options, rebuilt only when the scenarios change (not as the player moves). */
    scenarioOptions: Array<{ label: string; value: string }> = [];

    get speedOptions(): SpeedOption[] {
        return speedOptionsFor(this.snapshot.speed);
    }

    get selected(): ScenarioSummary | undefined {
        return this.scenarios.find((scenario) => scenario.name === this.snapshot.name);
    }

    get selectedName(): string | undefined {
        return this.snapshot.name ?? undefined;
    }

    get description(): string {
        return (
            this.selected?.description ?? 'Pick a scenario to replay telephony events on this page.'
        );
    }

    get speedValue(): string {
        return String(this.snapshot.speed);
    }

    get isPlaying(): boolean {
        return this.snapshot.status === 'playing';
    }

    get noScenario(): boolean {
        return this.snapshot.name === null;
    }

    get cannotStep(): boolean {
        return this.noScenario || this.snapshot.position >= this.snapshot.total;
    }

    get percent(): number {
        const { position, total } = this.snapshot;
        return total ? Math.round((position / total) * 100) : 0;
    }

    get progressText(): string {
        const { position, total, elapsedMs, durationMs, status } = this.snapshot;
        return `${position} of ${total} events · ${formatClock(elapsedMs)} of ${formatClock(durationMs)} · ${status}`;
    }

    get hasLoadErrors(): boolean {
        return this.loadErrors.length > 0;
    }

    handleScenarioChange(event: CustomEvent<{ value: string }>): void {
        consoleController.select(event.detail.value);
    }

    handleSpeedChange(event: CustomEvent<{ value: string }>): void {
        consoleController.player.setSpeed(Number(event.detail.value));
    }

    handlePlay(): void {
        consoleController.player.play().catch(() => {
            // Nothing loaded: the button is disabled then; nothing else can fail here.
        });
    }

    handlePause(): void {
        consoleController.player.pause();
    }

    handleStep(): void {
        consoleController.player.step();
    }

    handleReset(): void {
        consoleController.reset();
    }

    async handleFile(event: Event): Promise<void> {
        const input = event.target as HTMLInputElement & { files?: FileList };
        const file = input.files?.[0];
        if (!file) {
            return;
        }
        let parsed: unknown;
        try {
            parsed = JSON.parse(await file.text());
        } catch (error) {
            this.loadErrors = [`${file.name} is not JSON: ${(error as Error).message}`];
            return;
        }
        const result = consoleController.loadScenario(parsed);
        this.loadErrors = result.ok
            ? []
            : result.errors.map((message) => `${file.name}: ${message}`);
    }

    /**
     * The player reports progress while it plays (every chunk of steps, or every 250 ms): only
     * what changed is assigned, so the scenario menu is not rebuilt for a new position.
     */
    private refresh(): void {
        const scenarios = consoleController.listScenarios();
        if (JSON.stringify(scenarios) !== JSON.stringify(this.scenarios)) {
            this.scenarios = scenarios;
            this.scenarioOptions = scenarios.map((scenario) => ({
                label:
                    scenario.origin === 'loaded'
                        ? `${scenario.title} (loaded file)`
                        : scenario.title,
                value: scenario.name
            }));
        }
        const snapshot = consoleController.player.snapshot();
        const keys = Object.keys(snapshot) as Array<keyof PlayerSnapshot>;
        if (keys.some((key) => !Object.is(snapshot[key], this.snapshot[key]))) {
            this.snapshot = snapshot;
        }
    }
}
