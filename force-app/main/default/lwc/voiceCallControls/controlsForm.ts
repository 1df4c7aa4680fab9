/**
 * The transfer form's and the keypad's pure parts: what the form checks before it asks for
 * addParticipant, and the keys the keypad shows.
 */
import { KEYPAD_KEYS, formatLabel, isAgentOrQueueId, isDialableNumber } from 'c/voiceViewUtils';
import { LABELS } from './labels';

export type ContactType = 'PhoneNumber' | 'AgentOrQueueId';

export interface KeyView {
    key: string;
    /** What the key shows: the digit or letter, or a comma for a pause. */
    label: string;
    accessibleName: string;
    focusKey: string;
}

/** The reason the value cannot be dialled, in the agent's words; '' when it can. */
export function contactError(contactType: ContactType, value: string): string {
    if (contactType === 'PhoneNumber') {
        return isDialableNumber(value) ? '' : LABELS.invalidNumber;
    }
    return isAgentOrQueueId(value) ? '' : LABELS.invalidAgent;
}

export function asContactType(value: unknown): ContactType {
    return value === 'AgentOrQueueId' ? 'AgentOrQueueId' : 'PhoneNumber';
}

export const KEYPAD: readonly KeyView[] = KEYPAD_KEYS.map((key) => ({
    key,
    label: key,
    accessibleName: formatLabel(LABELS.keySend, key === ',' ? LABELS.keyPause : key),
    focusKey: `key-${key}`
}));

/**
 * Where focus goes when the focused control disappears: Accept turns into the in-call controls,
 * Merge and Swap leave after the conference, Unmute replaces Mute in place.
 */
export function controlSuccessors(key: string): readonly string[] {
    switch (key) {
        case 'acceptCall':
            return ['mute', 'endCall'];
        case 'merge':
        case 'swap':
            return ['swap', 'merge', 'transfer', 'endCall'];
        case 'transferClose':
        case 'consult':
        case 'blindTransfer':
            return ['transfer', 'endCall'];
        case 'keypadClose':
            return ['keypad', 'endCall'];
        default:
            return key.startsWith('key-') ? ['keypad', 'endCall'] : ['mute', 'endCall'];
    }
}
