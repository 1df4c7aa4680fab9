import { TelephonySystem } from '../telephony';

const CALLER = '+1 (415) 555-0142';

/** A telephony system whose events loop back into it, as they do through the page. */
function setup(profile: 'partner' | 'native' = 'partner') {
    const events: Array<[string, Record<string, unknown>]> = [];
    const telephony: TelephonySystem = new TelephonySystem(
        (type, detail) => {
            events.push([type, detail]);
            telephony.observe(type, detail);
        },
        { latencyMs: 100, ringMs: 1000 }
    );
    telephony.profile = profile;
    const since = (count: number) => events.slice(count).map(([type, detail]) => [type, detail]);
    return { telephony, events, since };
}

function connect(telephony: TelephonySystem, callId = 'c1', participant = CALLER) {
    telephony.observe('callstarted', { callId, callType: 'inbound', participant });
    telephony.observe('callconnected', { callId, callType: 'inbound', participant });
}

/** Runs an action to completion and returns the events it produced. */
async function act(
    harness: ReturnType<typeof setup>,
    action: (telephony: TelephonySystem) => Promise<unknown>
) {
    const before = harness.events.length;
    const result = action(harness.telephony);
    await jest.advanceTimersByTimeAsync(100);
    await expect(result).resolves.toEqual({ success: true });
    return harness.since(before);
}

