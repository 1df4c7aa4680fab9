/**
 * What the flag board shows, as pure functions of ConsoleState: the queue of raised flags
 * (longest waiting first), their wait clocks, and the history of lowered flags.
 * The queue is built when state changes; only withWaitClocks runs on every clock tick.
 */
import NO_MESSAGE from '@salesforce/label/c.VCK_FlagBoard_NoMessage';
import MESSAGE_NOT_KEPT from '@salesforce/label/c.VCK_FlagBoard_MessageNotKept';
import OPEN_RECORD_FOR from '@salesforce/label/c.VCK_FlagBoard_OpenRecordFor';
import RAISED_AT from '@salesforce/label/c.VCK_FlagBoard_RaisedAt';
import LOWERED_BY from '@salesforce/label/c.VCK_FlagBoard_LoweredBy';
import LOWERED_AT from '@salesforce/label/c.VCK_FlagBoard_LoweredAt';
import UNKNOWN_CALLER from '@salesforce/label/c.VCK_Common_UnknownCaller';
import {
    callFlags,
    openFlags,
    type CallState,
    type ConsoleState,
    type Flag
} from 'c/voiceEventBus';
import {
    callerAndType,
    effectivePhase,
    elapsedSeconds,
    flagMessageNotKept,
    formatClockTime,
    formatDuration,
    formatLabel,
    isolate,
    phaseLabel,
    roleLabel,
    senderName
} from 'c/voiceViewUtils';

export const DEFAULT_HISTORY_LENGTH = 10;
export const MAX_HISTORY_LENGTH = 50;

/** A design attribute as a whole number within bounds; the default when it is not a number. */
export function boundedInteger(value: unknown, fallback: number, min: number, max: number): number {
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isFinite(number)) {
        return fallback;
    }
    return Math.min(max, Math.max(min, Math.floor(number)));
}

export function historyLengthOf(value: unknown): number {
    return boundedInteger(value, DEFAULT_HISTORY_LENGTH, 0, MAX_HISTORY_LENGTH);
}

/** A raised flag's row; its wait clock ticks on its own (c-flag-wait-clock). */
export interface QueuedFlag {
    id: string;
    callId: string;
    raisedAt: number;
    /** When the raise arrived on the agent's clock: where the wait clock counts from. */
    waitingSince: number;
    who: string;
    role: string;
    /** The rep's message, or "No message" ("Message not kept after a page refresh"). */
    message: string;
    hasMessage: boolean;
    messageClass: string;
    /** "Raised at 14:05:09 · +1 415 555 0100 · Inbound · Connected". */
    context: string;
    /** The context in pieces for the template: a phone number stays on one line. */
    contextParts: ContextPart[];
    voiceCallId: string | null;
    /** Link target of the call record (see withRecordUrls); null without a voiceCallId. */
    recordUrl: string | null;
    openRecordLabel: string;
}

/** A piece of a flag's context line; the pieces' text joined is `context`. */
export interface ContextPart {
    key: string;
    text: string;
    /** `flag-number` (white-space: nowrap) for a phone number, else empty. */
    className: string;
}

export interface LoweredFlagRow {
    id: string;
    who: string;
    role: string;
    message: string;
    messageClass: string;
    /** "Lowered by Samir Supervisor after 2:05 · Lowered at 14:07:14". */
    outcome: string;
}

const SEPARATOR = ' · ';
const NUMBER_CLASS = 'flag-number';

/**
 * A dialable number as telephony systems send it ("+1 (617) 555-0166", "020 7946 0958"):
 * digits with the usual separators, short enough to fit a line. Names and other text wrap.
 */
export function isPhoneNumber(text: string): boolean {
    const trimmed = text.trim();
    const digits = trimmed.replace(/\D/g, '').length;
    return trimmed.length <= 32 && digits >= 3 && /^\+?[\d ().\-\u00A0]+$/.test(trimmed);
}

/**
 * "Raised at 14:05:09", the caller, the call type and phase, as parts with the separators
 * between them: at utility-bar width a number broke across lines ("+1 (617) / 555-0166").
 */
function contextParts(
    raisedAt: string,
    call: CallState | undefined,
    state: ConsoleState
): ContextPart[] {
    const pieces: Array<{ text: string; className: string }> = [{ text: raisedAt, className: '' }];
    if (!call) {
        pieces.push({ text: UNKNOWN_CALLER, className: '' });
    } else {
        const [caller, ...type] = callerAndType(call);
        const isNumber = call.caller !== null && isPhoneNumber(call.caller);
        pieces.push({ text: caller, className: isNumber ? NUMBER_CLASS : '' });
        for (const text of [...type, phaseLabel(effectivePhase(call, state))]) {
            pieces.push({ text, className: '' });
        }
    }
    return pieces.flatMap((piece, index) => [
        ...(index > 0 ? [{ key: `s${index}`, text: SEPARATOR, className: '' }] : []),
        { key: `p${index}`, ...piece }
    ]);
}

