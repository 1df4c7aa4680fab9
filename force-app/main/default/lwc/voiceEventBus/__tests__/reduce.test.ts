import {
    CALLER_KEY,
    DEFAULT_LIMITS,
    callEvidence,
    callerOf,
    createConsoleState,
    estimateMos,
    isLive,
    lossPercent,
    normalizeToolkitEvent,
    openFlags,
    reduceConsoleState,
    resolveLimits,
    selectActiveCallId,
    sortedCalls,
    type CallState,
    type ConsoleState,
    type StateLimits,
    type VoiceEvent,
    type VoiceEventType
} from 'c/voiceEventBus';
import {
    SCENARIOS,
    applyAll,
    deepFreeze,
    documentedEvent,
    jsonCopy,
    scenarioEvents
} from './fixtures';

const T = 1718000000000;

/** A validated event for `callId` arriving at T + offset. */
function ev(
    type: VoiceEventType,
    offset: number,
    detail: Record<string, unknown> = {},
    callId = 'call-1'
): VoiceEvent {
    const result = normalizeToolkitEvent(type, { callId, ...detail }, T + offset);
    if (!result.ok) {
        throw new Error(`${type}: ${result.reason}`);
    }
    return result.event;
}

function utterance(
    id: string,
    offset: number,
    text: string,
    timestamps: { server?: number | null; client?: number | null } = {},
    role = 'Agent'
): VoiceEvent {
    return ev('transcript', offset, {
        id,
        serverReceivedTimestamp: timestamps.server === undefined ? T + offset : timestamps.server,
        clientSentTimestamp: timestamps.client === undefined ? T + offset - 20 : timestamps.client,
        content: { formatType: 'Text', text },
        sender: { role }
    });
}

function conversation(
    type: 'flagraise' | 'flaglower' | 'note',
    id: string,
    offset: number,
    text: string | null,
    role = 'Agent',
    callId = 'call-1'
): VoiceEvent {
    return ev(
        type,
        offset,
        {
            id,
            serverReceivedTimestamp: T + offset,
            clientSentTimestamp: T + offset - 40,
            content: { formatType: text === null ? null : 'Text', text },
            sender: { role, displayName: `${role} Name` },
            voiceCallId: '0LQRM0000006CSz'
        },
        callId
    );
}

function call(state: ConsoleState, callId = 'call-1'): CallState {
    const found = state.calls[callId];
    if (!found) {
        throw new Error(`no call ${callId}`);
    }
    return found;
}

/** Participants as a rep sees them: who, and whether on hold. */
function lineup(state: ConsoleState, callId?: string): Array<[string, boolean]> {
    return call(state, callId).participants.map((p) => [p.name ?? p.key, p.onHold]);
}

describe('reduceConsoleState: call lifecycle', () => {
    it('callstarted opens a ringing call with its type and caller', () => {
        const state = applyAll([
            ev('callstarted', 0, { callType: 'inbound', participant: '+1 415 555 0100' })
        ]);
        expect(call(state)).toMatchObject({
            callId: 'call-1',
            phase: 'ringing',
            callType: 'inbound',
            caller: '+1 415 555 0100',
            startedAt: T,
            connectedAt: null,
            endedAt: null,
            sawCallStarted: true,
            lastEventAt: T
        });
        expect(callerOf(call(state))).toMatchObject({
            key: CALLER_KEY,
            name: '+1 415 555 0100',
            onHold: false
        });
        expect(state.lastEventAt).toBe(T);
        expect(isLive(call(state))).toBe(true);
    });

    it('moves ringing → connected → afterCallWork → ended with a timestamp for each', () => {
        const state = applyAll([
            ev('callstarted', 0, { callType: 'inbound' }),
            ev('callconnected', 5000, { callType: 'inbound' }),
            ev('callended', 60000),
            ev('wrapupended', 90000)
        ]);
        expect(call(state)).toMatchObject({
            phase: 'ended',
            startedAt: T,
            connectedAt: T + 5000,
            endedAt: T + 60000,
            wrapUpEndedAt: T + 90000,
            lastEventAt: T + 90000
        });
        expect(isLive(call(state))).toBe(false);
    });

    it('never moves a phase back, and takes the earliest time from reordered events', () => {
        const state = applyAll([
            ev('callended', 60000),
            ev('callconnected', 5000, { callType: 'inbound', participant: '+1 555' }),
            ev('callstarted', 0, { callType: 'inbound', participant: '+1 555' })
        ]);
        expect(call(state)).toMatchObject({
            phase: 'afterCallWork',
            startedAt: T,
            connectedAt: T + 5000,
            endedAt: T + 60000,
            caller: '+1 555',
            sawCallStarted: true,
            lastEventAt: T + 60000
        });
    });

    it('the caller joins when the call started, even when callstarted arrives last', () => {
        const state = applyAll([
            ev('callconnected', 5000, { participant: '+1 555' }),
            ev('callstarted', 0, { participant: '+1 555' })
        ]);
        expect(callerOf(call(state))?.joinedAt).toBe(T);
    });

    it('a call first seen through any event other than callstarted is connected', () => {
        const state = applyAll([utterance('u1', 0, 'Hello')]);
        expect(call(state).phase).toBe('connected');
        expect(call(state).sawCallStarted).toBe(false);
    });

    it('keeps the first call type and caller it learns', () => {
        const state = applyAll([
            ev('callstarted', 0, { callType: 'Outbound', participant: '+1 555 0001' }),
            ev('callconnected', 1000, { callType: 'inbound', participant: '+1 555 0002' })
        ]);
        expect(call(state)).toMatchObject({ callType: 'outbound', caller: '+1 555 0001' });
    });

    it('keeps calls apart by callId', () => {
        const state = applyAll([
            ev('callconnected', 0, { participant: 'A' }, 'call-a'),
            ev('callconnected', 10, { participant: 'B' }, 'call-b'),
            ev('mute', 20, {}, 'call-a'),
            ev('callended', 30, {}, 'call-b')
        ]);
        expect(call(state, 'call-a')).toMatchObject({ phase: 'connected', caller: 'A' });
        expect(call(state, 'call-a').muted?.value).toBe(true);
        expect(call(state, 'call-b')).toMatchObject({ phase: 'afterCallWork', muted: null });
    });
});

