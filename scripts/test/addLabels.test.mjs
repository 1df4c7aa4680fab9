// scripts/add-labels.mjs on a throwaway package directory: labels and their translations land in
// the files a retrieve would write, sorted, escaped, replaced by name; a language left out is
// reported; a bad name or language code writes nothing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseLabels, parseTranslations } from '../../simulator/build/labels.mjs';

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), '../add-labels.mjs');

let dir;
let labelsFile;
const translationFile = (language) =>
    join(dir, 'main/default/translations', `${language}.translation-meta.xml`);

beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vck-labels-'));
    labelsFile = join(dir, 'main/default/labels/CustomLabels.labels-meta.xml');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function add(labels) {
    const input = join(dir, 'input.json');
    writeFileSync(input, JSON.stringify(labels));
    return spawnSync(process.execPath, [SCRIPT, input, labelsFile], { encoding: 'utf8' });
}

describe('add-labels', () => {
    it('writes labels and translations sorted by name, escaped, read back as written', () => {
        const result = add([
            {
                name: 'Team_Panel_Title',
                value: 'Queue & wait <now>',
                description: 'Panel title',
                translations: { de: 'Warteschlange & Wartezeit', fr: 'File « attente »' }
            },
            {
                name: 'Team_Panel_Count',
                value: '{0} waiting',
                translations: { de: '{0} wartend', fr: '{0} en attente' }
            }
        ]);
        assert.equal(result.status, 0, result.stderr);
        const labels = parseLabels(readFileSync(labelsFile, 'utf8'));
        assert.deepEqual([...labels.keys()], ['Team_Panel_Count', 'Team_Panel_Title']);
        assert.equal(labels.get('Team_Panel_Title'), 'Queue & wait <now>');
        const german = readFileSync(translationFile('de'), 'utf8');
        assert.match(german, /^<\?xml version="1.0" encoding="UTF-8" \?>\n<Translations /);
        assert.deepEqual(
            [...parseTranslations(german)],
            [
                ['Team_Panel_Count', '{0} wartend'],
                ['Team_Panel_Title', 'Warteschlange & Wartezeit']
            ]
        );
        assert.equal(
            parseTranslations(readFileSync(translationFile('fr'), 'utf8')).get('Team_Panel_Title'),
            'File « attente »'
        );
    });

    it('replaces a label and its translations by name, keeping the others', () => {
        add([{ name: 'A_One', value: 'One', translations: { de: 'Eins' } }]);
        add([{ name: 'B_Two', value: 'Two', translations: { de: 'Zwei' } }]);
        const result = add([{ name: 'A_One', value: 'First', translations: { de: 'Erste' } }]);
        assert.equal(result.status, 0, result.stderr);
        assert.deepEqual(
            [...parseLabels(readFileSync(labelsFile, 'utf8'))],
            [
                ['A_One', 'First'],
                ['B_Two', 'Two']
            ]
        );
        assert.deepEqual(
            [...parseTranslations(readFileSync(translationFile('de'), 'utf8'))],
            [
                ['A_One', 'Erste'],
                ['B_Two', 'Zwei']
            ]
        );
    });

    it('reports a label left untranslated in a language that has a file', () => {
        add([{ name: 'A_One', value: 'One', translations: { de: 'Eins', ja: '一' } }]);
        const result = add([{ name: 'B_Two', value: 'Two', translations: { de: 'Zwei' } }]);
        assert.equal(result.status, 0);
        assert.match(result.stderr, /No translation.*B_Two \(ja\)/);
    });

    it('drops the translations of a reworded label, keeps those of one re-added unchanged', () => {
        add([{ name: 'A_Hold', value: 'Hold {0}', translations: { de: 'Halten: {0}' } }]);
        add([{ name: 'A_Hold', value: 'Hold {0}' }]);
        const german = () => parseTranslations(readFileSync(translationFile('de'), 'utf8'));
        assert.equal(german().get('A_Hold'), 'Halten: {0}');
        const result = add([{ name: 'A_Hold', value: 'Put {0} on hold' }]);
        assert.equal(result.status, 0);
        assert.equal(german().has('A_Hold'), false, 'the old German wording is gone');
        assert.match(result.stderr, /No translation.*A_Hold \(de\)/);
    });

    it('refuses a bad label name or language code, and writes nothing', () => {
        for (const label of [
            { name: 'Bad__Name', value: 'x' },
            { name: 'Good_Name', value: 'x', translations: { 'de-DE': 'y' } },
            { name: 'Good_Name', value: 'x', translations: { de: '' } }
        ]) {
            const result = add([label]);
            assert.equal(result.status, 1, JSON.stringify(label));
            assert.equal(existsSync(labelsFile), false);
        }
    });
});
