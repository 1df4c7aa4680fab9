// Reads the shipped scenario files at build time. Full validation runs in the page's
// parseScenario (simulator/src/modules/sim/scenario); here only what the build depends on.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const SCENARIO_FORMAT = 'voice-console-kit/scenario';

/** Every `*.json` in the folder, sorted by file name; throws with the file name when invalid. */
export function loadScenarioFiles(dir) {
    const names = new Set();
    return readdirSync(dir)
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => {
            const path = join(dir, file);
            let scenario;
            try {
                scenario = JSON.parse(readFileSync(path, 'utf8'));
            } catch (error) {
                throw new Error(`${path}: not JSON (${error.message})`);
            }
            const problems = [];
            if (scenario?.format !== SCENARIO_FORMAT || scenario?.version !== 1) {
                problems.push(`format must be "${SCENARIO_FORMAT}" version 1`);
            }
            if (typeof scenario?.name !== 'string' || `${scenario.name}.json` !== file) {
                problems.push('name must match the file name');
            }
            if (!Array.isArray(scenario?.steps)) {
                problems.push('steps must be an array');
            }
            if (problems.length) {
                throw new Error(`${path}: ${problems.join('; ')}`);
            }
            if (names.has(scenario.name)) {
                throw new Error(`${path}: duplicate scenario name`);
            }
            names.add(scenario.name);
            return { path, scenario };
        });
}
