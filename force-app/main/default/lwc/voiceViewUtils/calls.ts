/** Which call a panel follows, and the choices its call switcher offers. */
import UNKNOWN_CALLER from '@salesforce/label/c.VCK_Common_UnknownCaller';
import { selectActiveCallId, sortedCalls, type ConsoleState } from 'c/voiceEventBus';
import { callTypeLabel, effectivePhase, phaseLabel } from './labels';

export interface CallOption {
    value: string;
    label: string;
}

/**
 * The call the user picked while it is still known, otherwise the bus's active call (the live
 * call with the latest activity). Null when there are no calls.
 */
export function followedCallId(state: ConsoleState, pickedCallId: string | null): string | null {
    if (pickedCallId && state.calls[pickedCallId]) {
        return pickedCallId;
    }
    return selectActiveCallId(state);
}

/** One option per known call, live calls first: "+1 415 555 0100 · Inbound · Connected". */
export function callOptions(state: ConsoleState): CallOption[] {
    return sortedCalls(state).map((call) => ({
        value: call.callId,
        label: [
            call.caller ?? UNKNOWN_CALLER,
            callTypeLabel(call.callType),
            phaseLabel(effectivePhase(call))
        ]
            .filter(Boolean)
            .join(' · ')
    }));
}
