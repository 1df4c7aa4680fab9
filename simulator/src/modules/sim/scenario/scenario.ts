/** Scenario files: format, validation, capture conversion and playback (see simulator/README.md). */
export {
    MAX_STEPS,
    SCENARIO_FORMAT,
    SCENARIO_VERSION,
    parseScenario,
    type CapturedStep,
    type ParseResult,
    type PlayableStep,
    type RawStep,
    type RepeatStep,
    type Scenario,
    type ScenarioFile,
    type ScenarioStep,
    type TelephonyProfile
} from './format';
export { toToolkitEvent } from './replay';
export { HOSTILE_KINDS, materializeDetail } from './hostile';
export { redact, toScenario, type ToScenarioOptions } from './toScenario';
export {
    CHUNK_SIZE,
    ScenarioPlayer,
    stampDetail,
    type PlayerClock,
    type PlayerSnapshot,
    type PlayerStatus
} from './player';
export { EXAMPLE_EVENT_TYPES, exampleDetail } from './examples';
