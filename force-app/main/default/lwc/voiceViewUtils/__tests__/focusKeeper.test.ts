import { FocusKeeper } from 'c/voiceViewUtils';

function button(key: string): HTMLButtonElement {
    const element = document.createElement('button');
    element.dataset.focusKey = key;
    element.textContent = key;
    return element;
}

describe('FocusKeeper', () => {
    let root: HTMLDivElement;
    let keeper: FocusKeeper;

    beforeEach(() => {
        root = document.createElement('div');
        root.append(button('acceptCall'), button('declineCall'));
        document.body.appendChild(root);
        keeper = new FocusKeeper(
            () => root,
            (key) => (key === 'acceptCall' ? ['mute', 'endCall'] : ['caller'])
        );
        root.addEventListener('focusin', (event) => keeper.handleFocusIn(event));
        root.addEventListener('focusout', (event) => keeper.handleFocusOut(event));
    });

    afterEach(() => {
        root.remove();
    });

    it('moves focus to the control that replaced the one pressed', () => {
        (root.querySelector('[data-focus-key="acceptCall"]') as HTMLElement).focus();
        root.replaceChildren(button('mute'), button('endCall'));
        keeper.restore();
        expect(document.activeElement?.getAttribute('data-focus-key')).toBe('mute');
    });

    it('leaves focus alone while its control is still there', () => {
        const decline = root.querySelector('[data-focus-key="declineCall"]') as HTMLElement;
        decline.focus();
        keeper.restore();
        expect(document.activeElement).toBe(decline);
    });

    it('does not steal focus the user moved elsewhere', () => {
        const outside = document.createElement('input');
        document.body.appendChild(outside);
        (root.querySelector('[data-focus-key="acceptCall"]') as HTMLElement).focus();
        outside.focus();
        root.replaceChildren(button('mute'));
        keeper.restore();
        expect(document.activeElement).toBe(outside);
        outside.remove();
    });

    it('does nothing when no successor is on the page', () => {
        (root.querySelector('[data-focus-key="declineCall"]') as HTMLElement).focus();
        root.replaceChildren();
        expect(() => keeper.restore()).not.toThrow();
        expect(document.activeElement).toBe(document.body);
    });
});
