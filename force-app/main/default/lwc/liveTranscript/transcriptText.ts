/**
 * The transcript as plain text for copy and download: a header that says which call it is, then
 * one line per utterance, "[time] Role (Name): text". Times are formatted exactly as the panel
 * shows them (the Salesforce user's locale and time zone), so the file and the screen agree.
 */
import USER_LOCALE from '@salesforce/i18n/locale';
import USER_TIME_ZONE from '@salesforce/i18n/timeZone';
import type { CallState, Sender, Utterance } from 'c/voiceEventBus';
import {
    callTypeLabel,
    formatClockTime,
    formatLabel,
    formatNumber,
    roleLabel
} from 'c/voiceViewUtils';
import { LABELS } from './labels';

/** Longest call id kept in a file name. */
const MAX_FILE_ID_LENGTH = 64;

/** When the speaker said it: server time, else client time, else when the bus received it. */
export function senderTime(utterance: Utterance): number {
    return (
        utterance.serverReceivedTimestamp ?? utterance.clientSentTimestamp ?? utterance.receivedAt
    );
}

/**
 * The name shown beside the role: the display name, or for an unrecognised role the role
 * string the toolkit sent (e.g. "Bot"), so "Other" does not hide who spoke. Null when neither.
 */
export function speakerName(sender: Sender): string | null {
    if (sender.displayName) {
        return sender.displayName;
    }
    return sender.kind === 'other' && sender.role ? sender.role : null;
}

/** "Customer (Jane Doe)", or just "Customer" without a name. */
export function speakerLabel(sender: Sender): string {
    const role = roleLabel(sender.kind);
    const name = speakerName(sender);
    return name ? `${role} (${name})` : role;
}

/**
 * "[cut: 5,000 of 7,342 characters]" for an utterance the bus cut at its length limit (the
 * text itself ends with "…"); null for a whole one.
 */
export function cutMark(utterance: Utterance): string | null {
    const sent = utterance.truncatedFrom;
    return typeof sent === 'number' && sent > utterance.text.length
        ? formatLabel(LABELS.cutMark, formatNumber(utterance.text.length, 0), formatNumber(sent, 0))
        : null;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const DATE_FIELDS: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit'
};

/** The calendar date in the user's Salesforce locale and time zone (25.11.2026 in German). */
export function formatDate(
    epochMs: number,
    locale: string = USER_LOCALE,
    timeZone: string = USER_TIME_ZONE
): string {
    if (formatClockTime(epochMs) === '') {
        return '';
    }
    const key = `${locale}|${timeZone}`;
    let format = dateFormats.get(key);
    if (!format) {
        try {
            format = new Intl.DateTimeFormat(locale?.replace(/_/g, '-'), {
                ...DATE_FIELDS,
                timeZone
            });
        } catch (_ignored) {
            format = new Intl.DateTimeFormat(undefined, DATE_FIELDS);
        }
        dateFormats.set(key, format);
    }
    return format.format(new Date(epochMs));
}

/** Date and clock time as the panel shows the time: "25.11.2026 16:30:05". */
export function formatDateTime(epochMs: number): string {
    return `${formatDate(epochMs)} ${formatClockTime(epochMs)}`.trim();
}

/** Line breaks inside an utterance would break the one-line-per-utterance format. */
function singleLine(text: string): string {
    return text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');
}

/** "[16:30:05] Customer (Jane Doe): I'd like a refund.", with the cut mark when cut. */
export function transcriptLine(utterance: Utterance): string {
    const time = formatClockTime(senderTime(utterance)) || '--:--:--';
    const cut = cutMark(utterance);
    const text = singleLine(utterance.text);
    return `[${time}] ${speakerLabel(utterance.sender)}: ${cut ? `${text} ${cut}` : text}`;
}

/** Who exports and when, for the header. */
export interface ExportContext {
    /** The Salesforce user id of whoever exports. */
    exportedBy: string;
    exportedAt: number;
}

/**
 * The header: which call this is, who exported it and when, and how many earlier lines the
 * panel no longer had (so a reader knows the file does not start at the call's start).
 */
export function transcriptHeader(call: CallState, context: ExportContext): string[] {
    const lines = [
        LABELS.exportTitle,
        formatLabel(LABELS.exportCaller, call.caller ?? LABELS.unknownCaller),
        formatLabel(LABELS.exportCallType, callTypeLabel(call.callType) || '–'),
        formatLabel(LABELS.exportDate, formatDateTime(call.startedAt)),
        formatLabel(LABELS.exportCallId, call.callId),
        formatLabel(LABELS.exportedBy, context.exportedBy),
        formatLabel(LABELS.exportedAt, formatDateTime(context.exportedAt))
    ];
    if (call.droppedUtterances > 0) {
        lines.push(formatLabel(LABELS.dropped, formatNumber(call.droppedUtterances, 0)));
    }
    return lines;
}

/** The header, a blank line, then one line per utterance; ends with a newline. */
export function transcriptText(call: CallState, context: ExportContext): string {
    const header = transcriptHeader(call, context);
    return `${[...header, '', ...call.transcript.map(transcriptLine)].join('\n')}\n`;
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** "transcript-<callId>-2026-11-25.txt", with the call id made safe for every file system. */
export function transcriptFileName(prefix: string, callId: string, date: Date): string {
    const safePrefix = prefix.replace(/[^\p{L}\p{N}._-]+/gu, '-') || 'transcript';
    const safeId =
        callId
            .replace(/[^A-Za-z0-9._-]+/g, '_')
            .replace(/^[._]+/, '')
            .slice(0, MAX_FILE_ID_LENGTH) || 'call';
    const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
    return `${safePrefix}-${safeId}-${day}.txt`;
}
