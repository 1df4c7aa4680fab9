import { APPLICATION_SCOPE, MessageBus } from '../lms';

const CHANNEL = Object.freeze({ messageChannel: 'VoiceConsoleEvent__c' });
const OTHER = Object.freeze({ messageChannel: 'Other__c' });

// eslint-disable-next-line @lwc/lwc/no-async-operation -- waits for the queued delivery
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('MessageBus (lightning/messageService stand-in)', () => {
    it('delivers asynchronously, in publish order, a JSON copy per subscriber', async () => {
        const bus = new MessageBus();
        const context = bus.createContext();
        const first: unknown[] = [];
        const second: unknown[] = [];
        bus.subscribe(context, CHANNEL, (message: unknown) => first.push(message), {
            scope: APPLICATION_SCOPE
        });
        bus.subscribe(context, CHANNEL, (message: unknown) => second.push(message));
        const message = { n: 1, nested: { a: [1] } };
        bus.publish(context, CHANNEL, message);
        bus.publish(context, CHANNEL, { n: 2 });
        bus.publish(context, OTHER, { n: 3 });
        expect(first).toEqual([]);
        message.nested.a.push(2);
        await settle();
        expect(first).toEqual([{ n: 1, nested: { a: [1] } }, { n: 2 }]);
        expect(second).toEqual(first);
        expect(first[0]).not.toBe(second[0]);
    });

    it('queues what a subscriber publishes behind what is already queued', async () => {
        const bus = new MessageBus();
        const context = bus.createContext();
        const seen: number[] = [];
        bus.subscribe(context, CHANNEL, (message: unknown) => {
            const { n } = message as { n: number };
            seen.push(n);
            if (n === 1) {
                bus.publish(context, CHANNEL, { n: 3 });
            }
        });
        bus.publish(context, CHANNEL, { n: 1 });
        bus.publish(context, CHANNEL, { n: 2 });
        await settle();
        expect(seen).toEqual([1, 2, 3]);
    });

    it('does not deliver to late subscribers, unsubscribed ones or released contexts', async () => {
        const bus = new MessageBus();
        const context = bus.createContext();
        const other = bus.createContext();
        const late: unknown[] = [];
        const gone: unknown[] = [];
        const released: unknown[] = [];
        const subscription = bus.subscribe(context, CHANNEL, (message: unknown) =>
            gone.push(message)
        );
        bus.subscribe(other, CHANNEL, (message: unknown) => released.push(message));
        bus.publish(context, CHANNEL, { n: 1 });
        bus.subscribe(context, CHANNEL, (message: unknown) => late.push(message));
        bus.unsubscribe(subscription);
        bus.release(other);
        await settle();
        expect([late, gone, released]).toEqual([[], [], []]);
        expect(() => bus.publish(other, CHANNEL, {})).toThrow('released');
    });

    it('default scope hears nothing while the workspace is in the background; APPLICATION_SCOPE and utility items do', async () => {
        const bus = new MessageBus();
        const workspace = bus.createContext('workspace');
        const utility = bus.createContext('utility');
        const heard: string[] = [];
        bus.subscribe(workspace, CHANNEL, () => heard.push('workspace default'));
        bus.subscribe(workspace, CHANNEL, () => heard.push('workspace application'), {
            scope: APPLICATION_SCOPE
        });
        bus.subscribe(utility, CHANNEL, () => heard.push('utility default'));
        bus.workspaceActive = false;
        bus.publish(utility, CHANNEL, {});
        await settle();
        expect(heard.sort()).toEqual(['utility default', 'workspace application']);
    });

    it('refuses a missing context, a non-channel and a message that is not JSON', () => {
        const bus = new MessageBus();
        const context = bus.createContext();
        expect(() => bus.publish(undefined, CHANNEL, {})).toThrow('MessageContext');
        expect(() => bus.subscribe({}, CHANNEL, () => undefined)).toThrow('MessageContext');
        expect(() => bus.publish(context, 'VoiceConsoleEvent__c', {})).toThrow(
            'not a message channel'
        );
        const cyclic: Record<string, unknown> = {};
        cyclic.self = cyclic;
        expect(() => bus.publish(context, CHANNEL, cyclic)).toThrow(TypeError);
        expect(() => bus.subscribe(context, CHANNEL, 'listener')).toThrow('listener');
    });

    it('a subscriber that throws does not stop the others', async () => {
        const bus = new MessageBus();
        const context = bus.createContext();
        const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
        const heard: string[] = [];
        bus.subscribe(context, CHANNEL, () => {
            throw new Error('panel bug');
        });
        bus.subscribe(context, CHANNEL, () => heard.push('second'));
        bus.publish(context, CHANNEL, {});
        await settle();
        expect(heard).toEqual(['second']);
        expect(errors).toHaveBeenCalled();
        errors.mockRestore();
    });
});
