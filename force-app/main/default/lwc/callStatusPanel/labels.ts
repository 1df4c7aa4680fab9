/** The call status panel's Custom Labels, in one place so view modules share them. */
import TITLE from '@salesforce/label/c.VCK_CallStatus_Title';
import DURATION from '@salesforce/label/c.VCK_CallStatus_Duration';
import RINGING_FOR from '@salesforce/label/c.VCK_CallStatus_RingingFor';
import HOLD_DURATION from '@salesforce/label/c.VCK_CallStatus_HoldDuration';
import AFTER_CALL_WORK from '@salesforce/label/c.VCK_CallStatus_AfterCallWork';
import MUTED from '@salesforce/label/c.VCK_CallStatus_Muted';
import RECORDING_PAUSED from '@salesforce/label/c.VCK_CallStatus_RecordingPaused';
import CONFERENCE from '@salesforce/label/c.VCK_CallStatus_Conference';
import THREE_WAY from '@salesforce/label/c.VCK_CallStatus_ThreeWay';
import PARTICIPANTS_HEADING from '@salesforce/label/c.VCK_CallStatus_ParticipantsHeading';
import ROLE_CALLER from '@salesforce/label/c.VCK_CallStatus_RoleCaller';
import ROLE_THIRD_PARTY from '@salesforce/label/c.VCK_CallStatus_RoleThirdParty';
import ON_HOLD from '@salesforce/label/c.VCK_CallStatus_OnHold';
import ON_HOLD_FOR from '@salesforce/label/c.VCK_CallStatus_OnHoldFor';
import ON_THE_LINE from '@salesforce/label/c.VCK_CallStatus_OnTheLine';
import HOLD from '@salesforce/label/c.VCK_CallStatus_Hold';
import RESUME from '@salesforce/label/c.VCK_CallStatus_Resume';
import HOLD_PARTICIPANT from '@salesforce/label/c.VCK_CallStatus_HoldParticipant';
import RESUME_PARTICIPANT from '@salesforce/label/c.VCK_CallStatus_ResumeParticipant';
import CONTROLS_HEADING from '@salesforce/label/c.VCK_CallStatus_ControlsHeading';
import MUTE from '@salesforce/label/c.VCK_CallStatus_Mute';
import PAUSE_RECORDING from '@salesforce/label/c.VCK_CallStatus_PauseRecording';
import RESUME_RECORDING from '@salesforce/label/c.VCK_CallStatus_ResumeRecording';
import MERGE from '@salesforce/label/c.VCK_CallStatus_Merge';
import SWAP from '@salesforce/label/c.VCK_CallStatus_Swap';
import END_CALL from '@salesforce/label/c.VCK_CallStatus_EndCall';
import WORKING from '@salesforce/label/c.VCK_CallStatus_Working';
import CONTROLS_OTHER_CALL from '@salesforce/label/c.VCK_CallStatus_ControlsOtherCall';
import AUDIO_HEADING from '@salesforce/label/c.VCK_CallStatus_AudioHeading';
import GRADE_GOOD from '@salesforce/label/c.VCK_CallStatus_GradeGood';
import GRADE_POOR from '@salesforce/label/c.VCK_CallStatus_GradePoor';
import ROUND_TRIP from '@salesforce/label/c.VCK_CallStatus_RoundTrip';
import JITTER from '@salesforce/label/c.VCK_CallStatus_Jitter';
import PACKET_LOSS from '@salesforce/label/c.VCK_CallStatus_PacketLoss';
import MOS from '@salesforce/label/c.VCK_CallStatus_Mos';
import MILLISECONDS from '@salesforce/label/c.VCK_CallStatus_Milliseconds';
import PERCENT from '@salesforce/label/c.VCK_CallStatus_Percent';
import NOT_REPORTED from '@salesforce/label/c.VCK_CallStatus_NotReported';
import ABOVE_THRESHOLD from '@salesforce/label/c.VCK_CallStatus_AboveThreshold';
import UPDATED_AGO from '@salesforce/label/c.VCK_CallStatus_UpdatedAgo';
import STATS_OVERDUE from '@salesforce/label/c.VCK_CallStatus_StatsOverdue';
import DIAGNOSTICS_HEADING from '@salesforce/label/c.VCK_CallStatus_DiagnosticsHeading';
import DIAG_EVENTS_HEADING from '@salesforce/label/c.VCK_CallStatus_DiagEventsHeading';
import DIAG_EVENT_TYPE from '@salesforce/label/c.VCK_CallStatus_DiagEventType';
import DIAG_COUNT from '@salesforce/label/c.VCK_CallStatus_DiagCount';
import DIAG_TOTALS_HEADING from '@salesforce/label/c.VCK_CallStatus_DiagTotalsHeading';
import DIAG_ACCEPTED from '@salesforce/label/c.VCK_CallStatus_DiagAccepted';
import DIAG_DUPLICATES from '@salesforce/label/c.VCK_CallStatus_DiagDuplicates';
import DIAG_REJECTED from '@salesforce/label/c.VCK_CallStatus_DiagRejected';
import DIAG_SUBSCRIBER_ERRORS from '@salesforce/label/c.VCK_CallStatus_DiagSubscriberErrors';
import DIAG_PUBLISH_ERRORS from '@salesforce/label/c.VCK_CallStatus_DiagPublishErrors';
import DIAG_INTERNAL_ERRORS from '@salesforce/label/c.VCK_CallStatus_DiagInternalErrors';
import DIAG_TOOLKITS from '@salesforce/label/c.VCK_CallStatus_DiagToolkits';
import DIAG_LISTENING from '@salesforce/label/c.VCK_CallStatus_DiagListening';
import YES from '@salesforce/label/c.VCK_CallStatus_Yes';
import NO from '@salesforce/label/c.VCK_CallStatus_No';
import DIAG_REJECTIONS_HEADING from '@salesforce/label/c.VCK_CallStatus_DiagRejectionsHeading';
import DIAG_TIME from '@salesforce/label/c.VCK_CallStatus_DiagTime';
import DIAG_REASON from '@salesforce/label/c.VCK_CallStatus_DiagReason';
import DIAG_NO_REJECTIONS from '@salesforce/label/c.VCK_CallStatus_DiagNoRejections';
import DIAG_STORAGE_ERRORS from '@salesforce/label/c.VCK_CallStatus_DiagStorageErrors';
import CAPTURE_HEADING from '@salesforce/label/c.VCK_CallStatus_CaptureHeading';
import CAPTURE_COUNT from '@salesforce/label/c.VCK_CallStatus_CaptureCount';
import CAPTURE_NONE from '@salesforce/label/c.VCK_CallStatus_CaptureNone';
import CAPTURE_DROPPED from '@salesforce/label/c.VCK_CallStatus_CaptureDropped';
import CAPTURE_REDACT_TEXT from '@salesforce/label/c.VCK_CallStatus_CaptureRedactText';
import CAPTURE_REDACT_PARTICIPANTS from '@salesforce/label/c.VCK_CallStatus_CaptureRedactParticipants';
import CAPTURE_UNREDACTED_WARNING from '@salesforce/label/c.VCK_CallStatus_CaptureUnredactedWarning';
import CAPTURE_DOWNLOAD from '@salesforce/label/c.VCK_CallStatus_CaptureDownload';
import CAPTURE_DOWNLOADED from '@salesforce/label/c.VCK_CallStatus_CaptureDownloaded';
import CAPTURE_DOWNLOAD_FAILED from '@salesforce/label/c.VCK_CallStatus_CaptureDownloadFailed';
import CAPTURE_FILE_TITLE from '@salesforce/label/c.VCK_CallStatus_CaptureFileTitle';
import NO_ACTIVE_CALL from '@salesforce/label/c.VCK_Common_NoActiveCall';
import NO_EVENTS_YET from '@salesforce/label/c.VCK_Common_NoEventsYet';
import EVENTS_SEEN from '@salesforce/label/c.VCK_Common_EventsSeen';
import UNKNOWN_CALLER from '@salesforce/label/c.VCK_Common_UnknownCaller';
import HANG_UP from '@salesforce/label/c.VCK_CallStatus_HangUp';
import HANG_UP_PARTICIPANT from '@salesforce/label/c.VCK_CallStatus_HangUpParticipant';
import DONE_ACCEPT from '@salesforce/label/c.VCK_CallStatus_DoneAccept';
import DONE_DECLINE from '@salesforce/label/c.VCK_CallStatus_DoneDecline';
import DONE_CANCEL from '@salesforce/label/c.VCK_CallStatus_DoneCancel';
import DONE_MUTE from '@salesforce/label/c.VCK_CallStatus_DoneMute';
import DONE_UNMUTE from '@salesforce/label/c.VCK_CallStatus_DoneUnmute';
import DONE_HOLD from '@salesforce/label/c.VCK_CallStatus_DoneHold';
import DONE_RESUME from '@salesforce/label/c.VCK_CallStatus_DoneResume';
import DONE_HANG_UP from '@salesforce/label/c.VCK_CallStatus_DoneHangUp';
import DONE_PAUSE_RECORDING from '@salesforce/label/c.VCK_CallStatus_DonePauseRecording';
import DONE_RESUME_RECORDING from '@salesforce/label/c.VCK_CallStatus_DoneResumeRecording';
import DONE_MERGE from '@salesforce/label/c.VCK_CallStatus_DoneMerge';
import DONE_SWAP from '@salesforce/label/c.VCK_CallStatus_DoneSwap';
import DONE_END_CALL from '@salesforce/label/c.VCK_CallStatus_DoneEndCall';
import DONE_CONSULT from '@salesforce/label/c.VCK_CallStatus_DoneConsult';
import DONE_BLIND_TRANSFER from '@salesforce/label/c.VCK_CallStatus_DoneBlindTransfer';
import DONE_DIGITS from '@salesforce/label/c.VCK_CallStatus_DoneDigits';
import BELOW_THRESHOLD from '@salesforce/label/c.VCK_CallStatus_BelowThreshold';
import UNMUTE from '@salesforce/label/c.VCK_CallControls_Unmute';
import ROLE_CUSTOMER from '@salesforce/label/c.VCK_Common_RoleCustomer';

