/**
 * Clock times follow the Salesforce user's locale and time zone (@salesforce/i18n/*), not the
 * browser's: here the user is German in Berlin while the test runs in another zone and locale.
 */
import '../../../../../test/germanUserInBerlin';
import { formatClockTime } from 'c/voiceViewUtils';
import { createTermQuery } from '../../liveTranscript/highlight';
import { toTranscriptRow } from '../../liveTranscript/transcriptView';

const NO_QUERY = createTermQuery([]);

/** 14:05:09 UTC on a winter day: 15:05:09 in Berlin (UTC+1). */
const WINTER = Date.UTC(2026, 0, 15, 14, 5, 9);
/** 14:05:09 UTC in summer: 16:05:09 in Berlin (UTC+2). */
const SUMMER = Date.UTC(2026, 6, 15, 14, 5, 9);

it("formats clock times in the user's locale and time zone", () => {
    expect(formatClockTime(WINTER)).toBe('15:05:09');
    expect(formatClockTime(SUMMER)).toBe('16:05:09');
});

it('still takes an explicit locale and zone, and a Salesforce-style en_US', () => {
    expect(formatClockTime(WINTER, 'en_US', 'America/New_York')).toBe('09:05:09 AM');
    expect(formatClockTime(WINTER, 'en-GB', 'UTC')).toBe('14:05:09');
});

it("falls back to the browser's format for a time zone Intl does not know, instead of throwing", () => {
    expect(formatClockTime(WINTER, 'de-DE', 'Mars/Olympus_Mons')).toMatch(/^\d{1,2}:\d{2}:\d{2}/);
    expect(formatClockTime(null)).toBe('');
});

it("shows a transcript row's time in Berlin time, the German way", () => {
    const row = toTranscriptRow(
        {
            id: 'u-1',
            callId: 'call-1',
            text: 'Guten Tag',
            sender: { role: 'EndUser', kind: 'customer', displayName: null },
            serverReceivedTimestamp: SUMMER,
            clientSentTimestamp: null,
            receivedAt: SUMMER
        },
        NO_QUERY
    );
    expect(row.time).toBe('16:05:09');
    // The machine-readable time stays UTC.
    expect(row.isoTime).toBe('2026-07-15T14:05:09.000Z');
});
