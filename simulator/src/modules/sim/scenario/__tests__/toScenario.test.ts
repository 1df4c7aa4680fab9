import { normalizeToolkitEvent } from '../../../../../../force-app/main/default/lwc/voiceEventBus/normalize';
import { toCaptureScenario } from '../../../../../../force-app/main/default/lwc/voiceEventBus/captureScenario';
import type { VoiceEvent } from '../../../../../../force-app/main/default/lwc/voiceEventBus/events';
import { parseScenario } from '../format';
import { toToolkitEvent } from '../replay';
import { redact, toScenario } from '../toScenario';

const T0 = 1_715_000_000_000;

/** The documented payload of each kind of event, as the toolkit sends it. */
const RAW: Array<[string, Record<string, unknown>]> = [
    ['callstarted', { callId: 'c1', callType: 'inbound', participant: '+1 (415) 999-0000' }],
    ['callconnected', { callId: 'c1', callType: 'inbound', participant: '+1 (415) 999-0000' }],
    ['hold', { callId: 'c1', participant: '+1 (415) 999-0000' }],
    ['participantadded', { callId: 'c1', participant: 'Billing Tier 2' }],
    ['mute', { callId: 'c1' }],
    ['conference', { callId: 'c1' }],
    [
        'audiostats',
        {
            callId: 'c1',
            stats: [
                {
                    inputChannelStats: {
                        statsCount: 1,
                        packetsCount: 1500,
                        packetsLost: 3,
                        jitterBufferMillis: 12,
                        roundTripTimeMillis: 95
                    },
                    outputChannelStats: {
                        statsCount: 1,
                        packetsCount: 1500,
                        packetsLost: 1,
                        jitterBufferMillis: 9,
                        roundTripTimeMillis: 92
                    }
                }
            ]
        }
    ],
    [
        'transcript',
        {
            id: 'u1',
            clientSentTimestamp: T0,
            serverReceivedTimestamp: T0 + 29,
            content: { formatType: 'Text', text: 'Hello' },
            callId: 'c1',
            sender: { role: 'Agent' }
        }
    ],
    [
        'flagraise',
        {
            id: 'f1',
            clientSentTimestamp: T0,
            serverReceivedTimestamp: T0 + 29,
            content: { formatType: 'Text', text: 'The customer wants a credit note.' },
            callId: 'c1',
            sender: { role: 'Agent', displayName: 'Angela Agent' },
            voiceCallId: '0LQRM0000006CSz'
        }
    ],
    [
        'flaglower',
        {
            id: 'f2',
            clientSentTimestamp: T0,
            serverReceivedTimestamp: T0 + 29,
            content: { formatType: null, text: null },
            callId: 'c1',
            sender: { role: 'Supervisor', displayName: 'Samir Supervisor' },
            voiceCallId: '0LQRM0000006CSz'
        }
    ],
    [
        'note',
        {
            id: 'n1',
            clientSentTimestamp: T0,
            serverReceivedTimestamp: T0 + 29,
            content: { formatType: 'Text', text: 'The customer wants a refund or store credit.' },
            callId: 'c1',
            sender: { role: 'Agent', displayName: 'Angela Agent' }
        }
    ]
];

function normalized(type: string, detail: unknown, receivedAt: number): VoiceEvent {
    const result = normalizeToolkitEvent(type, detail, receivedAt);
    if (!result.ok) {
        throw new Error(`${type}: ${result.reason}`);
    }
    return result.event;
}

describe('toToolkitEvent', () => {
    it.each(RAW)('a captured %s replays into the same VoiceEvent', (type, detail) => {
        const captured = normalized(type, detail, T0);
        const replayed = toToolkitEvent(captured as unknown as Record<string, unknown>)!;
        expect(replayed.type).toBe(type);
        expect(normalized(replayed.type, replayed.detail, T0)).toEqual(captured);
    });

    it('needs a type', () => {
        expect(toToolkitEvent({ callId: 'c1' })).toBeNull();
    });
});

