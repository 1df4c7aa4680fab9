/**
 * Makes `@salesforce/i18n/locale` and `@salesforce/i18n/timeZone` those of a Salesforce user
 * whose locale is German and time zone Europe/Berlin, for the importing test file (sfdx-lwc-jest
 * otherwise gives en-US and America/Los_Angeles). Import it first, before the code under test.
 */
jest.doMock('@salesforce/i18n/locale', () => ({ __esModule: true, default: 'de-DE' }), {
    virtual: true
});
jest.doMock('@salesforce/i18n/timeZone', () => ({ __esModule: true, default: 'Europe/Berlin' }), {
    virtual: true
});

export const USER_LOCALE = 'de-DE';
export const USER_TIME_ZONE = 'Europe/Berlin';
