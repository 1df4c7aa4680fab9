// Right-to-left icon libraries of lightning-base-components, left out of the console's bundle:
// the page is left-to-right (@salesforce/i18n/dir is "ltr"), so lightning-primitive-icon never
// imports them, and compiling their ~1,700 templates would double the build time.
export default {};
