/**
 * lightning/platformUtilityBarApi for Jest (sfdx-lwc-jest has no stub). EnclosingUtilityId is
 * a test wire adapter: `EnclosingUtilityId.emit('utility-1')` puts a panel in a utility bar.
 */
import { createTestWireAdapter } from '@salesforce/wire-service-jest-util';

export const EnclosingUtilityId = createTestWireAdapter(jest.fn());
export const updateUtility = jest.fn((_utilityId: string, _update: unknown) =>
    Promise.resolve(true)
);
export const updatePanel = jest.fn((_utilityId: string, _update: unknown) => Promise.resolve(true));
export const open = jest.fn((_utilityId: string) => Promise.resolve(true));
export const minimize = jest.fn((_utilityId: string) => Promise.resolve(true));
export const getInfo = jest.fn((_utilityId: string) => Promise.resolve({}));
export const getAllUtilityInfo = jest.fn(() => Promise.resolve([]));
export const onUtilityClick = jest.fn((_utilityId: string, _handler: unknown) =>
    Promise.resolve(true)
);
export const enablePopout = jest.fn((_utilityId: string, _enabled: boolean) =>
    Promise.resolve(true)
);
export const enableModal = jest.fn((_utilityId: string, _enabled: boolean) =>
    Promise.resolve(true)
);
