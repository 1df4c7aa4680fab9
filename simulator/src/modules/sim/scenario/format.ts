/**
 * The scenario file format (documented in simulator/README.md): JSON with timed steps, each a
 * raw toolkit event (`type` + `detail`, as the platform dispatches it) or a captured normalized
 * VoiceEvent (`event`, as c/voiceEventBus publishes it), plus `repeat` blocks for long calls.
 * parseScenario validates a file and expands it into playable steps.
 */
import { toToolkitEvent } from './replay';

export const SCENARIO_FORMAT = 'voice-console-kit/scenario';
export const SCENARIO_VERSION = 1;
/** Upper bound on expanded steps, so a file cannot exhaust the page's memory. */
export const MAX_STEPS = 200_000;

export type TelephonyProfile = 'partner' | 'native';

/** `{ "at": 1200, "type": "mute", "detail": { "callId": "…" } }` */
export interface RawStep {
    at: number;
    type: string;
    detail?: unknown;
    label?: string;
}

/** `{ "at": 1200, "event": { "type": "mute", "callId": "…", "receivedAt": 1715… } }` */
export interface CapturedStep {
    at?: number;
    event: Record<string, unknown>;
    label?: string;
}

/** Runs `steps` `count` times, `everyMs` apart, filling `{{i}}`, `{{n}}` and `{{var}}`. */
export interface RepeatStep {
    at: number;
    label?: string;
    repeat: {
        count: number;
        everyMs: number;
        vars?: Record<string, string[]>;
        steps: Array<RawStep | CapturedStep>;
    };
}

export type ScenarioStep = RawStep | CapturedStep | RepeatStep;

export interface ScenarioFile {
    format: typeof SCENARIO_FORMAT;
    version: 1;
    name: string;
    title: string;
    description?: string;
    /** Which telephony system the toolkit actions behave like (default partner). */
    telephony?: TelephonyProfile;
    /** Where the file came from, e.g. `{ "capturedAt": "…", "org": "…" }` (free form). */
    source?: Record<string, unknown>;
    /**
     * Per callId, how far the telephony server's clock is ahead (+) or behind (-) the agent's,
     * in ms: the player stamps that call's conversation events that much off.
     */
    serverClockSkewMs?: Record<string, number>;
    steps: ScenarioStep[];
}

/** One event ready to dispatch, `at` ms after the scenario starts. */
export interface PlayableStep {
    at: number;
    type: string;
    detail: unknown;
    label: string | null;
    /** Added to the server and client timestamps the player stamps on (see ScenarioFile). */
    serverClockSkewMs?: number;
}