describe('toScenario', () => {
    const captured = RAW.map(([type, detail], index) =>
        normalized(type, detail, T0 + index * 1000)
    );

    it('makes a scenario file that replays the captured events at their relative times', () => {
        const file = toScenario(captured, { name: 'capture-1', title: 'Captured call' });
        expect(file).toMatchObject({
            format: 'voice-console-kit/scenario',
            version: 1,
            name: 'capture-1'
        });
        const result = parseScenario(JSON.parse(JSON.stringify(file)));
        expect(result.ok).toBe(true);
        const steps = result.ok ? result.scenario.steps : [];
        expect(steps.map((step) => step.at)).toEqual(RAW.map((_, index) => index * 1000));
        steps.forEach((step, index) => {
            expect(normalized(step.type, step.detail, captured[index].receivedAt)).toEqual(
                captured[index]
            );
        });
    });

    it('accepts raw toolkit events too, mixed with captured ones', () => {
        const file = toScenario([
            { type: 'callconnected', detail: { callId: 'c9' }, receivedAt: T0 + 500 },
            captured[4],
            { type: 'mute', detail: { callId: 'c9' } },
            { nonsense: true },
            null
        ]);
        expect(file.steps).toEqual([
            { at: 0, type: 'callconnected', detail: { callId: 'c9' } },
            { at: 3500, event: captured[4] },
            { at: 3500, type: 'mute', detail: { callId: 'c9' } }
        ]);
    });

    it('redacts what people said and wrote, keeping its shape', () => {
        expect(redact('Card 4111, exp 12/29!')).toBe('xxxx 0000, xxx 00/00!');
        const file = toScenario(
            [...captured, { type: 'transcript', detail: RAW[7][1], receivedAt: T0 }],
            { redactText: true }
        );
        const text = JSON.stringify(file);
        expect(text).not.toContain('Hello');
        expect(text).not.toContain('credit note');
        expect(text).not.toContain('refund');
        expect(text).toContain('Angela Agent');
        expect(text).toContain('+1 (415) 999-0000');
    });

    it('masks participants consistently when asked', () => {
        const file = toScenario(captured, { redactParticipants: true });
        const text = JSON.stringify(file);
        expect(text).not.toContain('999-0000');
        expect(text).not.toContain('Billing Tier 2');
        const participants = file.steps
            .map((step) => ('event' in step ? step.event.participant : undefined))
            .filter(Boolean);
        expect(participants).toEqual(['+1 555 0100', '+1 555 0100', '+1 555 0100', '+1 555 0101']);
    });

    it('does not change its input', () => {
        const input = JSON.parse(JSON.stringify(captured));
        toScenario(input, { redactText: true, redactParticipants: true });
        expect(input).toEqual(JSON.parse(JSON.stringify(captured)));
    });

    it.each([
        {},
        { redactText: true },
        { redactParticipants: true },
        { redactText: true, redactParticipants: true }
    ])('builds the same file as the bus capture in an org, for captured events (%o)', (options) => {
        const withCustomer = [
            ...captured,
            normalized(
                'transcript',
                {
                    ...RAW[7][1],
                    id: 'u2',
                    sender: { role: 'EndUser', displayName: 'Jane Q. Customer' }
                },
                T0 + 20000
            )
        ];
        const settings = { ...options, name: 'same', title: 'Same', source: { capturedAt: 'x' } };
        expect(toScenario(withCustomer, settings)).toEqual(
            toCaptureScenario(withCustomer, settings)
        );
    });

    it('handles a long capture without overflowing the stack', () => {
        const many = Array.from({ length: 200_000 }, (_, index) => ({
            type: 'mute',
            callId: 'c1',
            receivedAt: T0 + index
        }));
        expect(toScenario(many).steps).toHaveLength(200_000);
    });
});
