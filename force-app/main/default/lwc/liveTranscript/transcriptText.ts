/**
 * The transcript as plain text for copy and download: one line per utterance,
 * "[hh:mm:ss] Role (Name): text". Times are the sender's, as 24-hour local time so the file reads
 * the same in every locale and sorts as text.
 */
import type { Sender, Utterance } from 'c/voiceEventBus';
import { roleLabel } from 'c/voiceViewUtils';

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

const pad = (value: number): string => String(value).padStart(2, '0');

/** 24-hour local "hh:mm:ss"; "--:--:--" for a time that is not a finite number. */
export function clockTime24(epochMs: number): string {
    if (!Number.isFinite(epochMs)) {
        return '--:--:--';
    }
    const date = new Date(epochMs);
    return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** Line breaks inside an utterance would break the one-line-per-utterance format. */
function singleLine(text: string): string {
    return text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');
}

/** "[14:05:09] Customer (Jane Doe): I'd like a refund." */
export function transcriptLine(utterance: Utterance): string {
    const time = clockTime24(senderTime(utterance));
    return `[${time}] ${speakerLabel(utterance.sender)}: ${singleLine(utterance.text)}`;
}

/** The whole transcript, one line per utterance, ending with a newline ('' when empty). */
export function transcriptText(utterances: readonly Utterance[]): string {
    return utterances.length ? `${utterances.map(transcriptLine).join('\n')}\n` : '';
}

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
