import { label } from '../../../../../test/useRealLabels';
import { createConsoleState } from 'c/voiceEventBus';
import { createTermQuery } from '../highlight';
import {
    asBoolean,
    clampMaxUtterances,
    createRowCache,
    emptyState,
    toTranscriptRow
} from '../transcriptView';
import { utterance } from '../../../../../test/liveTranscript/utterances';

describe('transcriptView', () => {
    describe('toTranscriptRow', () => {
        it('shows role, name, sender time and highlighted text', () => {
            const source = utterance(3, {
                kind: 'customer',
                name: 'Jane Doe',
                text: 'I want a refund',
                serverReceivedTimestamp: Date.UTC(2026, 10, 25, 14, 5, 9)
            });
            const row = toTranscriptRow(source, createTermQuery(['refund']));
            expect(row).toMatchObject({
                key: source.id,
                kind: 'customer',
                roleLabel: label('VCK_Common_RoleCustomer'),
                name: 'Jane Doe',
                isoTime: '2026-11-25T14:05:09.000Z'
            });
            expect(row.time).toMatch(/\d{2}.\d{2}.\d{2}/);
            expect(row.segments.filter((segment) => segment.isMatch).map((s) => s.text)).toEqual([
                'refund'
            ]);
        });

        it('puts the contact centre on the right and the customer on the left, per SLDS chat', () => {
            const query = createTermQuery([]);
            const classes = (kind: 'agent' | 'customer' | 'supervisor' | 'other') =>
                toTranscriptRow(utterance(1, { kind }), query);
            expect(classes('agent').itemClass).toContain('vck-row_outbound');
            expect(classes('agent').bubbleClass).toContain('slds-chat-message__text_outbound');
            expect(classes('supervisor').itemClass).toContain('vck-row_outbound');
            expect(classes('supervisor').bubbleClass).toContain(
                'slds-chat-message__text_outbound-agent'
            );
            expect(classes('customer').itemClass).toContain('vck-row_inbound');
            expect(classes('customer').bubbleClass).toContain('slds-chat-message__text_inbound');
            expect(classes('other').bubbleClass).toContain('vck-bubble_other');
            const labels = (['agent', 'customer', 'supervisor', 'other'] as const).map(
                (kind) => classes(kind).roleLabel
            );
            expect(new Set(labels).size).toBe(4);
        });
    });

    describe('createRowCache', () => {
        it('builds each row once per utterance object', () => {
            const cache = createRowCache(createTermQuery([]));
            const source = utterance(1);
            const row = cache.rowFor(source);
            expect(cache.rowFor(source)).toBe(row);
            expect(cache.rowFor({ ...source })).not.toBe(row);
        });
    });

    describe('emptyState', () => {
        it('tells apart no events, no call, no utterances and no matches', () => {
            const fresh = createConsoleState();
            expect(emptyState(null, 0, 0, false)).toBe('noEvents');
            expect(emptyState(fresh, 0, 0, false)).toBe('noEvents');
            expect(emptyState({ ...fresh, lastEventAt: 1 }, 0, 0, false)).toBe('noCall');
            expect(emptyState({ ...fresh, lastEventAt: 1 }, 0, 0, true)).toBe('noUtterances');
            expect(emptyState({ ...fresh, lastEventAt: 1 }, 5, 0, true)).toBe('noMatches');
            expect(emptyState({ ...fresh, lastEventAt: 1 }, 5, 2, true)).toBeNull();
        });
    });

    describe('design attributes', () => {
        it('clamps maximum utterances to 100–10,000', () => {
            expect(clampMaxUtterances(500)).toBe(500);
            expect(clampMaxUtterances('250')).toBe(250);
            expect(clampMaxUtterances(5)).toBe(100);
            expect(clampMaxUtterances(1e9)).toBe(10000);
            expect(clampMaxUtterances(undefined)).toBe(10000);
            expect(clampMaxUtterances('lots')).toBe(10000);
            expect(clampMaxUtterances(150.7)).toBe(150);
        });

        it('reads booleans given as strings', () => {
            expect(asBoolean(false, true)).toBe(false);
            expect(asBoolean('false', true)).toBe(false);
            expect(asBoolean('true', false)).toBe(true);
            expect(asBoolean(undefined, true)).toBe(true);
        });
    });
});
