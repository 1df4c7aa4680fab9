/** The live transcript's Custom Labels (all user-facing text), in one object for the template. */
import TITLE from '@salesforce/label/c.VCK_Transcript_Title';
import LOG_LABEL from '@salesforce/label/c.VCK_Transcript_LogLabel';
import SEARCH_LABEL from '@salesforce/label/c.VCK_Transcript_SearchLabel';
import SEARCH_PLACEHOLDER from '@salesforce/label/c.VCK_Transcript_SearchPlaceholder';
import MATCH_COUNT from '@salesforce/label/c.VCK_Transcript_MatchCount';
import MATCH_COUNT_ONE from '@salesforce/label/c.VCK_Transcript_MatchCountOne';
import NO_MATCHES from '@salesforce/label/c.VCK_Transcript_NoMatches';
import NO_UTTERANCES from '@salesforce/label/c.VCK_Transcript_NoUtterances';
import COPY from '@salesforce/label/c.VCK_Transcript_Copy';
import DOWNLOAD from '@salesforce/label/c.VCK_Transcript_Download';
import COPIED from '@salesforce/label/c.VCK_Transcript_Copied';
import COPY_FAILED from '@salesforce/label/c.VCK_Transcript_CopyFailed';
import DOWNLOADED from '@salesforce/label/c.VCK_Transcript_Downloaded';
import DOWNLOAD_FAILED from '@salesforce/label/c.VCK_Transcript_DownloadFailed';
import FILE_NAME_PREFIX from '@salesforce/label/c.VCK_Transcript_FileNamePrefix';
import JUMP_TO_LATEST from '@salesforce/label/c.VCK_Transcript_JumpToLatest';
import JUMP_TO_LATEST_NEW from '@salesforce/label/c.VCK_Transcript_JumpToLatestNew';
import SHOW_EARLIER from '@salesforce/label/c.VCK_Transcript_ShowEarlier';
import SHOW_LATER from '@salesforce/label/c.VCK_Transcript_ShowLater';
import DROPPED from '@salesforce/label/c.VCK_Transcript_Dropped';
import ANNOUNCEMENT from '@salesforce/label/c.VCK_Transcript_Announcement';
import MATCH_POSITION from '@salesforce/label/c.VCK_Transcript_MatchPosition';
import NO_MATCHES_SHORT from '@salesforce/label/c.VCK_Transcript_NoMatchesShort';
import MATCH_ANNOUNCEMENT from '@salesforce/label/c.VCK_Transcript_MatchAnnouncement';
import NEXT_MATCH from '@salesforce/label/c.VCK_Transcript_NextMatch';
import PREVIOUS_MATCH from '@salesforce/label/c.VCK_Transcript_PreviousMatch';
import FILTER_MATCHES from '@salesforce/label/c.VCK_Transcript_FilterMatches';
import CUT_MARK from '@salesforce/label/c.VCK_Transcript_CutMark';
import EXPORT_TITLE from '@salesforce/label/c.VCK_Transcript_ExportTitle';
import EXPORT_CALLER from '@salesforce/label/c.VCK_Transcript_ExportCaller';
import EXPORT_CALL_TYPE from '@salesforce/label/c.VCK_Transcript_ExportCallType';
import EXPORT_DATE from '@salesforce/label/c.VCK_Transcript_ExportDate';
import EXPORT_CALL_ID from '@salesforce/label/c.VCK_Transcript_ExportCallId';
import EXPORTED_BY from '@salesforce/label/c.VCK_Transcript_ExportedBy';
import EXPORTED_AT from '@salesforce/label/c.VCK_Transcript_ExportedAt';
import NO_EVENTS from '@salesforce/label/c.VCK_Common_NoEventsYet';
import EVENTS_SEEN from '@salesforce/label/c.VCK_Common_EventsSeen';
import NO_ACTIVE_CALL from '@salesforce/label/c.VCK_Common_NoActiveCall';
import NOT_KEPT_AFTER_REFRESH from '@salesforce/label/c.VCK_Transcript_NotKeptAfterRefresh';
import KEEP_AFTER_REFRESH_HINT from '@salesforce/label/c.VCK_Common_KeepAfterRefreshHint';
import UNKNOWN_CALLER from '@salesforce/label/c.VCK_Common_UnknownCaller';

export const LABELS = {
    title: TITLE,
    logLabel: LOG_LABEL,
    searchLabel: SEARCH_LABEL,
    searchPlaceholder: SEARCH_PLACEHOLDER,
    matchCount: MATCH_COUNT,
    matchCountOne: MATCH_COUNT_ONE,
    noMatches: NO_MATCHES,
    noUtterances: NO_UTTERANCES,
    copy: COPY,
    download: DOWNLOAD,
    copied: COPIED,
    copyFailed: COPY_FAILED,
    downloaded: DOWNLOADED,
    downloadFailed: DOWNLOAD_FAILED,
    fileNamePrefix: FILE_NAME_PREFIX,
    jumpToLatest: JUMP_TO_LATEST,
    jumpToLatestNew: JUMP_TO_LATEST_NEW,
    showEarlier: SHOW_EARLIER,
    showLater: SHOW_LATER,
    dropped: DROPPED,
    announcement: ANNOUNCEMENT,
    matchPosition: MATCH_POSITION,
    noMatchesShort: NO_MATCHES_SHORT,
    matchAnnouncement: MATCH_ANNOUNCEMENT,
    nextMatch: NEXT_MATCH,
    previousMatch: PREVIOUS_MATCH,
    filterMatches: FILTER_MATCHES,
    cutMark: CUT_MARK,
    exportTitle: EXPORT_TITLE,
    exportCaller: EXPORT_CALLER,
    exportCallType: EXPORT_CALL_TYPE,
    exportDate: EXPORT_DATE,
    exportCallId: EXPORT_CALL_ID,
    exportedBy: EXPORTED_BY,
    exportedAt: EXPORTED_AT,
    noEvents: NO_EVENTS,
    eventsSeen: EVENTS_SEEN,
    noActiveCall: NO_ACTIVE_CALL,
    notKeptAfterRefresh: NOT_KEPT_AFTER_REFRESH,
    keepAfterRefreshHint: KEEP_AFTER_REFRESH_HINT,
    unknownCaller: UNKNOWN_CALLER
} as const;
