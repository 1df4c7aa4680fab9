/**
 * The simulated telephony system behind every toolkit element of the page. It follows the
 * calls from the events it sees (scenario, composer or its own), and answers toolkit actions
 * the way a contact centre would: validate against the call's state, then, after a short
 * latency, emit the events the real system would send (mute → `mute`, hold → `hold`, …).
 */

export type TelephonyProfile = 'partner' | 'native';

type Phase = 'ringing' | 'connected' | 'ended';

interface Party {
    name: string;
    onHold: boolean;
}

export interface SimCall {
    callId: string;
    callType: string;
    phase: Phase;
    /** The initial caller; null once removed from the call. */
    caller: Party | null;
    thirdParties: Party[];
    muted: boolean;
    recordingPaused: boolean;
    /** Arrival order, so "the newest call" is well defined. */
    seq: number;
}

export type Emit = (type: string, detail: Record<string, unknown>) => void;

export interface TelephonyOptions {
    /** Delay between an action and its events, as a real system takes (ms). */
    latencyMs?: number;
    /** How long an outbound preview call rings before it connects (ms). */
    ringMs?: number;
    schedule?: (callback: () => void, ms: number) => unknown;
    /**
     * Where the system keeps its calls between page loads. A real telephony system lives
     * outside the browser, so a reload mid-call must find the call still there.
     */
    store?: TelephonyStore;
}

export interface TelephonyStore {
    load(): string | null;
    save(text: string): void;
    clear(): void;
}

const SAVED_VERSION = 1;

function isParty(value: unknown): value is Party {
    return typeof field(value, 'name') === 'string' && typeof field(value, 'onHold') === 'boolean';
}

/** A call read back from the store, checked field by field (the store is page-writable). */
function isSimCall(value: unknown): value is SimCall {
    const caller = field(value, 'caller');
    const thirdParties = field(value, 'thirdParties');
    return (
        typeof field(value, 'callId') === 'string' &&
        typeof field(value, 'callType') === 'string' &&
        ['ringing', 'connected', 'ended'].includes(field(value, 'phase') as string) &&
        (caller === null || isParty(caller)) &&
        Array.isArray(thirdParties) &&
        thirdParties.every(isParty) &&
        typeof field(value, 'muted') === 'boolean' &&
        typeof field(value, 'recordingPaused') === 'boolean' &&
        typeof field(value, 'seq') === 'number'
    );
}

/** Why an action was refused; the toolkit element's promise rejects with it. */
export class TelephonyError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'TelephonyError';
    }
}

