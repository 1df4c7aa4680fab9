/**
 * A call with every kind of customer text marked by canary strings, as documented toolkit
 * payloads with arrival times, for the refresh-recovery and capture tests: whatever must not
 * leave memory is searched for by these strings in the raw stored or downloaded text.
 */
export const CANARY = {
    transcript: 'CANARYTRANSCRIPT my card is 4111 1111 1111 1111',
    customerName: 'CANARYCUSTOMERNAME Jane Doe',
    note: 'CANARYNOTE the customer wants a refund',
    flag: 'CANARYFLAG please listen in, customer is upset',
    lowerNote: 'CANARYLOWER handled'
} as const;

export const CANARY_PATTERN = /CANARY[A-Z]+/;

export const CALLER = '+1 (415) 555-0134';
export const THIRD_PARTY = 'Billing Quick Connect';

export interface TimedEvent {
    type: string;
    detail: Record<string, unknown>;
    at: number;
}

function conversation(
    callId: string,
    id: string,
    at: number,
    text: string | null,
    sender: Record<string, unknown>,
    extra: Record<string, unknown> = {}
): Record<string, unknown> {
    return {
        id,
        callId,
        clientSentTimestamp: at - 20,
        serverReceivedTimestamp: at - 10,
        content: { formatType: text === null ? null : 'Text', text },
        sender,
        ...extra
    };
}

/**
 * Started at t0, connected 8 s later; a third party joins and the caller is held; the agent
 * mutes and pauses recording; transcript lines, a note and a raised flag carry canaries.
 */
export function canaryCall(callId: string, t0: number): TimedEvent[] {
    const agent = { role: 'Agent', displayName: 'Angela Agent' };
    const customer = { role: 'EndUser', displayName: CANARY.customerName };
    const supervisor = { role: 'Supervisor', displayName: 'Samir Supervisor' };
    return [
        {
            type: 'callstarted',
            detail: { callId, callType: 'inbound', participant: CALLER },
            at: t0
        },
        {
            type: 'callconnected',
            detail: { callId, callType: 'inbound', participant: CALLER },
            at: t0 + 8000
        },
        {
            type: 'transcript',
            detail: conversation(
                callId,
                `${callId}-u1`,
                t0 + 9000,
                'Hello, how can I help?',
                agent
            ),
            at: t0 + 9000
        },
        {
            type: 'transcript',
            detail: conversation(callId, `${callId}-u2`, t0 + 12000, CANARY.transcript, customer),
            at: t0 + 12000
        },
        {
            type: 'note',
            detail: conversation(callId, `${callId}-n1`, t0 + 15000, CANARY.note, agent, {
                voiceCallId: '0LQRM0000006CSz'
            }),
            at: t0 + 15000
        },
        {
            type: 'flagraise',
            detail: conversation(callId, `${callId}-f1`, t0 + 20000, CANARY.flag, agent, {
                voiceCallId: '0LQRM0000006CSz'
            }),
            at: t0 + 20000
        },
        {
            type: 'participantadded',
            detail: { callId, participant: THIRD_PARTY },
            at: t0 + 30000
        },
        { type: 'hold', detail: { callId, participant: CALLER }, at: t0 + 31000 },
        { type: 'mute', detail: { callId }, at: t0 + 40000 },
        { type: 'pauserecording', detail: { callId }, at: t0 + 41000 },
        {
            type: 'flaglower',
            detail: conversation(callId, `${callId}-f2`, t0 + 50000, CANARY.lowerNote, supervisor, {
                voiceCallId: '0LQRM0000006CSz'
            }),
            at: t0 + 50000
        }
    ];
}

/** An inbound call that went through after-call work and wrap-up. */
export function finishedCall(callId: string, t0: number): TimedEvent[] {
    return [
        {
            type: 'callconnected',
            detail: { callId, callType: 'inbound', participant: CALLER },
            at: t0
        },
        { type: 'callended', detail: { callId }, at: t0 + 60000 },
        { type: 'wrapupended', detail: { callId }, at: t0 + 90000 }
    ];
}
