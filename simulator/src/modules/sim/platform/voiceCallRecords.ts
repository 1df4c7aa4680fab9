/**
 * The org's VoiceCall records as the simulated telephony system keeps them: one per call,
 * created when the call starts (or first connects) and updated as it connects and ends, from
 * every event handed to the toolkit elements (scenario, composer, script or the telephony
 * system's own answers). `lightning/uiRecordApi`'s stand-in serves them.
 *
 * Confirmed (VoiceCall object reference): the fields and CallDisposition's Service Cloud Voice
 * values new, in-progress and completed. Assumed: when each time is set (start at callstarted,
 * accept and connect at callconnected, accept only for calls the agent answers), duration from
 * connect (else start) to end, and the contact centre's own number on the other side.
 */
import { Emitter } from './emitter';

/** The VoiceCall fields served, with their UI API data types. */
export const VOICE_CALL_FIELDS = {
    Id: 'Id',
    VendorCallKey: 'String',
    CallType: 'Picklist',
    FromPhoneNumber: 'Phone',
    ToPhoneNumber: 'Phone',
    CallStartDateTime: 'DateTime',
    CallAcceptDateTime: 'DateTime',
    CallConnectDateTime: 'DateTime',
    CallEndDateTime: 'DateTime',
    CallDurationInSeconds: 'Int',
    CallDisposition: 'String',
    CreatedDate: 'DateTime',
    LastModifiedDate: 'DateTime',
    SystemModstamp: 'DateTime'
} as const;

export type VoiceCallField = keyof typeof VOICE_CALL_FIELDS;
export type VoiceCallRecord = { [K in VoiceCallField]: string | number | null } & { Id: string };

/** The number customers dial, and agents call from (assumed: the sample's contact centre). */
export const CONTACT_CENTRE_NUMBER = '+1 (800) 555-0199';

/** The stand-in user every record is created and modified by (as `@salesforce/user/Id`). */
export const SIM_USER_ID = '005000000000001AAA';

/** VoiceCall's key prefix: every VoiceCall record id starts with it. */
export const VOICE_CALL_KEY_PREFIX = '0LQ';

const CALL_TYPES: Record<string, string> = {
    inbound: 'Inbound',
    outbound: 'Outbound',
    transfer: 'Transfer',
    callback: 'Callback',
    internal: 'Internal'
};

/** Calls the agent answers (accept time set) rather than dials. */
const ANSWERED = new Set(['Inbound', 'Transfer', 'Callback', 'Internal']);

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SUFFIX = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** The 18-character form of a 15-character id: a case-safe suffix, as Salesforce adds it. */
export function caseSafeId(id15: string): string {
    let suffix = '';
    for (let chunk = 0; chunk < 3; chunk += 1) {
        let bits = 0;
        for (let index = 0; index < 5; index += 1) {
            const char = id15[chunk * 5 + index];
            if (char >= 'A' && char <= 'Z') {
                bits |= 1 << index;
            }
        }
        suffix += SUFFIX[bits];
    }
    return id15 + suffix;
}

