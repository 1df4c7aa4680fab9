/**
 * Toolkit payloads for the flag board tests: the documented examples (the bundle's
 * __tests__/data) with the fields a test varies (id, call, time, sender, text) overridden.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DATA_DIR = join(__dirname, '../../main/default/lwc/supervisorFlagBoard/__tests__/data');

interface Payload {
    type: string;
    detail: Record<string, unknown> & { serverReceivedTimestamp: number; callId: string };
}

function fixture(name: string): Payload {
    return JSON.parse(readFileSync(join(DATA_DIR, `${name}.json`), 'utf8')) as Payload;
}

const callconnected = fixture('callconnected');
const flagraise = fixture('flagraise');
const flaglower = fixture('flaglower');

/** serverReceivedTimestamp of the documented examples. */
export const T0 = flagraise.detail.serverReceivedTimestamp;
export const CALL_A = flagraise.detail.callId;
export const CALL_B = 'a7e1c0de-0b1d-4c55-9f6e-5d0c2b7e9a11';

export interface ConversationOverrides {
    id?: string;
    callId?: string;
    /** Server time; the client time is set 29 ms earlier, as in the examples. */
    at?: number;
    text?: string | null;
    role?: string;
    displayName?: string;
    voiceCallId?: string | null;
}

function conversation(base: Payload['detail'], o: ConversationOverrides): Record<string, unknown> {
    const at = o.at ?? base.serverReceivedTimestamp;
    const sender = base.sender as { role: string; displayName: string };
    const detail: Record<string, unknown> = {
        ...base,
        id: o.id ?? (base.id as string),
        callId: o.callId ?? base.callId,
        clientSentTimestamp: at - 29,
        serverReceivedTimestamp: at,
        sender: {
            role: o.role ?? sender.role,
            displayName: o.displayName ?? sender.displayName
        }
    };
    if (o.text !== undefined) {
        detail.content = { formatType: o.text === null ? null : 'Text', text: o.text };
    }
    if (o.voiceCallId !== undefined) {
        detail.voiceCallId = o.voiceCallId;
    }
    return detail;
}

export function raiseDetail(overrides: ConversationOverrides = {}): Record<string, unknown> {
    return conversation(flagraise.detail, overrides);
}

export function lowerDetail(overrides: ConversationOverrides = {}): Record<string, unknown> {
    return conversation(flaglower.detail, overrides);
}

export function connectedDetail(
    callId: string,
    participant: string,
    callType = 'inbound'
): Record<string, unknown> {
    return { ...callconnected.detail, callId, participant, callType };
}
