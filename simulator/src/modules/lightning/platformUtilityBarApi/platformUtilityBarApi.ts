/**
 * lightning/platformUtilityBarApi for the local console. The console draws a real utility bar;
 * a component inside an item gets its id from `@wire(EnclosingUtilityId)` (provided through LWC
 * wire context by the item), and updateUtility changes the visible label, icon and highlight.
 * Every method returns a promise, rejected for an unknown utility id, as documented.
 */
import { simPlatform } from 'sim/platform';

export class EnclosingUtilityId {
    static contextSchema = { utilityId: 'required' };

    constructor(private readonly dataCallback: (value: string | undefined) => void) {}

    connect(): void {}

    update(_config: unknown, context?: { utilityId?: string }): void {
        this.dataCallback(context?.utilityId);
    }

    disconnect(): void {}
}

const utilities = () => simPlatform.utilities;

function settle<T>(work: () => T): Promise<T> {
    try {
        const result = work();
        simPlatform.changed();
        return Promise.resolve(result);
    } catch (error) {
        return Promise.reject(error);
    }
}

export function updateUtility(utilityId: string, update: unknown): Promise<boolean> {
    return settle(() => {
        utilities().update(utilityId, update);
        return true;
    });
}

export function updatePanel(utilityId: string, update: unknown): Promise<boolean> {
    return settle(() => {
        utilities().updatePanel(utilityId, update);
        return true;
    });
}

export function open(utilityId: string): Promise<boolean> {
    return settle(() => {
        utilities().setOpen(utilityId, true);
        return true;
    });
}

export function minimize(utilityId: string): Promise<boolean> {
    return settle(() => {
        utilities().setOpen(utilityId, false);
        return true;
    });
}

function info(utilityId: string): Record<string, unknown> {
    const item = utilities().get(utilityId);
    return {
        id: item.id,
        label: item.label,
        icon: item.icon,
        iconVariant: item.iconVariant,
        highlighted: item.highlighted,
        utilityVisible: item.open,
        panelHeaderLabel: item.panelHeader,
        panelHeaderIcon: item.panelIcon,
        isPoppedOut: false,
        popoutEnabled: item.popoutEnabled,
        modalEnabled: item.modalEnabled
    };
}

export function getInfo(utilityId: string): Promise<Record<string, unknown>> {
    return settle(() => info(utilityId));
}

export function getAllUtilityInfo(): Promise<Array<Record<string, unknown>>> {
    return settle(() =>
        utilities()
            .list()
            .map((item) => info(item.id))
    );
}

/** Handlers run when the item is opened; like the platform, they cannot be removed. */
export function onUtilityClick(utilityId: string, handler: () => void): Promise<boolean> {
    return settle(() => {
        utilities().onClick(utilityId, handler);
        return true;
    });
}

export function enablePopout(utilityId: string, enabled: boolean): Promise<boolean> {
    return settle(() => {
        utilities().setFlag(utilityId, 'popoutEnabled', enabled);
        return true;
    });
}

export function enableModal(utilityId: string, enabled: boolean): Promise<boolean> {
    return settle(() => {
        utilities().setFlag(utilityId, 'modalEnabled', enabled);
        return true;
    });
}