describe('TelephonySystem', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it('answers each action on a connected call with the event a real system sends', async () => {
        const harness = setup();
        connect(harness.telephony);
        expect(await act(harness, (t) => t.mute())).toEqual([['mute', { callId: 'c1' }]]);
        expect(await act(harness, (t) => t.unmute())).toEqual([['unmute', { callId: 'c1' }]]);
        expect(await act(harness, (t) => t.hold('Initial_Caller'))).toEqual([
            ['hold', { callId: 'c1', participant: CALLER }]
        ]);
        expect(await act(harness, (t) => t.resume('Initial_Caller'))).toEqual([
            ['resume', { callId: 'c1', participant: CALLER }]
        ]);
        expect(await act(harness, (t) => t.pauseRecording())).toEqual([
            ['pauserecording', { callId: 'c1' }]
        ]);
        expect(await act(harness, (t) => t.resumeRecording())).toEqual([
            ['resumerecording', { callId: 'c1' }]
        ]);
        expect(await act(harness, (t) => t.sendDigits('12#*A,9'))).toEqual([]);
        expect(
            await act(harness, (t) => t.updateNextBestActions('0LQRM0000006CSz', { a: 1 }))
        ).toEqual([]);
        expect(await act(harness, (t) => t.endCall())).toEqual([['callended', { callId: 'c1' }]]);
        expect(harness.telephony.activeCall()).toBeNull();
    });

    it('emits the event only after the latency, then resolves', async () => {
        const harness = setup();
        connect(harness.telephony);
        const result = harness.telephony.mute();
        await jest.advanceTimersByTimeAsync(99);
        expect(harness.events).toEqual([]);
        await jest.advanceTimersByTimeAsync(1);
        expect(harness.events).toEqual([['mute', { callId: 'c1' }]]);
        await expect(result).resolves.toEqual({ success: true });
    });

    it('adds a participant: the caller is held while the agent dials, then they join', async () => {
        const harness = setup();
        connect(harness.telephony);
        expect(
            await act(harness, (t) => t.addParticipant('AgentOrQueueId', 'Billing Tier 2', false))
        ).toEqual([
            ['hold', { callId: 'c1', participant: CALLER }],
            ['participantadded', { callId: 'c1', participant: 'Billing Tier 2' }]
        ]);
        expect(await act(harness, (t) => t.swap())).toEqual([['swap', { callId: 'c1' }]]);
        const [call] = harness.telephony.listCalls();
        expect(call.caller?.onHold).toBe(false);
        expect(call.thirdParties[0].onHold).toBe(true);
        expect(await act(harness, (t) => t.resume('Third_Party'))).toEqual([
            ['resume', { callId: 'c1', participant: 'Billing Tier 2' }]
        ]);
        expect(await act(harness, (t) => t.hold('Third_Party'))).toHaveLength(1);
        expect(await act(harness, (t) => t.merge())).toEqual([['conference', { callId: 'c1' }]]);
        expect(harness.telephony.listCalls()[0].thirdParties[0].onHold).toBe(false);
        expect(await act(harness, (t) => t.endCall('Third_Party'))).toEqual([
            ['participantremoved', { callId: 'c1', participant: 'Billing Tier 2' }]
        ]);
        expect(await act(harness, (t) => t.endCall('Initial_Caller'))).toEqual([
            ['participantremoved', { callId: 'c1', participant: CALLER }],
            ['callended', { callId: 'c1' }]
        ]);
    });

    it('a blind transfer hands the call over and ends it for the agent', async () => {
        const harness = setup();
        connect(harness.telephony);
        expect(
            (
                await act(harness, (t) => t.addParticipant('PhoneNumber', '+1 206 555 0100', true))
            ).map(([type]) => type)
        ).toEqual(['hold', 'participantadded', 'callended']);
    });

    it('accepts and declines ringing calls', async () => {
        const harness = setup();
        harness.telephony.observe('callstarted', {
            callId: 'r1',
            callType: 'inbound',
            participant: CALLER
        });
        expect(await act(harness, (t) => t.acceptCall())).toEqual([
            ['callconnected', { callId: 'r1', callType: 'inbound', participant: CALLER }]
        ]);
        harness.telephony.observe('callstarted', {
            callId: 'r2',
            callType: 'inbound',
            participant: '+1 212 555 0100'
        });
        expect(await act(harness, (t) => t.declineCall())).toEqual([
            ['callended', { callId: 'r2' }]
        ]);
    });

    it('cancels an outbound call that is still dialing with endCall(), and only then', async () => {
        const harness = setup();
        harness.telephony.observe('callstarted', {
            callId: 'o1',
            callType: 'outbound',
            participant: CALLER
        });
        expect(() => harness.telephony.acceptCall()).toThrow('No inbound call is ringing.');
        expect(() => harness.telephony.endCall('Third_Party')).toThrow('cancel the whole call');
        expect(await act(harness, (t) => t.endCall())).toEqual([['callended', { callId: 'o1' }]]);
    });

    it('asks to accept or decline a ringing inbound call rather than end it', () => {
        const { telephony } = setup();
        telephony.observe('callstarted', {
            callId: 'r1',
            callType: 'inbound',
            participant: CALLER
        });
        expect(() => telephony.endCall()).toThrow('accept or decline');
    });

    it('starts a preview call that rings, then connects', async () => {
        const harness = setup();
        const result = harness.telephony.startPreviewCall('+1 (415) 999-0000');
        await jest.advanceTimersByTimeAsync(100);
        await expect(result).resolves.toEqual({ success: true });
        expect(harness.events).toEqual([
            [
                'callstarted',
                {
                    callId: expect.any(String),
                    callType: 'outbound',
                    participant: '+1 (415) 999-0000'
                }
            ]
        ]);
        await jest.advanceTimersByTimeAsync(1000);
        expect(harness.events[1][0]).toBe('callconnected');
        expect(harness.telephony.activeCall()?.callType).toBe('outbound');
    });

    it('refuses, with a reason, what the call state does not allow', () => {
        const { telephony } = setup();
        expect(() => telephony.mute()).toThrow('No call is connected.');
        expect(() => telephony.acceptCall()).toThrow('No inbound call is ringing.');
        connect(telephony);
        expect(() => telephony.resume('Initial_Caller')).toThrow('is not on hold');
        expect(() => telephony.hold('Everyone')).toThrow('participantType must be');
        expect(() => telephony.hold('Third_Party')).toThrow('no third party');
        expect(() => telephony.merge()).toThrow('no third party');
        expect(() => telephony.swap()).toThrow('Swap needs');
        expect(() => telephony.sendDigits('12x')).toThrow('Digits must be');
        expect(() => telephony.addParticipant('Fax', '123', false)).toThrow('contactType');
        expect(() => telephony.addParticipant('PhoneNumber', 'not a number', false)).toThrow(
            'not a number'
        );
        expect(() => telephony.startPreviewCall('+1 415 555 0100')).toThrow(
            'Finish the current call'
        );
        expect(() => telephony.updateNextBestActions('', {})).toThrow('record id');
    });

    it('behaves like Native Telephony when the scenario says so', async () => {
        const harness = setup('native');
        connect(harness.telephony);
        expect(() => harness.telephony.swap()).toThrow('not supported in Native Telephony');
        expect(() => harness.telephony.updateNextBestActions('0LQ', {})).toThrow('not supported');
        expect(() => harness.telephony.endWrapUp()).toThrow('not supported');
        expect(await act(harness, (t) => t.endCall())).toEqual([['callended', { callId: 'c1' }]]);
        expect(() => harness.telephony.startPreviewCall('+1 415 555 0100')).toThrow(
            'not supported'
        );
        expect(harness.telephony.sends('audiostats')).toBe(false);
        const callId = harness.telephony.ring();
        expect(harness.events.at(-1)).toEqual([
            'callconnected',
            { callId, callType: 'inbound', participant: expect.any(String) }
        ]);
    });

    it('follows scenario events, whatever their shape, without throwing', () => {
        const { telephony } = setup();
        for (const detail of [
            null,
            42,
            'x',
            [],
            { callId: {} },
            { callId: 'c1', participant: {} }
        ]) {
            expect(() => telephony.observe('hold', detail)).not.toThrow();
        }
        const hostile = new Proxy(
            {},
            {
                get: () => {
                    throw new Error('no');
                }
            }
        );
        expect(() => telephony.observe('callstarted', hostile)).not.toThrow();
        connect(telephony, 'c2');
        telephony.observe('participantadded', { callId: 'c2', participant: 'Tier 2' });
        telephony.observe('hold', { callId: 'c2', participant: CALLER });
        telephony.observe('mute', { callId: 'c2' });
        telephony.observe('pauserecording', { callId: 'c2' });
        expect(telephony.listCalls()[0]).toMatchObject({
            callId: 'c2',
            phase: 'connected',
            muted: true,
            recordingPaused: true,
            caller: { name: CALLER, onHold: true },
            thirdParties: [{ name: 'Tier 2', onHold: false }]
        });
        telephony.observe('callended', { callId: 'c2' });
        telephony.observe('wrapupended', { callId: 'c2' });
        expect(telephony.listCalls()).toEqual([]);
    });
});

