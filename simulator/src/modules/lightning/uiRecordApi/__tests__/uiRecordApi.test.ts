import { simPlatform } from 'sim/platform';
import {
    getFieldDisplayValue,
    getFieldValue,
    getRecord,
    getRecordNotifyChange,
    notifyRecordUpdateAvailable,
    type RecordRepresentation
} from '../uiRecordApi';

const CALL_TYPE = { objectApiName: 'VoiceCall', fieldApiName: 'CallType' };
const flush = () => new Promise((resolve) => queueMicrotask(() => resolve(undefined)));

type Provisioned = { data: RecordRepresentation | undefined; error: unknown };

/** Connects a wire as LWC does (constructor, connect, update) and records what it provisions. */
function wire(config: Record<string, unknown>) {
    const seen: Provisioned[] = [];
    const adapter = new getRecord((value) => seen.push(value));
    adapter.connect();
    adapter.update(config);
    return { seen, adapter, last: () => seen[seen.length - 1] };
}

function connectCall(callId = 'in-1001') {
    simPlatform.emit('callconnected', {
        callId,
        callType: 'inbound',
        participant: '+1 (415) 555-0142'
    });
    return simPlatform.records.recordIdForCall(callId)!;
}

describe('lightning/uiRecordApi stand-in: getRecord over the VoiceCall records', () => {
    beforeEach(() => simPlatform.reset());

    it('provisions the record representation with the fields asked for, string or schema import', async () => {
        const recordId = connectCall();
        const { last } = wire({
            recordId,
            fields: [CALL_TYPE, 'VoiceCall.VendorCallKey'],
            optionalFields: [
                'VoiceCall.CallConnectDateTime',
                'VoiceCall.NoSuchField',
                'Account.Name'
            ]
        });
        await flush();
        const { data, error } = last();
        expect(error).toBeUndefined();
        expect(data).toMatchObject({ apiName: 'VoiceCall', id: recordId, childRelationships: {} });
        expect(Object.keys(data!.fields).sort()).toEqual([
            'CallConnectDateTime',
            'CallType',
            'VendorCallKey'
        ]);
        expect(getFieldValue(data, CALL_TYPE)).toBe('Inbound');
        expect(getFieldValue(data, 'VoiceCall.VendorCallKey')).toBe('in-1001');
        expect(getFieldDisplayValue(data, 'VoiceCall.CallType')).toBe('Inbound');
        expect(getFieldValue(data, 'VoiceCall.CallConnectDateTime')).toMatch(/^\d{4}-\d\d-\d\dT/);
        // An optional field the object lacks is simply absent.
        expect(getFieldValue(data, 'VoiceCall.NoSuchField')).toBeUndefined();
    });

    it('provisions again when the call ends: completed, with end time and duration', async () => {
        const recordId = connectCall();
        const { seen, last } = wire({
            recordId,
            fields: ['VoiceCall.CallDisposition', 'VoiceCall.CallDurationInSeconds']
        });
        await flush();
        expect(getFieldValue(last().data, 'VoiceCall.CallDisposition')).toBe('in-progress');
        simPlatform.emit('callended', { callId: 'in-1001' });
        await flush();
        // The default from construction, the in-progress record, the completed one.
        expect(seen.length).toBe(3);
        expect(getFieldValue(last().data, 'VoiceCall.CallDisposition')).toBe('completed');
        expect(getFieldValue(last().data, 'VoiceCall.CallDurationInSeconds')).toBe(0);
    });

    it("answers an unknown field and an unknown record with the wire's errors, never undefined", async () => {
        const recordId = connectCall();
        const badField = wire({ recordId, fields: ['VoiceCall.NoSuchField'] });
        const otherObject = wire({ recordId, fields: ['Account.Name'] });
        const noRecord = wire({ recordId: '001000000000001AAA', fields: [CALL_TYPE] });
        await flush();
        expect(badField.last()).toEqual({
            data: undefined,
            error: expect.objectContaining({
                ok: false,
                status: 400,
                statusText: 'Bad Request',
                body: [expect.objectContaining({ errorCode: 'INVALID_FIELD' })]
            })
        });
        expect(otherObject.last().error).toMatchObject({ status: 400 });
        expect(noRecord.last()).toEqual({
            data: undefined,
            error: expect.objectContaining({
                status: 404,
                body: [expect.objectContaining({ errorCode: 'NOT_FOUND' })]
            })
        });
    });

    it('holds { data: undefined, error: undefined } from construction, so a first render can read .data', async () => {
        const seen: Provisioned[] = [];
        const adapter = new getRecord((value) => seen.push(value));
        // Synchronously: LWC renders the component before any microtask runs.
        expect(seen).toEqual([{ data: undefined, error: undefined }]);
        adapter.connect();
        await flush();
        expect(seen).toHaveLength(1);
        adapter.disconnect();
    });

    it('provisions nothing more before recordId is set, and nothing after disconnect', async () => {
        const { seen, adapter } = wire({ recordId: undefined, fields: [CALL_TYPE] });
        await flush();
        expect(seen).toEqual([{ data: undefined, error: undefined }]);
        const recordId = connectCall();
        adapter.update({ recordId, fields: [CALL_TYPE] });
        await flush();
        expect(seen).toHaveLength(2);
        adapter.disconnect();
        simPlatform.emit('callended', { callId: 'in-1001' });
        await flush();
        expect(seen).toHaveLength(2);
    });

    it('re-provisions on getRecordNotifyChange and notifyRecordUpdateAvailable for its record only', async () => {
        const recordId = connectCall();
        const { seen } = wire({ recordId, fields: [CALL_TYPE] });
        await flush();
        getRecordNotifyChange([{ recordId: '0LQ000000000999AAA' }]);
        await flush();
        expect(seen).toHaveLength(2);
        getRecordNotifyChange([{ recordId }]);
        await flush();
        await notifyRecordUpdateAvailable([{ recordId }]);
        await flush();
        expect(seen).toHaveLength(4);
    });
});
