import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_STEPS, parseScenario, type PlayableStep, type Scenario } from '../format';

const SCENARIOS_DIR = join(__dirname, '../../../../../scenarios');

function file(steps: unknown[], extra: Record<string, unknown> = {}) {
    return {
        format: 'voice-console-kit/scenario',
        version: 1,
        name: 'test',
        title: 'Test',
        steps,
        ...extra
    };
}

function parsed(input: unknown): Scenario {
    const result = parseScenario(input);
    if (!result.ok) {
        throw new Error(result.errors.join('\n'));
    }
    return result.scenario;
}

function shipped(): Array<{ file: string; scenario: Scenario }> {
    return readdirSync(SCENARIOS_DIR)
        .filter((name) => name.endsWith('.json'))
        .map((name) => ({
            file: name,
            scenario: parsed(JSON.parse(readFileSync(join(SCENARIOS_DIR, name), 'utf8')))
        }));
}

const typesOf = (steps: PlayableStep[]) => steps.map((step) => step.type);

describe('parseScenario', () => {
    it('keeps raw toolkit events as written and orders steps by time, file order on ties', () => {
        const scenario = parsed(
            file([
                { at: 2000, type: 'mute', detail: { callId: 'c1' } },
                { at: 0, type: 'callconnected', detail: { callId: 'c1' }, label: 'answer' },
                { at: 2000, type: 'unmute', detail: null }
            ])
        );
        expect(typesOf(scenario.steps)).toEqual(['callconnected', 'mute', 'unmute']);
        expect(scenario.steps[0].label).toBe('answer');
        expect(scenario.steps[2].detail).toBeNull();
        expect(scenario.durationMs).toBe(2000);
        expect(scenario.telephony).toBe('partner');
    });

    it('turns captured VoiceEvents back into toolkit events, timed from receivedAt', () => {
        const scenario = parsed(
            file([
                {
                    event: {
                        type: 'callconnected',
                        callId: 'c1',
                        receivedAt: 5000,
                        callType: 'inbound',
                        participant: '+1 555'
                    }
                },
                { event: { type: 'mute', callId: 'c1', receivedAt: 6500 } }
            ])
        );
        expect(scenario.steps).toEqual([
            {
                at: 0,
                type: 'callconnected',
                detail: { callId: 'c1', callType: 'inbound', participant: '+1 555' },
                label: null
            },
            { at: 1500, type: 'mute', detail: { callId: 'c1' }, label: null }
        ]);
    });

    it('expands repeat blocks with {{i}}, {{n}} and cycling vars', () => {
        const scenario = parsed(
            file([
                {
                    at: 100,
                    repeat: {
                        count: 3,
                        everyMs: 1000,
                        vars: { line: ['a', 'b'] },
                        steps: [
                            {
                                type: 'transcript',
                                detail: { id: 'u{{n}}', text: '{{line}} #{{i}}' }
                            },
                            { at: 500, type: 'mute', detail: { callId: 'c{{i}}' } }
                        ]
                    }
                }
            ])
        );
        expect(scenario.steps.map((step) => [step.at, step.detail])).toEqual([
            [100, { id: 'u1', text: 'a #0' }],
            [600, { callId: 'c0' }],
            [1100, { id: 'u2', text: 'b #1' }],
            [1600, { callId: 'c1' }],
            [2100, { id: 'u3', text: 'a #2' }],
            [2600, { callId: 'c2' }]
        ]);
    });

    it('keeps a "__proto__" key in a repeated detail as data, never as a prototype', () => {
        const input = JSON.parse(
            '{"format":"voice-console-kit/scenario","version":1,"name":"p","title":"p","steps":[{"at":0,"repeat":{"count":1,"everyMs":0,"steps":[{"type":"note","detail":{"__proto__":{"polluted":true}}}]}}]}'
        );
        const detail = parsed(input).steps[0].detail as Record<string, unknown>;
        expect(Object.getPrototypeOf(detail)).toBe(Object.prototype);
        expect((detail as { polluted?: unknown }).polluted).toBeUndefined();
        expect(Object.keys(detail)).toEqual(['__proto__']);
    });

    it('gives each step of a call its server clock skew, and refuses a skew that is not a number', () => {
        const result = parseScenario(
            file(
                [
                    { at: 0, type: 'note', detail: { callId: 'ahead', id: 'n1' } },
                    { at: 0, type: 'note', detail: { callId: 'in-step', id: 'n2' } }
                ],
                { serverClockSkewMs: { ahead: 300_000 } }
            )
        );
        expect(result.ok && result.scenario.steps.map((step) => step.serverClockSkewMs)).toEqual([
            300_000,
            undefined
        ]);
        expect(parseScenario(file([], { serverClockSkewMs: { ahead: '5 min' } }))).toEqual({
            ok: false,
            errors: ['"serverClockSkewMs" must map call ids to numbers of milliseconds']
        });
    });

    it('reports what is wrong instead of throwing', () => {
        expect(parseScenario(null)).toEqual({ ok: false, errors: ['a scenario is a JSON object'] });
        const result = parseScenario(
            file([{ type: 'mute' }, { at: -1, type: 'mute' }, { at: 0 }, 'nope'], {
                telephony: 'carrier-pigeon'
            })
        );
        expect(result.ok).toBe(false);
        const bad = parseScenario(file([{ at: 0 }, { at: -1, type: 'mute' }, 7]));
        expect(bad.ok).toBe(false);
        expect(bad.ok ? [] : bad.errors).toEqual([
            'steps[0]: needs "type" (with "detail") or "event"',
            'steps[1]: "at" must be a number of milliseconds >= 0',
            'steps[2]: not an object'
        ]);
        expect(parseScenario({ ...file([]), format: 'other' }).ok).toBe(false);
        expect(parseScenario({ ...file([]), name: '../etc/passwd' }).ok).toBe(false);
    });

    it('refuses a repeat that would expand past the step bound', () => {
        const result = parseScenario(
            file([
                { at: 0, repeat: { count: MAX_STEPS + 1, everyMs: 1, steps: [{ type: 'mute' }] } }
            ])
        );
        expect(result.ok).toBe(false);
    });
});