function voiceCallId(serial: number): string {
    let digits = '';
    for (let rest = serial; digits.length < 9; rest = Math.floor(rest / 62)) {
        digits = BASE62[rest % 62] + digits;
    }
    // Prefix, a pod-like "000", then the serial: 15 characters.
    return caseSafeId(`${VOICE_CALL_KEY_PREFIX}000${digits}`);
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

function text(value: unknown, max = 255): string | null {
    return typeof value === 'string' && value.trim() !== '' && value.length <= max
        ? value.trim()
        : null;
}

/** A call id as the toolkit sends it: a non-empty string, or a finite number (hostile but real). */
function callIdOf(detail: unknown): string | null {
    const value = field(detail, 'callId');
    return typeof value === 'number' && Number.isFinite(value) ? String(value) : text(value);
}

export interface RecordStore {
    load(): string | null;
    save(text: string): void;
    clear(): void;
}

interface Saved {
    version: 1;
    serial: number;
    focusedCallId: string | null;
    records: VoiceCallRecord[];
}

export class VoiceCallRecords {
    private readonly byCallId = new Map<string, VoiceCallRecord>();
    private readonly changes = new Emitter<string>();
    private serial = 0;
    private focusedCallId: string | null = null;

    constructor(
        private readonly now: () => number = () => Date.now(),
        private readonly store: RecordStore | null = null
    ) {
        this.restore();
    }

    /** Follows a toolkit event. Lenient: an event it cannot use changes nothing; never throws. */
    observe(type: string, detail: unknown): void {
        try {
            if (this.apply(type, detail)) {
                this.persist();
            }
        } catch {
            // A hostile payload (a throwing getter, say) leaves the records as they were.
        }
    }

    /** The record by its id, or null. */
    get(recordId: string): VoiceCallRecord | null {
        for (const record of this.byCallId.values()) {
            if (record.Id === recordId) {
                return { ...record };
            }
        }
        return null;
    }

    /** The record id of a call (its VendorCallKey), or null if the call has no record. */
    recordIdForCall(callId: string): string | null {
        return this.byCallId.get(callId)?.Id ?? null;
    }

    /**
     * The record whose page Lightning would show: the call the agent last accepted (inbound,
     * transfer, callback) or dialled (outbound). It stays in focus after the call ends, for
     * after-call work, until the next call takes focus.
     */
    focusedRecordId(): string | null {
        return this.focusedCallId ? this.recordIdForCall(this.focusedCallId) : null;
    }

    list(): VoiceCallRecord[] {
        return [...this.byCallId.values()].map((record) => ({ ...record }));
    }

    /** Called with the record id after each change of a record (or '' after a reset). */
    onChange(listener: (recordId: string) => void): () => void {
        return this.changes.on(listener);
    }

    reset(): void {
        this.byCallId.clear();
        this.serial = 0;
        this.focusedCallId = null;
        try {
            this.store?.clear();
        } catch {
            // Nothing saved, or storage unavailable.
        }
        this.changes.emit('');
    }

    private apply(type: string, detail: unknown): boolean {
        const callId = callIdOf(detail);
        if (!callId) {
            return false;
        }
        let record = this.byCallId.get(callId);
        if (!record && (type === 'callstarted' || type === 'callconnected')) {
            record = this.create(callId, detail);
        }
        if (!record) {
            return false;
        }
        const at = new Date(this.now()).toISOString();
        if (type === 'callconnected' && record.CallDisposition === 'new') {
            record.CallConnectDateTime = at;
            record.CallAcceptDateTime = ANSWERED.has(String(record.CallType)) ? at : null;
            record.CallDisposition = 'in-progress';
            this.focusedCallId = callId;
        } else if (type === 'callstarted' && record.CallType === 'Outbound') {
            this.focusedCallId = callId;
        } else if (type === 'callended' && record.CallEndDateTime === null) {
            record.CallEndDateTime = at;
            // "An inbound call that is never accepted by an agent remains in this state."
            if (record.CallDisposition === 'new' && ANSWERED.has(String(record.CallType))) {
                return this.changed(record, at);
            }
            record.CallDisposition = 'completed';
            const from = Date.parse(String(record.CallConnectDateTime ?? record.CallStartDateTime));
            record.CallDurationInSeconds = Math.max(0, Math.round((Date.parse(at) - from) / 1000));
        } else if (type !== 'callstarted' && type !== 'callconnected') {
            return false;
        }
        return this.changed(record, at);
    }

    private changed(record: VoiceCallRecord, at: string): true {
        record.LastModifiedDate = at;
        record.SystemModstamp = at;
        this.changes.emit(record.Id);
        return true;
    }

    private create(callId: string, detail: unknown): VoiceCallRecord {
        const at = new Date(this.now()).toISOString();
        const callType = CALL_TYPES[text(field(detail, 'callType'))?.toLowerCase() ?? ''];
        const party = text(field(detail, 'participant'));
        const outbound = callType === 'Outbound';
        this.serial += 1;
        const record: VoiceCallRecord = {
            Id: voiceCallId(this.serial),
            VendorCallKey: callId,
            CallType: callType ?? 'Inbound',
            FromPhoneNumber: outbound ? CONTACT_CENTRE_NUMBER : party,
            ToPhoneNumber: outbound ? party : CONTACT_CENTRE_NUMBER,
            CallStartDateTime: at,
            CallAcceptDateTime: null,
            CallConnectDateTime: null,
            CallEndDateTime: null,
            CallDurationInSeconds: null,
            CallDisposition: 'new',
            CreatedDate: at,
            LastModifiedDate: at,
            SystemModstamp: at
        };
        this.byCallId.set(callId, record);
        return record;
    }

    private restore(): void {
        try {
            const saved = JSON.parse(this.store?.load() ?? 'null') as Partial<Saved> | null;
            if (saved?.version !== 1 || !Array.isArray(saved.records)) {
                return;
            }
            for (const record of saved.records) {
                const key = text(field(record, 'VendorCallKey'));
                const id = text(field(record, 'Id'));
                if (key && id?.startsWith(VOICE_CALL_KEY_PREFIX)) {
                    this.byCallId.set(key, record);
                }
            }
            this.serial = typeof saved.serial === 'number' ? saved.serial : this.byCallId.size;
            this.focusedCallId = text(saved.focusedCallId);
        } catch {
            // Unreadable: start with no records.
        }
    }

    private persist(): void {
        try {
            const saved: Saved = {
                version: 1,
                serial: this.serial,
                focusedCallId: this.focusedCallId,
                records: [...this.byCallId.values()]
            };
            this.store?.save(JSON.stringify(saved));
        } catch {
            // Storage full or disabled: a reload forgets the records.
        }
    }
}
