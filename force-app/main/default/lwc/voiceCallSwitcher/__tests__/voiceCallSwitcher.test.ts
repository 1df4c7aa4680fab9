import { createElement } from '@lwc/engine-dom';
import VoiceCallSwitcher from 'c/voiceCallSwitcher';
import { flushPromises } from '../../../../../test/utils';

const ONE = [{ value: 'call-1', label: '+1 415 555 0100 · Inbound · Ended' }];
const TWO = [...ONE, { value: 'call-2', label: '+1 415 555 0101 · Inbound · Connected' }];

async function mount(options: typeof TWO, value: string | null) {
    const element = createElement('c-voice-call-switcher', { is: VoiceCallSwitcher });
    Object.assign(element, { options, value });
    document.body.appendChild(element);
    await flushPromises();
    return element.shadowRoot!.querySelector('lightning-combobox');
}

describe('c-voice-call-switcher', () => {
    it('hides itself while the only call is the one shown', async () => {
        expect(await mount(ONE, 'call-1')).toBeNull();
    });

    it('offers the only call once no call is followed, so an ended call can be looked back at', async () => {
        const box = await mount(ONE, null);
        expect(box).not.toBeNull();
        expect((box as unknown as { options: typeof ONE }).options).toEqual(ONE);
    });

    it('offers every call when there are several', async () => {
        const box = await mount(TWO, 'call-2');
        expect((box as unknown as { value: string }).value).toBe('call-2');
    });
});