export interface Scenario {
    name: string;
    title: string;
    description: string;
    telephony: TelephonyProfile;
    steps: PlayableStep[];
    durationMs: number;
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isTime(value: unknown): value is number {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** Deep copy of a repeat template with placeholders filled for iteration i. */
function fill(value: unknown, index: number, vars: Record<string, string[]>): unknown {
    if (typeof value === 'string') {
        if (!value.includes('{{')) {
            return value;
        }
        return value.replace(PLACEHOLDER, (match, name: string) => {
            if (name === 'i') {
                return String(index);
            }
            if (name === 'n') {
                return String(index + 1);
            }
            const list = vars[name];
            return list && list.length ? list[index % list.length] : match;
        });
    }
    if (Array.isArray(value)) {
        return value.map((item) => fill(item, index, vars));
    }
    if (isObject(value)) {
        // fromEntries defines own properties, so a "__proto__" key stays data, never a prototype.
        return Object.fromEntries(
            Object.entries(value).map(([key, item]) => [key, fill(item, index, vars)])
        );
    }
    return value;
}

function playable(step: Json, at: number, where: string, errors: string[]): PlayableStep | null {
    const label = typeof step.label === 'string' ? step.label : null;
    if (isObject(step.event)) {
        const converted = toToolkitEvent(step.event);
        if (!converted) {
            errors.push(`${where}: event needs a string type`);
            return null;
        }
        return { at, type: converted.type, detail: converted.detail, label };
    }
    if (typeof step.type !== 'string' || step.type === '') {
        errors.push(`${where}: needs "type" (with "detail") or "event"`);
        return null;
    }
    // A raw detail is replayed as written, including malformed ones: that is the point.
    return { at, type: step.type, detail: 'detail' in step ? step.detail : undefined, label };
}

function expandRepeat(step: Json, where: string, errors: string[], out: PlayableStep[]): void {
    const at = step.at;
    const repeat = step.repeat;
    if (!isTime(at) || !isObject(repeat)) {
        errors.push(`${where}: repeat needs "at" and a "repeat" object`);
        return;
    }
    const { count, everyMs, steps, vars = {} } = repeat as Json & { vars?: unknown };
    if (!Number.isInteger(count) || (count as number) < 1 || !isTime(everyMs)) {
        errors.push(`${where}: repeat needs a positive integer "count" and "everyMs" >= 0`);
        return;
    }
    if (!Array.isArray(steps) || steps.length === 0) {
        errors.push(`${where}: repeat needs "steps"`);
        return;
    }
    if (!isObject(vars) || !Object.values(vars).every((list) => Array.isArray(list))) {
        errors.push(`${where}: repeat "vars" must map names to arrays of strings`);
        return;
    }
    if (out.length + (count as number) * steps.length > MAX_STEPS) {
        errors.push(`${where}: more than ${MAX_STEPS} steps in all`);
        return;
    }
    const lists = vars as Record<string, string[]>;
    for (let index = 0; index < (count as number); index += 1) {
        for (const [position, inner] of steps.entries()) {
            const innerWhere = `${where}.repeat.steps[${position}]`;
            if (!isObject(inner)) {
                errors.push(`${innerWhere}: not an object`);
                return;
            }
            const offset = inner.at === undefined ? 0 : inner.at;
            if (!isTime(offset)) {
                errors.push(`${innerWhere}: "at" must be a number >= 0`);
                return;
            }
            const filled = fill(inner, index, lists) as Json;
            const result = playable(
                filled,
                at + index * (everyMs as number) + offset,
                innerWhere,
                errors
            );
            if (!result) {
                return;
            }
            out.push(result);
        }
    }
}

/** Captured events may omit `at`: it is then taken from receivedAt, relative to the first one. */
function capturedTimeBase(steps: unknown[]): number | null {
    let base: number | null = null;
    for (const step of steps) {
        const receivedAt =
            isObject(step) && isObject(step.event) ? step.event.receivedAt : undefined;
        if (isTime(receivedAt) && (base === null || receivedAt < base)) {
            base = receivedAt;
        }
    }
    return base;
}

/** The step with its call's server clock skew, when the scenario gives one. */
function withSkew(step: PlayableStep, skews: Record<string, number>): PlayableStep {
    const callId = isObject(step.detail) ? step.detail.callId : undefined;
    const skew =
        typeof callId === 'string' && Object.hasOwn(skews, callId) ? skews[callId] : undefined;
    return skew ? { ...step, serverClockSkewMs: skew } : step;
}

/** Validates a parsed scenario file and expands it; never throws. */
export function parseScenario(input: unknown): ParseResult {
    const errors: string[] = [];
    if (!isObject(input)) {
        return { ok: false, errors: ['a scenario is a JSON object'] };
    }
    if (input.format !== SCENARIO_FORMAT || input.version !== SCENARIO_VERSION) {
        errors.push(`"format" must be "${SCENARIO_FORMAT}" and "version" ${SCENARIO_VERSION}`);
    }
    if (typeof input.name !== 'string' || !/^[A-Za-z0-9][\w.-]{0,79}$/.test(input.name)) {
        errors.push('"name" must be 1-80 letters, digits, dots, dashes or underscores');
    }
    const telephony = input.telephony ?? 'partner';
    if (telephony !== 'partner' && telephony !== 'native') {
        errors.push('"telephony" must be "partner" or "native"');
    }
    if (!Array.isArray(input.steps)) {
        errors.push('"steps" must be an array');
    }
    const skews = input.serverClockSkewMs ?? {};
    if (
        !isObject(skews) ||
        !Object.values(skews).every((ms) => typeof ms === 'number' && Number.isFinite(ms))
    ) {
        errors.push('"serverClockSkewMs" must map call ids to numbers of milliseconds');
    }
    if (errors.length) {
        return { ok: false, errors };
    }
    const rawSteps = input.steps as unknown[];
    const base = capturedTimeBase(rawSteps);
    const steps: PlayableStep[] = [];
    rawSteps.forEach((step, index) => {
        const where = `steps[${index}]`;
        if (!isObject(step)) {
            errors.push(`${where}: not an object`);
            return;
        }
        if ('repeat' in step) {
            expandRepeat(step, where, errors, steps);
            return;
        }
        let at = step.at;
        if (
            at === undefined &&
            isObject(step.event) &&
            isTime(step.event.receivedAt) &&
            base !== null
        ) {
            at = step.event.receivedAt - base;
        }
        if (!isTime(at)) {
            errors.push(`${where}: "at" must be a number of milliseconds >= 0`);
            return;
        }
        const result = playable(step, at, where, errors);
        if (result) {
            steps.push(result);
        }
    });
    if (steps.length > MAX_STEPS) {
        errors.push(`more than ${MAX_STEPS} steps`);
    }
    if (errors.length) {
        return { ok: false, errors: errors.slice(0, 20) };
    }
    // Stable: steps at the same time keep file order.
    const ordered = steps
        .map((step, index) => ({ step, index }))
        .sort((a, b) => a.step.at - b.step.at || a.index - b.index)
        .map(({ step }) => withSkew(step, skews as Record<string, number>));
    return {
        ok: true,
        scenario: {
            name: input.name as string,
            title:
                typeof input.title === 'string' && input.title
                    ? input.title
                    : (input.name as string),
            description: typeof input.description === 'string' ? input.description : '',
            telephony: telephony as TelephonyProfile,
            steps: ordered,
            durationMs: ordered.length ? ordered[ordered.length - 1].at : 0
        }
    };
}
