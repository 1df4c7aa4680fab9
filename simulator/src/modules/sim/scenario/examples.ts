/**
 * The documented example payload of each of the 19 toolkit events (Voice developer guide,
 * "Telephony Events" for the LWC toolkit), for the event composer. `callId` is the one given.
 */

import { VOICE_EVENT_TYPES } from 'c/voiceEventBus';

const DOC_CALL_ID = 'd7a9f1b7-fc17-43fe-8ca7-e584a2b34792';
const VOICE_CALL_ID = '0LQRM0000006CSz';

function conversation(callId: string, text: string | null, sender: Record<string, string>) {
    const now = Date.now();
    return {
        id: globalThis.crypto?.randomUUID?.() ?? `example-${now}`,
        clientSentTimestamp: now,
        serverReceivedTimestamp: now + 29,
        content: text === null ? { formatType: null, text: null } : { formatType: 'Text', text },
        callId,
        sender
    };
}

/** Event names in the order of the developer guide: the bus's own list. */
export const EXAMPLE_EVENT_TYPES = VOICE_EVENT_TYPES;

/** A fresh example detail (new ids and timestamps each time) for the event type. */
export function exampleDetail(type: string, callId: string = DOC_CALL_ID): Record<string, unknown> {
    switch (type) {
        case 'audiostats':
            return {
                callId,
                stats: [
                    {
                        inputChannelStats: {
                            statsCount: 1,
                            packetsCount: 1500,
                            packetsLost: 3,
                            jitterBufferMillis: 12,
                            roundTripTimeMillis: 95
                        },
                        outputChannelStats: {
                            statsCount: 1,
                            packetsCount: 1500,
                            packetsLost: 1,
                            jitterBufferMillis: 9,
                            roundTripTimeMillis: 92
                        }
                    }
                ]
            };
        case 'callstarted':
            return { callId, callType: 'outbound', participant: '+1 (415) 999-0000' };
        case 'callconnected':
            return { callId, callType: 'inbound', participant: '+1 (415) 999-0000' };
        case 'hold':
        case 'resume':
        case 'participantadded':
        case 'participantremoved':
            return { callId, participant: '+1 (415) 555-0199' };
        case 'transcript':
            return conversation(callId, 'Hello', { role: 'Agent' });
        case 'flagraise':
            return {
                ...conversation(callId, 'The customer wants a credit note.', {
                    role: 'Agent',
                    displayName: 'Angela Agent'
                }),
                voiceCallId: VOICE_CALL_ID
            };
        case 'flaglower':
            return {
                ...conversation(callId, null, {
                    role: 'Supervisor',
                    displayName: 'Samir Supervisor'
                }),
                voiceCallId: VOICE_CALL_ID
            };
        case 'note':
            return conversation(callId, 'The customer wants a refund or store credit.', {
                role: 'Agent',
                displayName: 'Angela Agent'
            });
        default:
            return { callId };
    }
}
