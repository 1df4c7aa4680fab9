/**
 * Every `<lightning-service-cloud-voice-toolkit-api>` on the page registers here. The platform
 * hands every toolkit instance every event, so dispatch goes to all of them, in mount order.
 */

/** What the toolkit stand-in exposes to the hub: one call that fires a DOM event on its host. */
export interface ToolkitInstance {
    fire(type: string, detail: unknown): void;
}

export class ToolkitHub {
    private readonly instances: ToolkitInstance[] = [];

    register(instance: ToolkitInstance): void {
        if (!this.instances.includes(instance)) {
            this.instances.push(instance);
        }
    }

    unregister(instance: ToolkitInstance): void {
        const index = this.instances.indexOf(instance);
        if (index >= 0) {
            this.instances.splice(index, 1);
        }
    }

    get count(): number {
        return this.instances.length;
    }

    /** Fires on every instance; returns how many received it. A throwing listener is contained. */
    dispatch(type: string, detail: unknown): number {
        const targets = [...this.instances];
        for (const instance of targets) {
            try {
                instance.fire(type, detail);
            } catch (error) {
                console.error(`[simulator] a ${type} listener threw`, error);
            }
        }
        return targets.length;
    }
}
