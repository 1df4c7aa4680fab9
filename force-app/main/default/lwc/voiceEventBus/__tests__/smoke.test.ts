import { createElement } from '@lwc/engine-dom';
import VoiceToolkitConnector from 'c/voiceToolkitConnector';
import { subscribeToVoiceConsole, voiceEventBus, type ConsoleState } from 'c/voiceEventBus';
import { emitToolkitEvent, flushPromises } from '../../../../../test/utils';

describe('smoke', () => {
    it('delivers an event from a connector to a subscriber', async () => {
        const a = createElement('c-voice-toolkit-connector', { is: VoiceToolkitConnector });
        const b = createElement('c-voice-toolkit-connector', { is: VoiceToolkitConnector });
        document.body.appendChild(a);
        document.body.appendChild(b);
        await flushPromises();
        const seen: ConsoleState[] = [];
        const sub = subscribeToVoiceConsole(undefined, (state) => seen.push(state));
        expect(
            emitToolkitEvent('callconnected', {
                callId: 'c1',
                callType: 'inbound',
                participant: '+1'
            })
        ).toBe(2);
        expect(seen.at(-1)!.calls.c1.phase).toBe('connected');
        expect(voiceEventBus.getDiagnostics().acceptedTotal).toBe(1);
        sub.unsubscribe();
    });
});
