/**
 * Toolkit payloads for the flag board and notes feed tests: the documented examples (each
 * bundle's __tests__/data: callconnected, flagraise, flaglower, note) with the fields a test
 * varies (id, call, time, sender, text) overridden.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** serverReceivedTimestamp of the documented flagraise/flaglower/note examples. */
export const T0 = 1594944652328;
/** callId of the documented examples. */
export const CALL_A = 'c5d93c19-e03b-44f8-85e6-a11f02e70c45';
export const CALL_B = 'a7e1c0de-0b1d-4c55-9f6e-5d0c2b7e9a11';

type Detail = Record<string, unknown>;

export interface ConversationOverrides {
    id?: string;
    callId?: string;
    /** Server time; the client time is set 29 ms earlier, as in the examples. */
    at?: number;
    text?: string | null;
    role?: string;
    displayName?: string | null;
    voiceCallId?: string | null;
}

export interface DocumentedPayloads {
    connectedDetail(callId: string, participant: string, callType?: string): Detail;
    raiseDetail(overrides?: ConversationOverrides): Detail;
    lowerDetail(overrides?: ConversationOverrides): Detail;
    noteDetail(overrides?: ConversationOverrides): Detail;
}

function withOverrides(base: Detail, o: ConversationOverrides): Detail {
    const at = o.at ?? (base.serverReceivedTimestamp as number);
    const sender = base.sender as { role: string; displayName: string };
    const detail: Detail = {
        ...base,
        id: o.id ?? base.id,
        callId: o.callId ?? base.callId,
        clientSentTimestamp: at - 29,
        serverReceivedTimestamp: at,
        sender: {
            role: o.role ?? sender.role,
            displayName: o.displayName === undefined ? sender.displayName : o.displayName
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

/** Builders over the fixtures in `dataDir`; a missing fixture fails at first use. */
export function documentedPayloads(dataDir: string): DocumentedPayloads {
    const detailOf = (name: string): Detail =>
        (JSON.parse(readFileSync(join(dataDir, `${name}.json`), 'utf8')) as { detail: Detail })
            .detail;
    return {
        connectedDetail: (callId, participant, callType = 'inbound') => ({
            ...detailOf('callconnected'),
            callId,
            participant,
            callType
        }),
        raiseDetail: (overrides = {}) => withOverrides(detailOf('flagraise'), overrides),
        lowerDetail: (overrides = {}) => withOverrides(detailOf('flaglower'), overrides),
        noteDetail: (overrides = {}) => withOverrides(detailOf('note'), overrides)
    };
}
