/**
 * Makes `@salesforce/label/c.*` imports resolve to their values in CustomLabels.labels-meta.xml
 * for this test file (sfdx-lwc-jest resolves a label to its own name, 'c.X', which drops the
 * {0} placeholders). Import it before the component under test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const LABELS_FILE = join(__dirname, '../../main/default/labels/CustomLabels.labels-meta.xml');

function unescapeXml(text: string): string {
    return text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');
}

function readLabels(): Map<string, string> {
    const xml = readFileSync(LABELS_FILE, 'utf8');
    const labels = new Map<string, string>();
    for (const match of xml.matchAll(/<labels>([\s\S]*?)<\/labels>/g)) {
        const name = /<fullName>([^<]+)<\/fullName>/.exec(match[1])?.[1];
        const value = /<value>([\s\S]*?)<\/value>/.exec(match[1])?.[1];
        if (name && value !== undefined) {
            labels.set(name, unescapeXml(value).replace(/\s+/g, ' ').trim());
        }
    }
    return labels;
}

const LABEL_VALUES = readLabels();

for (const [name, value] of LABEL_VALUES) {
    jest.doMock(`@salesforce/label/c.${name}`, () => ({ default: value }), { virtual: true });
}

/** A label's value, for assertions; throws on a name the XML does not have. */
export function label(name: string): string {
    const value = LABEL_VALUES.get(name);
    if (value === undefined) {
        throw new Error(`No Custom Label ${name}`);
    }
    return value;
}
