/**
 * Fixture helpers for the bus tests: documented toolkit payloads, their quirky variants and
 * realistic call scenarios, all as JSON under ./data.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import {
    createConsoleState,
    normalizeToolkitEvent,
    reduceConsoleState,
    type ConsoleState,
    type StateLimits,
    type VoiceEvent,
    type VoiceEventType
} from 'c/voiceEventBus';

/** A toolkit event as the platform hands it to a listener. */
export interface RawEvent {
    type: string;
    detail: unknown;
}

/** One step of a scenario: the raw event and when it arrived (ms since epoch). */
export interface ScenarioStep extends RawEvent {
    at: number;
}

export interface Scenario {
    description: string;
    events: ScenarioStep[];
}

export const SCENARIOS = [
    'inbound-lifecycle',
    'transfer-conference-swap',
    'flags-notes',
    'native-telephony'
] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

const DATA = join(__dirname, 'data');

function readJson<T>(...parts: string[]): T {
    return JSON.parse(readFileSync(join(DATA, ...parts), 'utf8')) as T;
}

/** The payload the Voice developer guide documents for one event (a fresh copy each call). */
export function documentedEvent(type: VoiceEventType): RawEvent {
    return readJson<RawEvent>('events', `${type}.json`);
}

/** A payload variant seen in the wild or allowed by the docs (see data/quirks). */
export function quirk(name: string): RawEvent {
    return readJson<RawEvent>('quirks', `${name}.json`);
}

export function scenario(name: ScenarioName): Scenario {
    return readJson<Scenario>('scenarios', `${name}.json`);
}

/** The scenario's events, validated, with `receivedAt` set to each step's arrival time. */
export function scenarioEvents(name: ScenarioName): VoiceEvent[] {
    return scenario(name).events.map((step) => {
        const result = normalizeToolkitEvent(step.type, step.detail, step.at);
        if (!result.ok) {
            throw new Error(`fixture ${name}: ${step.type} rejected (${result.reason})`);
        }
        return result.event;
    });
}

/** Reduces events in the given order. */
export function applyAll(
    events: readonly VoiceEvent[],
    state: ConsoleState = createConsoleState(),
    limits?: StateLimits
): ConsoleState {
    return events.reduce((current, event) => reduceConsoleState(current, event, limits), state);
}

/** Freezes a value and everything reachable from it, so a test catches any mutation. */
export function deepFreeze<T>(value: T): T {
    if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const key of Object.keys(value)) {
            deepFreeze((value as Record<string, unknown>)[key]);
        }
    }
    return value;
}

/** A plain-JSON copy (what an LMS message carries). */
export function jsonCopy<T>(value: T): T {
    return JSON.parse(JSON.stringify(value)) as T;
}
