// Reads Custom Labels from the labels metadata XML (the file scripts/add-labels.mjs writes).

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
