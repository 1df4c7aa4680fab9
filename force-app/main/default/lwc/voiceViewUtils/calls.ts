/**
 * How a panel names calls and the choices its call switcher offers. Which call it follows is
 * the bus's followedCallId (re-exported by voiceViewUtils for the panels).
 */
import UNKNOWN_CALLER from '@salesforce/label/c.VCK_Common_UnknownCaller';
import STRAY_CALL from '@salesforce/label/c.VCK_Common_StrayCall';
import {
    callEvidence,
    callPhase,
    sortedCalls,
    type CallState,
    type ConsoleState
} from 'c/voiceEventBus';
import { isolate } from './format';
import { callTypeLabel, effectivePhase, phaseLabel } from './labels';

export interface CallOption {
    value: string;
    label: string;
    /**
     * Wrap-up done: no panel follows this call by default, so the switcher stays visible while
     * it is shown (labelled "… · Ended") even when it is the only call.
     */
    ended: boolean;
}

/**
 * The caller and call type, the start of every label that sums up a call ("+1 415 555 0100 ·
 * Inbound"). Both come from the telephony system, so each is isolated (see isolate) unless it
 * is one of the kit's own labels.
 */
export function callerAndType(call: CallState): string[] {
    const type = callTypeLabel(call.callType);
    return [
        call.caller === null ? UNKNOWN_CALLER : isolate(call.caller),
        type && type === call.callType ? isolate(type) : type
    ].filter(Boolean);
}

/**
 * The one label for a call, wherever a panel names it (every panel's call switcher, the notes
 * feed): "+1 415 555 0100 · Inbound · Connected", "… · Ended" once wrap-up is done. A call known
 * only from stray events says so ("… · Connected · Unconfirmed"). With the state, after-call work
 * reads as ended once the next call has connected (callPhase).
 */
export function callLabel(call: CallState, state?: ConsoleState): string {
    return [
        ...callerAndType(call),
        phaseLabel(effectivePhase(call, state)),
        callEvidence(call) === 'stray' ? STRAY_CALL : ''
    ]
        .filter(Boolean)
        .join(' · ');
}

/** One option per known call, in the order calls are followed, labelled by callLabel. */
export function callOptions(state: ConsoleState): CallOption[] {
    return sortedCalls(state).map((call) => ({
        value: call.callId,
        label: callLabel(call, state),
        ended: callPhase(state, call) === 'ended'
    }));
}
