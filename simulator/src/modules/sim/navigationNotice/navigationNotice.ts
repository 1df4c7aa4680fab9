/** Shows where NavigationMixin.Navigate would have taken the user in an org. */
import { LightningElement } from 'lwc';
import { simPlatform, type Navigation } from 'sim/platform';

export default class NavigationNotice extends LightningElement {
    navigation: Navigation | null = null;
    private stop: (() => void) | null = null;

    connectedCallback(): void {
        this.navigation = simPlatform.notices.navigation;
        this.stop = simPlatform.onChange(() => {
            this.navigation = simPlatform.notices.navigation;
        });
    }

    disconnectedCallback(): void {
        this.stop?.();
        this.stop = null;
    }

    get target(): string {
        const navigation = this.navigation;
        if (!navigation) {
            return '';
        }
        return navigation.url ?? JSON.stringify(navigation.pageReference);
    }

    get pageReference(): string {
        return JSON.stringify(this.navigation?.pageReference ?? null);
    }

    handleClose(): void {
        simPlatform.notices.clearNavigation();
        simPlatform.changed();
    }
}
