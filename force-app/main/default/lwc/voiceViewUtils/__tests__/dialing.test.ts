import { DIGIT_PATTERN, KEYPAD_KEYS, isAgentOrQueueId, isDialableNumber } from 'c/voiceViewUtils';

describe('dialing', () => {
    it.each(['+1 (415) 555-0142', '+44 20 7946 0958', '415.555.0142', '911', '+491701234567'])(
        'accepts %s as a number the agent can dial',
        (number) => {
            expect(isDialableNumber(number)).toBe(true);
        }
    );

    it.each(['', '12', 'call me', '+1 415 555 0142 ext 12', '++1 415', '1234567890123456', '+'])(
        'refuses %j before the toolkit is asked',
        (number) => {
            expect(isDialableNumber(number)).toBe(false);
        }
    );

    it('takes an agent or queue id as one token', () => {
        expect(isAgentOrQueueId('005RM000001abcD')).toBe(true);
        expect(isAgentOrQueueId('BillingQueue')).toBe(true);
        expect(isAgentOrQueueId('Billing Queue')).toBe(false);
        expect(isAgentOrQueueId('')).toBe(false);
    });

    it('offers exactly the keys sendDigits accepts', () => {
        expect(KEYPAD_KEYS.join('')).toBe('123456789*0#ABCD,');
        expect(KEYPAD_KEYS.every((key) => DIGIT_PATTERN.test(key))).toBe(true);
        expect(DIGIT_PATTERN.test('E')).toBe(false);
    });
});
