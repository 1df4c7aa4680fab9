import '../../../../../test/useRealLabels';
import { overdueLabel, waitClock, waitWarningSecondsOf } from '../waitClockView';

const RAISED = 1594944652328;

describe('waitClock', () => {
    it('shows how long the flag has waited', () => {
        expect(waitClock(RAISED, RAISED + 65_000, 60).text).toBe('Waiting 1:05');
        expect(waitClock(RAISED, RAISED + 3_725_000, 60).text).toBe('Waiting 1:02:05');
    });

    it('turns to the warning style once the threshold is reached', () => {
        const before = waitClock(RAISED, RAISED + 59_999, 60);
        const at = waitClock(RAISED, RAISED + 60_000, 60);

        expect(before.overdue).toBe(false);
        expect(before.clockClass).not.toContain('slds-theme_warning');
        expect(at.overdue).toBe(true);
        expect(at.clockClass).toContain('slds-theme_warning');
    });

    it('never shows a negative wait when the server clock is ahead', () => {
        expect(waitClock(RAISED, RAISED - 5_000, 60).text).toBe('Waiting 0:00');
    });

    it('shows 0:00 for a flag without a raise time', () => {
        expect(waitClock(null, RAISED, 60)).toMatchObject({ text: 'Waiting 0:00', overdue: false });
    });
});

describe('waitWarningSecondsOf', () => {
    it('is at least 5 seconds, 60 when missing or not a number', () => {
        expect(waitWarningSecondsOf(undefined)).toBe(60);
        expect(waitWarningSecondsOf('abc')).toBe(60);
        expect(waitWarningSecondsOf('')).toBe(60);
        expect(waitWarningSecondsOf(Number.NaN)).toBe(60);
        expect(waitWarningSecondsOf(1)).toBe(5);
        expect(waitWarningSecondsOf('90')).toBe(90);
        expect(waitWarningSecondsOf(30.7)).toBe(30);
    });
});

describe('overdueLabel', () => {
    it('describes the threshold for the warning icon', () => {
        expect(overdueLabel(90)).toBe('Waiting longer than 1:30');
    });
});
