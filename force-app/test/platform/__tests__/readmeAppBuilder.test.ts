/**
 * The README's App Builder table lists, per panel, exactly the design attributes its
 * js-meta.xml offers (label and default), so an admin reading it finds every setting, such as
 * "Keep transcript and notes after a page refresh" on each panel it affects, where App Builder
 * shows it.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { KIT_PANELS, LWC_DIR } from '../bundles';

const README = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');

/** Rows of the table under "Add the panels in App Builder": panel → "label | default". */
function readmeAttributes(): Map<string, string[]> {
    const section = README.split('## Add the panels in App Builder')[1].split('\n## ')[0];
    const rows = section
        .split('\n')
        .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
        .slice(1)
        .map((line) => line.split('|').map((cell) => cell.trim()));
    const byPanel = new Map<string, string[]>();
    let panel = '';
    for (const [, name, attribute, fallback] of rows) {
        panel = name || panel;
        byPanel.set(panel, [...(byPanel.get(panel) ?? []), `${attribute} | ${fallback}`]);
    }
    return byPanel;
}

/**
 * What App Builder shows per kit panel: masterLabel → "label | default" (on/off, – for '').
 * A team's own bundle in force-app is not in the kit's README, so it is not asked for here.
 */
function metaAttributes(): Map<string, string[]> {
    const byPanel = new Map<string, string[]>();
    for (const bundle of KIT_PANELS) {
        const xml = readFileSync(join(LWC_DIR, bundle, `${bundle}.js-meta.xml`), 'utf8');
        if (!/<isExposed>true<\/isExposed>/.test(xml)) {
            continue;
        }
        const masterLabel = /<masterLabel>([^<]+)<\/masterLabel>/.exec(xml)![1].trim();
        const properties = [...xml.matchAll(/<property\b([\s\S]*?)\/>/g)].map(([, body]) => {
            const attribute = (name: string) =>
                new RegExp(`\\b${name}="([^"]*)"`).exec(body)?.[1] ?? '';
            const fallback = attribute('default');
            const shown =
                fallback === 'true' ? 'on' : fallback === 'false' ? 'off' : fallback || '–';
            return `${attribute('label')} | ${shown}`;
        });
        byPanel.set(masterLabel, properties);
    }
    return byPanel;
}

it("lists every panel's design attributes as its js-meta.xml declares them", () => {
    expect(Object.fromEntries(readmeAttributes())).toEqual(Object.fromEntries(metaAttributes()));
});
