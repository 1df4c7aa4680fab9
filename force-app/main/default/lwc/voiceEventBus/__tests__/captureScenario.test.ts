/**
 * The org side of "capture in an org, replay locally": toCaptureScenario must write exactly the
 * simulator's scenario format. Its output goes through the simulator's own parser, is compared
 * with the simulator's toScenario, and is replayed back through normalize.
 */
import {
    SCENARIO_FORMAT,
    normalizeToolkitEvent,
    redactConversationText,
    toCaptureScenario,
    type VoiceEvent
} from 'c/voiceEventBus';
import { parseScenario } from '../../../../../../simulator/src/modules/sim/scenario/format';
import { toScenario } from '../../../../../../simulator/src/modules/sim/scenario/toScenario';
import {
    CALLER,
    CANARY,
    CANARY_PATTERN,
    THIRD_PARTY,
    canaryCall,
    finishedCall
} from './canaryCall';

const T0 = Date.UTC(2026, 4, 12, 9, 30, 0);

function normalized(callId: string, t0: number = T0): VoiceEvent[] {
    return [...canaryCall(callId, t0), ...finishedCall(`${callId}-next`, t0 + 70000)].map(
        (step) => {
            const result = normalizeToolkitEvent(step.type, step.detail, step.at);
            if (!result.ok) {
                throw new Error(`fixture ${step.type} rejected: ${result.reason}`);
            }
            return result.event;
        }
    );
}

function parsed(file: unknown) {
    const result = parseScenario(JSON.parse(JSON.stringify(file)));
    if (!result.ok) {
        throw new Error(`simulator rejected the file: ${result.errors.join('; ')}`);
    }
    return result.scenario;
}

describe('toCaptureScenario', () => {
    it('writes a file the simulator parser accepts, one step per event, timed from the first', () => {
        const events = normalized('call-file');

        const file = toCaptureScenario(events, {
            name: 'voice-capture-2026-05-12T09-30-00Z',
            title: 'Capture',
            source: { capturedAt: '2026-05-12T09:31:00.000Z' }
        });
        const scenario = parsed(file);

        expect(file).toMatchObject({ format: SCENARIO_FORMAT, version: 1 });
        expect(scenario.name).toBe('voice-capture-2026-05-12T09-30-00Z');
        expect(scenario.steps).toHaveLength(events.length);
        expect(scenario.steps.map((step) => step.at)).toEqual(
            events.map((event) => event.receivedAt - T0)
        );
        expect(scenario.steps.map((step) => step.type)).toEqual(events.map((event) => event.type));
        expect(file.source).toEqual({ capturedAt: '2026-05-12T09:31:00.000Z' });
    });

    it.each([
        ['no redaction', {}],
        ['text redacted', { redactText: true }]
    ])('matches the simulator’s own toScenario (%s)', (_name, options) => {
        const events = normalized('call-parity');
        const extra = {
            name: 'parity',
            title: 'Parity',
            description: 'Same events, same options',
            telephony: 'partner' as const,
            source: { org: 'test' }
        };

        expect(toCaptureScenario(events, { ...options, ...extra })).toEqual(
            toScenario(events, { ...options, ...extra })
        );
    });

    it('replays to the same normalized events (what support sees is what the agent saw)', () => {
        const events = normalized('call-roundtrip');

        const replayed = parsed(toCaptureScenario(events)).steps.map((step) => {
            const result = normalizeToolkitEvent(step.type, step.detail, T0 + step.at);
            if (!result.ok) {
                throw new Error(`replay of ${step.type} rejected: ${result.reason}`);
            }
            return result.event;
        });

        expect(replayed).toEqual(events);
    });

    it('redacts every transcript, note and flag text completely, keeping ids, times and lengths', () => {
        const events = normalized('call-redact');

        const file = toCaptureScenario(events, { redactText: true });
        const text = JSON.stringify(file);

        for (const canary of [CANARY.transcript, CANARY.note, CANARY.flag, CANARY.lowerNote]) {
            expect(text).not.toContain(canary);
        }
        expect(text).not.toContain('4111');
        expect(text).not.toContain('Hello, how can I help?');
        const redacted = file.steps.map((step) => step.event);
        expect(redacted.map((event) => event.id)).toEqual(
            events.map((event) => ('id' in event ? event.id : undefined))
        );
        const original = events.find(
            (event) => event.type === 'transcript' && event.id.endsWith('u2')
        );
        const copy = redacted.find((event) => event.id === 'call-redact-u2');
        expect(copy?.text).toBe(redactConversationText(CANARY.transcript));
        expect((copy?.text as string).length).toBe(CANARY.transcript.length);
        expect(copy?.serverReceivedTimestamp).toBe(
            original && 'serverReceivedTimestamp' in original
                ? original.serverReceivedTimestamp
                : undefined
        );
    });

    it('leaves the captured events themselves untouched', () => {
        const events = normalized('call-pure');
        const before = JSON.stringify(events);

        toCaptureScenario(events, { redactText: true, redactParticipants: true });

        expect(JSON.stringify(events)).toBe(before);
    });

    it('replaces phone numbers, participant names and customer display names when asked', () => {
        const events = normalized('call-people');

        const file = toCaptureScenario(events, { redactText: true, redactParticipants: true });
        const text = JSON.stringify(file);

        expect(text).not.toContain(CALLER);
        expect(text).not.toContain(THIRD_PARTY);
        expect(text).not.toMatch(CANARY_PATTERN);
        // The same number gets the same placeholder everywhere, so the replay joins up.
        const participants = file.steps
            .map((step) => step.event.participant)
            .filter((value) => typeof value === 'string');
        expect(new Set(participants)).toEqual(new Set(['+1 555 0100', '+1 555 0101']));
        // Staff names are not customer data and help support read the replay.
        expect(text).toContain('Angela Agent');
        expect(text).toContain('Samir Supervisor');
        expect(parsed(file).steps).toHaveLength(events.length);
    });

    it('redacts letters, marks and digits in any script, keeping length and punctuation', () => {
        const samples = ['Señor Müller, 42!', 'नमस्ते 123', 'Call me at +1 (415) 555-0134.', ''];
        for (const sample of samples) {
            const redacted = redactConversationText(sample);
            expect(redacted).toHaveLength(sample.length);
            expect(redacted).toMatch(/^[x0\s\p{P}\p{S}]*$/u);
        }
        expect(redactConversationText('Hi, Bob 42!')).toBe('xx, xxx 00!');
    });

    it('builds an empty but valid file from no events', () => {
        const file = toCaptureScenario([]);

        expect(file.steps).toEqual([]);
        expect(parsed(file).steps).toEqual([]);
    });

    it('handles a two-hour capture of 20,000 events without overflowing', () => {
        const events: VoiceEvent[] = [];
        for (let index = 0; index < 20000; index += 1) {
            events.push({
                type: 'transcript',
                callId: 'call-long',
                receivedAt: T0 + index * 360,
                id: `u${index}`,
                text: `line ${index}`,
                sender: { role: 'EndUser', kind: 'customer', displayName: null },
                clientSentTimestamp: null,
                serverReceivedTimestamp: null
            });
        }

        const file = toCaptureScenario(events, { redactText: true });

        expect(file.steps).toHaveLength(20000);
        expect(file.steps[19999].at).toBe(19999 * 360);
        expect(parsed(file).steps).toHaveLength(20000);
    });
});
