import '../../../../../test/useRealLabels';
import { VOICE_EVENT_TYPES, type BusDiagnosticsSnapshot } from 'c/voiceEventBus';
import { buildDiagnosticsView } from '../diagnosticsView';
import { LABELS } from '../labels';

function snapshot(overrides: Partial<BusDiagnosticsSnapshot> = {}): BusDiagnosticsSnapshot {
    return {
        accepted: {},
        acceptedTotal: 0,
        unchanged: 0,
        rejectedTotal: 0,
        recentRejections: [],
        subscriberErrors: 0,
        publishErrors: 0,
        internalErrors: 0,
        storageErrors: 0,
        registeredToolkits: 0,
        hasLeader: false,
        ...overrides
    };
}

describe('diagnosticsView', () => {
    it('lists all 19 documented event types in order, the ones never seen muted', () => {
        const view = buildDiagnosticsView(snapshot({ accepted: { hold: 3, callconnected: 1 } }));

        expect(view.eventCounts.map((row) => row.type)).toEqual([...VOICE_EVENT_TYPES]);
        const hold = view.eventCounts.find((row) => row.type === 'hold')!;
        const swap = view.eventCounts.find((row) => row.type === 'swap')!;
        expect(hold).toEqual({ type: 'hold', count: 3, rowClass: '' });
        expect(swap).toEqual({ type: 'swap', count: 0, rowClass: 'slds-text-color_weak' });
    });

    it('appends types outside the documented list rather than hiding them', () => {
        const view = buildDiagnosticsView(snapshot({ accepted: { zeta: 1, alpha: 2 } }));
        expect(view.eventCounts.slice(-2).map((row) => row.type)).toEqual(['alpha', 'zeta']);
    });

    it('shows the totals, toolkit count and whether a toolkit element is listening', () => {
        const view = buildDiagnosticsView(
            snapshot({
                acceptedTotal: 42,
                unchanged: 5,
                rejectedTotal: 2,
                subscriberErrors: 1,
                publishErrors: 0,
                internalErrors: 0,
                storageErrors: 3,
                registeredToolkits: 4,
                hasLeader: true
            })
        );
        expect(Object.fromEntries(view.counters.map((c) => [c.key, c.value]))).toEqual({
            accepted: '42',
            duplicates: '5',
            rejected: '2',
            subscriberErrors: '1',
            publishErrors: '0',
            internalErrors: '0',
            storageErrors: '3',
            toolkits: '4',
            listening: LABELS.yes
        });
        expect(buildDiagnosticsView(snapshot()).counters.at(-1)!.value).toBe(LABELS.no);
    });

    it('lists the latest rejections newest first with their reasons', () => {
        const at = Date.UTC(2026, 0, 5, 14, 5, 9);
        const view = buildDiagnosticsView(
            snapshot({
                recentRejections: [
                    { type: 'callconnected', reason: 'missing callId', at },
                    { type: 'bogus', reason: 'unknown event type', at: at + 1000 }
                ]
            }),
            'en-GB'
        );
        expect(view.hasRejections).toBe(true);
        expect(view.rejections.map((r) => [r.type, r.reason])).toEqual([
            ['bogus', 'unknown event type'],
            ['callconnected', 'missing callId']
        ]);
        expect(view.rejections[1].time).toMatch(/\d{2}:05:09/);
        expect(new Set(view.rejections.map((r) => r.key)).size).toBe(2);
        expect(buildDiagnosticsView(snapshot()).hasRejections).toBe(false);
    });
});