describe('reduceConsoleState: Native Telephony', () => {
    const events = scenarioEvents('native-telephony');
    const callId = events[0].callId;

    it('has none of the events Native Telephony never sends', () => {
        expect(events.map((event) => event.type)).toEqual(
            expect.not.arrayContaining(['callstarted', 'audiostats', 'swap', 'wrapupended'])
        );
    });

    it('opens the call from callconnected alone', () => {
        const state = applyAll(events.slice(0, 1));
        expect(call(state, callId)).toMatchObject({
            phase: 'connected',
            callType: 'inbound',
            caller: '+1 (312) 555-0123',
            startedAt: events[0].receivedAt,
            connectedAt: events[0].receivedAt,
            sawCallStarted: false
        });
        expect(selectActiveCallId(state)).toBe(callId);
    });

    it('starts after-call work at callended and stays there without wrapupended', () => {
        const state = applyAll(events);
        const ended = call(state, callId);
        expect(ended.phase).toBe('afterCallWork');
        expect(ended.endedAt).toBe(events[events.length - 1].receivedAt);
        expect(ended.wrapUpEndedAt).toBeNull();
        expect(ended.audio).toBeNull();
        expect(lineup(state, callId)).toEqual([['+1 (312) 555-0123', false]]);
        expect(ended.transcript.map((u) => u.id)).toEqual(['u-21', 'u-22']);
        expect(ended.flags).toHaveLength(1);
        expect(ended.flags[0].lowered?.by.kind).toBe('supervisor');
        expect(ended.notes.map((n) => n.text)).toEqual(['Fraud team informed.']);
        expect(ended.muted?.value).toBe(false);
        expect(ended.recordingPaused?.value).toBe(false);
        // With no live call, the call in after-call work is still the one to follow.
        expect(selectActiveCallId(state)).toBe(callId);
    });
});

describe('reduceConsoleState: mute and recording', () => {
    it('mute and unmute set the state with the time it changed', () => {
        const muted = applyAll([ev('callconnected', 0), ev('mute', 1000)]);
        expect(call(muted).muted).toEqual({ value: true, at: T + 1000 });
        const unmuted = reduceConsoleState(muted, ev('unmute', 2000));
        expect(call(unmuted).muted).toEqual({ value: false, at: T + 2000 });
    });

    it('is set-not-toggle: a repeated mute stays muted', () => {
        const state = applyAll([ev('mute', 1000), ev('mute', 1500)]);
        expect(call(state).muted?.value).toBe(true);
    });

    it('the newest write wins whatever order the events arrive in', () => {
        const state = applyAll([ev('unmute', 2000), ev('mute', 1000)]);
        expect(call(state).muted).toEqual({ value: false, at: T + 2000 });
        const recording = applyAll([ev('resumerecording', 5000), ev('pauserecording', 4000)]);
        expect(call(recording).recordingPaused).toEqual({ value: false, at: T + 5000 });
    });

    it('at equal times prefers muted and paused, so the result does not depend on order', () => {
        for (const order of [
            ['mute', 'unmute'],
            ['unmute', 'mute']
        ] as const) {
            const state = applyAll(order.map((type) => ev(type, 1000)));
            expect(call(state).muted?.value).toBe(true);
        }
        const paused = applyAll([ev('pauserecording', 7), ev('resumerecording', 7)]);
        expect(call(paused).recordingPaused?.value).toBe(true);
    });
});

