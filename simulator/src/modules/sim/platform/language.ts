/**
 * Which translation of the Custom Labels the console shows: the user's language, as an org
 * takes it from the user's settings. Here it comes from the page's URL (`?language=de`), so a
 * translated layout can be opened, shared and tested. Language codes are Salesforce's (`de`,
 * `pt_BR`, `nl_NL`); `pt-BR`, `pt_br` and `nl` are taken too.
 */

/** The org's default language: the labels file's own values. */
export const DEFAULT_LANGUAGE = 'en_US';

const canonical = (code: string): string => code.trim().replace('-', '_').toLowerCase();

/**
 * The language to show, of those that have a translation file: an exact match, else one of the
 * same base language (`de_AT` → `de`, `nl` → `nl_NL`), else the default. A language with no
 * translations falls back to the default labels, as the platform does.
 */
export function chooseLanguage(
    asked: string | null | undefined,
    available: readonly string[]
): string {
    if (!asked) {
        return DEFAULT_LANGUAGE;
    }
    const wanted = canonical(asked);
    const exact = available.find((code) => canonical(code) === wanted);
    if (exact) {
        return exact;
    }
    const base = wanted.split('_')[0];
    return available.find((code) => canonical(code).split('_')[0] === base) ?? DEFAULT_LANGUAGE;
}

/** `@salesforce/i18n/lang` of a language code: BCP 47, as the platform gives it (`en-US`). */
export function languageTag(code: string): string {
    return code.replace('_', '-');
}

/** A label's text in the language, or the default value where it has no translation. */
export function translated(
    language: string,
    defaultValue: string,
    translations: Readonly<Record<string, string>>
): string {
    return Object.hasOwn(translations, language) ? translations[language] : defaultValue;
}