const PARTICIPANT_TYPES = ['Initial_Caller', 'Third_Party'];
const DIGITS = /^[0-9*#A-D,]+$/;
const PHONE_NUMBER = /^\+?[0-9][0-9 ()\-.]{2,30}$/;
/** Events Native Telephony never sends (Voice developer guide, telephony events). */
const NOT_IN_NATIVE = new Set(['callstarted', 'audiostats', 'swap', 'wrapupended']);

function text(value: unknown): string | null {
    if (typeof value === 'number' && Number.isFinite(value)) {
        return String(value);
    }
    return typeof value === 'string' && value.trim() !== '' && value.length <= 255
        ? value.trim()
        : null;
}

function field(source: unknown, key: string): unknown {
    if (source === null || typeof source !== 'object') {
        return undefined;
    }
    try {
        return (source as Record<string, unknown>)[key];
    } catch {
        return undefined;
    }
}

function newCallId(): string {
    const random = globalThis.crypto?.randomUUID?.();
    return random ?? `sim-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export class TelephonySystem {
    profile: TelephonyProfile = 'partner';
    latencyMs: number;
    ringMs: number;
    private readonly calls = new Map<string, SimCall>();
    private readonly schedule: (callback: () => void, ms: number) => unknown;
    private readonly store: TelephonyStore | null;
    private seq = 0;
    /** What persist() last wrote, so an unchanged state is not written again. */
    private saved: string | null = null;

    constructor(
        private readonly emit: Emit,
        options: TelephonyOptions = {}
    ) {
        this.latencyMs = options.latencyMs ?? 120;
        this.ringMs = options.ringMs ?? 1500;
        // eslint-disable-next-line @lwc/lwc/no-async-operation -- a telephony system answers later
        this.schedule = options.schedule ?? ((callback, ms) => setTimeout(callback, ms));
        this.store = options.store ?? null;
        this.restore();
    }

    private restore(): void {
        try {
            const saved: unknown = JSON.parse(this.store?.load() ?? 'null');
            const calls = field(saved, 'calls');
            if (field(saved, 'version') !== SAVED_VERSION || !Array.isArray(calls)) {
                return;
            }
            for (const call of calls.filter(isSimCall)) {
                this.calls.set(call.callId, call);
                this.seq = Math.max(this.seq, call.seq);
            }
            this.profile = field(saved, 'profile') === 'native' ? 'native' : 'partner';
        } catch {
            // Unreadable: start with no calls, as a fresh telephony session would.
        }
    }

    private persist(): void {
        if (!this.store) {
            return;
        }
        try {
            const calls = [...this.calls.values()];
            const json = JSON.stringify({ version: SAVED_VERSION, profile: this.profile, calls });
            // Most events (transcript lines, audio statistics) change no call: no write then.
            if (json !== this.saved) {
                this.store.save(json);
                this.saved = json;
            }
        } catch {
            // Storage full or disabled: the page works on; a reload forgets the calls.
        }
    }

    /** True when the current profile's telephony system would ever send this event. */
    sends(type: string): boolean {
        return this.profile === 'partner' || !NOT_IN_NATIVE.has(type);
    }

    /** Calls known now, newest first (copies). */
    listCalls(): SimCall[] {
        return [...this.calls.values()]
            .sort((a, b) => b.seq - a.seq)
            .map((call) => ({
                ...call,
                caller: call.caller ? { ...call.caller } : null,
                thirdParties: call.thirdParties.map((party) => ({ ...party }))
            }));
    }

    /** The call the agent's actions apply to: the newest connected one. */
    activeCall(): SimCall | null {
        return this.newest((call) => call.phase === 'connected');
    }

    reset(): void {
        this.calls.clear();
        this.profile = 'partner';
        this.saved = null;
        try {
            this.store?.clear();
        } catch {
            // Nothing saved, or storage unavailable.
        }
    }

    /** Follows an event on its way to the toolkit elements. Lenient; never throws. */
    observe(type: string, detail: unknown): void {
        try {
            this.apply(type, detail);
        } catch {
            // Hostile payloads are the bus's business; the telephony model just ignores them.
        }
        this.persist();
    }

    private apply(type: string, detail: unknown): void {
        const callId = text(field(detail, 'callId'));
        if (!callId) {
            return;
        }
        const participant = text(field(detail, 'participant'));
        let call = this.calls.get(callId);
        if (!call && (type === 'callstarted' || type === 'callconnected')) {
            call = {
                callId,
                callType: text(field(detail, 'callType'))?.toLowerCase() ?? 'inbound',
                phase: 'ringing',
                caller: { name: participant ?? 'Caller', onHold: false },
                thirdParties: [],
                muted: false,
                recordingPaused: false,
                seq: ++this.seq
            };
            this.calls.set(callId, call);
        }
        if (!call) {
            return;
        }
        const party = this.partyNamed(call, participant);
        switch (type) {
            case 'callconnected':
                if (call.phase === 'ringing') {
                    call.phase = 'connected';
                }
                break;
            case 'callended':
                call.phase = 'ended';
                break;
            case 'wrapupended':
                this.calls.delete(callId);
                break;
            case 'mute':
            case 'unmute':
                call.muted = type === 'mute';
                break;
            case 'pauserecording':
            case 'resumerecording':
                call.recordingPaused = type === 'pauserecording';
                break;
            case 'hold':
            case 'resume':
                if (party) {
                    party.onHold = type === 'hold';
                }
                break;
            case 'participantadded':
                if (participant && !party) {
                    call.thirdParties.push({ name: participant, onHold: false });
                }
                break;
            case 'participantremoved':
                if (party && party === call.caller) {
                    call.caller = null;
                } else if (party) {
                    call.thirdParties = call.thirdParties.filter((other) => other !== party);
                }
                break;
            case 'conference':
                for (const other of this.parties(call)) {
                    other.onHold = false;
                }
                break;
            case 'swap':
                for (const other of this.parties(call)) {
                    other.onHold = !other.onHold;
                }
                break;
            default:
                break;
        }
    }

    // ---- toolkit actions (the element's @api methods delegate here) ----

    mute(): Promise<unknown> {
        const call = this.requireConnected();
        return this.answer([['mute', { callId: call.callId }]]);
    }

    unmute(): Promise<unknown> {
        const call = this.requireConnected();
        return this.answer([['unmute', { callId: call.callId }]]);
    }

    hold(participantType: unknown): Promise<unknown> {
        const call = this.requireConnected();
        const party = this.partyOfType(call, participantType);
        if (party.onHold) {
            throw new TelephonyError(`${party.name} is already on hold.`);
        }
        return this.answer([['hold', { callId: call.callId, participant: party.name }]]);
    }

    resume(participantType: unknown): Promise<unknown> {
        const call = this.requireConnected();
        const party = this.partyOfType(call, participantType);
        if (!party.onHold) {
            throw new TelephonyError(`${party.name} is not on hold.`);
        }
        return this.answer([['resume', { callId: call.callId, participant: party.name }]]);
    }

    /**
     * Ends the connected call, or one party of it. With no party (or 'Agent') it also cancels an
     * outbound call that is still dialing, as a hang-up does on any phone: the toolkit has no
     * separate cancel. A ringing inbound call is declined, not ended.
     */
    endCall(participantType?: unknown): Promise<unknown> {
        const whole = participantType === undefined || participantType === 'Agent';
        const dialing = this.newest(
            (candidate) => candidate.phase === 'ringing' && candidate.callType === 'outbound'
        );
        if (!this.activeCall() && dialing) {
            if (!whole) {
                throw new TelephonyError('The call is still dialing: cancel the whole call.');
            }
            return this.answer([['callended', { callId: dialing.callId }]]);
        }
        if (!this.activeCall() && this.newest((candidate) => candidate.phase === 'ringing')) {
            throw new TelephonyError('The call is ringing: accept or decline it.');
        }
        const call = this.requireConnected();
        if (whole) {
            return this.answer([['callended', { callId: call.callId }]]);
        }
        const party = this.partyOfType(call, participantType);
        const remaining = this.parties(call).filter((other) => other !== party);
        const events: Array<[string, Record<string, unknown>]> = [
            ['participantremoved', { callId: call.callId, participant: party.name }]
        ];
        if (remaining.length === 0) {
            events.push(['callended', { callId: call.callId }]);
        }
        return this.answer(events);
    }

    acceptCall(): Promise<unknown> {
        const call = this.requireRinging();
        return this.answer([
            [
                'callconnected',
                {
                    callId: call.callId,
                    callType: call.callType,
                    participant: call.caller?.name ?? null
                }
            ]
        ]);
    }

    declineCall(): Promise<unknown> {
        const call = this.requireRinging();
        return this.answer([['callended', { callId: call.callId }]]);
    }

    pauseRecording(): Promise<unknown> {
        const call = this.requireConnected();
        return this.answer([['pauserecording', { callId: call.callId }]]);
    }

    resumeRecording(): Promise<unknown> {
        const call = this.requireConnected();
        return this.answer([['resumerecording', { callId: call.callId }]]);
    }

    merge(): Promise<unknown> {
        const call = this.requireConnected();
        if (call.thirdParties.length === 0) {
            throw new TelephonyError('There is no third party to conference with.');
        }
        return this.answer([['conference', { callId: call.callId }]]);
    }

    swap(): Promise<unknown> {
        this.requireSupported('swap');
        const call = this.requireConnected();
        const parties = this.parties(call);
        const held = parties.filter((party) => party.onHold).length;
        if (parties.length < 2 || held === 0 || held === parties.length) {
            throw new TelephonyError('Swap needs one party on hold and one talking.');
        }
        return this.answer([['swap', { callId: call.callId }]]);
    }

    addParticipant(
        contactType: unknown,
        contactValue: unknown,
        isBlindTransfer: unknown
    ): Promise<unknown> {
        const call = this.requireConnected();
        const value = text(contactValue);
        if (contactType !== 'PhoneNumber' && contactType !== 'AgentOrQueueId') {
            throw new TelephonyError('contactType must be PhoneNumber or AgentOrQueueId.');
        }
        if (!value || (contactType === 'PhoneNumber' && !PHONE_NUMBER.test(value))) {
            throw new TelephonyError('That is not a number or agent the system can dial.');
        }
        if (this.partyNamed(call, value)) {
            throw new TelephonyError(`${value} is already on the call.`);
        }
        const events: Array<[string, Record<string, unknown>]> = [];
        // As in Amazon Connect, the caller waits on hold while the agent dials out.
        if (call.caller && !call.caller.onHold) {
            events.push(['hold', { callId: call.callId, participant: call.caller.name }]);
        }
        events.push(['participantadded', { callId: call.callId, participant: value }]);
        if (isBlindTransfer === true) {
            events.push(['callended', { callId: call.callId }]);
        }
        return this.answer(events);
    }

    sendDigits(digits: unknown): Promise<unknown> {
        this.requireConnected();
        if (typeof digits !== 'string' || digits.length > 64 || !DIGITS.test(digits)) {
            throw new TelephonyError('Digits must be 0-9, *, #, A-D or a comma.');
        }
        return this.answer([]);
    }

    startPreviewCall(phoneNumber: unknown): Promise<unknown> {
        this.requireSupported('startPreviewCall');
        const number = text(phoneNumber);
        if (!number || !PHONE_NUMBER.test(number)) {
            throw new TelephonyError('A phone number is required.');
        }
        if (this.activeCall() || this.newest((call) => call.phase === 'ringing')) {
            throw new TelephonyError('Finish the current call before starting another.');
        }
        const callId = newCallId();
        const answer = this.answer([
            ['callstarted', { callId, callType: 'outbound', participant: number }]
        ]);
        this.schedule(() => {
            if (this.calls.get(callId)?.phase === 'ringing') {
                this.send('callconnected', { callId, callType: 'outbound', participant: number });
            }
        }, this.latencyMs + this.ringMs);
        return answer;
    }

    updateNextBestActions(recordId: unknown, recommendations: unknown): Promise<unknown> {
        this.requireSupported('updateNextBestActions');
        if (!text(recordId)) {
            throw new TelephonyError('A record id is required.');
        }
        if (recommendations === null || typeof recommendations !== 'object') {
            throw new TelephonyError('Recommendations must be an object.');
        }
        return this.answer([]);
    }

    // ---- the telephony side (buttons on the console, not toolkit actions) ----

    /**
     * A customer calls in. Partner telephony rings first (callstarted; acceptCall answers);
     * Native Telephony sends no callstarted, so the call appears once connected.
     */
    ring(phoneNumber = '+1 (415) 555-0142'): string {
        const callId = newCallId();
        if (this.profile === 'native') {
            this.emit('callconnected', { callId, callType: 'inbound', participant: phoneNumber });
        } else {
            this.emit('callstarted', { callId, callType: 'inbound', participant: phoneNumber });
        }
        return callId;
    }

    /** The agent leaves after-call work on the newest ended call (not in Native Telephony). */
    endWrapUp(): string {
        this.requireSupported('wrapupended');
        const call = this.newest((candidate) => candidate.phase === 'ended');
        if (!call) {
            throw new TelephonyError('No call is in after-call work.');
        }
        this.emit('wrapupended', { callId: call.callId });
        return call.callId;
    }

    // ---- helpers ----

    private newest(predicate: (call: SimCall) => boolean): SimCall | null {
        let found: SimCall | null = null;
        for (const call of this.calls.values()) {
            if (predicate(call) && (!found || call.seq > found.seq)) {
                found = call;
            }
        }
        return found;
    }

    private requireConnected(): SimCall {
        const call = this.activeCall();
        if (!call) {
            throw new TelephonyError('No call is connected.');
        }
        return call;
    }

    /** Accept and decline answer a customer's call; an outbound call the agent dials is not one. */
    private requireRinging(): SimCall {
        const call = this.newest(
            (candidate) => candidate.phase === 'ringing' && candidate.callType !== 'outbound'
        );
        if (!call) {
            throw new TelephonyError('No inbound call is ringing.');
        }
        return call;
    }

    private requireSupported(action: string): void {
        if (this.profile === 'native') {
            throw new TelephonyError(`${action} is not supported in Native Telephony.`);
        }
    }

    private parties(call: SimCall): Party[] {
        return call.caller ? [call.caller, ...call.thirdParties] : [...call.thirdParties];
    }

    private partyNamed(call: SimCall, name: string | null): Party | null {
        if (!name) {
            return null;
        }
        return this.parties(call).find((party) => party.name === name) ?? null;
    }

    private partyOfType(call: SimCall, participantType: unknown): Party {
        if (typeof participantType !== 'string' || !PARTICIPANT_TYPES.includes(participantType)) {
            throw new TelephonyError('participantType must be Initial_Caller or Third_Party.');
        }
        const party = participantType === 'Initial_Caller' ? call.caller : call.thirdParties.at(-1);
        if (!party) {
            throw new TelephonyError(
                participantType === 'Initial_Caller'
                    ? 'The caller has left the call.'
                    : 'There is no third party on the call.'
            );
        }
        return party;
    }

    private send(type: string, detail: Record<string, unknown>): void {
        if (this.sends(type)) {
            this.emit(type, detail);
        }
    }

    /** Emits the events after the latency, then resolves as the platform does. */
    private answer(events: Array<[string, Record<string, unknown>]>): Promise<unknown> {
        return new Promise((resolve) => {
            this.schedule(() => {
                for (const [type, detail] of events) {
                    this.send(type, detail);
                }
                resolve({ success: true });
            }, this.latencyMs);
        });
    }
}
