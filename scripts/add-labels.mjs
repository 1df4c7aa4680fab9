// Adds or updates Custom Labels in force-app/main/default/labels/CustomLabels.labels-meta.xml,
// or in another labels file given second (an example's, a team's own package directory).
// Usage: node scripts/add-labels.mjs labels.json [labels-file]   where the JSON is
//   [{ "name": "VCK_Panel_Key", "value": "Shown text", "description": "Where it shows",
//      "category": "optional, VoiceConsoleKit by default" }, …]
// Idempotent: a label with the same name is replaced. Keeps labels sorted by name.
import { existsSync, mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const file =
    process.argv[3] ??
    join(
        dirname(fileURLToPath(import.meta.url)),
        '../force-app/main/default/labels/CustomLabels.labels-meta.xml'
    );
const escape = (text) =>
    String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const block = ({ name, value, description, category }) =>
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

const additions = JSON.parse(readFileSync(process.argv[2], 'utf8'));
// A labels file not there yet starts empty (a new package directory's first labels).
const xml = existsSync(file) ? readFileSync(file, 'utf8') : '';
const blocks = new Map();
for (const match of xml.matchAll(/ {4}<labels>[\s\S]*?<\/labels>/g)) {
    blocks.set(/<fullName>([^<]+)<\/fullName>/.exec(match[0])[1], match[0]);
}
for (const label of additions) {
    // A Custom Label name as the platform takes it: a letter first, letters, digits and single
    // underscores, not ending in one. The kit's own are VCK_<Component>_<Key>.
    if (
        !/^[A-Za-z](?:_?[A-Za-z0-9])*$/.test(label.name) ||
        label.name.length > 80 ||
        !label.value
    ) {
        throw new Error(`bad label ${JSON.stringify(label)}`);
    }
    if (label.value.length > 1000) {
        throw new Error(`label value over 1000 characters: ${label.name}`);
    }
    blocks.set(label.name, block(label));
}
const body = [...blocks.keys()].sort().map((name) => blocks.get(name));
const next = `<?xml version="1.0" encoding="UTF-8" ?>\n<CustomLabels xmlns="http://soap.sforce.com/2006/04/metadata">\n${body.join('\n')}\n</CustomLabels>\n`;
mkdirSync(dirname(file), { recursive: true });
writeFileSync(`${file}.tmp`, next);
renameSync(`${file}.tmp`, file);
console.log(`${additions.length} label(s) written; ${blocks.size} in all`);
