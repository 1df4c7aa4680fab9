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

/** Map from each `element` block's `nameTag` text to its `textTag` text, decoded. */
function textsOf(xml, element, nameTag, textTag) {
    const texts = new Map();
    for (const [block] of xml.matchAll(new RegExp(`<${element}>[\\s\\S]*?</${element}>`, 'g'))) {
        const name = new RegExp(`<${nameTag}>([^<]*)</${nameTag}>`).exec(block)?.[1];
        const text = new RegExp(`<${textTag}>([\\s\\S]*?)</${textTag}>`).exec(block)?.[1];
        if (name && text !== undefined) {
            texts.set(decode(name.trim()), decode(text));
        }
    }
    return texts;
}

/** Returns a Map from label name (fullName) to value. */
export function parseLabels(xml) {
    return textsOf(xml, 'labels', 'fullName', 'value');
}

/** Returns a Map from label name to its text in one Translations file (`<customLabels>`). */
export function parseTranslations(xml) {
    return textsOf(xml, 'customLabels', 'name', 'label');
}

const TRANSLATION_SUFFIX = '.translation-meta.xml';

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
