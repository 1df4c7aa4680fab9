import { createElement } from '@lwc/engine-dom';
import VoiceToolkitConnector from 'c/voiceToolkitConnector';
import { voiceEventBus } from 'c/voiceEventBus';
import { emitToolkitEvent, findToolkitElements, flushPromises } from '../../../../../test/utils';

const TAG = 'c-voice-toolkit-connector';

function mount(): HTMLElement {
    const element = createElement(TAG, { is: VoiceToolkitConnector });
    document.body.appendChild(element);
    return element;
}

function registered(): number {
    return voiceEventBus.getDiagnostics().registeredToolkits;
}

describe('c-voice-toolkit-connector', () => {
    beforeEach(() => {
        voiceEventBus.reset();
    });

    let register: jest.SpyInstance | null = null;

    afterEach(() => {
        register?.mockRestore();
        register = null;
    });

    it('renders one Service Cloud Voice toolkit element', () => {
        const element = mount();
        const toolkits = element.shadowRoot?.querySelectorAll(
            'lightning-service-cloud-voice-toolkit-api'
        );
        expect(toolkits).toHaveLength(1);
    });

    it('registers its toolkit element with the bus when it renders', () => {
        register = jest.spyOn(voiceEventBus, 'registerToolkit');
        const element = mount();
        const toolkit = element.shadowRoot?.querySelector(
            'lightning-service-cloud-voice-toolkit-api'
        );
        expect(register).toHaveBeenCalledTimes(1);
        expect(register.mock.calls[0][0]).toBe(toolkit);
        expect(registered()).toBe(1);
        expect(voiceEventBus.getDiagnostics().hasLeader).toBe(true);
    });

    it('registers once however often it re-renders', async () => {
        register = jest.spyOn(voiceEventBus, 'registerToolkit');
        mount();
        await flushPromises();
        await flushPromises();
        expect(register).toHaveBeenCalledTimes(1);
    });

    it('unregisters when it is removed, and registers again when it comes back', async () => {
        const element = mount();
        mount();
        expect(registered()).toBe(2);
        document.body.removeChild(element);
        expect(registered()).toBe(1);
        document.body.appendChild(element);
        await flushPromises();
        expect(registered()).toBe(2);
    });

    it('feeds the events of its toolkit element to the bus', () => {
        mount();
        expect(findToolkitElements()).toHaveLength(1);
        emitToolkitEvent('callconnected', { callId: 'via-connector', participant: '+1 555' });
        expect(voiceEventBus.getState().calls['via-connector']).toMatchObject({
            phase: 'connected',
            caller: '+1 555'
        });
    });

    it('stops feeding the bus once removed', () => {
        const element = mount();
        const [toolkit] = findToolkitElements();
        document.body.removeChild(element);
        toolkit.dispatchEvent(new CustomEvent('callconnected', { detail: { callId: 'orphan' } }));
        expect(voiceEventBus.getState().calls.orphan).toBeUndefined();
        expect(voiceEventBus.getDiagnostics().hasLeader).toBe(false);
    });

    it('is accessible', async () => {
        const element = mount();
        await expect(element).toBeAccessible();
    });
});
