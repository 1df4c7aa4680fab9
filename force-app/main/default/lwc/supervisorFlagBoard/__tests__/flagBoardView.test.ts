import '../../../../../test/useRealLabels';
import { join } from 'node:path';
import {
    createConsoleState,
    normalizeToolkitEvent,
    reduceConsoleState,
    type ConsoleState
} from 'c/voiceEventBus';
import { formatClockTime, isolate } from 'c/voiceViewUtils';
import {
    boundedInteger,
    flagHistory,
    flagQueue,
    flagSources,
    historyLengthOf,
    isPhoneNumber,
    recordPath,
    sameSources,
    withRecordUrls
} from '../flagBoardView';
import { flagAnnouncement, newestNewFlag } from '../flagAnnouncement';
import { utilityUpdateFor } from '../utilityFlagCount';
import { waitClock } from '../../flagWaitClock/waitClockView';
import { CALL_A, CALL_B, T0, documentedPayloads } from '../../../../../test/conversation/payloads';

const { connectedDetail, lowerDetail, raiseDetail } = documentedPayloads(join(__dirname, 'data'));

type Step = [type: string, detail: Record<string, unknown>];

/** Applies the steps as they arrive when the server's clock agrees with the agent's. */
function stateOf(steps: Step[], base: ConsoleState = createConsoleState()): ConsoleState {
    return steps.reduce((state, [type, detail]) => {
        const stamp = (detail as { serverReceivedTimestamp?: unknown }).serverReceivedTimestamp;
        const result = normalizeToolkitEvent(type, detail, typeof stamp === 'number' ? stamp : T0);
        if (!result.ok) {
            throw new Error(`fixture rejected: ${result.reason}`);
        }
        return reduceConsoleState(state, result.event);
    }, base);
}

describe('fixtures', () => {
    it('are the documented examples the constants describe', () => {
        expect(raiseDetail()).toMatchObject({ callId: CALL_A, serverReceivedTimestamp: T0 });
        expect(lowerDetail()).toMatchObject({
            callId: CALL_A,
            content: { formatType: null, text: null }
        });
    });
});

describe('flagQueue', () => {
    it('lists the documented flagraise with who, role, message, context and record link', () => {
        const state = stateOf([
            ['callconnected', connectedDetail(CALL_A, '+1 (415) 555-0100')],
            ['flagraise', raiseDetail()]
        ]);

        const [flag] = flagQueue(state);

        expect(flag).toMatchObject({
            id: '3115b389-ab50-400e-b8ba-978b7ec51d7a',
            who: 'Angela Agent',
            role: 'Agent',
            message: 'The customer wants a credit note.',
            hasMessage: true,
            voiceCallId: '0LQRM0000006CSz',
            recordUrl: '/lightning/r/VoiceCall/0LQRM0000006CSz/view',
            openRecordLabel: 'Open call record of the flag raised by Angela Agent'
        });
        expect(flag.context).toBe(
            `Raised at ${formatClockTime(T0)} · ${isolate('+1 (415) 555-0100')} · Inbound · Connected`
        );
    });

    it('isolates the caller and a call type of the telephony system’s own in the context', () => {
        const state = stateOf([
            [
                'callconnected',
                { callId: CALL_A, callType: 'Callback', participant: 'Eve \u202Eevil' }
            ],
            ['flagraise', raiseDetail()]
        ]);

        // An unclosed right-to-left override must not reverse "· Connected" after it.
        expect(flagQueue(state)[0].context).toBe(
            `Raised at ${formatClockTime(T0)} · \u2068Eve \u202Eevil\u2069 · \u2068callback\u2069 · Connected`
        );
    });

    it('marks a phone number in the context as one unit, and nothing else', () => {
        const withCaller = (participant: string) =>
            flagQueue(
                stateOf([
                    ['callconnected', connectedDetail(CALL_A, participant)],
                    ['flagraise', raiseDetail()]
                ])
            )[0];

        const flag = withCaller('+1 (617) 555-0166');
        expect(flag.contextParts.map((part) => part.text).join('')).toBe(flag.context);
        expect(flag.contextParts.filter((part) => part.className === 'flag-number')).toEqual([
            expect.objectContaining({ text: isolate('+1 (617) 555-0166') })
        ]);
        const named = withCaller('Dana Longname-Customer of Northwind Traders');
        expect(named.contextParts.every((part) => part.className === '')).toBe(true);
    });

    it('tells phone numbers from other text', () => {
        for (const number of ['+1 (617) 555-0166', '020 7946 0958', '+44.20.7946.0958', '911']) {
            expect(isPhoneNumber(number)).toBe(true);
        }
        for (const text of [
            'Dana Customer',
            '12',
            '',
            '+1 617 555 0166 call me back',
            '1'.repeat(40)
        ]) {
            expect(isPhoneNumber(text)).toBe(false);
        }
    });

    it('puts the longest waiting flag first across calls, whatever order they arrived in', () => {
        const state = stateOf([
            ['flagraise', raiseDetail({ id: 'late', callId: CALL_A, at: T0 + 30_000 })],
            ['flagraise', raiseDetail({ id: 'early', callId: CALL_B, at: T0 })],
            ['flagraise', raiseDetail({ id: 'middle', callId: CALL_A, at: T0 + 10_000 })]
        ]);

        expect(flagQueue(state).map((flag) => flag.id)).toEqual(['early', 'middle', 'late']);
    });

    it('leaves lowered flags out', () => {
        const state = stateOf([
            ['flagraise', raiseDetail()],
            ['flaglower', lowerDetail()]
        ]);

        expect(flagQueue(state)).toEqual([]);
    });

    it('names the role when the sender has no display name, and says when there is no message', () => {
        const state = stateOf([
            ['flagraise', raiseDetail({ displayName: '  ', text: null, voiceCallId: null })]
        ]);

        const [flag] = flagQueue(state);

        expect(flag).toMatchObject({
            who: 'Agent',
            message: 'No message',
            hasMessage: false,
            voiceCallId: null,
            recordUrl: null
        });
        expect(flag.messageClass).toContain('slds-text-color_weak');
        expect(flag.context).toContain('Unknown caller');
    });
});

