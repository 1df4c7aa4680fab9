import { Notices, toToast, urlFor } from '../notices';
import { UtilityRegistry } from '../utilities';
import { ToolkitHub } from '../toolkitHub';
import { Timeline, summarizeDetail } from '../timeline';

describe('toasts and navigation', () => {
    it('reads a ShowToastEvent like the platform, with messageData placeholders', () => {
        expect(
            toToast(1, {
                title: 'Mute failed',
                message: 'Action {0} refused: {1}',
                messageData: ['mute', { label: 'no call', url: '/x' }],
                variant: 'error',
                mode: 'sticky'
            })
        ).toEqual({
            id: 1,
            title: 'Mute failed',
            message: 'Action mute refused: no call',
            variant: 'error',
            mode: 'sticky'
        });
        expect(toToast(2, null)).toEqual({
            id: 2,
            title: '',
            message: '',
            variant: 'info',
            mode: 'dismissible'
        });
    });

    it('keeps the newest five toasts', () => {
        const notices = new Notices();
        for (let index = 0; index < 7; index += 1) {
            notices.addToast({ title: `t${index}` });
        }
        expect(notices.toasts.map((toast) => toast.title)).toEqual(['t2', 't3', 't4', 't5', 't6']);
    });

    it('knows the URL Lightning Experience opens for common page references', () => {
        expect(
            urlFor({
                type: 'standard__recordPage',
                attributes: {
                    recordId: '0LQRM0000006CSz',
                    objectApiName: 'VoiceCall',
                    actionName: 'view'
                }
            })
        ).toBe('/lightning/r/VoiceCall/0LQRM0000006CSz/view');
        expect(
            urlFor({ type: 'standard__objectPage', attributes: { objectApiName: 'Case' } })
        ).toBe('/lightning/o/Case/home');
        expect(urlFor({ type: 'standard__navItemPage', attributes: { apiName: 'Voice' } })).toBe(
            '/lightning/n/Voice'
        );
        expect(urlFor({ type: 'comm__namedPage' })).toBeNull();
        const notices = new Notices();
        notices.navigate({ type: 'standard__recordPage', attributes: { recordId: '001' } }, true);
        expect(notices.navigation).toMatchObject({
            url: '/lightning/r/sObject/001/view',
            replace: true
        });
    });
});

describe('utility bar registry', () => {
    it('updateUtility changes label, icon, variant and highlight; unknown ids throw', () => {
        const registry = new UtilityRegistry();
        registry.define('u1', 'Supervisor flags', 'utility:priority', false);
        registry.update('u1', {
            label: 'Flags (2)',
            highlighted: true,
            iconVariant: 'warning',
            bogus: 1
        });
        expect(registry.get('u1')).toMatchObject({
            label: 'Flags (2)',
            highlighted: true,
            iconVariant: 'warning',
            open: false,
            loaded: false
        });
        registry.update('u1', { iconVariant: 'purple' });
        expect(registry.get('u1').iconVariant).toBe('warning');
        expect(() => registry.update('nope', {})).toThrow('No utility item');
    });

    it('renders an item on first open and keeps it when minimized; click handlers run on open', () => {
        const registry = new UtilityRegistry();
        registry.define('u1', 'Flags', 'utility:priority', false);
        const clicks = jest.fn();
        registry.onClick('u1', clicks);
        registry.setOpen('u1', true);
        registry.setOpen('u1', false);
        expect(registry.get('u1')).toMatchObject({ open: false, loaded: true });
        expect(clicks).toHaveBeenCalledTimes(1);
        registry.update('u1', { label: 'changed', highlighted: true });
        registry.resetAppearance();
        expect(registry.get('u1')).toMatchObject({
            label: 'Flags',
            highlighted: false,
            icon: 'utility:priority'
        });
    });
});

describe('toolkit hub and timeline', () => {
    it('hands every event to every registered toolkit element, in mount order', () => {
        const hub = new ToolkitHub();
        const seen: string[] = [];
        const first = { fire: (type: string) => seen.push(`first ${type}`) };
        const second = { fire: (type: string) => seen.push(`second ${type}`) };
        hub.register(first);
        hub.register(second);
        hub.register(first);
        expect(hub.dispatch('mute', {})).toBe(2);
        hub.unregister(first);
        expect(hub.dispatch('unmute', {})).toBe(1);
        expect(seen).toEqual(['first mute', 'second mute', 'second unmute']);
    });

    it('summarizes any detail without throwing and stays bounded', () => {
        expect(
            summarizeDetail({ callId: 'c', content: { text: 'Hi' }, sender: { role: 'Agent' } })
        ).toBe('Agent: Hi');
        expect(
            summarizeDetail(
                new Proxy(
                    {},
                    {
                        get: () => {
                            throw new Error('x');
                        }
                    }
                )
            )
        ).toBe('');
        expect(summarizeDetail(null)).toBe('detail is null');
        const timeline = new Timeline(() => 0);
        for (let index = 0; index < 600; index += 1) {
            timeline.add({
                kind: 'event',
                name: 'mute',
                callId: null,
                summary: 'x'.repeat(500),
                source: 'script',
                outcome: null,
                delivered: 1
            });
        }
        expect(timeline.list()).toHaveLength(500);
        expect(timeline.count).toBe(600);
        expect(timeline.list()[0].summary.length).toBeLessThanOrEqual(120);
    });
});
