/**
 * The page before a reload, for panel tests of what the agent sees after it: imported first
 * (before the component under test and c/voiceEventBus), it plays a call on a bus of its own,
 * in an isolated module registry, and leaves that bus's save in this test file's sessionStorage,
 * made without conversation text as by default. The window bus the panels then load restores
 * it, exactly as the page does after a reload (parsePersistedState, revive, merge).
 */
import type * as Bus from 'c/voiceEventBus';

export const CALL_ID = 'call-before-reload';
export const CALLER = '+1 (415) 555-0142';
/** When the call started, five minutes before the test file loaded. */
export const T0 = Date.now() - 5 * 60_000;
/** Texts said and written before the reload: none may show after it. */
export const BEFORE = {
    line: 'BEFORE-RELOAD my order number is 4471',
    note: 'BEFORE-RELOAD customer wants a refund',
    flag: 'BEFORE-RELOAD please listen in'
} as const;

const agent = { role: 'Agent', displayName: 'Angela Agent' };
const customer = { role: 'EndUser', displayName: 'Caller' };

/** A documented transcript, note or flag payload. */
export function conversation(
    id: string,
    at: number,
    text: string | null,
    sender: Record<string, unknown> = agent,
    callId: string = CALL_ID
): Record<string, unknown> {
    return {
        id,
        callId,
        clientSentTimestamp: at - 20,
        serverReceivedTimestamp: at - 10,
        content: { formatType: text === null ? null : 'Text', text },
        sender,
        voiceCallId: '0LQRM0000006CSz'
    };
}

const EVENTS: Array<[type: string, detail: Record<string, unknown>, at: number]> = [
    ['callstarted', { callId: CALL_ID, callType: 'inbound', participant: CALLER }, T0],
    ['callconnected', { callId: CALL_ID, callType: 'inbound', participant: CALLER }, T0 + 2000],
    ['transcript', conversation(`${CALL_ID}-u1`, T0 + 3000, BEFORE.line, customer), T0 + 3000],
    ['note', conversation(`${CALL_ID}-n1`, T0 + 4000, BEFORE.note), T0 + 4000],
    ['flagraise', conversation(`${CALL_ID}-f1`, T0 + 5000, BEFORE.flag), T0 + 5000]
];

jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- an isolated copy of the bus
    const { VoiceEventBus } = require('c/voiceEventBus') as typeof Bus;
    const page = new VoiceEventBus({ storage: window.sessionStorage });
    for (const [type, detail, at] of EVENTS) {
        page.ingest(type, detail, at);
    }
    page.flushPersistence();
});