describe('withRecordUrls', () => {
    it('swaps in generated URLs and keeps rows without one unchanged', () => {
        const queue = flagQueue(
            stateOf([
                ['flagraise', raiseDetail({ id: 'a', voiceCallId: '0LQ000000000001' })],
                ['flagraise', raiseDetail({ id: 'b', voiceCallId: null, at: T0 + 1 })]
            ])
        );

        const next = withRecordUrls(queue, new Map([['0LQ000000000001', 'https://x/0LQ1']]));

        expect(next[0].recordUrl).toBe('https://x/0LQ1');
        expect(next[1]).toBe(queue[1]);
        expect(recordPath('0LQ/1')).toBe('/lightning/r/VoiceCall/0LQ%2F1/view');
    });

    it('builds a record path from a voiceCallId with unpaired surrogates instead of throwing', () => {
        expect(recordPath('0LQ\uD800😀\uDC00')).toBe(
            `/lightning/r/VoiceCall/0LQ${encodeURIComponent('\uFFFD😀\uFFFD')}/view`
        );
    });
});

describe("clocks under clock skew: durations on the agent's clock", () => {
    /** One event arriving at `at` on the agent's clock, whatever its server stamp says. */
    function arrive(base: ConsoleState, type: string, detail: unknown, at: number): ConsoleState {
        const result = normalizeToolkitEvent(type, detail, at);
        if (!result.ok) {
            throw new Error(result.reason);
        }
        return reduceConsoleState(base, result.event);
    }

    it.each([
        ['3 minutes ahead', 180_000],
        ['10 minutes behind', -600_000],
        ['in step', 0]
    ])('a server clock %s changes neither the wait clock nor "lowered after"', (_name, skew) => {
        const raised = arrive(
            createConsoleState(),
            'flagraise',
            raiseDetail({ id: 's1', at: T0 + skew }),
            T0
        );
        const [row] = flagQueue(raised);
        expect(row.waitingSince).toBe(T0);
        expect(waitClock(row.waitingSince, T0, 60).text).toBe('Waiting 0:00');
        expect(waitClock(row.waitingSince, T0 + 5_000, 60)).toMatchObject({
            text: 'Waiting 0:05',
            overdue: false
        });
        const lowered = arrive(
            raised,
            'flaglower',
            lowerDetail({ id: 's1', at: T0 + 125_000 + skew }),
            T0 + 125_000
        );
        expect(flagHistory(lowered, 10)[0].outcome).toContain('after 2:05');
    });
});

