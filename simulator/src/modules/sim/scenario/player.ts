/**
 * Plays a scenario against a clock: play, pause, single step, speed, reset. Steps due at the
 * same moment go out in file order; at high speed they go out in chunks, yielding between
 * chunks so the page keeps rendering.
 */
import type { PlayableStep, Scenario } from './format';
import { materializeDetail } from './hostile';

export type PlayerStatus = 'idle' | 'playing' | 'paused' | 'finished';

export interface PlayerClock {
    now(): number;
    setTimeout(callback: () => void, ms: number): unknown;
    clearTimeout(handle: unknown): void;
}

export interface PlayerSnapshot {
    name: string | null;
    status: PlayerStatus;
    /** Steps emitted so far. */
    position: number;
    total: number;
    /** Scenario time reached, ms. */
    elapsedMs: number;
    durationMs: number;
    /** Multiplier; Infinity plays as fast as the page can take it. */
    speed: number;
}

/** Steps emitted per turn of the event loop at most. */
export const CHUNK_SIZE = 200;
/** Longest wait between two progress updates while playing (ms of wall time). */
const PROGRESS_INTERVAL_MS = 250;
const CONVERSATION_TYPES = new Set(['transcript', 'flagraise', 'flaglower', 'note']);

const systemClock: PlayerClock = {
    now: () => Date.now(),
    // eslint-disable-next-line @lwc/lwc/no-async-operation -- the player's clock is real time
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
};

/**
 * Conversation events written without timestamps get them from the scenario clock, so a
 * scenario file need not hard-code 2020 dates; a call with a server clock skew gets them that
 * far off. A detail that names either field is left alone.
 */
export function stampDetail(step: PlayableStep, epoch: number): unknown {
    const sent = Math.round(epoch + step.at + (step.serverClockSkewMs ?? 0));
    const detail = materializeDetail(step.detail, sent);
    if (
        !CONVERSATION_TYPES.has(step.type) ||
        detail !== step.detail ||
        detail === null ||
        typeof detail !== 'object' ||
        Array.isArray(detail) ||
        'clientSentTimestamp' in detail ||
        'serverReceivedTimestamp' in detail
    ) {
        return detail;
    }
    return { ...detail, clientSentTimestamp: sent, serverReceivedTimestamp: sent + 40 };
}

export class ScenarioPlayer {
    private scenario: Scenario | null = null;
    private status: PlayerStatus = 'idle';
    private position = 0;
    private elapsed = 0;
    private speed = 1;
    private epoch = 0;
    private anchorWall = 0;
    private anchorScenario = 0;
    private timer: unknown = null;
    private waiters: Array<(status: PlayerStatus) => void> = [];
    private readonly listeners = new Set<() => void>();

    constructor(
        private readonly emit: (step: PlayableStep, detail: unknown) => void,
        private readonly clock: PlayerClock = systemClock
    ) {}

    load(scenario: Scenario): void {
        this.reset();
        this.scenario = scenario;
        this.changed();
    }

    get current(): Scenario | null {
        return this.scenario;
    }

    snapshot(): PlayerSnapshot {
        return {
            name: this.scenario?.name ?? null,
            status: this.status,
            position: this.position,
            total: this.scenario?.steps.length ?? 0,
            elapsedMs: this.elapsed,
            durationMs: this.scenario?.durationMs ?? 0,
            speed: this.speed
        };
    }

    onChange(listener: () => void): () => void {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }

    /** Starts or resumes; resolves with the status once playing stops (finished, paused, reset). */
    play(): Promise<PlayerStatus> {
        if (!this.scenario) {
            return Promise.reject(new Error('No scenario is loaded.'));
        }
        if (this.status === 'finished') {
            this.rewind();
        }
        const stopped = new Promise<PlayerStatus>((resolve) => this.waiters.push(resolve));
        if (this.status !== 'playing') {
            if (this.position === 0 && this.elapsed === 0) {
                this.epoch = this.clock.now();
            }
            this.status = 'playing';
            this.anchor();
            this.schedule(0);
            this.changed();
        }
        return stopped;
    }

