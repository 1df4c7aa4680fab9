/**
 * What the simulated telephony system believes about each call (the state toolkit actions are
 * checked against), with the two things only the telephony side can do: ring, end wrap-up.
 */
import { LightningElement } from 'lwc';
import { simPlatform, type SimCall } from 'sim/platform';

interface CallView {
    callId: string;
    title: string;
    facts: string;
    parties: Array<{ key: string; text: string }>;
}

const PHASES: Record<SimCall['phase'], string> = {
    ringing: 'Ringing',
    connected: 'Connected',
    ended: 'After-call work'
};

function view(call: SimCall): CallView {
    const facts = [
        call.callType,
        call.muted ? 'muted' : null,
        call.recordingPaused ? 'recording paused' : null
    ].filter(Boolean);
    const parties = [
        ...(call.caller ? [{ role: 'Caller', party: call.caller }] : []),
        ...call.thirdParties.map((party) => ({ role: 'Third party', party }))
    ];
    return {
        callId: call.callId,
        // The whole id: cut to 8 characters, pair-7001 and pair-7002 both read "pair-700".
        title: `${PHASES[call.phase]} · ${call.callId}`,
        facts: facts.join(', '),
        parties: parties.map(({ role, party }, index) => ({
            key: `${index}-${party.name}`,
            text: `${role}: ${party.name}${party.onHold ? ' (on hold)' : ''}`
        }))
    };
}

export default class TelephonyStatus extends LightningElement {
    calls: CallView[] = [];
    message = '';
    private stop: (() => void) | null = null;

    connectedCallback(): void {
        this.refresh();
        // Once per frame, and only a change of the calls re-renders (a transcript line is none).
        this.stop = simPlatform.onFrameChange(() => this.refresh());
    }

    disconnectedCallback(): void {
        this.stop?.();
        this.stop = null;
    }

    get hasCalls(): boolean {
        return this.calls.length > 0;
    }

    handleRing(): void {
        simPlatform.telephony.ring();
        this.message = '';
    }

    handleEndWrapUp(): void {
        try {
            simPlatform.telephony.endWrapUp();
            this.message = '';
        } catch (error) {
            this.message = (error as Error).message;
        }
    }

    private refresh(): void {
        const calls = simPlatform.telephony.listCalls().slice(0, 4).map(view);
        if (JSON.stringify(calls) !== JSON.stringify(this.calls)) {
            this.calls = calls;
        }
    }
}
