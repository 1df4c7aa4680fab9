/** The call controls' Custom Labels. */
import CONTROLS_HEADING from '@salesforce/label/c.VCK_CallStatus_ControlsHeading';
import MUTE from '@salesforce/label/c.VCK_CallStatus_Mute';
import MERGE from '@salesforce/label/c.VCK_CallStatus_Merge';
import SWAP from '@salesforce/label/c.VCK_CallStatus_Swap';
import END_CALL from '@salesforce/label/c.VCK_CallStatus_EndCall';
import WORKING from '@salesforce/label/c.VCK_CallStatus_Working';
import ACCEPT from '@salesforce/label/c.VCK_CallControls_Accept';
import DECLINE from '@salesforce/label/c.VCK_CallControls_Decline';
import CANCEL from '@salesforce/label/c.VCK_CallControls_Cancel';
import TRANSFER from '@salesforce/label/c.VCK_CallControls_Transfer';
import TRANSFER_HEADING from '@salesforce/label/c.VCK_CallControls_TransferHeading';
import CONTACT_TYPE from '@salesforce/label/c.VCK_CallControls_ContactType';
import CONTACT_PHONE from '@salesforce/label/c.VCK_CallControls_ContactPhone';
import CONTACT_AGENT from '@salesforce/label/c.VCK_CallControls_ContactAgent';
import CONTACT_AGENT_ID from '@salesforce/label/c.VCK_CallControls_ContactAgentId';
import CONSULT from '@salesforce/label/c.VCK_CallControls_Consult';
import CONSULT_HELP from '@salesforce/label/c.VCK_CallControls_ConsultHelp';
import BLIND_TRANSFER from '@salesforce/label/c.VCK_CallControls_BlindTransfer';
import INVALID_NUMBER from '@salesforce/label/c.VCK_CallControls_InvalidNumber';
import INVALID_AGENT from '@salesforce/label/c.VCK_CallControls_InvalidAgent';
import CLOSE from '@salesforce/label/c.VCK_CallControls_Close';
import KEYPAD from '@salesforce/label/c.VCK_CallControls_Keypad';
import KEY_PAUSE from '@salesforce/label/c.VCK_CallControls_KeyPause';
import KEY_SEND from '@salesforce/label/c.VCK_CallControls_KeySend';
import DIGITS_SENT from '@salesforce/label/c.VCK_CallControls_DigitsSent';

export const LABELS = {
    controlsHeading: CONTROLS_HEADING,
    mute: MUTE,
    merge: MERGE,
    swap: SWAP,
    endCall: END_CALL,
    working: WORKING,
    accept: ACCEPT,
    decline: DECLINE,
    cancel: CANCEL,
    transfer: TRANSFER,
    transferHeading: TRANSFER_HEADING,
    contactType: CONTACT_TYPE,
    contactPhone: CONTACT_PHONE,
    contactAgent: CONTACT_AGENT,
    contactAgentId: CONTACT_AGENT_ID,
    consult: CONSULT,
    consultHelp: CONSULT_HELP,
    blindTransfer: BLIND_TRANSFER,
    invalidNumber: INVALID_NUMBER,
    invalidAgent: INVALID_AGENT,
    close: CLOSE,
    keypad: KEYPAD,
    keyPause: KEY_PAUSE,
    keySend: KEY_SEND,
    digitsSent: DIGITS_SENT
} as const;
