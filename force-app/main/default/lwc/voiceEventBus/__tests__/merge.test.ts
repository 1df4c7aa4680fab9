import {
    MESSAGE_VERSION,
    createConsoleState,
    mergeConsoleState,
    parseConsoleMessage,
    resolveLimits,
    type CallState,
    type ConsoleState,
    type SnapshotMessage
} from 'c/voiceEventBus';
import { SCENARIOS, applyAll, deepFreeze, jsonCopy, scenarioEvents } from './fixtures';

const allEvents = SCENARIOS.flatMap((name) => scenarioEvents(name));
const full = applyAll(allEvents);

/** The state as another window's bus would send it: JSON, then parsed like any message. */
function overLms(state: ConsoleState): ConsoleState {
    const message = parseConsoleMessage(
        jsonCopy({ version: 1, kind: 'snapshot', origin: 'other', requestId: 'r1', state })
    ) as SnapshotMessage | null;
    if (!message) {
        throw new Error('snapshot rejected');
    }
    return message.state;
}

function firstCall(state: ConsoleState): CallState {
    return Object.values(state.calls)[0];
}

describe('mergeConsoleState', () => {
    it('merging a state with itself returns it unchanged', () => {
        expect(mergeConsoleState(full, full)).toBe(full);
        expect(mergeConsoleState(createConsoleState(), createConsoleState())).toEqual(
            createConsoleState()
        );
    });

    it('a snapshot overlapping events already applied changes nothing', () => {
        for (const name of SCENARIOS) {
            const events = scenarioEvents(name);
            const panel = applyAll(events);
            for (const cut of [0, 1, Math.floor(events.length / 2), events.length]) {
                const snapshot = overLms(applyAll(events.slice(0, cut)));
                expect(mergeConsoleState(panel, snapshot)).toBe(panel);
            }
        }
    });

    it('a snapshot that knows more fills the gaps exactly as the events would', () => {
        for (const name of SCENARIOS) {
            const events = scenarioEvents(name);
            const cut = Math.floor(events.length / 3);
            const late = applyAll(events.slice(0, cut));
            expect(mergeConsoleState(late, overLms(applyAll(events)))).toEqual(applyAll(events));
        }
    });

    it('joins two partial views (even and odd events) into the whole', () => {
        const even = applyAll(allEvents.filter((_event, index) => index % 2 === 0));
        const odd = applyAll(allEvents.filter((_event, index) => index % 2 === 1));
        expect(mergeConsoleState(even, odd)).toEqual(full);
        expect(mergeConsoleState(odd, even)).toEqual(full);
    });

    it('does not mutate either input', () => {
        const a = deepFreeze(applyAll(allEvents.slice(0, 20)));
        const b = deepFreeze(applyAll(allEvents.slice(10)));
        expect(() => mergeConsoleState(a, b)).not.toThrow();
    });

    it("applies the receiver's limits to calls it did not know", () => {
        const events = scenarioEvents('inbound-lifecycle');
        const seeded = mergeConsoleState(
            createConsoleState(),
            applyAll(events),
            resolveLimits({ maxUtterancesPerCall: 2 })
        );
        expect(firstCall(seeded).transcript.map((u) => u.id)).toEqual(['u-05', 'u-06']);
        expect(firstCall(seeded).droppedUtterances).toBe(4);
    });

    it('estimates dropped utterances without counting one twice', () => {
        const limits = resolveLimits({ maxUtterancesPerCall: 3 });
        const events = scenarioEvents('inbound-lifecycle');
        const lines = events.filter((event) => event.type === 'transcript');
        const five = applyAll(lines.slice(0, 5), createConsoleState(), limits);
        const six = applyAll(lines, createConsoleState(), limits);
        expect(firstCall(five).droppedUtterances).toBe(2);
        expect(firstCall(six).droppedUtterances).toBe(3);
        expect(firstCall(mergeConsoleState(five, six, limits)).droppedUtterances).toBe(3);
    });

    it('keeps a call pruned on either side pruned', () => {
        const events = scenarioEvents('flags-notes');
        const callId = events[0].callId;
        const local = applyAll(events.slice(0, 4));
        const remote: ConsoleState = { ...createConsoleState(), prunedCallIds: [callId] };
        const merged = mergeConsoleState(local, remote);
        expect(merged.calls[callId]).toBeUndefined();
        expect(merged.prunedCallIds).toEqual([callId]);
        expect(mergeConsoleState(remote, local).calls[callId]).toBeUndefined();
    });

    it('prunes finished calls past the bound after joining', () => {
        const limits = resolveLimits({ maxEndedCalls: 1 });
        const a = applyAll(scenarioEvents('inbound-lifecycle'), createConsoleState(), limits);
        const b = applyAll(
            scenarioEvents('transfer-conference-swap'),
            createConsoleState(),
            limits
        );
        const merged = mergeConsoleState(a, b, limits);
        expect(Object.keys(merged.calls)).toEqual([
            scenarioEvents('transfer-conference-swap')[0].callId
        ]);
        expect(merged.prunedCallIds).toEqual([scenarioEvents('inbound-lifecycle')[0].callId]);
    });
});

