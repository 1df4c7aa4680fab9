/**
 * What the wrap-up helper shows, from the console state and the clock: built only from the
 * bus's public selectors, so its figures are the ones the kit's Call Status panel shows.
 */
import {
    afterCallWorkMs,
    callDurationMs,
    callPhase,
    holdSummary,
    isActionTarget,
    isLive,
    selectFollowedCall,
    speakerCounts,
    type ConsoleState
} from 'c/voiceEventBus';
import { formatDuration, formatLabel, formatNumber } from 'c/voiceViewUtils';
import { LABELS } from './labels';

export interface FigureRow {
    key: string;
    label: string;
    value: string;
}

export interface WrapUpView {
    callId: string | null;
    rows: FigureRow[];
    /** Hold and Resume act on the caller of a connected call. */
    canHold: boolean;
    canResume: boolean;
    /**
     * The summary to copy, once the call has ended ('' before): the call's figures, which no
     * longer change then (after-call work, still running, is left out of it).
     */
    summary: string;
    /** True while a figure moves with the clock (the one-second clock must run). */
    ticking: boolean;
}

const EMPTY: WrapUpView = {
    callId: null,
    rows: [],
    canHold: false,
    canResume: false,
    summary: '',
    ticking: false
};

const duration = (milliseconds: number) => formatDuration(Math.floor(milliseconds / 1000));

export function wrapUpView(state: ConsoleState | null, now: number): WrapUpView {
    const call = state ? selectFollowedCall(state) : null;
    if (!state || !call) {
        return EMPTY;
    }
    const holds = holdSummary(call, now);
    const lines = speakerCounts(call);
    const afterCallWork = afterCallWorkMs(state, call, now);
    const lineText = formatLabel(
        LABELS.LINE_FIGURES,
        formatNumber(lines.agent, 0),
        formatNumber(lines.customer, 0),
        formatNumber(lines.supervisor, 0),
        formatNumber(lines.other, 0)
    );
    const rows: FigureRow[] = [
        { key: 'caller', label: LABELS.CALLER, value: call.caller ?? LABELS.UNKNOWN_CALLER },
        { key: 'duration', label: LABELS.DURATION, value: duration(callDurationMs(call, now)) },
        { key: 'holds', label: LABELS.HOLDS, value: formatNumber(holds.count, 0) },
        { key: 'hold-time', label: LABELS.HOLD_TIME, value: duration(holds.totalMs) },
        {
            key: 'lines',
            label: LABELS.LINES,
            value:
                lines.notKept > 0
                    ? `${lineText} (${formatLabel(LABELS.NOT_KEPT, formatNumber(lines.notKept, 0))})`
                    : lineText
        }
    ];
    if (afterCallWork !== null) {
        rows.push({
            key: 'after-call-work',
            label: LABELS.AFTER_CALL_WORK,
            value: duration(afterCallWork)
        });
    }
    // Hold and Resume reach the call the agent is on: offer them only for that call.
    const connected = call.phase === 'connected' && isActionTarget(state, call.callId);
    const ended = call.endedAt !== null;
    return {
        callId: call.callId,
        rows,
        canHold: connected && holds.heldSince === null,
        canResume: connected && holds.heldSince !== null,
        summary: ended
            ? rows
                  .filter((row) => row.key !== 'after-call-work')
                  .map((row) => `${row.label}: ${row.value}`)
                  .join('\n')
            : '',
        ticking: isLive(call) || callPhase(state, call) === 'afterCallWork'
    };
}
