// Reads Custom Labels and their translations from the metadata XML (what scripts/add-labels.mjs
// writes).
import { existsSync, readdirSync } from 'node:fs';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text) {
    return text.replace(/&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-fA-F]+));/g, (_, name, dec, hex) =>
        dec
            ? String.fromCodePoint(Number(dec))
            : hex
              ? String.fromCodePoint(parseInt(hex, 16))
              : ENTITIES[name]
    );
}

/** Returns a Map from label name (fullName) to value. */
export function parseLabels(xml) {
    const labels = new Map();
    for (const [block] of xml.matchAll(/<labels>[\s\S]*?<\/labels>/g)) {
        const name = /<fullName>([^<]*)<\/fullName>/.exec(block)?.[1];
        const value = /<value>([\s\S]*?)<\/value>/.exec(block)?.[1];
        if (name && value !== undefined) {
            labels.set(decode(name.trim()), decode(value));
        }
    }
    return labels;
}

const TRANSLATION_SUFFIX = '.translation-meta.xml';

/** Returns a Map from label name to its text in one Translations file (`<customLabels>`). */
export function parseTranslations(xml) {
    const texts = new Map();
    for (const [block] of xml.matchAll(/<customLabels>[\s\S]*?<\/customLabels>/g)) {
        const name = /<name>([^<]*)<\/name>/.exec(block)?.[1];
        const text = /<label>([\s\S]*?)<\/label>/.exec(block)?.[1];
        if (name && text !== undefined) {
            texts.set(decode(name.trim()), decode(text));
        }
    }
    return texts;
}

/** The translation files of a translations folder: language code → file name. */
export function translationFiles(dir) {
    return existsSync(dir)
        ? new Map(
              readdirSync(dir)
                  .filter((name) => name.endsWith(TRANSLATION_SUFFIX))
                  .sort()
                  .map((name) => [name.slice(0, -TRANSLATION_SUFFIX.length), name])
          )
        : new Map();
}
