/** Formatting for timers and times; locale-aware where the user sees a clock time. */

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

/** One formatter per locale: building Intl.DateTimeFormat is costly and rows format often. */
function clockFormat(locale: string | undefined): Intl.DateTimeFormat {
    const key = locale ?? '';
    let format = clockFormats.get(key);
    if (!format) {
        format = new Intl.DateTimeFormat(locale, {
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit'
        });
        clockFormats.set(key, format);
    }
    return format;
}

/** The range of a JavaScript Date: 100,000,000 days either side of 1970. */
const MAX_DATE_MS = 8.64e15;

/**
 * The user's locale clock time (e.g. 14:05:09); '' for a missing time, or one outside what a
 * Date can hold (a payload may claim 1e300: Intl and toISOString would throw on it).
 */
export function formatClockTime(epochMs: number | null, locale?: string): string {
    if (epochMs === null || !Number.isFinite(epochMs) || Math.abs(epochMs) > MAX_DATE_MS) {
        return '';
    }
    try {
        return clockFormat(locale).format(new Date(epochMs));
    } catch {
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