describe('reduceConsoleState: participants, hold, conference and swap', () => {
    const caller = '+1 (212) 555-0147';
    const third = '+1 (646) 555-0199';
    const events = scenarioEvents('transfer-conference-swap');
    const callId = events[0].callId;
    const after = (count: number) => applyAll(events.slice(0, count));

    it('holds and resumes the caller named by phone number', () => {
        const held = after(3);
        expect(lineup(held, callId)).toEqual([[caller, true]]);
        expect(callerOf(call(held, callId))?.holdStartedAt).toBe(events[2].receivedAt);
    });

    it('adds a third party who is not on hold', () => {
        expect(lineup(after(4), callId)).toEqual([
            [caller, true],
            [third, false]
        ]);
        expect(call(after(4), callId).participants[1]).toMatchObject({
            key: third,
            role: 'thirdParty',
            joinedAt: events[3].receivedAt
        });
    });

    it('swap exchanges who is on hold, twice', () => {
        expect(lineup(after(5), callId)).toEqual([
            [caller, false],
            [third, true]
        ]);
        expect(lineup(after(6), callId)).toEqual([
            [caller, true],
            [third, false]
        ]);
    });

    it('conference takes everyone off hold and marks the call conferenced', () => {
        const merged = after(7);
        expect(lineup(merged, callId)).toEqual([
            [caller, false],
            [third, false]
        ]);
        expect(call(merged, callId).conferenced).toBe(true);
        // Mute and unmute do not end the conference.
        expect(call(after(9), callId).conferenced).toBe(true);
    });

    it('removes the third party but never the caller, and a new hold ends the conference', () => {
        expect(lineup(after(10), callId)).toEqual([[caller, false]]);
        expect(call(after(10), callId).conferenced).toBe(true);
        expect(call(after(11), callId).conferenced).toBe(false);
        const final = applyAll(events);
        expect(lineup(final, callId)).toEqual([[caller, false]]);
        expect(call(final, callId).phase).toBe('ended');
        expect(
            applyAll([ev('participantremoved', 10, { participant: '+1 555' })]).calls['call-1']
                .participants
        ).toHaveLength(1);
    });

    it('a hold without a participant, or naming the caller, holds the caller', () => {
        const state = applyAll([
            ev('callconnected', 0, { participant: '+1 555 0100' }),
            ev('hold', 1000, {})
        ]);
        expect(lineup(state)).toEqual([['+1 555 0100', true]]);
    });

    it('treats a swap delivered again by a second window (its own arrival time) as one swap', () => {
        const base = [
            ev('callconnected', 0, { participant: 'C' }),
            ev('hold', 1000, { participant: 'C' }),
            ev('participantadded', 2000, { participant: 'Q' })
        ];
        const once = applyAll([...base, ev('swap', 10000)]);
        const relayed = { ...ev('swap', 10150), origin: 'pop-out-window' };
        const withCopy = applyAll([...base, ev('swap', 10000), relayed]);
        expect(lineup(withCopy)).toEqual(lineup(once));
        expect(lineup(applyAll([...base, relayed, ev('swap', 10000)]))).toEqual(lineup(once));
        expect(lineup(once)).toEqual([
            ['C', false],
            ['Q', true]
        ]);
    });

    it('does not let a chain of swap copies swallow the next real swap', () => {
        // Swap at 10 s, a copy from a slow window 400 ms later, then a real swap at 11.2 s:
        // 11.2 s is 1.2 s after the swap applied, so it is real even though it is only 800 ms
        // after the copy.
        const state = applyAll([
            ev('callconnected', 0, { participant: 'C' }),
            ev('hold', 1000, { participant: 'C' }),
            ev('participantadded', 2000, { participant: 'Q' }),
            ev('swap', 10000),
            { ...ev('swap', 10400), origin: 'pop-out-window' },
            ev('swap', 11200)
        ]);
        expect(lineup(state)).toEqual([
            ['C', true],
            ['Q', false]
        ]);
    });

    it("counts two real swaps 450 ms apart as two, with or without a second window's copies", () => {
        // Issue 10: quick swaps once showed the wrong party on hold (the second was dropped).
        const base = [
            ev('callconnected', 0, { participant: 'C' }),
            ev('hold', 1000, { participant: 'C' }),
            ev('participantadded', 2000, { participant: 'Q' })
        ];
        const swaps = [ev('swap', 10000), ev('swap', 10450)];
        const copies = [
            { ...ev('swap', 10180), origin: 'pop-out-window' },
            { ...ev('swap', 10500), origin: 'pop-out-window' }
        ];
        const backToStart = [
            ['C', true],
            ['Q', false]
        ];
        expect(lineup(applyAll([...base, ...swaps]))).toEqual(backToStart);
        expect(lineup(applyAll([...base, ...swaps, ...copies]))).toEqual(backToStart);
        expect(lineup(applyAll([...base, copies[1], swaps[1], copies[0], swaps[0]]))).toEqual(
            backToStart
        );
        // Three quick swaps: the other party ends up on hold.
        const three = [...swaps, ev('swap', 10900)];
        expect(lineup(applyAll([...base, ...three]))).toEqual([
            ['C', false],
            ['Q', true]
        ]);
    });

    it('keeps at most maxLegEntriesPerCall hold/participant entries', () => {
        const limits = resolveLimits({ maxLegEntriesPerCall: 4 });
        let state = createConsoleState();
        for (let index = 0; index < 10; index += 1) {
            state = reduceConsoleState(
                state,
                ev(index % 2 ? 'resume' : 'hold', index * 1000, { participant: 'C' }),
                limits
            );
        }
        expect(call(state).legs).toHaveLength(4);
        expect(call(state).legs[3]).toMatchObject({ kind: 'resume', at: T + 9000 });
    });
});

