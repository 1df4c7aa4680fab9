import { createElement } from '@lwc/engine-dom';
// The same module jest maps 'lightning/serviceCloudVoiceToolkitApi' to, imported by path for its types.
import { toolkitActionMocks } from '../../../../../test/jest-mocks/lightning/serviceCloudVoiceToolkitApi/serviceCloudVoiceToolkitApi';
import VoiceToolkitConnector from 'c/voiceToolkitConnector';
import {
    ToolkitActionError,
    VoiceEventBus,
    voiceToolkitActions,
    type ToolkitActionErrorCode,
    type ToolkitElement
} from 'c/voiceEventBus';

type ActionMock = jest.Mock<unknown, unknown[]>;
const mocks = toolkitActionMocks as unknown as Record<string, ActionMock>;

function mountConnector(): HTMLElement {
    const connector = createElement('c-voice-toolkit-connector', { is: VoiceToolkitConnector });
    document.body.appendChild(connector);
    return connector;
}

function toolkitOf(connector: HTMLElement): Element {
    return connector.shadowRoot!.querySelector('lightning-service-cloud-voice-toolkit-api')!;
}

/** The rejection of `promise`, which must reject with a ToolkitActionError. */
async function failure(promise: Promise<unknown>): Promise<ToolkitActionError> {
    const error = await promise.then(
        () => new Error('expected a rejection'),
        (reason: unknown) => reason
    );
    expect(error).toBeInstanceOf(ToolkitActionError);
    return error as ToolkitActionError;
}

function expectCode(error: ToolkitActionError, code: ToolkitActionErrorCode, action: string): void {
    expect({ code: error.code, action: error.action, name: error.name }).toEqual({
        code,
        action,
        name: 'ToolkitActionError'
    });
}

beforeEach(() => {
    for (const mock of Object.values(mocks)) {
        mock.mockReset();
        mock.mockImplementation(() => Promise.resolve({ success: true }));
    }
});

describe('voiceToolkitActions without a toolkit', () => {
    it('rejects with no-toolkit when no connector is on the page', async () => {
        const error = await failure(voiceToolkitActions.mute());
        expectCode(error, 'no-toolkit', 'mute');
        expect(error.message).toMatch(/toolkit/i);
    });
});

