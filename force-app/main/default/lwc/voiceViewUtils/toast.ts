/** The toast a panel shows when a toolkit action fails, with the reason in the user's words. */
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import ACTION_FAILED from '@salesforce/label/c.VCK_Common_ActionFailed';
import ACTION_FAILED_TITLE from '@salesforce/label/c.VCK_Common_ActionFailedTitle';
import NO_TOOLKIT from '@salesforce/label/c.VCK_Common_NoToolkit';
import { ToolkitActionError } from 'c/voiceEventBus';
import { formatLabel } from './format';

export function actionFailureMessage(error: unknown): string {
    if (error instanceof ToolkitActionError && error.code === 'no-toolkit') {
        return NO_TOOLKIT;
    }
    const reason = error instanceof Error && error.message ? error.message : String(error);
    return formatLabel(ACTION_FAILED, reason);
}

export function actionFailureToast(error: unknown): ShowToastEvent {
    return new ShowToastEvent({
        title: ACTION_FAILED_TITLE,
        message: actionFailureMessage(error),
        variant: 'error'
    });
}
