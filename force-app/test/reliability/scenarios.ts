/**
 * Every scenario the project ships, as the raw toolkit events the platform would dispatch and
 * when each arrives: the bus's fixture scenarios (voiceEventBus/__tests__/data/scenarios) and
 * the simulator's (simulator/scenarios, expanded and stamped exactly as its player sends them).
 */
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { normalizeToolkitEvent, type VoiceEvent } from 'c/voiceEventBus';
import { parseScenario } from '../../../simulator/src/modules/sim/scenario/format';
import { stampDetail } from '../../../simulator/src/modules/sim/scenario/player';

export interface RawStep {
    type: string;
    detail: unknown;
    /** Arrival time, ms since epoch. */
    at: number;
}

export interface ShippedScenario {
    /** `bus/<file>` or `simulator/<file>`. */
    name: string;
    steps: RawStep[];
}

/** When the simulator's scenarios start (its player stamps times from its own clock). */
export const SIMULATOR_EPOCH = Date.UTC(2026, 2, 2, 9, 0, 0);

const ROOT = join(__dirname, '..', '..', '..');
const BUS_DIR = join(ROOT, 'force-app/main/default/lwc/voiceEventBus/__tests__/data/scenarios');
const SIMULATOR_DIR = join(ROOT, 'simulator/scenarios');

function jsonFiles(dir: string): string[] {
    return readdirSync(dir)
        .filter((file) => file.endsWith('.json'))
        .sort();
}

function busScenario(file: string): ShippedScenario {
    const data = JSON.parse(readFileSync(join(BUS_DIR, file), 'utf8')) as { events: RawStep[] };
    return { name: `bus/${file.replace(/\.json$/, '')}`, steps: data.events };
}

function simulatorScenario(file: string): ShippedScenario {
    const parsed = parseScenario(JSON.parse(readFileSync(join(SIMULATOR_DIR, file), 'utf8')));
    if (!parsed.ok) {
        throw new Error(`simulator/${file}: ${parsed.errors.join('; ')}`);
    }
    return {
        name: `simulator/${file.replace(/\.json$/, '')}`,
        steps: parsed.scenario.steps.map((step) => ({
            type: step.type,
            detail: stampDetail(step, SIMULATOR_EPOCH),
            at: SIMULATOR_EPOCH + step.at
        }))
    };
}

/** All shipped scenarios, bus fixtures first, each sorted by file name. */
export function shippedScenarios(): ShippedScenario[] {
    return [
        ...jsonFiles(BUS_DIR).map(busScenario),
        ...jsonFiles(SIMULATOR_DIR).map(simulatorScenario)
    ];
}

/** The events the bus accepts from a scenario (hostile scenarios also hold rejected ones). */
export function acceptedEvents(scenario: ShippedScenario): VoiceEvent[] {
    return scenario.steps.flatMap((step) => {
        const result = normalizeToolkitEvent(step.type, step.detail, step.at);
        return result.ok ? [result.event] : [];
    });
}
