import { label } from '../../../../../test/useRealLabels';
import { createElement } from '@lwc/engine-dom';
import VoiceCallControls from 'c/voiceCallControls';
import { formatLabel } from 'c/voiceViewUtils';
import { flushPromises, removeAllChildren } from '../../../../../test/utils';

const CONNECTED = {
    ariaBusy: 'false',
    busy: false,
    ringing: false,
    dialing: false,
    connected: true,
    muted: false,
    muteAction: 'mute',
    muteLabel: 'Mute',
    recordingAction: 'pauseRecording',
    recordingLabel: 'Pause recording',
    recordingIcon: 'utility:pause',
    showMerge: false,
    showSwap: false,
    allowBlindTransfer: false
};

async function mount(controls: Record<string, unknown> = CONNECTED) {
    const element = createElement('c-voice-call-controls', { is: VoiceCallControls });
    Object.assign(element, { controls, callId: 'call-1' });
    const requests: unknown[] = [];
    element.addEventListener('control', (event) =>
        requests.push((event as CustomEvent<unknown>).detail)
    );
    document.body.appendChild(element);
    await flushPromises();
    return { element, requests };
}

const find = (element: HTMLElement, selector: string) =>
    element.shadowRoot!.querySelector(selector) as HTMLElement | null;

/** Types into a lightning-input stub as the base component reports a change. */
async function type(element: HTMLElement, selector: string, value: string) {
    find(element, selector)!.dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flushPromises();
}

describe('c-voice-call-controls', () => {
    afterEach(() => removeAllChildren());

    it('checks the number before it asks for a consult, and says what is wrong', async () => {
        const { element, requests } = await mount();
        find(element, '[data-id="transfer-toggle"]')!.click();
        await flushPromises();
        expect(find(element, '[data-id="transfer-toggle"]')!.getAttribute('aria-expanded')).toBe(
            'true'
        );

        await type(element, '[data-id="contact-value"]', '55');
        find(element, '[data-id="consult"]')!.click();
        await flushPromises();
        expect(requests).toEqual([]);
        expect(find(element, '[data-id="contact-error"]')!.textContent!.trim()).toBe(
            label('VCK_CallControls_InvalidNumber')
        );

        await type(element, '[data-id="contact-value"]', ' +1 (206) 555-0100 ');
        find(element, '[data-id="consult"]')!.click();
        await flushPromises();
        expect(requests).toEqual([
            {
                name: 'addParticipant',
                contactType: 'PhoneNumber',
                contactValue: '+1 (206) 555-0100',
                blind: false
            }
        ]);
        // The form closes; the Transfer button is there to open it again.
        expect(find(element, '[data-id="transfer"]')).toBeNull();
    });

    it('transfers to an agent or queue, and blind only where the admin allows it', async () => {
        const { element, requests } = await mount();
        find(element, '[data-id="transfer-toggle"]')!.click();
        await flushPromises();
        expect(find(element, '[data-id="blind-transfer"]')).toBeNull();

        Object.assign(element, { controls: { ...CONNECTED, allowBlindTransfer: true } });
        await flushPromises();
        await type(element, '[data-id="contact-type"]', 'AgentOrQueueId');
        await type(element, '[data-id="contact-value"]', 'BillingQueue');
        find(element, '[data-id="blind-transfer"]')!.click();
        await flushPromises();
        expect(requests).toEqual([
            {
                name: 'addParticipant',
                contactType: 'AgentOrQueueId',
                contactValue: 'BillingQueue',
                blind: true
            }
        ]);
    });

    it('sends each keypad key as it is pressed and shows what was sent', async () => {
        const { element, requests } = await mount();
        find(element, '[data-id="keypad-toggle"]')!.click();
        await flushPromises();
        const keys = Array.from(element.shadowRoot!.querySelectorAll('[data-key]'));
        expect(keys.map((key) => key.textContent!.trim()).join('')).toBe('123456789*0#ABCD,');
        expect(keys.at(-1)!.getAttribute('aria-label')).toBe(
            formatLabel(label('VCK_CallControls_KeySend'), label('VCK_CallControls_KeyPause'))
        );

        (find(element, '[data-key="1"]') as HTMLButtonElement).click();
        (find(element, '[data-key="#"]') as HTMLButtonElement).click();
        await flushPromises();
        expect(requests).toEqual([
            { name: 'sendDigits', digits: '1' },
            { name: 'sendDigits', digits: '#' }
        ]);
        expect(find(element, '[data-id="digits-sent"]')!.textContent!.trim()).toBe(
            formatLabel(label('VCK_CallControls_DigitsSent'), '1#')
        );

        // A new call starts with nothing sent.
        Object.assign(element, { callId: 'call-2' });
        await flushPromises();
        expect(find(element, '[data-id="digits-sent"]')!.textContent!.trim()).toBe('');
    });

    it('offers Accept and Decline while ringing, and Cancel while dialing', async () => {
        const { element, requests } = await mount({
            ...CONNECTED,
            connected: false,
            ringing: true
        });
        expect(find(element, '[data-action="endCall"]')).toBeNull();
        find(element, '[data-action="acceptCall"]')!.click();
        Object.assign(element, { controls: { ...CONNECTED, connected: false, dialing: true } });
        await flushPromises();
        find(element, '[data-action="cancelCall"]')!.click();
        expect(requests).toEqual([{ name: 'acceptCall' }, { name: 'cancelCall' }]);
    });

    it('is accessible with the transfer form and the keypad open', async () => {
        const { element } = await mount();
        find(element, '[data-id="transfer-toggle"]')!.click();
        await flushPromises();
        await expect(element).toBeAccessible();
        find(element, '[data-id="keypad-toggle"]')!.click();
        await flushPromises();
        await expect(element).toBeAccessible();
    });
});