describe('reduceConsoleState: audio quality', () => {
    const events = scenarioEvents('inbound-lifecycle');
    const callId = events[0].callId;
    const audioAfter = (count: number) => call(applyAll(events.slice(0, count)), callId).audio;
    const sampleIndexes = events.flatMap((event, index) => {
        return event.type === 'audiostats' ? [index] : [];
    });
    const indexOfSample = (n: number) => sampleIndexes[n];

    it('grades a clean line good and estimates its MOS from the worst direction', () => {
        const audio = audioAfter(indexOfSample(0) + 1);
        expect(audio).toMatchObject({
            grade: 'good',
            breaches: [],
            roundTripTimeMillis: 120,
            jitterMillis: 6,
            packetLossPercent: 0.2
        });
        expect(audio?.mos).toBeCloseTo(4.35, 2);
    });

    it('grades a bad line poor and names every figure past its threshold', () => {
        const audio = audioAfter(indexOfSample(1) + 1);
        expect(audio).toMatchObject({
            grade: 'poor',
            breaches: ['rtt', 'jitter', 'loss', 'mos'],
            roundTripTimeMillis: 480,
            jitterMillis: 45,
            packetLossPercent: 5
        });
        expect(audio?.mos).toBeCloseTo(3.03, 2);
    });

    it('stays poor while figures are between the clear and warn thresholds (hysteresis)', () => {
        const audio = audioAfter(indexOfSample(2) + 1);
        expect(audio).toMatchObject({ grade: 'poor', breaches: [], roundTripTimeMillis: 350 });
        // The same sample on a call that was never poor is good.
        const fresh = applyAll([
            ev('audiostats', 0, { stats: { inputChannelStats: audio?.input } })
        ]);
        expect(call(fresh).audio?.grade).toBe('good');
    });

    it('turns good again once every figure is back in the clear', () => {
        expect(audioAfter(events.length)).toMatchObject({ grade: 'good', breaches: [] });
    });

    it('grades the same whatever order the samples arrive in', () => {
        const samples = events.filter((event) => event.type === 'audiostats');
        const inOrder = call(applyAll(samples), callId);
        const reversed = call(applyAll([...samples].reverse()), callId);
        expect(reversed.audio).toEqual(inOrder.audio);
        expect(reversed.audioSamples).toEqual(inOrder.audioSamples);
        // Without the last sample the hysteresis decides, in either order.
        const three = samples.slice(0, 3);
        expect(call(applyAll([three[2], three[0], three[1]]), callId).audio?.grade).toBe('poor');
    });

    it('keeps the newest 10 samples and ignores one older than all of them', () => {
        let state = createConsoleState();
        for (let index = 1; index <= 12; index += 1) {
            state = reduceConsoleState(
                state,
                ev('audiostats', index * 30000, {
                    stats: { inputChannelStats: { roundTripTimeMillis: 100 + index } }
                })
            );
        }
        expect(call(state).audioSamples).toHaveLength(10);
        expect(call(state).audio?.roundTripTimeMillis).toBe(112);
        const late = reduceConsoleState(
            state,
            ev('audiostats', 0, { stats: { inputChannelStats: { roundTripTimeMillis: 999 } } })
        );
        expect(late).toBe(state);
    });

    it('counts loss against received + lost packets in, and against sent packets out', () => {
        expect(
            lossPercent(
                {
                    packetsLost: 30,
                    packetsCount: 1470,
                    jitterBufferMillis: null,
                    roundTripTimeMillis: null
                },
                'input'
            )
        ).toBe(2);
        expect(
            lossPercent(
                {
                    packetsLost: 15,
                    packetsCount: 1500,
                    jitterBufferMillis: null,
                    roundTripTimeMillis: null
                },
                'output'
            )
        ).toBe(1);
        expect(
            lossPercent(
                {
                    packetsLost: 0,
                    packetsCount: 0,
                    jitterBufferMillis: null,
                    roundTripTimeMillis: null
                },
                'input'
            )
        ).toBeNull();
        expect(
            lossPercent(
                {
                    packetsLost: 9,
                    packetsCount: 3,
                    jitterBufferMillis: null,
                    roundTripTimeMillis: null
                },
                'output'
            )
        ).toBe(100);
        expect(
            lossPercent(
                {
                    packetsLost: null,
                    packetsCount: 10,
                    jitterBufferMillis: null,
                    roundTripTimeMillis: null
                },
                'input'
            )
        ).toBeNull();
        expect(lossPercent(null, 'output')).toBeNull();
    });

    it('estimates MOS on the 1–4.5 scale and only with a round-trip time', () => {
        expect(estimateMos(null, 10, 0)).toBeNull();
        expect(estimateMos(40, 2, 0)).toBeGreaterThan(4.3);
        expect(estimateMos(40, 2, 0)).toBeLessThanOrEqual(4.5);
        expect(estimateMos(2000, 500, 100)).toBe(1);
        expect(estimateMos(300, 30, 1)!).toBeGreaterThan(estimateMos(300, 30, 5)!);
    });
});