describe('parseConsoleMessage', () => {
    const event = scenarioEvents('flags-notes')[3];
    const eventMessage = { version: 1, kind: 'event', origin: 'bus-a', seq: 4, event };

    it('round-trips every scenario event through JSON unchanged, observed by the sender', () => {
        for (const original of allEvents) {
            const parsed = parseConsoleMessage(
                jsonCopy({
                    version: MESSAGE_VERSION,
                    kind: 'event',
                    origin: 'o',
                    seq: 1,
                    event: original
                })
            );
            expect(parsed).toEqual({
                version: 1,
                kind: 'event',
                origin: 'o',
                seq: 1,
                event: { ...original, origin: 'o' }
            });
        }
    });

    it.each([
        ['null', null],
        ['a string', 'hello'],
        ['another version', { ...eventMessage, version: 2 }],
        ['no origin', { ...eventMessage, origin: undefined }],
        ['an unknown kind', { ...eventMessage, kind: 'gossip' }],
        ["someone else's channel payload", { recordId: '001xx' }],
        ['an event of an unknown type', { ...eventMessage, event: { ...event, type: 'boom' } }],
        ['an event without callId', { ...eventMessage, event: { ...event, callId: '' } }],
        [
            'an event without arrival time',
            { ...eventMessage, event: { ...event, receivedAt: 'now' } }
        ],
        [
            'a transcript without text',
            { ...eventMessage, event: { type: 'transcript', callId: 'c', receivedAt: 1, id: 'x' } }
        ],
        ['a hello without requestId', { version: 1, kind: 'hello', origin: 'p' }],
        ['a snapshot without state', { version: 1, kind: 'snapshot', origin: 'b', requestId: 'r' }],
        [
            'a snapshot of another state version',
            {
                version: 1,
                kind: 'snapshot',
                origin: 'b',
                requestId: 'r',
                state: { ...full, version: 2 }
            }
        ],
        [
            'a snapshot whose calls is an array',
            {
                version: 1,
                kind: 'snapshot',
                origin: 'b',
                requestId: 'r',
                state: { ...full, calls: [] }
            }
        ]
    ])('ignores %s', (_label, raw) => {
        expect(parseConsoleMessage(raw)).toBeNull();
    });

    it('re-validates an event: text is cut, the sender kind recomputed, extra fields dropped', () => {
        const parsed = parseConsoleMessage({
            ...eventMessage,
            event: {
                ...event,
                text: 'x'.repeat(20000),
                sender: { role: 'Supervisor', kind: 'agent', displayName: 'Sam' },
                injected: '<img src=x>'
            }
        });
        expect(parsed?.kind).toBe('event');
        const revived = parsed?.kind === 'event' ? parsed.event : null;
        expect(revived).toMatchObject({
            type: 'flagraise',
            sender: { role: 'Supervisor', kind: 'supervisor', displayName: 'Sam' }
        });
        expect(revived && 'text' in revived ? revived.text?.length : 0).toBe(5000);
        expect(revived).not.toHaveProperty('injected');
    });

    it('never throws on hostile input', () => {
        const hostile = new Proxy(
            {},
            {
                get() {
                    throw new Error('trap');
                }
            }
        );
        const cyclic: Record<string, unknown> = {
            version: 1,
            kind: 'snapshot',
            origin: 'x',
            requestId: 'r'
        };
        cyclic.state = cyclic;
        for (const raw of [hostile, { ...eventMessage, event: hostile }, cyclic]) {
            expect(() => parseConsoleMessage(raw)).not.toThrow();
            expect(parseConsoleMessage(raw)).toBeNull();
        }
    });

    it('skips a snapshot that answers someone else when asked to', () => {
        const snapshot = {
            version: 1,
            kind: 'snapshot',
            origin: 'b',
            requestId: 'theirs',
            state: full
        };
        expect(parseConsoleMessage(snapshot, { snapshotFor: 'mine' })).toBeNull();
        expect(parseConsoleMessage(snapshot, { snapshotFor: 'theirs' })?.kind).toBe('snapshot');
        expect(parseConsoleMessage(eventMessage, { snapshotFor: 'mine' })?.kind).toBe('event');
    });
});

