// A closed @salesforce/gate for lightning-base-components. Used for
// bc.260.enableComboboxElementInternals: with it open, lightning-combobox calls attachInternals,
// which synthetic shadow (what Lightning Experience runs) does not support.
export default { isOpen: () => false };
