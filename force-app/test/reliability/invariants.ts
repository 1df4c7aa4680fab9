/**
 * What must hold of any ConsoleState, whatever events built it: ids unique, lists in their
 * documented order, every bound respected, pruned calls gone, and every timer the panels show
 * non-negative, and the panels' views render it without throwing. Returns readable violations (empty when all hold) instead of throwing, so a
 * property can report all of them for the shrunk counterexample.
 */
import {
    AUDIO_HISTORY,
    CALLER_KEY,
    MAX_TEXT_LENGTH,
    PHASE_RANK,
    compareUtterances,
    type ConsoleState,
    type ConversationRecord,
    type StateLimits
} from 'c/voiceEventBus';
import {
    callTimers,
    buildCallStatusView
} from '../../main/default/lwc/callStatusPanel/callStatusView';
import { waitClock } from '../../main/default/lwc/flagWaitClock/waitClockView';
import { flagHistory } from '../../main/default/lwc/supervisorFlagBoard/flagBoardView';
import { visibleConsole } from './visible';

const MAX_ID_LENGTH = 255;

function duplicates(ids: readonly string[]): string[] {
    const seen = new Set<string>();
    return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

function recordsSorted(records: readonly ConversationRecord[]): boolean {
    return records.every(
        (record, index) =>
            index === 0 ||
            records[index - 1].at < record.at ||
            (records[index - 1].at === record.at && records[index - 1].id < record.id)
    );
}

/** A timer label like 0:07 or 1:02:03; never "-0:01" or "NaN:aN". */
const DURATION = /^\d+:\d{2}(:\d{2})?$/;

/** Timers of every call as the call status panel and flag board would show them at `now`. */
function timerViolations(state: ConsoleState, now: number): string[] {
    const found: string[] = [];
    for (const call of Object.values(state.calls)) {
        for (const timer of callTimers(call, now)) {
            if (!(timer.seconds >= 0) || !DURATION.test(timer.value)) {
                found.push(
                    `${call.callId}: ${timer.key} timer ${timer.seconds} "${timer.value}" at ${now}`
                );
            }
        }
        for (const flag of call.flags) {
            if (flag.lowered === null) {
                const clock = waitClock(flag.raisedReceivedAt, now, 60);
                if (/-|NaN/.test(clock.text)) {
                    found.push(
                        `${call.callId}: flag ${flag.id} wait clock "${clock.text}" at ${now}`
                    );
                }
            }
        }
    }
    const view = buildCallStatusView({
        state,
        pickedCallId: null,
        now,
        pending: false,
        showControls: true,
        showAudioQuality: true,
        diagnostics: null
    });
    for (const participant of view.call?.participants ?? []) {
        if (/-|NaN/.test(participant.statusLabel.replace(participant.name, ''))) {
            found.push(
                `participant ${participant.key} status "${participant.statusLabel}" at ${now}`
            );
        }
    }
    if (view.audio && !(view.audio.ageSeconds >= 0)) {
        found.push(`audio age ${view.audio.ageSeconds} at ${now}`);
    }
    for (const row of flagHistory(state, 50)) {
        if (/-\d|NaN/.test(row.outcome)) {
            found.push(`lowered flag ${row.id} outcome "${row.outcome}"`);
        }
    }
    return found;
}

export function stateViolations(state: ConsoleState, limits: StateLimits): string[] {
    const found: string[] = [];
    const calls = Object.values(state.calls);
    const finished = calls.filter((call) => PHASE_RANK[call.phase] >= PHASE_RANK.afterCallWork);
    if (finished.length > limits.maxEndedCalls) {
        found.push(`${finished.length} finished calls kept, limit ${limits.maxEndedCalls}`);
    }
    if (state.prunedCallIds.length > limits.maxPrunedIds) {
        found.push(`${state.prunedCallIds.length} pruned ids kept, limit ${limits.maxPrunedIds}`);
    }
    for (const id of state.prunedCallIds) {
        if (state.calls[id]) {
            found.push(`pruned call ${id} is back`);
        }
    }
    for (const [key, call] of Object.entries(state.calls)) {
        const where = `call ${key}`;
        if (call.callId !== key || key === '' || key.length > MAX_ID_LENGTH) {
            found.push(`${where}: keyed under the wrong or an invalid id (${call.callId})`);
        }
        if (!(call.phase in PHASE_RANK)) {
            found.push(`${where}: unknown phase ${call.phase}`);
        }
        const ids = call.transcript.map((utterance) => utterance.id);
        for (const id of duplicates(ids)) {
            found.push(`${where}: utterance ${id} twice`);
        }
        for (let index = 1; index < call.transcript.length; index += 1) {
            if (compareUtterances(call.transcript[index - 1], call.transcript[index]) >= 0) {
                found.push(`${where}: transcript out of order at ${index}`);
            }
        }
        if (call.transcript.some((utterance) => utterance.text.length > MAX_TEXT_LENGTH)) {
            found.push(`${where}: utterance longer than ${MAX_TEXT_LENGTH}`);
        }
        if (call.transcript.length > limits.maxUtterancesPerCall) {
            found.push(
                `${where}: ${call.transcript.length} utterances, limit ${limits.maxUtterancesPerCall}`
            );
        }
        if (!(call.droppedUtterances >= 0)) {
            found.push(`${where}: droppedUtterances ${call.droppedUtterances}`);
        }
        for (const [name, records, limit] of [
            ['notes', call.notes, limits.maxNotesPerCall],
            ['flag raises', call.flagRaises, limits.maxFlagsPerCall],
            ['flag lowers', call.flagLowers, limits.maxFlagsPerCall]
        ] as const) {
            for (const id of duplicates(records.map((record) => record.id))) {
                found.push(`${where}: ${name} ${id} twice`);
            }
            if (!recordsSorted(records)) {
                found.push(`${where}: ${name} out of order`);
            }
            if (records.length > limit) {
                found.push(`${where}: ${records.length} ${name}, limit ${limit}`);
            }
        }
        for (const id of duplicates(call.flags.map((flag) => flag.id))) {
            found.push(`${where}: flag ${id} twice`);
        }
        if (call.flags.length !== call.flagRaises.length) {
            found.push(`${where}: ${call.flags.length} flags for ${call.flagRaises.length} raises`);
        }
        const lowerIds = call.flagLowers.map((lower) => lower.id);
        const closing = call.flags.flatMap((flag) => (flag.lowered ? [flag.lowered.id] : []));
        for (const id of duplicates(closing)) {
            found.push(`${where}: lower ${id} closes two flags`);
        }
        if (closing.some((id) => !lowerIds.includes(id))) {
            found.push(`${where}: a flag is closed by a lower the call does not hold`);
        }
        if (call.legs.length > limits.maxLegEntriesPerCall) {
            found.push(
                `${where}: ${call.legs.length} leg entries, limit ${limits.maxLegEntriesPerCall}`
            );
        }
        if (call.audioSamples.length > AUDIO_HISTORY) {
            found.push(`${where}: ${call.audioSamples.length} audio samples`);
        }
        for (const dup of duplicates(call.participants.map((participant) => participant.key))) {
            found.push(`${where}: participant ${dup} twice`);
        }
        const callerIndex = call.participants.findIndex(
            (participant) => participant.key === CALLER_KEY
        );
        if (callerIndex > 0) {
            found.push(`${where}: the caller is not listed first`);
        }
        if (call.lastEventAt > (state.lastEventAt ?? -Infinity)) {
            found.push(`${where}: lastEventAt after the state's`);
        }
        if (call.connectedAt !== null && call.connectedAt < call.startedAt) {
            found.push(`${where}: connected before it started`);
        }
    }
    const now = state.lastEventAt ?? 0;
    // At the latest event, before every event (a clock behind the events) and far later.
    for (const at of [now, 0, now + 86_400_000]) {
        found.push(...timerViolations(state, at));
        try {
            visibleConsole(state, at);
        } catch (error) {
            found.push(`the panels' views throw at ${at}: ${String(error)}`);
        }
    }
    return found;
}