describe('parseConsoleMessage: snapshots are rebuilt, not trusted', () => {
    const events = scenarioEvents('transfer-conference-swap');
    const callId = events[0].callId;
    const state = applyAll(events.slice(0, 7));

    function snapshotOf(raw: unknown): ConsoleState | null {
        const parsed = parseConsoleMessage({
            version: 1,
            kind: 'snapshot',
            origin: 'b',
            requestId: 'r',
            state: raw
        });
        return parsed?.kind === 'snapshot' ? parsed.state : null;
    }

    it('rebuilds a well-formed state exactly', () => {
        expect(snapshotOf(jsonCopy(state))).toEqual(state);
    });

    it('folds participants and flags again instead of copying them', () => {
        const lying = jsonCopy(state);
        const call = lying.calls[callId];
        call.participants = [];
        call.conferenced = false;
        call.flags = [{ id: 'fake' } as never];
        const revived = snapshotOf(lying);
        expect(revived?.calls[callId].participants).toEqual(state.calls[callId].participants);
        expect(revived?.calls[callId].conferenced).toBe(true);
        expect(revived?.calls[callId].flags).toEqual([]);
    });

    it('drops a malformed call and keeps the others', () => {
        const both = applyAll([...events.slice(0, 3), ...scenarioEvents('flags-notes')]);
        const broken = jsonCopy(both) as unknown as {
            calls: Record<string, Record<string, unknown>>;
        };
        broken.calls[callId].legs = 'not a list';
        const revived = snapshotOf(broken);
        expect(Object.keys(revived?.calls ?? {})).toEqual([
            scenarioEvents('flags-notes')[0].callId
        ]);
    });

    it.each([
        ['a phase it does not know', { phase: 'onFire' }],
        ['a callId different from its key', { callId: 'other' }],
        ['no start time', { startedAt: null }],
        ['a mute flag that is not boolean', { muted: { value: 'yes', at: 1 } }],
        ['a transcript that is an object', { transcript: {} }]
    ])('drops a call with %s', (_label, patch) => {
        const raw = jsonCopy(state) as unknown as { calls: Record<string, object> };
        raw.calls[callId] = { ...raw.calls[callId], ...patch };
        expect(snapshotOf(raw)?.calls[callId]).toBeUndefined();
    });

    it('drops bad entries inside a good call, sorts and dedupes the rest', () => {
        const lines = applyAll(scenarioEvents('inbound-lifecycle'));
        const raw = jsonCopy(lines);
        const call = Object.values(raw.calls)[0];
        const good = call.transcript;
        (call as unknown as { transcript: unknown[] }).transcript = [
            good[2],
            { id: 'no-text' },
            good[0],
            good[0],
            null,
            good[1]
        ];
        const revived = Object.values(snapshotOf(raw)?.calls ?? {})[0];
        expect(revived.transcript.map((u) => u.id)).toEqual([good[0].id, good[1].id, good[2].id]);
    });

    it('drops fields a snapshot call should not have', () => {
        const raw = jsonCopy(state) as unknown as {
            calls: Record<string, Record<string, unknown>>;
        };
        raw.calls[callId].transcriptIds = { ghost: true };
        expect(snapshotOf(raw)?.calls[callId]).not.toHaveProperty('transcriptIds');
    });

    it('keeps an audio grade from an older release that sent no samples', () => {
        const withAudio = applyAll(scenarioEvents('inbound-lifecycle'));
        const raw = jsonCopy(withAudio) as unknown as {
            calls: Record<string, Record<string, unknown>>;
        };
        const key = Object.keys(raw.calls)[0];
        delete raw.calls[key].audioSamples;
        expect(snapshotOf(raw)?.calls[key].audio).toEqual(withAudio.calls[key].audio);
    });

    it('turns a snapshot of forged calls into an empty one', () => {
        const forged = { ...jsonCopy(state), calls: { x: { callId: 'x' } } } as unknown;
        expect(snapshotOf(forged)?.calls).toEqual({});
    });
});
