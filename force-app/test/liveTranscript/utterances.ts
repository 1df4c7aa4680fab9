/** Builds Utterance objects for the pure view tests, as the bus would hold them. */
import type { SpeakerKind, Utterance } from 'c/voiceEventBus';

const ROLES: Record<SpeakerKind, string> = {
    agent: 'Agent',
    customer: 'EndUser',
    supervisor: 'Supervisor',
    other: 'Bot'
};

export const T0 = Date.UTC(2026, 10, 25, 14, 5, 9);

export function utterance(
    index: number,
    overrides: Partial<Omit<Utterance, 'sender'>> & { kind?: SpeakerKind; name?: string } = {}
): Utterance {
    const { kind = index % 2 === 0 ? 'agent' : 'customer', name, ...rest } = overrides;
    return {
        id: `u-${String(index).padStart(5, '0')}`,
        callId: 'call-1',
        text: `Utterance number ${index}`,
        sender: { role: ROLES[kind], kind, displayName: name ?? null },
        serverReceivedTimestamp: T0 + index * 1000,
        clientSentTimestamp: T0 + index * 1000 - 20,
        receivedAt: T0 + index * 1000 + 5,
        ...rest
    };
}

/** `count` utterances in order, starting at `from`. */
export function utterances(count: number, from = 0): Utterance[] {
    return Array.from({ length: count }, (_, offset) => utterance(from + offset));
}
