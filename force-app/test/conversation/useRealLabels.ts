/**
 * Makes `@salesforce/label/c.*` imports return their values from CustomLabels.labels-meta.xml
 * (the Jest transformer's default is the label's name), so tests read what a user reads and
 * `{0}` placeholders get filled. Import this before the component under test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const file = join(__dirname, '../../main/default/labels/CustomLabels.labels-meta.xml');
const decode = (text: string): string =>
    text
        .trim()
        .replace(/\s+/g, ' ')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');

const pattern = /<fullName>([^<]+)<\/fullName>[\s\S]*?<value>([\s\S]*?)<\/value>/g;
for (const [, name, value] of readFileSync(file, 'utf8').matchAll(pattern)) {
    const text = decode(value);
    jest.doMock(`@salesforce/label/c.${name}`, () => ({ __esModule: true, default: text }), {
        virtual: true
    });
}