describe('reduceConsoleState: transcript', () => {
    it('orders by server time, then client time, then id', () => {
        const state = applyAll([
            utterance('d', 5, 'fourth', { server: T + 300, client: T + 100 }),
            utterance('b', 1, 'second', { server: T + 200, client: T + 50 }),
            utterance('c', 2, 'third', { server: T + 200, client: T + 60 }),
            utterance('a', 9, 'first', { server: T + 100, client: T + 900 }),
            utterance('e2', 3, 'sixth', { server: T + 400, client: T + 10 }),
            utterance('e1', 4, 'fifth', { server: T + 400, client: T + 10 })
        ]);
        expect(call(state).transcript.map((u) => u.text)).toEqual([
            'first',
            'second',
            'third',
            'fourth',
            'fifth',
            'sixth'
        ]);
    });

    it('falls back to client time, then arrival time, when timestamps are missing', () => {
        const state = applyAll([
            utterance('late', 5000, 'arrived last', { server: null, client: null }),
            utterance('client-only', 9000, 'client time', { server: null, client: T + 100 }),
            utterance('server', 1, 'server time', { server: T + 200, client: null })
        ]);
        expect(call(state).transcript.map((u) => u.id)).toEqual(['client-only', 'server', 'late']);
    });

    it('keeps the speaker of each line', () => {
        const state = applyAll(scenarioEvents('inbound-lifecycle'));
        const lines = Object.values(state.calls)[0].transcript;
        expect(lines.map((u) => u.sender.kind)).toEqual([
            'agent',
            'customer',
            'agent',
            'customer',
            'agent',
            'customer'
        ]);
    });

    it('dedupes by id: the same utterance again returns the very same state', () => {
        const once = applyAll([utterance('u1', 0, 'Hello')]);
        expect(reduceConsoleState(once, utterance('u1', 0, 'Hello'))).toBe(once);
    });

    it('dedupes a copy from another window (later arrival, no timestamps) and a re-sent id', () => {
        const first = utterance('u1', 0, 'Hello', { server: null, client: null });
        const copy = utterance('u1', 35, 'Hello', { server: null, client: null });
        const resent = utterance('u1', 50, 'Hello again', { server: T + 999, client: T + 990 });
        const state = applyAll([first, copy, resent]);
        expect(call(state).transcript.map((u) => u.text)).toEqual(['Hello']);
    });

    it('keeps the newest maxUtterancesPerCall and counts the dropped ones', () => {
        const limits = resolveLimits({ maxUtterancesPerCall: 3 });
        const lines = [1, 2, 3, 4, 5].map((n) => utterance(`u${n}`, n * 1000, `line ${n}`));
        const state = applyAll(lines, createConsoleState(), limits);
        expect(call(state).transcript.map((u) => u.id)).toEqual(['u3', 'u4', 'u5']);
        expect(call(state).droppedUtterances).toBe(2);
        // A late line older than everything kept is not brought back.
        expect(reduceConsoleState(state, lines[0], limits)).toBe(state);
        const none = applyAll(
            lines,
            createConsoleState(),
            resolveLimits({ maxUtterancesPerCall: 0 })
        );
        expect(call(none).transcript).toEqual([]);
    });

    it('resolveLimits falls back to the defaults for missing or invalid values', () => {
        expect(resolveLimits()).toEqual(DEFAULT_LIMITS);
        expect(
            resolveLimits({
                maxUtterancesPerCall: Number.NaN,
                maxNotesPerCall: -1,
                maxFlagsPerCall: 7.9,
                maxEndedCalls: Number.POSITIVE_INFINITY
            } as Partial<StateLimits>)
        ).toEqual({ ...DEFAULT_LIMITS, maxFlagsPerCall: 7 });
    });

    // How long it takes is measured by npm run bench (a timed assertion here would make the gate
    // depend on the machine's load); this checks the 10,000-utterance call comes out whole.
    it('reduces a 10,000-utterance call, keeping every utterance in order', () => {
        const events: VoiceEvent[] = [];
        for (let n = 0; n < 10000; n += 1) {
            events.push(utterance(`u-${n}`, n * 10, `utterance number ${n}`));
        }
        const state = applyAll(events);
        expect(call(state).transcript).toHaveLength(10000);
        expect(call(state).transcript[9999].id).toBe('u-9999');
        expect(call(state).droppedUtterances).toBe(0);
    });
});

