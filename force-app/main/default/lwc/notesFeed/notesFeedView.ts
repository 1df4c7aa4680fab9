/**
 * What the notes feed shows, as pure functions of ConsoleState: the notes between rep and
 * supervisor of the call every panel follows (followedCallId), in time order, optionally with
 * flag raises and lowers as context.
 */
import FLAG_RAISED from '@salesforce/label/c.VCK_NotesFeed_FlagRaised';
import FLAG_RAISED_NO_MESSAGE from '@salesforce/label/c.VCK_NotesFeed_FlagRaisedNoMessage';
import FLAG_LOWERED from '@salesforce/label/c.VCK_NotesFeed_FlagLowered';
import type { CallState, ConsoleState, ConversationRecord } from 'c/voiceEventBus';
import {
    earlierNotesNotKept,
    formatClockTime,
    formatLabel,
    isolate,
    roleLabel,
    senderName
} from 'c/voiceViewUtils';

export type FeedEntryKind = 'note' | 'flagRaise' | 'flagLower';

export interface FeedEntry {
    /** Unique in the feed: a raise and its lower may share the toolkit's id. */
    key: string;
    kind: FeedEntryKind;
    isNote: boolean;
    at: number;
    /** Locale clock time, e.g. 14:05:09. */
    timeText: string;
    /** For <time datetime>. */
    isoTime: string;
    who: string;
    role: string;
    /** The note, or "Angela Agent raised a flag: …" for a flag event. */
    text: string;
}

/** Why nothing is listed: no telephony event yet, no call followed, or a call without notes. */
export type FeedEmptyState = 'noEvents' | 'noCall' | 'noNotes' | null;

export interface NotesFeedView {
    /** The followed call, null when no call is followed. */
    callId: string | null;
    entries: FeedEntry[];
    empty: FeedEmptyState;
    /** A page reload did not keep this call's earlier notes (see earlierNotesNotKept). */
    earlierNotKept: boolean;
}

function entry(kind: FeedEntryKind, record: ConversationRecord): FeedEntry {
    const who = senderName(record.sender);
    let text = record.text ?? '';
    if (kind === 'flagRaise') {
        text = record.text?.trim()
            ? formatLabel(FLAG_RAISED, isolate(who), isolate(record.text))
            : formatLabel(FLAG_RAISED_NO_MESSAGE, isolate(who));
    } else if (kind === 'flagLower') {
        text = formatLabel(FLAG_LOWERED, isolate(who));
    }
    return {
        key: `${kind}:${record.id}`,
        kind,
        isNote: kind === 'note',
        at: record.at,
        timeText: formatClockTime(record.at),
        // Empty where the time is outside a Date's range (toISOString would throw on 1e300).
        isoTime: Math.abs(record.at) <= 8.64e15 ? new Date(record.at).toISOString() : '',
        who,
        role: roleLabel(record.sender.kind),
        text
    };
}

/** At the same millisecond a raise reads before a note, and a note before a lower. */
const KIND_RANK: Record<FeedEntryKind, number> = { flagRaise: 0, note: 1, flagLower: 2 };

/** Oldest first, then by kind, then by id, so the order never depends on arrival. */
function compareEntries(a: FeedEntry, b: FeedEntry): number {
    return a.at - b.at || KIND_RANK[a.kind] - KIND_RANK[b.kind] || (a.key < b.key ? -1 : 1);
}

/** One call's notes (and flag events when shown), in time order, without duplicates. */
export function callEntries(call: CallState, showFlagEvents: boolean): FeedEntry[] {
    const records: Array<[FeedEntryKind, ConversationRecord]> = call.notes.map((note) => [
        'note',
        note
    ]);
    if (showFlagEvents) {
        records.push(
            ...call.flagRaises.map((r): [FeedEntryKind, ConversationRecord] => ['flagRaise', r])
        );
        records.push(
            ...call.flagLowers.map((r): [FeedEntryKind, ConversationRecord] => ['flagLower', r])
        );
    }
    const seen = new Set<string>();
    const entries: FeedEntry[] = [];
    for (const [kind, record] of records) {
        const next = entry(kind, record);
        if (!seen.has(next.key)) {
            seen.add(next.key);
            entries.push(next);
        }
    }
    return entries.sort(compareEntries);
}

/** The feed of the followed call `callId` (followedCallId, as every panel follows). */
export function notesFeedView(
    state: ConsoleState,
    callId: string | null,
    showFlagEvents: boolean
): NotesFeedView {
    const call = callId ? state.calls[callId] : undefined;
    if (!call) {
        return {
            callId: null,
            entries: [],
            empty: state.lastEventAt === null ? 'noEvents' : 'noCall',
            earlierNotKept: false
        };
    }
    const entries = callEntries(call, showFlagEvents);
    return {
        callId: call.callId,
        entries,
        empty: entries.length === 0 ? 'noNotes' : null,
        earlierNotKept: earlierNotesNotKept(call)
    };
}

/**
 * What the feed of the followed call is built from. When none of it changed (a transcript
 * line, audio stats, another call's note…), the feed keeps its entries instead of rebuilding.
 */
export function feedSources(state: ConsoleState, callId: string | null): unknown[] {
    const call = callId ? state.calls[callId] : undefined;
    return [
        state.lastEventAt === null,
        callId,
        call?.notes,
        call?.flagRaises,
        call?.flagLowers,
        call?.conversationTextDroppedAt
    ];
}

export function sameSources(a: readonly unknown[] | null, b: readonly unknown[]): boolean {
    return a !== null && a.length === b.length && a.every((value, index) => value === b[index]);
}
