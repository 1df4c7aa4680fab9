/**
 * `lightning/uiRecordApi` for the local console: `getRecord` serves the VoiceCall records the
 * simulated telephony system keeps (sim/platform voiceCallRecords.ts) with the wire's data and
 * error shapes, and provisions again whenever the record changes (the call connects, ends).
 * Other objects have no records here: their ids answer the wire's "not found" error.
 */
import {
    SIM_USER_ID,
    simPlatform,
    VOICE_CALL_FIELDS,
    type VoiceCallField,
    type VoiceCallRecord
} from 'sim/platform';

/** A field as components name it: 'VoiceCall.CallType', or an `@salesforce/schema` import. */
export type FieldId = string | { objectApiName: string; fieldApiName: string };

export interface FieldValue {
    value: string | number | null;
    displayValue: string | null;
}

/** The UI API record representation, as the wire provisions it. */
export interface RecordRepresentation {
    apiName: string;
    childRelationships: Record<string, never>;
    eTag: string;
    fields: Record<string, FieldValue>;
    id: string;
    lastModifiedById: string;
    lastModifiedDate: string;
    recordTypeId: string;
    recordTypeInfo: null;
    systemModstamp: string;
    weakEtag: number;
}

/** The error the wire provisions: a fetch response, with the UI API's error list as body. */
export interface FetchError {
    ok: false;
    status: number;
    statusText: string;
    headers: Record<string, string>;
    body: Array<{ errorCode: string; message: string }>;
}

interface GetRecordConfig {
    recordId?: string;
    fields?: FieldId | FieldId[];
    optionalFields?: FieldId | FieldId[];
    layoutTypes?: string | string[];
    modes?: string | string[];
}

type DataCallback = (value: {
    data: RecordRepresentation | undefined;
    error: FetchError | undefined;
}) => void;

const OBJECT = 'VoiceCall';
const MASTER_RECORD_TYPE = '012000000000000AAA';

