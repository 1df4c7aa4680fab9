/**
 * Formatting for timers and times. Clock times use the Salesforce user's locale and time zone
 * (`@salesforce/i18n/*`), not the browser's: an agent whose browser is en-US but whose
 * Salesforce locale is German and time zone Europe/Berlin sees German times in Berlin time.
 */
import USER_LOCALE from '@salesforce/i18n/locale';
import USER_TIME_ZONE from '@salesforce/i18n/timeZone';

/** Whole seconds from `since` to `now`, never negative (clocks can disagree by a little). */
export function elapsedSeconds(since: number | null, now: number): number {
    if (since === null || !Number.isFinite(since)) {
        return 0;
    }
    return Math.max(0, Math.floor((now - since) / 1000));
}

/** 0:07, 12:34, 1:02:03. */
export function formatDuration(totalSeconds: number): string {
    const seconds = Math.max(0, Math.floor(totalSeconds));
    const hours = Math.floor(seconds / 3600);
    const minutes = Math.floor((seconds % 3600) / 60);
    const rest = seconds % 60;
    const pad = (value: number) => String(value).padStart(2, '0');
    return hours > 0 ? `${hours}:${pad(minutes)}:${pad(rest)}` : `${minutes}:${pad(rest)}`;
}

const clockFormats = new Map<string, Intl.DateTimeFormat>();
const CLOCK_FIELDS: Intl.DateTimeFormatOptions = {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit'
};

/** Salesforce spells some locales with an underscore (en_US); Intl wants a hyphen. */
function bcp47(locale: string | undefined): string | undefined {
    return locale ? locale.replace(/_/g, '-') : undefined;
}

/**
 * One formatter per locale and time zone: building Intl.DateTimeFormat is costly and rows format
 * often. A locale or zone Intl does not know falls back to the browser's rather than throwing.
 */
function clockFormat(
    locale: string | undefined,
    timeZone: string | undefined
): Intl.DateTimeFormat {
    const key = `${locale ?? ''}|${timeZone ?? ''}`;
    let format = clockFormats.get(key);
    if (!format) {
        try {
            format = new Intl.DateTimeFormat(bcp47(locale), { ...CLOCK_FIELDS, timeZone });
        } catch (_ignored) {
            format = new Intl.DateTimeFormat(undefined, CLOCK_FIELDS);
        }
        clockFormats.set(key, format);
    }
    return format;
}

/** A number in the user's Salesforce locale (4,2 for a German user), as clock times are. */
export function formatNumber(value: number, maximumFractionDigits: number): string {
    try {
        return new Intl.NumberFormat(bcp47(USER_LOCALE), { maximumFractionDigits }).format(value);
    } catch (_ignored) {
        return new Intl.NumberFormat(undefined, { maximumFractionDigits }).format(value);
    }
}

/** The range of a JavaScript Date: 100,000,000 days either side of 1970. */
const MAX_DATE_MS = 8.64e15;

/**
 * The clock time in the user's Salesforce locale and time zone (e.g. 14:05:09); '' for a missing
 * time, or one outside what a Date can hold (a payload may claim 1e300: Intl and toISOString
 * would throw on it).
 */
export function formatClockTime(
    epochMs: number | null,
    locale: string = USER_LOCALE,
    timeZone: string = USER_TIME_ZONE
): string {
    if (epochMs === null || !Number.isFinite(epochMs) || Math.abs(epochMs) > MAX_DATE_MS) {
        return '';
    }
    try {
        return clockFormat(locale, timeZone).format(new Date(epochMs));
    } catch (_ignored) {
        return new Date(epochMs).toISOString().slice(11, 19);
    }
}

/**
 * Text from a payload, for a composed label: between U+2068 FIRST STRONG ISOLATE and U+2069
 * POP DIRECTIONAL ISOLATE, so its own direction (a right-to-left name) or bidi controls (an
 * unclosed U+202E) cannot reorder the label's words around it. Invisible, not read out.
 */
export function isolate(text: string): string {
    return `\u2068${text}\u2069`;
}

/** Fills {0}, {1}, … in a Custom Label. */
export function formatLabel(label: string, ...values: Array<string | number>): string {
    return label.replace(/\{(\d+)\}/g, (match, index: string) => {
        const value = values[Number(index)];
        return value === undefined ? match : String(value);
    });
}
