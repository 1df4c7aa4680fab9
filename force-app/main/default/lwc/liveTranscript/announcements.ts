/**
 * What the panel's two polite live regions say: the newest utterance (never the whole log) and
 * the search's match position. Pure text; the component owns the regions and the typing pause.
 */
import type { Utterance } from 'c/voiceEventBus';
import { formatLabel } from 'c/voiceViewUtils';
import { LABELS } from './labels';
import { speakerLabel } from './transcriptText';

/**
 * The live region's next text. Screen readers only speak a region whose text changed, so a
 * repeat ("Yes", then "Yes") gets an invisible zero-width space to be read again.
 */
export function nextAnnouncement(previous: string, text: string): string {
    return text === previous ? `${text}\u200B` : text;
}

/** "Customer (Jane Doe): I'd like a refund." after `previous`. */
export function utteranceAnnouncement(previous: string, utterance: Utterance): string {
    return nextAnnouncement(
        previous,
        formatLabel(LABELS.announcement, speakerLabel(utterance.sender), utterance.text)
    );
}

/** "Match 3 of 437" (or "No matches") after `previous`; silent once the search is cleared. */
export function matchAnnouncement(
    previous: string,
    search: { readonly active: boolean; readonly announcementText: string }
): string {
    return search.active ? nextAnnouncement(previous, search.announcementText) : '';
}
