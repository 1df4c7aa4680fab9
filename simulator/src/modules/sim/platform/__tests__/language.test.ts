/**
 * The local console's language: the user's language from ?language=, matched as the platform
 * matches a user's language to the shipped translations, and the default label where a
 * translation is missing.
 */
import { DEFAULT_LANGUAGE, chooseLanguage, languageTag, translated } from '../language';

const SHIPPED = ['de', 'es', 'fr', 'it', 'ja', 'nl_NL', 'pt_BR'];

describe('chooseLanguage', () => {
    it('takes a shipped language as Salesforce codes it, or as a browser writes it', () => {
        expect(chooseLanguage('de', SHIPPED)).toBe('de');
        expect(chooseLanguage('pt_BR', SHIPPED)).toBe('pt_BR');
        expect(chooseLanguage('pt-br', SHIPPED)).toBe('pt_BR');
        expect(chooseLanguage(' NL_nl ', SHIPPED)).toBe('nl_NL');
    });

    it('falls back to the same base language, then to the default labels', () => {
        expect(chooseLanguage('de_AT', SHIPPED)).toBe('de');
        expect(chooseLanguage('nl', SHIPPED)).toBe('nl_NL');
        expect(chooseLanguage('zh_CN', SHIPPED)).toBe(DEFAULT_LANGUAGE);
        expect(chooseLanguage('', SHIPPED)).toBe(DEFAULT_LANGUAGE);
        expect(chooseLanguage(null, SHIPPED)).toBe(DEFAULT_LANGUAGE);
        expect(chooseLanguage('de', [])).toBe(DEFAULT_LANGUAGE);
    });
});

describe('translated', () => {
    const hold = { de: 'Halten', fr: 'Mettre en attente' };

    it("gives the language's text", () => {
        expect(translated('de', 'Hold', hold)).toBe('Halten');
    });

    it('gives the default value where the language has no translation of the label', () => {
        expect(translated('ja', 'Hold', hold)).toBe('Hold');
        expect(translated(DEFAULT_LANGUAGE, 'Hold', hold)).toBe('Hold');
        // An inherited property is not a translation.
        expect(translated('toString', 'Hold', hold)).toBe('Hold');
    });
});

it('tags the page as @salesforce/i18n/lang does (BCP 47)', () => {
    expect(languageTag(DEFAULT_LANGUAGE)).toBe('en-US');
    expect(languageTag('pt_BR')).toBe('pt-BR');
    expect(languageTag('de')).toBe('de');
});
