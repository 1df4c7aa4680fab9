/**
 * What the template shows for one utterance, and which empty state applies. Rows are cached per
 * utterance object (state replaces, never mutates, utterances), so an event maps only the row
 * that is new; the 10,000 others are reused.
 */
import type { ConsoleState, SpeakerKind, Utterance } from 'c/voiceEventBus';
import { formatClockTime, roleLabel } from 'c/voiceViewUtils';
import { highlightSegments, type TermQuery, type TextSegment } from './highlight';
import { LABELS } from './labels';
import { cutMark, senderTime, speakerName } from './transcriptText';

export interface TranscriptRow {
    /** The utterance id (unique within a call, so a stable for:each key). */
    key: string;
    kind: SpeakerKind;
    /** Agent, Customer, Supervisor, Other: speakers differ by label, not by colour alone. */
    roleLabel: string;
    name: string | null;
    /** Sender time in the user's locale, e.g. 14:05:09. */
    time: string;
    /** The same time for <time datetime>. */
    isoTime: string;
    segments: TextSegment[];
    /** "[cut: 5,000 of 7,342 characters]" when the bus cut the utterance; else null. */
    cutText: string | null;
    /** 'true' on the current search match (aria-current), null on every other row. */
    ariaCurrent: 'true' | null;
    itemClass: string;
    bubbleClass: string;
}

/**
 * SLDS chat layout: the contact centre's side (agent, supervisor) on the right, the customer
 * and anyone else on the left, each with its own SLDS bubble colour. The side comes from our
 * own vck-row_outbound/inbound rather than slds-chat-listitem_outbound/inbound: SLDS styles
 * those with a sibling selector (`_inbound + _inbound`), which makes the browser restyle every
 * row each time the window drops its first row; measured 3-8x slower per event.
 */
const ROW_CLASSES: Record<SpeakerKind, { item: string; bubble: string }> = {
    agent: {
        item: 'slds-chat-listitem vck-row vck-row_outbound vck-row_agent',
        bubble: 'slds-chat-message__text slds-chat-message__text_outbound vck-bubble'
    },
    supervisor: {
        item: 'slds-chat-listitem vck-row vck-row_outbound vck-row_supervisor',
        bubble: 'slds-chat-message__text slds-chat-message__text_outbound-agent vck-bubble'
    },
    customer: {
        item: 'slds-chat-listitem vck-row vck-row_inbound vck-row_customer',
        bubble: 'slds-chat-message__text slds-chat-message__text_inbound vck-bubble'
    },
    other: {
        item: 'slds-chat-listitem vck-row vck-row_inbound vck-row_other',
        bubble: 'slds-chat-message__text slds-chat-message__text_inbound vck-bubble vck-bubble_other'
    }
};

function isoTime(epochMs: number): string {
    try {
        return new Date(epochMs).toISOString();
    } catch (_ignored) {
        return '';
    }
}

/** Builds one row; pure apart from the locale clock format. */
export function toTranscriptRow(utterance: Utterance, query: TermQuery): TranscriptRow {
    const kind = utterance.sender.kind;
    const at = senderTime(utterance);
    return {
        key: utterance.id,
        kind,
        roleLabel: roleLabel(kind),
        name: speakerName(utterance.sender),
        time: formatClockTime(at),
        isoTime: isoTime(at),
        segments: highlightSegments(utterance.text, query),
        cutText: cutMark(utterance),
        ariaCurrent: null,
        itemClass: ROW_CLASSES[kind].item,
        bubbleClass: ROW_CLASSES[kind].bubble
    };
}

/** The current search match's row: marked for assistive technology and outlined on screen. */
export function asCurrentRow(row: TranscriptRow): TranscriptRow {
    return { ...row, ariaCurrent: 'true', itemClass: `${row.itemClass} vck-row_current` };
}

/** Maps utterances to rows for one highlight query, building each row once. */
export interface RowCache {
    readonly query: TermQuery;
    rowFor(utterance: Utterance): TranscriptRow;
}

export function createRowCache(query: TermQuery): RowCache {
    const rows = new WeakMap<Utterance, TranscriptRow>();
    return {
        query,
        rowFor(utterance) {
            let row = rows.get(utterance);
            if (!row) {
                row = toTranscriptRow(utterance, query);
                rows.set(utterance, row);
            }
            return row;
        }
    };
}

export type EmptyState =
    /** No telephony event since the page loaded: Voice may not be connected. */
    | 'noEvents'
    /** Events arrive but there is no call to show. */
    | 'noCall'
    /** A call without utterances yet. */
    | 'noUtterances'
    /** Utterances exist, none matches the search. */
    | 'noMatches'
    | null;

export function emptyState(
    state: ConsoleState | null,
    utteranceCount: number,
    matchCount: number,
    hasCall: boolean
): EmptyState {
    if (!hasCall) {
        return state?.lastEventAt == null ? 'noEvents' : 'noCall';
    }
    if (utteranceCount === 0) {
        return 'noUtterances';
    }
    return matchCount === 0 ? 'noMatches' : null;
}

/** The empty state's heading (none for some) and message. */
/** `earlierNotKept`: the call's lines were not kept across a page refresh (refreshNotice). */
export function emptyTexts(
    empty: EmptyState,
    earlierNotKept = false
): { title: string; message: string } {
    const title = empty === 'noEvents' || empty === 'noCall' ? LABELS.noActiveCall : '';
    switch (empty) {
        case 'noEvents':
            return { title, message: LABELS.noEvents };
        case 'noCall':
            return { title, message: LABELS.eventsSeen };
        case 'noUtterances':
            return {
                title,
                message: earlierNotKept ? LABELS.notKeptAfterRefresh : LABELS.noUtterances
            };
        case 'noMatches':
            return { title, message: LABELS.noMatches };
        default:
            return { title, message: '' };
    }
}

/** The design attribute, clamped to the bus's bound (100–10,000); anything unusable → 10,000. */
export const MIN_UTTERANCES = 100;
export const MAX_UTTERANCES = 10000;

export function clampMaxUtterances(value: unknown): number {
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isFinite(number)) {
        return MAX_UTTERANCES;
    }
    return Math.min(MAX_UTTERANCES, Math.max(MIN_UTTERANCES, Math.floor(number)));
}

/** A Boolean design attribute that may arrive as a string from page metadata. */
export function asBoolean(value: unknown, fallback: boolean): boolean {
    if (typeof value === 'boolean') {
        return value;
    }
    if (value === 'true' || value === 'false') {
        return value === 'true';
    }
    return fallback;
}