    pause(): void {
        if (this.status !== 'playing') {
            return;
        }
        this.elapsed = this.scenarioNow();
        this.stopTimer();
        this.setStatus('paused');
    }

    /** Emits the next step now (pausing first); returns it, or null at the end. */
    step(): PlayableStep | null {
        if (!this.scenario) {
            return null;
        }
        if (this.status === 'playing') {
            this.pause();
        }
        if (this.position === 0 && this.elapsed === 0) {
            this.epoch = this.clock.now();
        }
        const next = this.scenario.steps[this.position];
        if (!next) {
            this.setStatus('finished');
            return null;
        }
        this.emitNext();
        this.elapsed = Math.max(this.elapsed, next.at);
        this.setStatus(this.position >= this.scenario.steps.length ? 'finished' : 'paused');
        return next;
    }

    /** Stops and rewinds to the start; the scenario stays loaded. */
    reset(): void {
        this.stopTimer();
        this.rewind();
        this.setStatus('idle');
    }

    setSpeed(speed: number): void {
        if (!(speed > 0)) {
            throw new RangeError('Speed must be a positive number or Infinity.');
        }
        if (this.status === 'playing') {
            this.elapsed = this.scenarioNow();
            this.speed = speed;
            this.anchor();
            this.stopTimer();
            this.schedule(0);
        } else {
            this.speed = speed;
        }
        this.changed();
    }

    private rewind(): void {
        this.position = 0;
        this.elapsed = 0;
    }

    private anchor(): void {
        this.anchorWall = this.clock.now();
        this.anchorScenario = this.elapsed;
    }

    private scenarioNow(): number {
        if (this.status !== 'playing') {
            return this.elapsed;
        }
        if (this.speed === Infinity) {
            return this.elapsed;
        }
        return this.anchorScenario + (this.clock.now() - this.anchorWall) * this.speed;
    }

    private emitNext(): void {
        const step = this.scenario!.steps[this.position];
        this.position += 1;
        try {
            this.emit(step, stampDetail(step, this.epoch));
        } catch (error) {
            console.error(`[simulator] step ${this.position} (${step.type}) failed`, error);
        }
    }

    private tick(): void {
        this.timer = null;
        const scenario = this.scenario;
        if (!scenario || this.status !== 'playing') {
            return;
        }
        const steps = scenario.steps;
        const now = this.speed === Infinity ? Infinity : this.scenarioNow();
        let emitted = 0;
        while (
            this.position < steps.length &&
            steps[this.position].at <= now &&
            emitted < CHUNK_SIZE
        ) {
            this.elapsed = Math.max(this.elapsed, steps[this.position].at);
            this.emitNext();
            emitted += 1;
            if (this.status !== 'playing') {
                // A step's listener paused or reset the player.
                return;
            }
        }
        if (this.speed !== Infinity) {
            this.elapsed = Math.min(Math.max(this.elapsed, now), scenario.durationMs);
        }
        if (this.position >= steps.length) {
            this.elapsed = scenario.durationMs;
            this.setStatus('finished');
            return;
        }
        if (emitted >= CHUNK_SIZE || this.speed === Infinity) {
            this.schedule(0);
        } else {
            const wait = (steps[this.position].at - now) / this.speed;
            this.schedule(Math.min(Math.max(0, wait), PROGRESS_INTERVAL_MS));
        }
        this.changed();
    }

    private schedule(ms: number): void {
        this.stopTimer();
        this.timer = this.clock.setTimeout(() => this.tick(), ms);
    }

    private stopTimer(): void {
        if (this.timer !== null) {
            this.clock.clearTimeout(this.timer);
            this.timer = null;
        }
    }

    private setStatus(status: PlayerStatus): void {
        const wasPlaying = this.status === 'playing';
        this.status = status;
        if (wasPlaying && status !== 'playing') {
            const waiters = this.waiters;
            this.waiters = [];
            for (const resolve of waiters) {
                resolve(status);
            }
        }
        this.changed();
    }

    private changed(): void {
        for (const listener of [...this.listeners]) {
            try {
                listener();
            } catch (error) {
                console.error('[simulator] player listener failed', error);
            }
        }
    }
}