export const LABELS = {
    noActiveCall: NO_ACTIVE_CALL,
    noEventsYet: NO_EVENTS_YET,
    eventsSeen: EVENTS_SEEN,
    unknownCaller: UNKNOWN_CALLER,
    title: TITLE,
    duration: DURATION,
    ringingFor: RINGING_FOR,
    holdDuration: HOLD_DURATION,
    afterCallWork: AFTER_CALL_WORK,
    muted: MUTED,
    recordingPaused: RECORDING_PAUSED,
    conference: CONFERENCE,
    threeWay: THREE_WAY,
    participantsHeading: PARTICIPANTS_HEADING,
    roleCaller: ROLE_CALLER,
    roleThirdParty: ROLE_THIRD_PARTY,
    onHold: ON_HOLD,
    onHoldFor: ON_HOLD_FOR,
    onTheLine: ON_THE_LINE,
    hold: HOLD,
    resume: RESUME,
    holdParticipant: HOLD_PARTICIPANT,
    resumeParticipant: RESUME_PARTICIPANT,
    controlsHeading: CONTROLS_HEADING,
    mute: MUTE,
    pauseRecording: PAUSE_RECORDING,
    resumeRecording: RESUME_RECORDING,
    merge: MERGE,
    swap: SWAP,
    endCall: END_CALL,
    working: WORKING,
    controlsOtherCall: CONTROLS_OTHER_CALL,
    audioHeading: AUDIO_HEADING,
    gradeGood: GRADE_GOOD,
    gradePoor: GRADE_POOR,
    roundTrip: ROUND_TRIP,
    jitter: JITTER,
    packetLoss: PACKET_LOSS,
    mos: MOS,
    milliseconds: MILLISECONDS,
    percent: PERCENT,
    notReported: NOT_REPORTED,
    aboveThreshold: ABOVE_THRESHOLD,
    updatedAgo: UPDATED_AGO,
    statsOverdue: STATS_OVERDUE,
    diagnosticsHeading: DIAGNOSTICS_HEADING,
    diagEventsHeading: DIAG_EVENTS_HEADING,
    diagEventType: DIAG_EVENT_TYPE,
    diagCount: DIAG_COUNT,
    diagTotalsHeading: DIAG_TOTALS_HEADING,
    diagAccepted: DIAG_ACCEPTED,
    diagDuplicates: DIAG_DUPLICATES,
    diagRejected: DIAG_REJECTED,
    diagSubscriberErrors: DIAG_SUBSCRIBER_ERRORS,
    diagPublishErrors: DIAG_PUBLISH_ERRORS,
    diagInternalErrors: DIAG_INTERNAL_ERRORS,
    diagToolkits: DIAG_TOOLKITS,
    diagListening: DIAG_LISTENING,
    yes: YES,
    no: NO,
    diagRejectionsHeading: DIAG_REJECTIONS_HEADING,
    diagTime: DIAG_TIME,
    diagReason: DIAG_REASON,
    diagNoRejections: DIAG_NO_REJECTIONS,
    diagStorageErrors: DIAG_STORAGE_ERRORS,
    captureHeading: CAPTURE_HEADING,
    captureCount: CAPTURE_COUNT,
    captureNone: CAPTURE_NONE,
    captureDropped: CAPTURE_DROPPED,
    captureRedactText: CAPTURE_REDACT_TEXT,
    captureRedactParticipants: CAPTURE_REDACT_PARTICIPANTS,
    captureUnredactedWarning: CAPTURE_UNREDACTED_WARNING,
    captureDownload: CAPTURE_DOWNLOAD,
    captureDownloaded: CAPTURE_DOWNLOADED,
    captureDownloadFailed: CAPTURE_DOWNLOAD_FAILED,
    captureFileTitle: CAPTURE_FILE_TITLE,
    hangUp: HANG_UP,
    hangUpParticipant: HANG_UP_PARTICIPANT,
    doneAccept: DONE_ACCEPT,
    doneDecline: DONE_DECLINE,
    doneCancel: DONE_CANCEL,
    doneMute: DONE_MUTE,
    doneUnmute: DONE_UNMUTE,
    doneHold: DONE_HOLD,
    doneResume: DONE_RESUME,
    doneHangUp: DONE_HANG_UP,
    donePauseRecording: DONE_PAUSE_RECORDING,
    doneResumeRecording: DONE_RESUME_RECORDING,
    doneMerge: DONE_MERGE,
    doneSwap: DONE_SWAP,
    doneEndCall: DONE_END_CALL,
    doneConsult: DONE_CONSULT,
    doneBlindTransfer: DONE_BLIND_TRANSFER,
    doneDigits: DONE_DIGITS,
    belowThreshold: BELOW_THRESHOLD,
    unmute: UNMUTE,
    roleCustomer: ROLE_CUSTOMER
} as const;
