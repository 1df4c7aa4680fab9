// Adds or updates Custom Labels in force-app/main/default/labels/CustomLabels.labels-meta.xml,
// or in another labels file given second (an example's, a team's own package directory), and
// their translations in the translations folder beside it (<language>.translation-meta.xml, the
// Translations metadata `sf project retrieve` writes).
// Usage: node scripts/add-labels.mjs labels.json [labels-file]   where the JSON is
//   [{ "name": "VCK_Panel_Key", "value": "Shown text", "description": "Where it shows",
//      "category": "optional, VoiceConsoleKit by default",
//      "translations": { "de": "Angezeigter Text", "fr": "Texte affiché", … } }, …]
// Idempotent: a label with the same name is replaced; one re-added with its wording unchanged
// keeps its translations, a reworded one loses those not given with it. Keeps labels sorted by
// name. Every language that has a translation file must get a translation (npm test checks it).
import {
    existsSync,
    mkdirSync,
    readFileSync,
    readdirSync,
    writeFileSync,
    renameSync
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const file =
    process.argv[3] ??
    join(
        dirname(fileURLToPath(import.meta.url)),
        '../force-app/main/default/labels/CustomLabels.labels-meta.xml'
    );
const translationsDir = join(dirname(file), '..', 'translations');
const TRANSLATION_SUFFIX = '.translation-meta.xml';

const escape = (text) =>
    String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const labelBlock = ({ name, value, description, category }) =>
    [
        '    <labels>',
        `        <fullName>${name}</fullName>`,
        `        <categories>${escape(category ?? 'VoiceConsoleKit')}</categories>`,
        '        <language>en_US</language>',
        '        <protected>false</protected>',
        `        <shortDescription>${escape((description ?? value).slice(0, 80))}</shortDescription>`,
        `        <value>${escape(value)}</value>`,
        '    </labels>'
    ].join('\n');
const translationBlock = (name, text) =>
    [
        '    <customLabels>',
        `        <label>${escape(text)}</label>`,
        `        <name>${name}</name>`,
        '    </customLabels>'
    ].join('\n');

/** The blocks of a metadata file by name, so a rewrite keeps the ones not touched. */
function blocksOf(path, element, nameElement) {
    const blocks = new Map();
    const xml = existsSync(path) ? readFileSync(path, 'utf8') : '';
    const pattern = new RegExp(` {4}<${element}>[\\s\\S]*?</${element}>`, 'g');
    for (const [block] of xml.matchAll(pattern)) {
        blocks.set(new RegExp(`<${nameElement}>([^<]+)</${nameElement}>`).exec(block)[1], block);
    }
    return blocks;
}

function writeSorted(path, root, blocks) {
    const body = [...blocks.keys()].sort().map((name) => blocks.get(name));
    const next = `<?xml version="1.0" encoding="UTF-8" ?>\n<${root} xmlns="http://soap.sforce.com/2006/04/metadata">\n${body.join('\n')}\n</${root}>\n`;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(`${path}.tmp`, next);
    renameSync(`${path}.tmp`, path);
}

const checkText = (label, text, where) => {
    if (typeof text !== 'string' || !text.trim()) {
        throw new Error(`${label.name}: empty ${where}`);
    }
    if (text.length > 1000) {
        throw new Error(`${label.name}: ${where} over 1000 characters`);
    }
};

const additions = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const labels = blocksOf(file, 'labels', 'fullName');
const languages = existsSync(translationsDir)
    ? readdirSync(translationsDir)
          .filter((name) => name.endsWith(TRANSLATION_SUFFIX))
          .map((name) => name.slice(0, -TRANSLATION_SUFFIX.length))
    : [];
const translations = new Map(
    languages.map((language) => [
        language,
        blocksOf(join(translationsDir, language + TRANSLATION_SUFFIX), 'customLabels', 'name')
    ])
);
const untranslated = [];
for (const label of additions) {
    // A Custom Label name as the platform takes it: a letter first, letters, digits and single
    // underscores, not ending in one. The kit's own are VCK_<Component>_<Key>.
    if (!/^[A-Za-z](?:_?[A-Za-z0-9])*$/.test(label.name) || label.name.length > 80) {
        throw new Error(`bad label name ${JSON.stringify(label.name)}`);
    }
    checkText(label, label.value, 'value');
    const before = labels.get(label.name);
    // A new wording makes the old translations wrong: unless new ones come with it, they go, and
    // the English value shows until the label is translated again.
    const reworded =
        before !== undefined && !before.includes(`<value>${escape(label.value)}</value>`);
    labels.set(label.name, labelBlock(label));
    for (const [language, text] of Object.entries(label.translations ?? {})) {
        // A Salesforce language code: de, fr, ja, pt_BR, nl_NL, zh_CN…
        if (!/^[a-z]{2,3}(?:_[A-Z]{2})?$/.test(language)) {
            throw new Error(`${label.name}: bad language code ${JSON.stringify(language)}`);
        }
        checkText(label, text, `${language} translation`);
        if (!translations.has(language)) {
            translations.set(language, new Map());
        }
        translations.get(language).set(label.name, translationBlock(label.name, text));
    }
    for (const language of languages) {
        if (Object.hasOwn(label.translations ?? {}, language)) {
            continue;
        }
        const kept = translations.get(language);
        if (reworded) {
            kept.delete(label.name);
        }
        if (!kept.has(label.name)) {
            untranslated.push(`${label.name} (${language})`);
        }
    }
}
writeSorted(file, 'CustomLabels', labels);
for (const [language, blocks] of translations) {
    writeSorted(join(translationsDir, language + TRANSLATION_SUFFIX), 'Translations', blocks);
}
console.log(
    `${additions.length} label(s) written; ${labels.size} in all; translations: ${[...translations.keys()].sort().join(', ') || 'none'}`
);
if (untranslated.length) {
    console.warn(
        `No translation (the English value shows until one is added; npm test fails for force-app's labels): ${untranslated.join(', ')}`
    );
}
