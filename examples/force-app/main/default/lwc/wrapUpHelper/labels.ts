/** The example's user-facing text: Custom Labels, as every deployable component's. */
import TITLE from '@salesforce/label/c.VCK_Example_WrapUp_Title';
import NO_CALL from '@salesforce/label/c.VCK_Example_WrapUp_NoCall';
import CALLER from '@salesforce/label/c.VCK_Example_WrapUp_Caller';
import UNKNOWN_CALLER from '@salesforce/label/c.VCK_Example_WrapUp_UnknownCaller';
import DURATION from '@salesforce/label/c.VCK_Example_WrapUp_Duration';
import HOLDS from '@salesforce/label/c.VCK_Example_WrapUp_Holds';
import HOLD_TIME from '@salesforce/label/c.VCK_Example_WrapUp_HoldTime';
import LINES from '@salesforce/label/c.VCK_Example_WrapUp_Lines';
import LINE_FIGURES from '@salesforce/label/c.VCK_Example_WrapUp_LineFigures';
import NOT_KEPT from '@salesforce/label/c.VCK_Example_WrapUp_NotKept';
import AFTER_CALL_WORK from '@salesforce/label/c.VCK_Example_WrapUp_AfterCallWork';
import HOLD_CALLER from '@salesforce/label/c.VCK_Example_WrapUp_HoldCaller';
import RESUME_CALLER from '@salesforce/label/c.VCK_Example_WrapUp_ResumeCaller';
import SUMMARY from '@salesforce/label/c.VCK_Example_WrapUp_Summary';
import COPY from '@salesforce/label/c.VCK_Example_WrapUp_Copy';
import COPIED from '@salesforce/label/c.VCK_Example_WrapUp_Copied';
import COPY_FAILED from '@salesforce/label/c.VCK_Example_WrapUp_CopyFailed';

export const LABELS = {
    TITLE,
    NO_CALL,
    CALLER,
    UNKNOWN_CALLER,
    DURATION,
    HOLDS,
    HOLD_TIME,
    LINES,
    LINE_FIGURES,
    NOT_KEPT,
    AFTER_CALL_WORK,
    HOLD_CALLER,
    RESUME_CALLER,
    SUMMARY,
    COPY,
    COPIED,
    COPY_FAILED
};
