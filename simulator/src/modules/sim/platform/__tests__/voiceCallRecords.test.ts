import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VoiceCallRecords, caseSafeId, type RecordStore } from '../voiceCallRecords';

const EVENTS = join(
    __dirname,
    '../../../../../../force-app/main/default/lwc/voiceEventBus/__tests__/data/events'
);

/** A documented payload (voiceEventBus/__tests__/data/events/<type>.json), fields overridden. */
function documented(type: string, overrides: Record<string, unknown> = {}): [string, unknown] {
    const { detail } = JSON.parse(readFileSync(join(EVENTS, `${type}.json`), 'utf8')) as {
        detail: Record<string, unknown>;
    };
    return [type, { ...detail, ...overrides }];
}

function memoryStore(): RecordStore & { text: string | null } {
    return {
        text: null,
        load() {
            return this.text;
        },
        save(text) {
            this.text = text;
        },
        clear() {
            this.text = null;
        }
    };
}

const CALL = 'in-1001';
const T0 = Date.parse('2026-12-05T09:00:00.000Z');

describe('VoiceCallRecords (the org VoiceCall records the simulated telephony keeps)', () => {
    let now: number;
    let records: VoiceCallRecords;
    const at = (seconds: number) => {
        now = T0 + seconds * 1000;
    };

    beforeEach(() => {
        now = T0;
        records = new VoiceCallRecords(() => now);
    });

    it('creates the record when an inbound call rings, fills it as the call connects and ends', () => {
        records.observe(...documented('callconnected', { callId: CALL }));
        const id = records.recordIdForCall(CALL)!;
        expect(id).toMatch(/^0LQ[0-9A-Za-z]{15}$/);
        expect(records.get(id)).toMatchObject({
            VendorCallKey: CALL,
            CallType: 'Inbound',
            FromPhoneNumber: '+1 (415) 555-0100',
            CallDisposition: 'in-progress',
            CallConnectDateTime: '2026-12-05T09:00:00.000Z',
            CallAcceptDateTime: '2026-12-05T09:00:00.000Z',
            CallEndDateTime: null,
            CallDurationInSeconds: null
        });
        at(95);
        records.observe(...documented('callended', { callId: CALL }));
        expect(records.get(id)).toMatchObject({
            CallDisposition: 'completed',
            CallEndDateTime: '2026-12-05T09:01:35.000Z',
            CallDurationInSeconds: 95,
            LastModifiedDate: '2026-12-05T09:01:35.000Z'
        });
    });

    it('times an outbound call from the dial: no accept time, the customer on the To side', () => {
        records.observe(...documented('callstarted', { callId: 'out-1' }));
        const id = records.recordIdForCall('out-1')!;
        expect(records.get(id)).toMatchObject({
            CallType: 'Outbound',
            ToPhoneNumber: '+1 (415) 999-0000',
            CallStartDateTime: '2026-12-05T09:00:00.000Z',
            CallDisposition: 'new'
        });
        expect(records.focusedRecordId()).toBe(id);
        at(10);
        records.observe(...documented('callconnected', { callId: 'out-1', callType: 'outbound' }));
        at(70);
        records.observe(...documented('callended', { callId: 'out-1' }));
        expect(records.get(id)).toMatchObject({
            CallAcceptDateTime: null,
            CallConnectDateTime: '2026-12-05T09:00:10.000Z',
            CallDurationInSeconds: 60,
            CallDisposition: 'completed'
        });
    });

    it('leaves an inbound call nobody accepted "new", as the object reference says', () => {
        records.observe(...documented('callstarted', { callId: CALL, callType: 'inbound' }));
        at(20);
        records.observe(...documented('callended', { callId: CALL }));
        const record = records.get(records.recordIdForCall(CALL)!)!;
        expect(record.CallDisposition).toBe('new');
        expect(record.CallEndDateTime).toBe('2026-12-05T09:00:20.000Z');
        expect(records.focusedRecordId()).toBeNull();
    });

    it('keeps the record page on the call the agent last took, through its wrap-up', () => {
        records.observe(...documented('callconnected', { callId: 'a' }));
        const first = records.recordIdForCall('a');
        records.observe(...documented('callended', { callId: 'a' }));
        expect(records.focusedRecordId()).toBe(first);
        // A second call ringing does not take the page; answering it does.
        records.observe(...documented('callstarted', { callId: 'b', callType: 'inbound' }));
        expect(records.focusedRecordId()).toBe(first);
        records.observe(...documented('callconnected', { callId: 'b' }));
        expect(records.focusedRecordId()).toBe(records.recordIdForCall('b'));
        expect(records.recordIdForCall('b')).not.toBe(first);
    });

    it('ignores state events for calls it never saw start, repeats and hostile payloads', () => {
        records.observe(...documented('mute', { callId: 'stray' }));
        records.observe(...documented('callended', { callId: 'stray' }));
        records.observe('callconnected', null);
        records.observe('callconnected', { callId: { toString: () => 'x' } });
        const hostile = Object.defineProperty({}, 'callId', {
            get() {
                throw new Error('boom');
            }
        });
        expect(() => records.observe('callconnected', hostile)).not.toThrow();
        expect(records.list()).toEqual([]);

        records.observe(...documented('callconnected', { callId: CALL }));
        at(5);
        records.observe(...documented('callconnected', { callId: CALL }));
        records.observe(...documented('callended', { callId: CALL }));
        at(9);
        records.observe(...documented('callended', { callId: CALL }));
        expect(records.list()).toHaveLength(1);
        expect(records.list()[0]).toMatchObject({
            CallConnectDateTime: '2026-12-05T09:00:00.000Z',
            CallDurationInSeconds: 5
        });
    });

    it('survives a reload through its store, and forgets everything on reset', () => {
        const store = memoryStore();
        records = new VoiceCallRecords(() => now, store);
        records.observe(...documented('callconnected', { callId: CALL }));
        const id = records.recordIdForCall(CALL);
        const reloaded = new VoiceCallRecords(() => now, store);
        expect(reloaded.focusedRecordId()).toBe(id);
        reloaded.observe(...documented('callconnected', { callId: 'next' }));
        expect(reloaded.recordIdForCall('next')).not.toBe(id);
        const seen: string[] = [];
        reloaded.onChange((recordId) => seen.push(recordId));
        reloaded.reset();
        expect(seen).toEqual(['']);
        expect(reloaded.list()).toEqual([]);
        expect(store.text).toBeNull();
    });

    it('computes the 18-character case-safe id as Salesforce does', () => {
        // The documented example: 001A0000006Vm9r → 001A0000006Vm9rIAC.
        expect(caseSafeId('001A0000006Vm9r')).toBe('001A0000006Vm9rIAC');
    });
});
