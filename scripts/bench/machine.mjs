// What the figures were measured on: they mean little without it.
import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os';

/** `chromium`: the browser's version string (from the page), when a browser ran. */
export function describeMachine({ chromium = null } = {}) {
    const [cpu] = cpus();
    return {
        cpu: cpu ? `${cpu.model.trim()}${cpu.speed ? ` (${cpu.speed} MHz)` : ''}` : 'unknown',
        cores: availableParallelism(),
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        os: `${type()} ${release()}`,
        node: process.version,
        chromium,
        // Other work on the machine shows in the figures; the load says how much there was.
        loadAverage: loadavg().map((load) => Number(load.toFixed(2)))
    };
}
