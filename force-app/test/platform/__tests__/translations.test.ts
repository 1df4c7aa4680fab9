/**
 * The Custom Labels' translations (force-app/main/default/translations, the Translations
 * metadata `sf project retrieve` writes): every label in every shipped language, with the same
 * placeholders, and nothing the org would reject (a translation of a label that does not exist
 * fails the deploy). docs/TRANSLATIONS.md has the terms each language uses.
 */
import { existsSync, readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { PACKAGE_DIR, TRANSLATED_LANGUAGES as SHIPPED } from '../bundles';

const DEFAULT = join(PACKAGE_DIR, 'main', 'default');
const TRANSLATIONS_DIR = join(DEFAULT, 'translations');
const SUFFIX = '.translation-meta.xml';

const decode = (text: string): string =>
    text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');

/** [name, text] pairs of the blocks `element` in an XML file, in file order. */
function pairs(xml: string, element: string, nameTag: string, textTag: string): string[][] {
    return [...xml.matchAll(new RegExp(`<${element}>([\\s\\S]*?)</${element}>`, 'g'))].map(
        ([, block]) =>
            [nameTag, textTag].map((tag) =>
                decode(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(block)?.[1] ?? '')
            )
    );
}

const english = new Map(
    pairs(
        readFileSync(join(DEFAULT, 'labels', 'CustomLabels.labels-meta.xml'), 'utf8'),
        'labels',
        'fullName',
        'value'
    ) as Array<[string, string]>
);
const languages = existsSync(TRANSLATIONS_DIR)
    ? readdirSync(TRANSLATIONS_DIR)
          .filter((file) => file.endsWith(SUFFIX))
          .map((file) => file.slice(0, -SUFFIX.length))
          .sort()
    : [];
const translationPairs = (language: string): string[][] =>
    pairs(
        readFileSync(join(TRANSLATIONS_DIR, language + SUFFIX), 'utf8'),
        'customLabels',
        'name',
        'label'
    );

/** The `{0}`, `{1}` … of a text, sorted, each as often as it occurs. */
const placeholders = (text: string): string[] => (text.match(/\{\d+\}/g) ?? []).sort();

it('ships the seven languages, and no other file in the translations folder', () => {
    expect(languages).toEqual(SHIPPED);
    expect(readdirSync(TRANSLATIONS_DIR).sort()).toEqual(SHIPPED.map((code) => code + SUFFIX));
    expect(english.size).toBeGreaterThan(150);
});

describe.each(SHIPPED.map((language) => [language]))('%s', (language) => {
    const found = translationPairs(language);
    const texts = new Map(found as Array<[string, string]>);

    it('translates every label once, and only labels that exist', () => {
        expect(
            found.map(([name]) => name).filter((name, index, all) => all.indexOf(name) !== index)
        ).toEqual([]);
        expect([...english.keys()].filter((name) => !texts.has(name))).toEqual([]);
        expect([...texts.keys()].filter((name) => !english.has(name))).toEqual([]);
    });

    it('lists the labels sorted by name, as a retrieve writes them', () => {
        const names = found.map(([name]) => name);
        expect(names).toEqual([...names].sort());
    });

    it('keeps every placeholder of the English value, and adds none', () => {
        const mismatched = [...english]
            .filter(([name]) => texts.has(name))
            .filter(
                ([name, value]) =>
                    placeholders(texts.get(name)!).join() !== placeholders(value).join()
            )
            .map(([name, value]) => `${name}: "${value}" → "${texts.get(name)}"`);
        expect(mismatched).toEqual([]);
    });

    it('has no empty, over-long or marked-up text', () => {
        const bad = [...texts].filter(
            ([, text]) => !text.trim() || text.length > 1000 || /<[a-z/!]|&[a-z#]+;/i.test(text)
        );
        expect(bad).toEqual([]);
    });

    it('is a translation: most labels differ from the English', () => {
        // Units, acronyms and "{0}: {1}" may stay as they are; a file of English would not pass.
        const same = [...english].filter(([name, value]) => texts.get(name) === value);
        expect(same.length).toBeLessThan(english.size * 0.1);
    });

    it('keeps the transcript file name prefix one lowercase ASCII word', () => {
        expect(texts.get('VCK_Transcript_FileNamePrefix')).toMatch(/^[a-z]+$/);
    });
});