describe('shipped scenarios', () => {
    const scenarios = shipped();
    const byName = new Map(scenarios.map(({ scenario }) => [scenario.name, scenario]));

    it('all parse, and each file is named after its scenario', () => {
        expect(scenarios.length).toBeGreaterThanOrEqual(9);
        for (const { file: name, scenario } of scenarios) {
            expect(`${scenario.name}.json`).toBe(name);
            expect(scenario.title).not.toBe('');
            expect(scenario.description).not.toBe('');
        }
    });

    it('cover the lifecycles the issue asks for', () => {
        expect(typesOf(byName.get('inbound-call')!.steps)).toEqual(
            expect.arrayContaining([
                'callstarted',
                'callconnected',
                'hold',
                'resume',
                'mute',
                'pauserecording',
                'callended',
                'wrapupended'
            ])
        );
        expect(byName.get('outbound-call')!.steps[0].detail).toMatchObject({
            callType: 'outbound'
        });
        expect(typesOf(byName.get('transfer-conference')!.steps)).toEqual(
            expect.arrayContaining(['participantadded', 'conference', 'swap', 'participantremoved'])
        );
        expect(typesOf(byName.get('supervisor-flag')!.steps)).toEqual(
            expect.arrayContaining(['flagraise', 'note', 'flaglower'])
        );
        const callIds = new Set(
            byName
                .get('concurrent-calls')!
                .steps.map((step) => (step.detail as { callId: string }).callId)
        );
        expect(callIds.size).toBe(2);
    });

    it('native telephony sends none of the four events it does not support', () => {
        const native = byName.get('native-telephony')!;
        expect(native.telephony).toBe('native');
        expect(typesOf(native.steps)).not.toEqual(
            expect.arrayContaining([
                expect.stringMatching(/^(callstarted|audiostats|swap|wrapupended)$/)
            ])
        );
        expect(native.steps[0].type).toBe('callconnected');
    });

    it('the long call lasts two hours with 10,000 utterances', () => {
        const long = byName.get('long-call')!;
        expect(long.steps.filter((step) => step.type === 'transcript')).toHaveLength(10000);
        expect(long.durationMs).toBeGreaterThanOrEqual(2 * 60 * 60 * 1000);
    });

    it('bad network crosses every warning threshold and comes back', () => {
        const samples = byName
            .get('bad-network')!
            .steps.filter((step) => step.type === 'audiostats')
            .map(
                (step) =>
                    (step.detail as { stats: Array<{ inputChannelStats: Record<string, number> }> })
                        .stats[0].inputChannelStats
            );
        expect(samples.some((sample) => sample.roundTripTimeMillis > 400)).toBe(true);
        expect(samples.some((sample) => sample.jitterBufferMillis > 30)).toBe(true);
        expect(
            samples.some(
                (sample) =>
                    (sample.packetsLost / (sample.packetsLost + sample.packetsCount)) * 100 > 3
            )
        ).toBe(true);
        const last = samples[samples.length - 1];
        expect(last.roundTripTimeMillis).toBeLessThan(320);
    });
});
