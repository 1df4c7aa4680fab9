/**
 * Makes `@salesforce/label/c.*` imports resolve to their values in CustomLabels.labels-meta.xml
 * for the importing test file: sfdx-lwc-jest resolves a label to its own name ('c.X'), which
 * drops the {0} placeholders. Import it first, before the component under test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The kit's labels, and the examples' (examples/README.md), which are tested the same way. */
const LABELS_FILES = [
    join(__dirname, '../main/default/labels/CustomLabels.labels-meta.xml'),
    join(__dirname, '../../examples/force-app/main/default/labels/CustomLabels.labels-meta.xml')
].filter((file) => existsSync(file));

const LABEL_VALUES = new Map<string, string>();
const pattern = /<fullName>([^<]+)<\/fullName>[\s\S]*?<value>([\s\S]*?)<\/value>/g;
const labelsXml = LABELS_FILES.map((file) => readFileSync(file, 'utf8')).join('\n');
for (const [, name, value] of labelsXml.matchAll(pattern)) {
    // Whitespace folded as a browser renders it (the XML is pretty-printed).
    const text = value
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');
    LABEL_VALUES.set(name, text);
    jest.doMock(`@salesforce/label/c.${name}`, () => ({ __esModule: true, default: text }), {
        virtual: true
    });
}

/** A label's value, for assertions; throws on a name the XML does not have. */
export function label(name: string): string {
    const value = LABEL_VALUES.get(name);
    if (value === undefined) {
        throw new Error(`No Custom Label ${name}`);
    }
    return value;
}