function hasMessage(flag: Flag): flag is Flag & { message: string } {
    return Boolean(flag.message?.trim());
}

/** The message, else why there is none: not sent, or not kept across a page reload. */
function messageOf(flag: Flag, call: CallState | undefined): string {
    if (hasMessage(flag)) {
        return flag.message;
    }
    return flagMessageNotKept(call, flag) ? MESSAGE_NOT_KEPT : NO_MESSAGE;
}

const MESSAGE_CLASS = 'slds-text-body_regular';
const NO_MESSAGE_CLASS = 'slds-text-body_regular slds-text-color_weak';

/** Raised, not lowered flags across every call, longest waiting first. */
export function flagQueue(state: ConsoleState): QueuedFlag[] {
    return openFlags(state).map((flag) => {
        const who = senderName(flag.raisedBy);
        const parts = contextParts(
            formatLabel(RAISED_AT, formatClockTime(flag.raisedAt)),
            state.calls[flag.callId],
            state
        );
        return {
            id: flag.id,
            callId: flag.callId,
            raisedAt: flag.raisedAt,
            waitingSince: flag.raisedReceivedAt,
            who,
            role: roleLabel(flag.raisedBy.kind),
            message: messageOf(flag, state.calls[flag.callId]),
            hasMessage: hasMessage(flag),
            messageClass: hasMessage(flag) ? MESSAGE_CLASS : NO_MESSAGE_CLASS,
            context: parts.map((part) => part.text).join(''),
            contextParts: parts,
            voiceCallId: flag.voiceCallId,
            recordUrl: flag.voiceCallId ? recordPath(flag.voiceCallId) : null,
            openRecordLabel: formatLabel(OPEN_RECORD_FOR, who)
        };
    });
}

/**
 * Lightning Experience's record path, the link's target until NavigationMixin's GenerateUrl
 * answers, so the link is focusable and middle-clickable from the first render.
 */
export function recordPath(voiceCallId: string): string {
    return `/lightning/r/VoiceCall/${encodeURIComponent(wellFormed(voiceCallId))}/view`;
}

/**
 * The string with each unpaired surrogate replaced by U+FFFD. encodeURIComponent throws a
 * URIError on an unpaired one, and a payload's voiceCallId may hold anything: one such flag
 * made every update of the board throw, hiding all flags until it was lowered.
 */
function wellFormed(value: string): string {
    // With the u flag, a surrogate class matches only surrogates that are not half of a pair.
    return value.replace(/[\uD800-\uDFFF]/gu, '\uFFFD');
}

/** The queue with generated record URLs where known; rows without a change keep their object. */
export function withRecordUrls(
    queue: readonly QueuedFlag[],
    urls: ReadonlyMap<string, string>
): QueuedFlag[] {
    return queue.map((flag) => {
        const url = flag.voiceCallId ? urls.get(flag.voiceCallId) : undefined;
        return url && url !== flag.recordUrl ? { ...flag, recordUrl: url } : flag;
    });
}

/** Lowered flags across every call, most recently lowered first, at most `length`. */
export function flagHistory(state: ConsoleState, length: number): LoweredFlagRow[] {
    if (length <= 0) {
        return [];
    }
    const lowered: Array<Flag & { lowered: NonNullable<Flag['lowered']> }> = [];
    for (const call of Object.values(state.calls)) {
        // The bus's split (callFlags), as any component on the bus reads it.
        for (const flag of callFlags(call).lowered) {
            lowered.push(flag as Flag & { lowered: NonNullable<Flag['lowered']> });
        }
    }
    lowered.sort((a, b) => b.lowered.at - a.lowered.at || (a.id < b.id ? -1 : 1));
    return lowered.slice(0, length).map((flag) => ({
        id: flag.id,
        who: senderName(flag.raisedBy),
        role: roleLabel(flag.raisedBy.kind),
        message: messageOf(flag, state.calls[flag.callId]),
        messageClass: hasMessage(flag) ? MESSAGE_CLASS : NO_MESSAGE_CLASS,
        outcome: [
            formatLabel(
                LOWERED_BY,
                isolate(senderName(flag.lowered.by)),
                // Both on the agent's clock: a server clock minutes off changes neither.
                formatDuration(elapsedSeconds(flag.raisedReceivedAt, flag.lowered.receivedAt))
            ),
            formatLabel(LOWERED_AT, formatClockTime(flag.lowered.at))
        ].join(' · ')
    }));
}

/**
 * What the board is built from, per call. When none of it changed (a transcript line, audio
 * stats…), the board keeps its rows instead of rebuilding them.
 */
export function flagSources(state: ConsoleState): unknown[] {
    return Object.values(state.calls).flatMap((call) => [
        call.callId,
        call.flags,
        call.caller,
        call.callType,
        effectivePhase(call, state),
        call.conversationTextDroppedAt
    ]);
}

export function sameSources(a: readonly unknown[] | null, b: readonly unknown[]): boolean {
    return a !== null && a.length === b.length && a.every((value, index) => value === b[index]);
}