describe('reduceConsoleState: flags and notes', () => {
    const events = scenarioEvents('flags-notes');
    const callId = events[0].callId;

    it('pairs each lower with its raise, by id or by time, and leaves the last flag open', () => {
        const state = applyAll(events);
        const flags = call(state, callId).flags;
        expect(
            flags.map((flag) => [
                flag.id,
                flag.message,
                flag.lowered?.id ?? null,
                flag.lowered?.by.kind ?? null
            ])
        ).toEqual([
            ['flag-01', 'Customer asks for a manager.', 'flag-01', 'supervisor'],
            ['flag-02', 'Refund is over my limit.', 'lower-02', 'agent'],
            ['flag-03', 'Customer wants a callback from a manager tomorrow.', null, null]
        ]);
        expect(flags[0]).toMatchObject({
            voiceCallId: '0LQRM0000006CSz',
            raisedBy: { kind: 'agent', displayName: 'Angela Agent' }
        });
        expect(openFlags(state).map((flag) => flag.id)).toEqual(['flag-03']);
    });

    it('pairs a lower that arrives before its raise', () => {
        const lower = conversation('flaglower', 'f1', 5000, null, 'Supervisor');
        const raise = conversation('flagraise', 'f1', 1000, 'Help please');
        const state = applyAll([lower, raise]);
        expect(call(state).flags).toHaveLength(1);
        expect(call(state).flags[0].lowered).toEqual({
            id: 'f1',
            at: T + 5000,
            receivedAt: T + 5000,
            by: { role: 'Supervisor', kind: 'supervisor', displayName: 'Supervisor Name' }
        });
        expect(openFlags(state)).toEqual([]);
    });

    it('settles lowers that name a raise before the positional ones', () => {
        const state = applyAll([
            conversation('flagraise', 'a', 1000, 'first'),
            conversation('flagraise', 'b', 2000, 'second'),
            conversation('flaglower', 'x', 2500, null),
            conversation('flaglower', 'b', 3000, null)
        ]);
        expect(call(state).flags.map((flag) => [flag.id, flag.lowered?.id])).toEqual([
            ['a', 'x'],
            ['b', 'b']
        ]);
    });

    it('a lower with no open raise before it changes no flag', () => {
        const state = applyAll([
            conversation('flaglower', 'x', 500, null),
            conversation('flagraise', 'a', 1000, 'after the lower')
        ]);
        expect(openFlags(state).map((flag) => flag.id)).toEqual(['a']);
    });

    it('lists open flags across calls, longest waiting first', () => {
        const state = applyAll([
            conversation('flagraise', 'late', 9000, 'late', 'Agent', 'call-b'),
            conversation('flagraise', 'early', 1000, 'early', 'Agent', 'call-a')
        ]);
        expect(openFlags(state).map((flag) => flag.callId)).toEqual(['call-a', 'call-b']);
    });

    it('keeps notes in time order and dedupes them by id', () => {
        const state = applyAll(events);
        const notes = call(state, callId).notes;
        expect(notes.map((note) => [note.id, note.sender.kind])).toEqual([
            ['note-01', 'supervisor'],
            ['note-02', 'agent'],
            ['note-03', 'agent']
        ]);
        const copy = events.find((event) => event.type === 'note')!;
        expect(reduceConsoleState(state, copy)).toBe(state);
        expect(
            reduceConsoleState(state, { ...copy, receivedAt: copy.receivedAt + 40 }).calls[callId]
                .notes
        ).toHaveLength(3);
    });

    it('bounds notes and flags per call', () => {
        const limits = resolveLimits({ maxNotesPerCall: 2, maxFlagsPerCall: 2 });
        const state = applyAll(
            [1, 2, 3].flatMap((n) => [
                conversation('note', `n${n}`, n * 1000, `note ${n}`),
                conversation('flagraise', `f${n}`, n * 1000, `flag ${n}`)
            ]),
            createConsoleState(),
            limits
        );
        expect(call(state).notes.map((note) => note.id)).toEqual(['n2', 'n3']);
        expect(call(state).flags.map((flag) => flag.id)).toEqual(['f2', 'f3']);
    });
});

describe('reduceConsoleState: ended calls are pruned', () => {
    const limits = resolveLimits({ maxEndedCalls: 2, maxPrunedIds: 3 });
    const lifecycle = (callId: string, start: number) => [
        ev('callconnected', start, {}, callId),
        ev('callended', start + 100, {}, callId)
    ];

    it('keeps the newest maxEndedCalls finished calls and remembers the pruned ids', () => {
        const state = applyAll(
            [
                ...lifecycle('c1', 0),
                ...lifecycle('c2', 1000),
                ev('callconnected', 1500, {}, 'live'),
                ...lifecycle('c3', 2000),
                ...lifecycle('c4', 3000)
            ],
            createConsoleState(),
            limits
        );
        expect(Object.keys(state.calls).sort()).toEqual(['c3', 'c4', 'live']);
        expect(state.prunedCallIds).toEqual(['c1', 'c2']);
        expect(sortedCalls(state).map((c) => c.callId)).toEqual(['live', 'c4', 'c3']);
        expect(selectActiveCallId(state)).toBe('live');
    });

    it('ignores late events for a pruned call', () => {
        const state = applyAll(
            [...lifecycle('c1', 0), ...lifecycle('c2', 1000), ...lifecycle('c3', 2000)],
            createConsoleState(),
            limits
        );
        expect(state.calls.c1).toBeUndefined();
        for (const late of [
            utterance('late', 5000, 'late'),
            ev('wrapupended', 5000),
            ev('mute', 5000)
        ]) {
            const forPruned = { ...late, callId: 'c1' } as VoiceEvent;
            expect(reduceConsoleState(state, forPruned, limits)).toBe(state);
        }
    });

    it('remembers at most maxPrunedIds ids', () => {
        const events = [0, 1, 2, 3, 4, 5, 6].flatMap((n) => lifecycle(`c${n}`, n * 1000));
        const state = applyAll(events, createConsoleState(), limits);
        expect(state.prunedCallIds).toEqual(['c2', 'c3', 'c4']);
    });

    it('never prunes a live call', () => {
        const events = [0, 1, 2, 3].map((n) => ev('callconnected', n, {}, `live${n}`));
        const state = applyAll(events, createConsoleState(), resolveLimits({ maxEndedCalls: 0 }));
        expect(Object.keys(state.calls)).toHaveLength(4);
    });
});