describe('voiceToolkitActions through the leading connector', () => {
    it('calls the leader element once, not every toolkit element', async () => {
        const first = mountConnector();
        mountConnector();
        const leaderMute = jest.spyOn(toolkitOf(first) as unknown as { mute(): unknown }, 'mute');
        await expect(voiceToolkitActions.mute()).resolves.toEqual({ success: true });
        expect(leaderMute).toHaveBeenCalledTimes(1);
        expect(mocks.mute).toHaveBeenCalledTimes(1);
    });

    it('follows the leader after a hand-over', async () => {
        const first = mountConnector();
        const second = mountConnector();
        document.body.removeChild(first);
        const secondHold = jest.spyOn(
            toolkitOf(second) as unknown as { hold(type: string): unknown },
            'hold'
        );
        await voiceToolkitActions.hold('Initial_Caller');
        expect(secondHold).toHaveBeenCalledWith('Initial_Caller');
    });

    it.each([
        ['a plain value', () => 'done', 'done'],
        ['a promise', () => Promise.resolve({ success: true, id: 7 }), { success: true, id: 7 }],
        ['nothing', () => undefined, undefined]
    ])('resolves when the element returns %s', async (_label, implementation, expected) => {
        mountConnector();
        mocks.merge.mockImplementation(implementation);
        await expect(voiceToolkitActions.merge()).resolves.toEqual(expected);
    });

    it.each([
        [
            'throws',
            () => {
                throw new Error('Not in a call');
            },
            'Not in a call'
        ],
        ['rejects', () => Promise.reject(new Error('Telephony timeout')), 'Telephony timeout'],
        ['rejects with a string', () => Promise.reject('Busy'), 'Busy'],
        [
            'answers success false',
            () => Promise.resolve({ success: false, errorMessage: 'Line busy' }),
            'Line busy'
        ],
        [
            'answers success false without a message',
            () => ({ success: false }),
            'The telephony system refused the action.'
        ]
    ])('fails with code failed when the element %s', async (_label, implementation, message) => {
        mountConnector();
        mocks.swap.mockImplementation(implementation);
        const error = await failure(voiceToolkitActions.swap());
        expectCode(error, 'failed', 'swap');
        expect(error.message).toBe(message);
        expect(error.detail).toBeDefined();
    });

    it('passes documented arguments through, trimmed and typed', async () => {
        mountConnector();
        await voiceToolkitActions.addParticipant('PhoneNumber', ' +1 415 555 0100 ', false);
        expect(mocks.addParticipant).toHaveBeenCalledWith('PhoneNumber', '+1 415 555 0100', false);
        await voiceToolkitActions.sendDigits('12*#A,');
        expect(mocks.sendDigits).toHaveBeenCalledWith('12*#A,');
        await voiceToolkitActions.endCall();
        expect(mocks.endCall).toHaveBeenLastCalledWith();
        await voiceToolkitActions.endCall('Agent');
        expect(mocks.endCall).toHaveBeenLastCalledWith('Agent');
        await voiceToolkitActions.resume('Third_Party');
        expect(mocks.resume).toHaveBeenCalledWith('Third_Party');
        await voiceToolkitActions.updateNextBestActions('0LQRM0000006CSz', { offer: 'credit' });
        expect(mocks.updateNextBestActions).toHaveBeenCalledWith('0LQRM0000006CSz', {
            offer: 'credit'
        });
        const simple = [
            'unmute',
            'acceptCall',
            'declineCall',
            'pauseRecording',
            'resumeRecording'
        ] as const;
        await Promise.all(simple.map((action) => voiceToolkitActions[action]()));
        expect(simple.map((action) => mocks[action].mock.calls)).toEqual(simple.map(() => [[]]));
        await voiceToolkitActions.startPreviewCall(' +1 212 555 0147 ');
        expect(mocks.startPreviewCall).toHaveBeenCalledWith('+1 212 555 0147');
    });

    it.each([
        ['hold', () => voiceToolkitActions.hold('Supervisor' as never)],
        ['resume', () => voiceToolkitActions.resume('' as never)],
        ['endCall', () => voiceToolkitActions.endCall('Everyone' as never)],
        ['addParticipant', () => voiceToolkitActions.addParticipant('Email' as never, 'x', false)],
        ['addParticipant', () => voiceToolkitActions.addParticipant('PhoneNumber', '  ', false)],
        ['sendDigits', () => voiceToolkitActions.sendDigits('12x')],
        ['sendDigits', () => voiceToolkitActions.sendDigits('')],
        ['startPreviewCall', () => voiceToolkitActions.startPreviewCall(' ')],
        ['updateNextBestActions', () => voiceToolkitActions.updateNextBestActions('', {})],
        [
            'updateNextBestActions',
            () => voiceToolkitActions.updateNextBestActions('0LQ', null as never)
        ]
    ])('rejects invalid arguments to %s without calling the toolkit', async (action, call) => {
        mountConnector();
        const error = await failure(call());
        expectCode(error, 'invalid-argument', action);
        expect(mocks[action]).not.toHaveBeenCalled();
    });

    it('never throws synchronously, even for invalid arguments', () => {
        mountConnector();
        let pending: Promise<unknown> | undefined;
        expect(() => {
            pending = voiceToolkitActions.sendDigits('not digits');
        }).not.toThrow();
        return expect(pending).rejects.toBeInstanceOf(ToolkitActionError);
    });
});

describe('voiceToolkitActions on an element without the action', () => {
    it('rejects with not-supported', async () => {
        const bus = new VoiceEventBus();
        const bare = new EventTarget() as ToolkitElement;
        bus.registerToolkit(bare, undefined);
        const unsupported = await failure(bus.actions.merge());
        expect([unsupported.code, unsupported.action]).toEqual(['not-supported', 'merge']);
        bus.unregisterToolkit(bare);
        const gone = await failure(bus.actions.merge());
        expect([gone.code, gone.action]).toEqual(['no-toolkit', 'merge']);
    });
});
