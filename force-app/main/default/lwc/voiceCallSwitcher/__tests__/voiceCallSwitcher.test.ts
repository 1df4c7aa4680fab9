import '../../../../../test/useRealLabels';
import { createElement } from '@lwc/engine-dom';
import VoiceCallSwitcher from 'c/voiceCallSwitcher';
import type { CallOption } from 'c/voiceViewUtils';
import { flushPromises } from '../../../../../test/utils';

const ENDED: CallOption = {
    value: 'call-1',
    label: '+1 415 555 0100 · Inbound · Ended',
    ended: true
};
const LIVE: CallOption = {
    value: 'call-2',
    label: '+1 415 555 0101 · Inbound · Connected',
    ended: false
};
const TWO_ENDED: CallOption[] = [
    ENDED,
    { value: 'call-3', label: '+1 415 555 0102 · Inbound · Ended', ended: true }
];

type Combobox = HTMLElement & { options: CallOption[]; value: string | null; placeholder: string };

async function mount(options: CallOption[], value: string | null) {
    const element = createElement('c-voice-call-switcher', { is: VoiceCallSwitcher });
    Object.assign(element, { options, value });
    document.body.appendChild(element);
    await flushPromises();
    return element.shadowRoot!.querySelector<Combobox>('lightning-combobox');
}

describe('c-voice-call-switcher', () => {
    it('hides itself while the only call is the one every panel follows', async () => {
        expect(await mount([LIVE], 'call-2')).toBeNull();
    });

    it('offers the only call once no call is followed, so an ended call can be looked back at', async () => {
        const box = await mount([ENDED], null);
        expect(box).not.toBeNull();
        expect(box!.options).toEqual([ENDED]);
    });

    it('stays visible, labelled Ended, while the only call looked back at is an ended one', async () => {
        const box = await mount([ENDED], 'call-1');
        expect(box!.value).toBe('call-1');
        expect(box!.options[0].label).toMatch(/ · Ended$/);
    });

    it('offers every call when there are several', async () => {
        const box = await mount([ENDED, LIVE], 'call-2');
        expect(box!.value).toBe('call-2');
    });

    it('says "No active call", never "Select an Option", when two ended calls are not followed', async () => {
        const box = await mount(TWO_ENDED, null);
        expect(box!.value).toBeNull();
        expect(box!.placeholder).toBe('No active call');
        expect(box!.options.map((option) => option.value)).toEqual(['call-1', 'call-3']);
    });

    it('treats a value that is not among its options as no call shown', async () => {
        const box = await mount(TWO_ENDED, 'pruned-call');
        expect(box!.value).toBeNull();
        expect(box!.placeholder).toBe('No active call');
        expect(await mount([LIVE], 'pruned-call')).not.toBeNull();
    });
});