describe('reduceConsoleState: purity and idempotence', () => {
    it.each(SCENARIOS.map((name) => [name]))(
        '%s: never mutates a deep-frozen input state',
        (name) => {
            let state = createConsoleState();
            for (const event of scenarioEvents(name)) {
                const frozen = deepFreeze(state);
                const before = JSON.stringify(frozen);
                state = reduceConsoleState(frozen, deepFreeze(event));
                expect(JSON.stringify(frozen)).toBe(before);
            }
        }
    );

    it.each(SCENARIOS.map((name) => [name]))(
        '%s: applying any event a second time changes nothing',
        (name) => {
            let state = createConsoleState();
            for (const event of scenarioEvents(name)) {
                state = reduceConsoleState(state, event);
                const again = reduceConsoleState(state, event);
                expect(again).toEqual(state);
            }
        }
    );

    it('returns the same object when an event changes nothing', () => {
        const state = applyAll([ev('callconnected', 0), ev('mute', 1000)]);
        expect(reduceConsoleState(state, ev('mute', 1000))).toBe(state);
    });

    it('produces JSON-safe state (it travels in LMS snapshots)', () => {
        const state = applyAll(SCENARIOS.flatMap((name) => scenarioEvents(name)));
        expect(jsonCopy(state)).toEqual(state);
    });

    it('reduces every documented payload without error', () => {
        const inCallOrder: VoiceEventType[] = [
            'callstarted',
            'callconnected',
            'audiostats',
            'transcript',
            'flagraise',
            'flaglower',
            'note',
            'hold',
            'resume',
            'mute',
            'unmute',
            'participantadded',
            'participantremoved',
            'conference',
            'swap',
            'pauserecording',
            'resumerecording',
            'callended',
            'wrapupended'
        ];
        const state = applyAll(
            inCallOrder.map((type, index) => {
                const { detail } = documentedEvent(type);
                const result = normalizeToolkitEvent(type, detail, T + index * 1000);
                if (!result.ok) {
                    throw new Error(result.reason);
                }
                return result.event;
            })
        );
        const documented = state.calls['c5d93c19-e03b-44f8-85e6-a11f02e70c45'];
        expect(documented.phase).toBe('ended');
        expect(documented.transcript).toHaveLength(1);
        expect(documented.flags[0].lowered?.by.displayName).toBe('Samir Supervisor');
        expect(documented.notes).toHaveLength(1);
        expect(documented.audio?.packetLossPercent).toBe(2);
        expect(state.calls['d7a9f1b7-fc17-43fe-8ca7-e584a2b34792'].phase).toBe('ringing');
    });
});