describe('TelephonySystem across a page reload', () => {
    function memoryStore() {
        let text: string | null = null;
        return {
            load: () => text,
            save: (next: string) => {
                text = next;
            },
            clear: () => {
                text = null;
            },
            peek: () => text
        };
    }

    it('finds the calls it had, with their state, when a new page builds it from the store', async () => {
        jest.useFakeTimers();
        const store = memoryStore();
        const before = new TelephonySystem(() => undefined, { store });
        connect(before);
        before.observe('mute', { callId: 'c1' });
        before.observe('hold', { callId: 'c1', participant: CALLER });

        const events: string[] = [];
        const after: TelephonySystem = new TelephonySystem(
            (type, detail) => {
                events.push(type);
                after.observe(type, detail);
            },
            { store, latencyMs: 10 }
        );
        expect(after.listCalls()).toEqual(before.listCalls());
        const unmuted = after.unmute();
        await jest.advanceTimersByTimeAsync(10);
        await expect(unmuted).resolves.toEqual({ success: true });
        expect(events).toEqual(['unmute']);
        jest.useRealTimers();
    });

    it('starts empty from a damaged store, and reset forgets what was saved', () => {
        const store = memoryStore();
        store.save('{"version":1,"calls":[{"callId":"c1","phase":"weird"}]}');
        const telephony = new TelephonySystem(() => undefined, { store });
        expect(telephony.listCalls()).toEqual([]);
        connect(telephony);
        expect(store.peek()).toContain('"c1"');
        telephony.reset();
        expect(store.peek()).toBeNull();
    });
});