function asList<T>(value: T | T[] | undefined): T[] {
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** 'VoiceCall.CallType' or `{ objectApiName, fieldApiName }` → ['VoiceCall', 'CallType']. */
function splitField(field: unknown): [string, string] | null {
    if (typeof field === 'string') {
        const dot = field.indexOf('.');
        return dot > 0 ? [field.slice(0, dot), field.slice(dot + 1)] : null;
    }
    if (field && typeof field === 'object') {
        const { objectApiName, fieldApiName } = field as Record<string, unknown>;
        if (typeof objectApiName === 'string' && typeof fieldApiName === 'string') {
            return [objectApiName, fieldApiName];
        }
    }
    return null;
}

const isServed = (name: string): name is VoiceCallField => Object.hasOwn(VOICE_CALL_FIELDS, name);

function fetchError(
    status: number,
    statusText: string,
    errorCode: string,
    message: string
): FetchError {
    return { ok: false, status, statusText, headers: {}, body: [{ errorCode, message }] };
}

/** How Lightning shows a value: picklists by label, date-times in the user's locale. */
function displayValueOf(name: VoiceCallField, value: string | number | null): string | null {
    if (value === null) {
        return null;
    }
    if (VOICE_CALL_FIELDS[name] === 'Picklist') {
        return String(value);
    }
    if (VOICE_CALL_FIELDS[name] === 'DateTime') {
        return new Intl.DateTimeFormat(undefined, {
            dateStyle: 'short',
            timeStyle: 'short'
        }).format(new Date(String(value)));
    }
    return null;
}

function representation(record: VoiceCallRecord, names: VoiceCallField[]): RecordRepresentation {
    const fields: Record<string, FieldValue> = {};
    for (const name of names) {
        fields[name] = { value: record[name], displayValue: displayValueOf(name, record[name]) };
    }
    const modified = String(record.LastModifiedDate);
    return {
        apiName: OBJECT,
        childRelationships: {},
        eTag: `${record.Id}:${modified}`,
        fields,
        id: record.Id,
        lastModifiedById: SIM_USER_ID,
        lastModifiedDate: modified,
        recordTypeId: MASTER_RECORD_TYPE,
        recordTypeInfo: null,
        systemModstamp: String(record.SystemModstamp),
        weakEtag: Date.parse(modified) || 0
    };
}

/** The wire's answer for a config: data, or the error the real adapter gives. */
export function resolveRecord(config: GetRecordConfig): {
    data?: RecordRepresentation;
    error?: FetchError;
} {
    const record =
        typeof config.recordId === 'string' ? simPlatform.records.get(config.recordId) : null;
    if (!record) {
        return {
            error: fetchError(
                404,
                'Not Found',
                'NOT_FOUND',
                'The requested resource does not exist'
            )
        };
    }
    const names = new Set<VoiceCallField>();
    for (const field of asList(config.fields)) {
        const [object, name] = splitField(field) ?? ['', String(field)];
        if (object !== OBJECT || !isServed(name)) {
            return {
                error: fetchError(
                    400,
                    'Bad Request',
                    'INVALID_FIELD',
                    `No such column '${name}' on entity '${object || OBJECT}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name.`
                )
            };
        }
        names.add(name);
    }
    // Optional fields the object lacks are left out, as for a field the user cannot see.
    for (const field of asList(config.optionalFields)) {
        const split = splitField(field);
        if (split && split[0] === OBJECT && isServed(split[1])) {
            names.add(split[1]);
        }
    }
    if (names.size === 0 && asList(config.layoutTypes).length > 0) {
        for (const name of Object.keys(VOICE_CALL_FIELDS) as VoiceCallField[]) {
            names.add(name);
        }
    }
    return { data: representation(record, [...names]) };
}

/** Connected getRecord wires, for getRecordNotifyChange. */
const adapters = new Set<getRecord>();

/** The `getRecord` wire adapter: provisions on connect, on config change, on record change. */
export class getRecord {
    private config: GetRecordConfig | null = null;
    private stop: (() => void) | null = null;

    constructor(private readonly dataCallback: DataCallback) {
        // As Lightning Data Service does: the wired property holds { data, error } (both
        // undefined) from construction, so `this.record.data` is safe in the first render.
        dataCallback({ data: undefined, error: undefined });
    }

    update(config: GetRecordConfig): void {
        this.config = config;
        this.provision();
    }

    connect(): void {
        this.stop = simPlatform.records.onChange((recordId) => {
            if (recordId === '' || recordId === this.config?.recordId) {
                this.provision();
            }
        });
        adapters.add(this);
    }

    disconnect(): void {
        this.stop?.();
        this.stop = null;
        adapters.delete(this);
    }

    /** Provisions again when its record is one of these. */
    reprovisionIf(recordIds: ReadonlySet<unknown>): void {
        if (recordIds.has(this.config?.recordId)) {
            this.provision();
        }
    }

    /** Provisions the current answer (a microtask later, as the wire service does). */
    provision(): void {
        const config = this.config;
        if (!config || typeof config.recordId !== 'string') {
            // Before `recordId` is set the wire has provisioned nothing yet.
            return;
        }
        const { data, error } = resolveRecord(config);
        queueMicrotask(() => {
            if (this.config === config) {
                this.dataCallback({ data, error });
            }
        });
    }
}

/** The field's value in a provisioned record, or undefined (as the platform's helper). */
export function getFieldValue(record: unknown, field: FieldId): unknown {
    return fieldOf(record, field)?.value;
}

/** The field's display value (formatted date, picklist label), or its value when it has none. */
export function getFieldDisplayValue(record: unknown, field: FieldId): unknown {
    const found = fieldOf(record, field);
    return found ? (found.displayValue ?? found.value) : undefined;
}

function fieldOf(record: unknown, field: FieldId): FieldValue | undefined {
    const split = splitField(field);
    const fields = (record as { fields?: Record<string, FieldValue> } | undefined)?.fields;
    if (!split || !fields || (record as { apiName?: string }).apiName !== split[0]) {
        return undefined;
    }
    return Object.hasOwn(fields, split[1]) ? fields[split[1]] : undefined;
}

/** Asks the wires of these records to provision again (deprecated on the platform). */
export function getRecordNotifyChange(items: Array<{ recordId: string }>): void {
    const ids = new Set(asList(items).map((item) => item?.recordId));
    for (const adapter of adapters) {
        adapter.reprovisionIf(ids);
    }
}

/** The replacement of getRecordNotifyChange; resolves once the wires have been told. */
export function notifyRecordUpdateAvailable(items: Array<{ recordId: string }>): Promise<void> {
    getRecordNotifyChange(items);
    return Promise.resolve();
}
