/**
 * What a dial pad and a transfer form may send: the toolkit's sendDigits accepts 0-9, *, #, A-D
 * and a comma (a pause); addParticipant needs a number the telephony system can dial.
 */

/** The keypad's keys, in the order a phone shows them, then the DTMF letters and a pause. */
export const KEYPAD_KEYS: readonly string[] = [
    '1',
    '2',
    '3',
    '4',
    '5',
    '6',
    '7',
    '8',
    '9',
    '*',
    '0',
    '#',
    'A',
    'B',
    'C',
    'D',
    ','
];

export const DIGIT_PATTERN = /^[0-9*#A-D,]{1,64}$/;

/** Spaces, dots, dashes and brackets people type between digits, and the digits themselves. */
const NUMBER_SEPARATORS = /[\s().-]/g;

/**
 * True for a phone number as people write it: an optional leading +, then 3 to 15 digits (the
 * E.164 maximum), with spaces, dots, dashes or brackets between them.
 */
export function isDialableNumber(value: string): boolean {
    const trimmed = value.trim();
    if (!/^\+?[0-9\s().-]+$/.test(trimmed)) {
        return false;
    }
    const digits = trimmed.replace(NUMBER_SEPARATORS, '').replace(/^\+/, '');
    return /^[0-9]{3,15}$/.test(digits);
}

/** An agent or queue id: one token, no spaces, as a Salesforce id or a Quick Connect name. */
export function isAgentOrQueueId(value: string): boolean {
    return /^[^\s<>"']{1,255}$/.test(value.trim());
}
