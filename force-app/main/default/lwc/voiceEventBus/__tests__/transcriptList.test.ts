/**
 * The transcript's shared-storage array: to every reader it must be an ordinary, immutable array
 * of the state version it belongs to, however versions were extended from one another.
 */
import fc from 'fast-check';
import { assertProperty } from '../../../../../test/properties';
// The structured clone algorithm (jsdom has no structuredClone); postMessage copies this way.
import { deserialize, serialize } from 'v8';
import {
    createConsoleState,
    normalizeToolkitEvent,
    reduceConsoleState,
    type ConsoleState,
    type Utterance
} from 'c/voiceEventBus';
import {
    appendItem,
    isTranscriptView,
    storedItems,
    transcriptOf,
    withPlainTranscripts
} from '../transcriptList';

function utterance(n: number): Utterance {
    return {
        id: `u${n}`,
        callId: 'call-1',
        text: `line ${n}`,
        sender: { kind: n % 2 ? 'customer' : 'agent', role: n % 2 ? 'EndUser' : 'Agent' },
        serverReceivedTimestamp: 1000 + n,
        clientSentTimestamp: 990 + n,
        receivedAt: 1000 + n
    } as Utterance;
}

/** `count` appends from an empty plain array, each version kept. */
function versions(count: number, max = 10_000): Utterance[][] {
    const all: Utterance[][] = [[]];
    for (let n = 0; n < count; n += 1) {
        all.push(appendItem(all[all.length - 1], utterance(n), max).list);
    }
    return all;
}

describe('transcript list', () => {
    it('reads like the plain array of its version', () => {
        const list = versions(5).at(-1)!;
        const plain = [0, 1, 2, 3, 4].map(utterance);
        expect(isTranscriptView(list)).toBe(true);
        expect(Array.isArray(list)).toBe(true);
        expect(list).toHaveLength(5);
        expect(list[4].id).toBe('u4');
        expect(list[5]).toBeUndefined();
        expect(list).toEqual(plain);
        expect(plain).toEqual(list);
        expect([...list]).toEqual(plain);
        expect(Array.from(list)).toEqual(plain);
        expect(Object.keys(list)).toEqual(['0', '1', '2', '3', '4']);
        expect(JSON.parse(JSON.stringify(list))).toEqual(JSON.parse(JSON.stringify(plain)));
        expect(list.map((line) => line.id).join()).toBe('u0,u1,u2,u3,u4');
        expect(list.findIndex((line) => line.id === 'u3')).toBe(3);
        expect(list.at(-1)?.id).toBe('u4');
        expect(list.includes(list[2])).toBe(true);
        expect(3 in list).toBe(true);
        expect(5 in list).toBe(false);
        expect([].concat(list as never)).toHaveLength(5);
        expect(Object.prototype.toString.call(list)).toBe('[object Array]');
    });

    it('slices as Array.prototype.slice does, for any arguments', () => {
        const list = versions(12).at(-1)!;
        const plain = list.slice();
        expect(isTranscriptView(plain)).toBe(false);
        assertProperty(
            'transcript list: slice arguments',
            fc.property(
                fc.option(fc.integer({ min: -20, max: 20 }), { nil: undefined }),
                fc.option(fc.integer({ min: -20, max: 20 }), { nil: undefined }),
                (start, end) => {
                    expect(list.slice(start, end)).toEqual(plain.slice(start, end));
                }
            ),
            { numRuns: 200 }
        );
    });

    it('refuses every write, and keeps the version it belongs to', () => {
        const list = versions(3).at(-1)!;
        expect(() => list.push(utterance(9))).toThrow(TypeError);
        expect(() => list.splice(0, 1)).toThrow(TypeError);
        expect(() => list.sort()).toThrow(TypeError);
        expect(() => {
            'use strict';
            (list as Utterance[])[0] = utterance(9);
        }).toThrow(TypeError);
        expect(() => {
            (list as { length: number }).length = 0;
        }).toThrow(TypeError);
        expect(list.map((line) => line.id)).toEqual(['u0', 'u1', 'u2']);
    });

    it('can be frozen, and still reads the same', () => {
        const list = versions(4).at(-1)!;
        Object.freeze(list);
        expect(Object.isFrozen(list)).toBe(true);
        expect(list).toEqual([0, 1, 2, 3].map(utterance));
        expect(appendItem(list, utterance(4), 100).list).toHaveLength(5);
        expect(list).toHaveLength(4);
    });

    it('leaves every earlier version as it was, whichever version is extended', () => {
        // Any version may be extended again (a test, or a panel reducing its own copy): each
        // result must be that version plus one, and no other version may change.
        assertProperty(
            'transcript list: versions extended in any order',
            fc.property(
                fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 6 })), {
                    minLength: 1,
                    maxLength: 60
                }),
                (steps) => {
                    const lists: Utterance[][] = [[]];
                    const models: Utterance[][] = [[]];
                    steps.forEach(([pick, max], n) => {
                        const from = pick % lists.length;
                        const item = utterance(n);
                        const { list, dropped } = appendItem(lists[from], item, max);
                        const model = [...models[from], item];
                        const cut = Math.max(0, model.length - max);
                        expect(dropped).toEqual(model.slice(0, cut));
                        lists.push(list);
                        models.push(model.slice(cut));
                    });
                    lists.forEach((list, index) => {
                        expect(list.slice()).toEqual(models[index]);
                        expect(list).toHaveLength(models[index].length);
                    });
                }
            ),
            { numRuns: 200 }
        );
    });

    it('keeps its store bounded on a call far longer than the limit', () => {
        let list: Utterance[] = [];
        for (let n = 0; n < 5_000; n += 1) {
            list = appendItem(list, utterance(n), 100).list;
        }
        expect(list).toHaveLength(100);
        expect(list[0].id).toBe('u4900');
        expect(storedItems(list)).toBeLessThanOrEqual(2 * 100 + 64);
        expect(list.slice()).toHaveLength(100);
    });

    it('leaves the state as plain arrays for what crosses windows', () => {
        let state: ConsoleState = createConsoleState();
        for (let n = 0; n < 3; n += 1) {
            const result = normalizeToolkitEvent(
                'transcript',
                {
                    id: `u${n}`,
                    callId: 'call-1',
                    clientSentTimestamp: 1000 + n,
                    serverReceivedTimestamp: 1010 + n,
                    content: { formatType: 'Text', text: `line ${n}` },
                    sender: { role: 'Agent' }
                },
                2000 + n
            );
            if (!result.ok) {
                throw new Error(result.reason);
            }
            state = reduceConsoleState(state, result.event);
        }
        expect(isTranscriptView(state.calls['call-1'].transcript)).toBe(true);
        expect(() => serialize(state)).toThrow();
        const plain = withPlainTranscripts(state);
        expect(isTranscriptView(plain.calls['call-1'].transcript)).toBe(false);
        expect(deserialize(serialize(plain))).toEqual(plain);
        expect(plain).toEqual(state);
    });

    it('takes an array it is given as its store, without copying it', () => {
        const first = transcriptOf([0, 1].map(utterance));
        const second = appendItem(first, utterance(2), 10).list;
        expect(storedItems(second)).toBe(3);
        expect(first).toHaveLength(2);
        expect(second.map((line) => line.id)).toEqual(['u0', 'u1', 'u2']);
    });
});
