import { parseScenario, type PlayableStep, type Scenario } from '../format';
import { CHUNK_SIZE, ScenarioPlayer, stampDetail } from '../player';

function scenario(steps: unknown[]): Scenario {
    const result = parseScenario({
        format: 'voice-console-kit/scenario',
        version: 1,
        name: 'player-test',
        title: 'Player test',
        steps
    });
    if (!result.ok) {
        throw new Error(result.errors.join('; '));
    }
    return result.scenario;
}

const THREE = scenario([
    { at: 0, type: 'callconnected', detail: { callId: 'c1' } },
    { at: 1000, type: 'mute', detail: { callId: 'c1' } },
    { at: 3000, type: 'callended', detail: { callId: 'c1' } }
]);

function setup(loaded: Scenario = THREE) {
    const emitted: Array<{ type: string; detail: unknown }> = [];
    const player = new ScenarioPlayer((step: PlayableStep, detail) => {
        emitted.push({ type: step.type, detail });
    });
    player.load(loaded);
    return { player, emitted, types: () => emitted.map((entry) => entry.type) };
}

describe('ScenarioPlayer', () => {
    beforeEach(() => {
        jest.useFakeTimers();
        jest.setSystemTime(1_715_000_000_000);
    });
    afterEach(() => {
        jest.useRealTimers();
    });

    it('emits each step at its time, at 1× speed', async () => {
        const { player, types } = setup();
        const done = player.play();
        await jest.advanceTimersByTimeAsync(10);
        expect(types()).toEqual(['callconnected']);
        await jest.advanceTimersByTimeAsync(1000);
        expect(types()).toEqual(['callconnected', 'mute']);
        await jest.advanceTimersByTimeAsync(2000);
        await expect(done).resolves.toBe('finished');
        expect(types()).toEqual(['callconnected', 'mute', 'callended']);
        expect(player.snapshot()).toMatchObject({
            status: 'finished',
            position: 3,
            elapsedMs: 3000
        });
    });

    it('plays faster when sped up, also mid-play', async () => {
        const { player, types } = setup();
        player.play().catch(() => undefined);
        await jest.advanceTimersByTimeAsync(10);
        player.setSpeed(10);
        await jest.advanceTimersByTimeAsync(310);
        expect(types()).toEqual(['callconnected', 'mute', 'callended']);
    });

    it('pauses, steps one event at a time, resumes and resets', async () => {
        const { player, types } = setup();
        player.play().catch(() => undefined);
        await jest.advanceTimersByTimeAsync(10);
        player.pause();
        await jest.advanceTimersByTimeAsync(5000);
        expect(types()).toEqual(['callconnected']);
        expect(player.step()?.type).toBe('mute');
        expect(player.snapshot()).toMatchObject({ status: 'paused', position: 2, elapsedMs: 1000 });
        const resumed = player.play();
        await jest.advanceTimersByTimeAsync(2000);
        await expect(resumed).resolves.toBe('finished');
        player.reset();
        expect(player.snapshot()).toMatchObject({ status: 'idle', position: 0, elapsedMs: 0 });
        expect(player.step()?.type).toBe('callconnected');
    });

    it('as fast as possible goes in chunks, yielding between them', async () => {
        const many = scenario([
            {
                at: 0,
                repeat: {
                    count: CHUNK_SIZE * 2 + 5,
                    everyMs: 60000,
                    steps: [{ type: 'mute', detail: { callId: 'c1' } }]
                }
            }
        ]);
        const { player, emitted } = setup(many);
        player.setSpeed(Infinity);
        const done = player.play();
        jest.advanceTimersToNextTimer();
        expect(emitted.length).toBe(CHUNK_SIZE);
        jest.advanceTimersToNextTimer();
        expect(emitted.length).toBe(CHUNK_SIZE * 2);
        await jest.runAllTimersAsync();
        await expect(done).resolves.toBe('finished');
        expect(emitted).toHaveLength(CHUNK_SIZE * 2 + 5);
    });

    it('a throwing emit does not stop the scenario', async () => {
        const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
        let calls = 0;
        const player = new ScenarioPlayer(() => {
            calls += 1;
            if (calls === 1) {
                throw new Error('listener failed');
            }
        });
        player.load(THREE);
        player.setSpeed(Infinity);
        const done = player.play();
        await jest.runAllTimersAsync();
        await expect(done).resolves.toBe('finished');
        expect(calls).toBe(3);
        expect(errors).toHaveBeenCalledTimes(1);
        errors.mockRestore();
    });

    it('refuses to play with nothing loaded and a speed that is not positive', async () => {
        const player = new ScenarioPlayer(() => undefined);
        await expect(player.play()).rejects.toThrow('No scenario');
        expect(() => player.setSpeed(0)).toThrow(RangeError);
    });
});

describe('stampDetail', () => {
    const step = (detail: unknown, type = 'transcript'): PlayableStep => ({
        at: 1500,
        type,
        detail,
        label: null
    });

    it('gives conversation events without timestamps the scenario clock', () => {
        expect(stampDetail(step({ id: 'u1' }), 1000)).toEqual({
            id: 'u1',
            clientSentTimestamp: 2500,
            serverReceivedTimestamp: 2540
        });
    });

    it('stamps a call whose server clock is skewed that far off the scenario clock', () => {
        const skewed = { ...step({ id: 'u1' }), serverClockSkewMs: -600_000 };
        expect(stampDetail(skewed, 1_000_000)).toEqual({
            id: 'u1',
            clientSentTimestamp: 401_500,
            serverReceivedTimestamp: 401_540
        });
    });

    it('leaves details alone that name a timestamp, other events and non-objects', () => {
        const withNull = { id: 'u1', clientSentTimestamp: null };
        expect(stampDetail(step(withNull), 1000)).toBe(withNull);
        const mute = { callId: 'c1' };
        expect(stampDetail(step(mute, 'mute'), 1000)).toBe(mute);
        expect(stampDetail(step(null), 1000)).toBeNull();
    });

    it('builds hostile payloads from their $hostile specs', () => {
        const cyclic = stampDetail(step({ $hostile: 'cyclic', callId: 'c1' }), 0) as Record<
            string,
            unknown
        >;
        expect(cyclic.self).toBe(cyclic);
        const proxy = stampDetail(step({ $hostile: 'proxy' }), 0) as Record<string, unknown>;
        expect(() => proxy.callId).toThrow('hostile proxy');
        const getters = stampDetail(step({ $hostile: 'throwing-getter' }), 0) as Record<
            string,
            unknown
        >;
        expect(() => getters.callId).toThrow('hostile getter');
        const long = stampDetail(step({ $hostile: 'long-text', callId: 'c1', length: 10 }), 0) as {
            content: { text: string };
        };
        expect(long.content.text).toBe('AAAAAAAAAA');
        const frozen = stampDetail(
            step({ $hostile: 'frozen', value: { callId: 'c1', deep: {} } }, 'mute'),
            0
        );
        expect(Object.isFrozen(frozen)).toBe(true);
        expect(Object.isFrozen((frozen as { deep: object }).deep)).toBe(true);
    });

    it('stamps hostile utterances from the scenario clock, so a replay sends the same payloads', () => {
        for (const kind of ['cyclic', 'long-text', 'deep-nesting']) {
            const built = stampDetail(step({ $hostile: kind, callId: 'c1', length: 3 }), 1000) as {
                clientSentTimestamp: number;
                serverReceivedTimestamp: number;
            };
            expect([built.clientSentTimestamp, built.serverReceivedTimestamp]).toEqual([
                2500, 2500
            ]);
        }
    });
});