describe('selectActiveCallId: which call a panel follows', () => {
    const reduceAll = (events: VoiceEvent[]) =>
        events.reduce((state, event) => reduceConsoleState(state, event), createConsoleState());
    // Two calls that each rang and connected: both confirmed (see callEvidence).
    const twoLiveCalls = [
        ev('callstarted', 0, { callType: 'inbound', participant: '+1 111' }, 'first'),
        ev('callconnected', 1000, { callType: 'inbound', participant: '+1 111' }, 'first'),
        ev('callstarted', 5000, { callType: 'outbound', participant: '+1 222' }, 'second'),
        ev('callconnected', 5500, { callType: 'outbound', participant: '+1 222' }, 'second')
    ];

    it('follows the newest live call', () => {
        expect(selectActiveCallId(reduceAll(twoLiveCalls))).toBe('second');
    });

    it('does not hop to the other call when it merely has a newer transcript line or audio stats', () => {
        const state = reduceAll([
            ...twoLiveCalls,
            ev(
                'transcript',
                6000,
                {
                    id: 'u-1',
                    serverReceivedTimestamp: T + 6000,
                    content: { formatType: 'Text', text: 'Still there?' },
                    sender: { role: 'EndUser' }
                },
                'first'
            ),
            ev(
                'audiostats',
                7000,
                { stats: [{ inputChannelStats: { roundTripTimeMillis: 90 } }] },
                'first'
            )
        ]);
        expect(selectActiveCallId(state)).toBe('second');
    });

    it('follows the call whose caller is not on hold', () => {
        const state = reduceAll([
            ...twoLiveCalls,
            ev('hold', 8000, { participant: '+1 222' }, 'second')
        ]);
        expect(selectActiveCallId(state)).toBe('first');
        expect(sortedCalls(state).map((c) => c.callId)).toEqual(['first', 'second']);
    });

    const oneConfirmedCall = twoLiveCalls.slice(0, 2);

    it.each([
        ['hold', { participant: 'Initial_Caller' }],
        ['mute', {}],
        ['participantadded', { participant: '+1 333' }],
        ['audiostats', { stats: [{ inputChannelStats: { roundTripTimeMillis: 90 } }] }],
        ['callconnected', { callType: 'inbound', participant: '+1 333' }],
        ['callstarted', { callType: 'inbound', participant: '+1 333' }],
        [
            'transcript',
            {
                id: 'u-stray',
                serverReceivedTimestamp: T + 9000,
                content: { formatType: 'Text', text: 'Hello?' },
                sender: { role: 'EndUser' }
            }
        ]
    ])(
        'a single %s for an unknown call does not take focus from the confirmed call',
        (type, detail) => {
            const stray = ev(type as VoiceEventType, 9000, detail, '12345');
            for (const events of [
                [...oneConfirmedCall, stray],
                [stray, ...oneConfirmedCall],
                [stray, stray, ...oneConfirmedCall, stray]
            ]) {
                const state = reduceAll(events);
                expect(selectActiveCallId(state)).toBe('first');
                expect(sortedCalls(state)[0].callId).toBe('first');
                expect(callEvidence(state.calls['12345'])).not.toBe('confirmed');
            }
        }
    );

    it('grades calls by evidence: stray state events, a lone sign of the call, then corroborated', () => {
        const stray = reduceAll([ev('hold', 0, { participant: 'Initial_Caller' }, 'x')]);
        expect(callEvidence(stray.calls.x)).toBe('stray');
        const rang = reduceAll([ev('callstarted', 0, { callType: 'inbound' }, 'x')]);
        expect(callEvidence(rang.calls.x)).toBe('announced');
        expect(callEvidence(reduceAll(oneConfirmedCall).calls.first)).toBe('confirmed');
        const native = reduceAll([
            ev('callconnected', 0, { callType: 'inbound' }, 'x'),
            ev(
                'audiostats',
                30_000,
                { stats: [{ inputChannelStats: { roundTripTimeMillis: 90 } }] },
                'x'
            )
        ]);
        expect(callEvidence(native.calls.x)).toBe('confirmed');
    });

    it('a stray call is followed only when no other call is known, and never before after-call work', () => {
        const stray = ev('hold', 9000, { participant: 'Initial_Caller' }, '12345');
        expect(selectActiveCallId(reduceAll([stray]))).toBe('12345');
        const wrappingUp = reduceAll([
            ...oneConfirmedCall,
            ev('callended', 8000, {}, 'first'),
            stray
        ]);
        expect(selectActiveCallId(wrappingUp)).toBe('first');
        expect(sortedCalls(wrappingUp).map((c) => c.callId)).toEqual(['first', '12345']);
    });

    it('follows no call once wrap-up has ended, and the next call as soon as it rings', () => {
        const done = [
            ...oneConfirmedCall,
            ev('callended', 8000, {}, 'first'),
            ev('wrapupended', 9000, {}, 'first')
        ];
        expect(selectActiveCallId(reduceAll(done))).toBeNull();
        expect(sortedCalls(reduceAll(done)).map((c) => c.callId)).toEqual(['first']);
        const next = ev(
            'callstarted',
            20_000,
            { callType: 'inbound', participant: '+1 444' },
            'next'
        );
        expect(selectActiveCallId(reduceAll([...done, next]))).toBe('next');
        const acwThenNext = [...oneConfirmedCall, ev('callended', 8000, {}, 'first'), next];
        expect(selectActiveCallId(reduceAll(acwThenNext))).toBe('next');
    });
});

describe('reduceConsoleState: copies of an utterance without timestamps', () => {
    const line = (id: string, offset: number, text: string) =>
        ev('transcript', offset, {
            id,
            content: { formatType: 'Text', text },
            sender: { role: 'EndUser' }
        });
    const reduceAll = (events: VoiceEvent[]) =>
        events.reduce((state, event) => reduceConsoleState(state, event), createConsoleState());

    it('places the line by its earliest arrival, whichever window relayed it first', () => {
        const original = line('u-untimed', 100, 'No timestamps at all');
        const relayed = { ...original, receivedAt: original.receivedAt + 150 };
        const between = line('u-between', 200, 'Arrived in between');
        const orders = [
            [original, between, relayed],
            [relayed, between, original],
            [between, relayed, original]
        ];
        const transcripts = orders.map((events) =>
            reduceAll(events).calls['call-1'].transcript.map((u) => [u.id, u.receivedAt])
        );
        expect(transcripts[1]).toEqual(transcripts[0]);
        expect(transcripts[2]).toEqual(transcripts[0]);
        expect(transcripts[0]).toEqual([
            ['u-untimed', original.receivedAt],
            ['u-between', between.receivedAt]
        ]);
    });
});