describe('flagHistory', () => {
    const state = stateOf([
        ['flagraise', raiseDetail({ id: 'r1', at: T0 })],
        ['flagraise', raiseDetail({ id: 'r2', callId: CALL_B, at: T0 + 10_000 })],
        ['flagraise', raiseDetail({ id: 'r3', at: T0 + 200_000 })],
        ['flaglower', lowerDetail({ id: 'r1', at: T0 + 125_000 })],
        ['flaglower', lowerDetail({ id: 'r2', callId: CALL_B, at: T0 + 40_000 })]
    ]);

    it('lists lowered flags newest first with who lowered them and after how long', () => {
        const history = flagHistory(state, 10);

        expect(history.map((entry) => entry.id)).toEqual(['r1', 'r2']);
        expect(history[0]).toMatchObject({
            who: 'Angela Agent',
            role: 'Agent',
            message: 'The customer wants a credit note.'
        });
        expect(history[0].outcome).toBe(
            `Lowered by ${isolate('Samir Supervisor')} after 2:05 · Lowered at ${formatClockTime(T0 + 125_000)}`
        );
        expect(history[1].outcome).toContain('after 0:30');
    });

    it('keeps at most the configured number', () => {
        expect(flagHistory(state, 1).map((entry) => entry.id)).toEqual(['r1']);
        expect(flagHistory(state, 0)).toEqual([]);
    });
});

describe('design attributes', () => {
    it('bounds the history length to 0–50, default 10', () => {
        expect(historyLengthOf(null)).toBe(10);
        expect(historyLengthOf(-3)).toBe(0);
        expect(historyLengthOf(80)).toBe(50);
        expect(historyLengthOf(25)).toBe(25);
    });

    it('treats blank and non-finite values as missing', () => {
        expect(boundedInteger('', 7, 0, 10)).toBe(7);
        expect(boundedInteger(Number.NaN, 7, 0, 10)).toBe(7);
        expect(boundedInteger(Number.POSITIVE_INFINITY, 7, 0, 10)).toBe(7);
    });
});

describe('announcements', () => {
    const queue = flagQueue(
        stateOf([
            ['flagraise', raiseDetail({ id: 'a', at: T0 })],
            [
                'flagraise',
                raiseDetail({ id: 'b', at: T0 + 5_000, displayName: 'Rafael Rep', text: null })
            ]
        ])
    );

    it('picks the most recently raised flag that was not known before', () => {
        expect(newestNewFlag(new Set(), queue)?.id).toBe('b');
        expect(newestNewFlag(new Set(['b']), queue)?.id).toBe('a');
        expect(newestNewFlag(new Set(['a', 'b']), queue)).toBeNull();
    });

    it('names who raised the flag and the message', () => {
        expect(flagAnnouncement(queue[0])).toBe(
            'Angela Agent raised a flag: The customer wants a credit note.'
        );
        expect(flagAnnouncement(queue[1])).toBe('Rafael Rep raised a flag');
    });
});

describe('utilityUpdateFor', () => {
    it('highlights the item with the count while flags are raised, and clears it at zero', () => {
        expect(utilityUpdateFor(3)).toEqual({
            label: 'Flags (3)',
            highlighted: true,
            iconVariant: 'warning'
        });
        expect(utilityUpdateFor(0)).toEqual({
            label: 'Flags (0)',
            highlighted: false,
            iconVariant: ''
        });
    });
});

describe('flagSources', () => {
    it('changes with flags or call details, not with other events', () => {
        const base = stateOf([
            ['callconnected', connectedDetail(CALL_A, '+1 (415) 555-0100')],
            ['flagraise', raiseDetail()]
        ]);
        const muted = stateOf([['mute', { callId: CALL_A }]], base);
        const lowered = stateOf([['flaglower', lowerDetail()]], base);

        expect(muted).not.toBe(base);
        expect(sameSources(flagSources(base), flagSources(muted))).toBe(true);
        expect(sameSources(flagSources(base), flagSources(lowered))).toBe(false);
        expect(sameSources(null, flagSources(base))).toBe(false);
    });
});
