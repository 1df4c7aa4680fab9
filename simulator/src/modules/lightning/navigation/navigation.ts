/**
 * lightning/navigation for the local console. There is nowhere to go without an org, so
 * Navigate shows where the platform would navigate (and the URL it would open); GenerateUrl
 * resolves that URL.
 */
import { simPlatform, urlFor } from 'sim/platform';

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

// A mixin's base must take `any[]` (TS2545), as the platform's typings declare it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T = object> = new (...args: any[]) => T;

function navigationMixin<T extends Constructor>(Base: T): T {
    return class extends Base {
        [Navigate](pageReference: unknown, replace?: boolean): void {
            simPlatform.navigate(pageReference, replace === true);
        }

        [GenerateUrl](pageReference: unknown): Promise<string> {
            const url = urlFor(pageReference);
            return url
                ? Promise.resolve(url)
                : Promise.reject(new Error('Unsupported page reference.'));
        }
    };
}

export const NavigationMixin = Object.assign(navigationMixin, { Navigate, GenerateUrl });

/** The console is a Lightning app page; CurrentPageReference reports it. */
export class CurrentPageReference {
    constructor(private readonly dataCallback: (value: unknown) => void) {}

    connect(): void {
        this.dataCallback({
            type: 'standard__navItemPage',
            attributes: { apiName: 'Voice_Console_Kit' },
            state: {}
        });
    }

    update(): void {}

    disconnect(): void {}
}
