/** Custom Labels for phases, roles and call types (user-facing text lives in labels only). */
import PHASE_RINGING from '@salesforce/label/c.VCK_Common_PhaseRinging';
import PHASE_CONNECTED from '@salesforce/label/c.VCK_Common_PhaseConnected';
import PHASE_ON_HOLD from '@salesforce/label/c.VCK_Common_PhaseOnHold';
import PHASE_ACW from '@salesforce/label/c.VCK_Common_PhaseAfterCallWork';
import PHASE_ENDED from '@salesforce/label/c.VCK_Common_PhaseEnded';
import ROLE_AGENT from '@salesforce/label/c.VCK_Common_RoleAgent';
import ROLE_CUSTOMER from '@salesforce/label/c.VCK_Common_RoleCustomer';
import ROLE_SUPERVISOR from '@salesforce/label/c.VCK_Common_RoleSupervisor';
import ROLE_OTHER from '@salesforce/label/c.VCK_Common_RoleOther';
import INBOUND from '@salesforce/label/c.VCK_Common_Inbound';
import OUTBOUND from '@salesforce/label/c.VCK_Common_Outbound';
import {
    callPhase,
    callerOf,
    type CallState,
    type ConsoleState,
    type SpeakerKind
} from 'c/voiceEventBus';

/** The bus's phase plus 'onHold', which the user sees as a phase of its own. */
export type DisplayPhase = CallState['phase'] | 'onHold';

/**
 * With the state, after-call work shows as ended once the next call has connected (callPhase):
 * Native Telephony never says wrap-up ended.
 */
export function effectivePhase(call: CallState, state?: ConsoleState): DisplayPhase {
    const phase = state ? callPhase(state, call) : call.phase;
    return phase === 'connected' && callerOf(call)?.onHold ? 'onHold' : phase;
}

const PHASE_LABELS: Record<DisplayPhase, string> = {
    ringing: PHASE_RINGING,
    connected: PHASE_CONNECTED,
    onHold: PHASE_ON_HOLD,
    afterCallWork: PHASE_ACW,
    ended: PHASE_ENDED
};

export function phaseLabel(phase: DisplayPhase): string {
    return PHASE_LABELS[phase];
}

const ROLE_LABELS: Record<SpeakerKind, string> = {
    agent: ROLE_AGENT,
    customer: ROLE_CUSTOMER,
    supervisor: ROLE_SUPERVISOR,
    other: ROLE_OTHER
};

export function roleLabel(kind: SpeakerKind): string {
    return ROLE_LABELS[kind];
}

/** Inbound / Outbound, or the telephony system's own word for other call types. */
export function callTypeLabel(callType: string | null): string {
    if (callType === 'inbound') {
        return INBOUND;
    }
    if (callType === 'outbound') {
        return OUTBOUND;
    }
    return callType ?? '';
}
