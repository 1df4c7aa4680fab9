/**
 * What a deploy would send: force-app converted to Metadata API format with
 * @salesforce/source-deploy-retrieve, offline, honouring .forceignore. Every bundle, the
 * message channel, the labels and the sample console (app, utility bar, permission set) must be
 * in it; TypeScript sources, tests and the Jest mocks
 * under force-app/test must not. SDR runs in a child Node process, as the sf CLI runs it: it
 * needs Node's globals and export conditions, which Jest's jsdom environment replaces (and it
 * takes a second or two to load, so it lives in this one file).
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative, sep } from 'path';
import {
    LWC_DIR,
    PACKAGE_DIR,
    PROJECT_ROOT,
    TRANSLATED_LANGUAGES,
    bundleFiles,
    bundleNames
} from '../bundles';

const TEST_DIR = join(PACKAGE_DIR, 'test');
const SOURCE_API_VERSION = (
    JSON.parse(readFileSync(join(PROJECT_ROOT, 'sfdx-project.json'), 'utf8')) as {
        sourceApiVersion: string;
    }
).sourceApiVersion;

function filesUnder(root: string): string[] {
    return readdirSync(root).flatMap((name) => {
        const path = join(root, name);
        return statSync(path).isDirectory()
            ? filesUnder(path).map((file) => `${name}/${file}`)
            : [name];
    });
}

/** A resolved source component and every source path it would deploy. */
interface ResolvedComponent {
    type: string;
    fullName: string;
    paths: string[];
}

/**
 * Run by `node -e` with the project as working directory: resolves force-app (honouring
 * .forceignore), converts it to Metadata API format and prints what it resolved as JSON.
 */
const CONVERT = `
const { statSync, readdirSync } = require('fs');
const { join } = require('path');
const { ComponentSet, MetadataConverter } = require('@salesforce/source-deploy-retrieve');
const walk = (dir) => readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
});
const pathsOf = (component) => [
    component.xml,
    component.content,
    ...(component.content && statSync(component.content).isDirectory() ? walk(component.content) : []),
    ...component.getChildren().flatMap(pathsOf)
].filter(Boolean);
(async () => {
    const set = ComponentSet.fromSource(process.env.VCK_SOURCE);
    // As sf project deploy and sf package version create take it: sfdx-project.json's version.
    set.sourceApiVersion = process.env.VCK_API_VERSION;
    await new MetadataConverter().convert(set, 'metadata', {
        type: 'directory',
        outputDirectory: process.env.VCK_OUTPUT,
        genUniqueDir: false
    });
    const components = set.getSourceComponents().toArray().map((component) => ({
        type: component.type.name,
        fullName: component.fullName,
        paths: pathsOf(component)
    }));
    process.stdout.write(JSON.stringify(components));
})().catch((error) => {
    console.error(error);
    process.exit(1);
});
`;

let outputDir = '';
let components: ResolvedComponent[] = [];
let converted: string[] = [];

beforeAll(() => {
    outputDir = mkdtempSync(join(tmpdir(), 'vck-mdapi-'));
    const run = spawnSync(process.execPath, ['-e', CONVERT], {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        timeout: 120000,
        env: {
            ...process.env,
            VCK_SOURCE: PACKAGE_DIR,
            VCK_OUTPUT: outputDir,
            VCK_API_VERSION: SOURCE_API_VERSION,
            SF_DISABLE_TELEMETRY: 'true',
            SF_AUTOUPDATE_DISABLE: 'true'
        }
    });
    if (run.status !== 0) {
        throw new Error(`metadata conversion failed:\n${run.stderr || run.error}`);
    }
    components = JSON.parse(run.stdout) as ResolvedComponent[];
    converted = filesUnder(outputDir).sort();
}, 120000);

afterAll(() => {
    if (outputDir) {
        rmSync(outputDir, { recursive: true, force: true });
    }
});

describe('metadata conversion of force-app', () => {
    it('resolves the bundles, the channel and the labels, and nothing from force-app/test', () => {
        const names = components.map((component) => `${component.type}:${component.fullName}`);
        expect(names).toEqual(
            expect.arrayContaining([
                ...bundleNames().map((bundle) => `LightningComponentBundle:${bundle}`),
                'LightningMessageChannel:VoiceConsoleEvent',
                'CustomLabels:CustomLabels'
            ])
        );
        const fromTests = components
            .flatMap((component) => component.paths)
            .filter((path) => path === TEST_DIR || path.startsWith(TEST_DIR + sep))
            .map((path) => relative(PACKAGE_DIR, path));
        expect(fromTests).toEqual([]);
        expect(converted).toContain('package.xml');
    });

    it('contains no TypeScript, no tests and no Jest mocks', () => {
        expect(converted.filter((file) => file.endsWith('.ts'))).toEqual([]);
        expect(converted.filter((file) => file.includes('__tests__'))).toEqual([]);
        expect(converted.filter((file) => /tsconfig|jest|platform\//i.test(file))).toEqual([]);
    });

    it('contains exactly the bundles of force-app/main/default/lwc', () => {
        const convertedBundles = [
            ...new Set(
                converted
                    .filter((file) => file.startsWith('lwc/'))
                    .map((file) => file.split('/')[1])
            )
        ].sort();
        expect(convertedBundles).toEqual(bundleNames());
    });

    it.each(bundleNames().map((bundle) => [bundle]))(
        '%s carries its JavaScript, templates, styles and metadata, and nothing else',
        (bundle) => {
            const expected = bundleFiles(bundle)
                .filter((file) => !file.endsWith('.ts') && !/^tsconfig.*\.json$/.test(file))
                .map((file) => `lwc/${bundle}/${file.split(sep).join('/')}`)
                .sort();
            const actual = converted.filter((file) => file.startsWith(`lwc/${bundle}/`));
            expect(actual).toEqual(expected);
            expect(actual).toEqual(
                expect.arrayContaining([
                    `lwc/${bundle}/${bundle}.js`,
                    `lwc/${bundle}/${bundle}.js-meta.xml`
                ])
            );
        }
    );

    it('contains the VoiceConsoleEvent message channel', () => {
        expect(converted).toContain('messageChannels/VoiceConsoleEvent.messageChannel');
        const channel = readFileSync(
            join(outputDir, 'messageChannels/VoiceConsoleEvent.messageChannel'),
            'utf8'
        );
        expect(channel).toContain('<masterLabel>Voice Console Event</masterLabel>');
    });

    it('contains every custom label a bundle imports', () => {
        expect(converted).toContain('labels/CustomLabels.labels');
        const labels = readFileSync(join(outputDir, 'labels/CustomLabels.labels'), 'utf8');
        const defined = new Set(
            [...labels.matchAll(/<fullName>([^<]+)<\/fullName>/g)].map((match) => match[1])
        );
        const imported = new Set(
            bundleNames().flatMap((bundle) =>
                bundleFiles(bundle)
                    .filter((file) => file.endsWith('.js'))
                    .flatMap((file) => [
                        ...readFileSync(join(LWC_DIR, bundle, file), 'utf8').matchAll(
                            /@salesforce\/label\/c\.([A-Za-z0-9_]+)/g
                        )
                    ])
                    .map((match) => match[1])
            )
        );
        expect(imported.size).toBeGreaterThan(0);
        expect([...imported].filter((name) => !defined.has(name)).sort()).toEqual([]);
    });

    it("declares the package's source API version in package.xml", () => {
        const manifest = readFileSync(join(outputDir, 'package.xml'), 'utf8');
        expect(manifest).toContain(`<version>${SOURCE_API_VERSION}</version>`);
    });

    it('carries the label translations of every language', () => {
        const names = components.map((component) => `${component.type}:${component.fullName}`);
        expect(names).toEqual(
            expect.arrayContaining(
                TRANSLATED_LANGUAGES.map((language) => `Translations:${language}`)
            )
        );
        expect(converted.filter((file) => file.startsWith('translations/')).sort()).toEqual(
            TRANSLATED_LANGUAGES.map((language) => `translations/${language}.translation`)
        );
        const german = readFileSync(join(outputDir, 'translations/de.translation'), 'utf8');
        expect(german).toContain('<name>VCK_CallStatus_Hold</name>');
    });

    it('has no component newer than the source API version', () => {
        const newer = converted
            .map((file) => [
                file,
                /<apiVersion>([\d.]+)<\/apiVersion>/.exec(
                    readFileSync(join(outputDir, file), 'utf8')
                )?.[1]
            ])
            .filter(
                ([, version]) =>
                    version !== undefined && Number(version) > Number(SOURCE_API_VERSION)
            );
        expect(converted.filter((file) => file.endsWith('.js-meta.xml')).length).toBeGreaterThan(0);
        expect(newer).toEqual([]);
    });

    it('names no org (a package installs anywhere): no record ids, hosts of one org, usernames', () => {
        const ORG_SPECIFIC: Array<[string, RegExp]> = [
            // 15/18-character ids of the kinds metadata could carry: users, orgs, groups,
            // profiles, permission sets, records (0LQ VoiceCall), packages.
            [
                'record id',
                /\b(?:005|00D|00G|00e|0PS|0LQ|0Ho|04t|001|003|500)[0-9A-Za-z]{12}(?:[0-9A-Za-z]{3})?\b/
            ],
            [
                'My Domain or instance host',
                /[\w-]+\.(?:my\.salesforce|lightning\.force|my\.site|force)\.com/i
            ],
            ['instance', /\b(?:na|eu|ap|cs|um|usa)\d{1,3}\.salesforce\.com/i],
            ['email or username', /[\w.+-]+@[\w-]+\.[\w.-]*[a-z]{2,}/i]
        ];
        const found = converted.flatMap((file) => {
            const text = readFileSync(join(outputDir, file), 'utf8');
            return ORG_SPECIFIC.flatMap(([what, pattern]) => {
                const match = pattern.exec(text);
                return match ? [`${file}: ${what} ${match[0]}`] : [];
            });
        });
        expect(found).toEqual([]);
    });

    it('contains the sample console app, its utility bar and the permission set', () => {
        const names = components.map((component) => `${component.type}:${component.fullName}`);
        expect(names).toEqual(
            expect.arrayContaining([
                'CustomApplication:Voice_Console_Kit',
                'FlexiPage:Voice_Console_Kit_UtilityBar',
                'PermissionSet:Voice_Console_Kit'
            ])
        );
        expect(converted).toEqual(
            expect.arrayContaining([
                'applications/Voice_Console_Kit.app',
                'flexipages/Voice_Console_Kit_UtilityBar.flexipage',
                'permissionsets/Voice_Console_Kit.permissionset'
            ])
        );
        const app = readFileSync(join(outputDir, 'applications/Voice_Console_Kit.app'), 'utf8');
        expect(app).toContain('<utilityBar>Voice_Console_Kit_UtilityBar</utilityBar>');
        const permissionSet = readFileSync(
            join(outputDir, 'permissionsets/Voice_Console_Kit.permissionset'),
            'utf8'
        );
        expect(permissionSet).toMatch(
            /<applicationVisibilities>\s*<application>Voice_Console_Kit<\/application>\s*<visible>true<\/visible>/
        );
    });

    it('puts only exposed utility-bar panels in the utility bar, loaded eagerly', () => {
        const flexipage = readFileSync(
            join(outputDir, 'flexipages/Voice_Console_Kit_UtilityBar.flexipage'),
            'utf8'
        );
        const items = flexipage.split('<componentInstance>').slice(1);
        const panels = items.map((item) => /<componentName>([^<]+)</.exec(item)?.[1] ?? '');
        expect(panels.sort()).toEqual(
            ['callStatusPanel', 'liveTranscript', 'notesFeed', 'supervisorFlagBoard'].sort()
        );
        for (const [index, item] of items.entries()) {
            const meta = readFileSync(
                join(LWC_DIR, panels[index], `${panels[index]}.js-meta.xml`),
                'utf8'
            );
            expect(meta).toContain('<isExposed>true</isExposed>');
            expect(meta).toContain('<target>lightning__UtilityBar</target>');
            // eager = "Start automatically": the toolkit listener and the flag count are live
            // before anyone opens the item.
            expect(item).toMatch(/<name>eager<\/name>\s*<type>decorator<\/type>\s*<value>true</);
        }
    });

    it('lists every bundle, the channel and the labels in package.xml', () => {
        const manifest = readFileSync(join(outputDir, 'package.xml'), 'utf8');
        const membersOf = (type: string): string[] => {
            const block = manifest
                .split('<types>')
                .find((section) => section.includes(`<name>${type}</name>`));
            return [...(block ?? '').matchAll(/<members>([^<]+)<\/members>/g)]
                .map((match) => match[1])
                .sort();
        };
        expect(membersOf('LightningComponentBundle')).toEqual(bundleNames());
        expect(membersOf('LightningMessageChannel')).toContain('VoiceConsoleEvent');
        expect(membersOf('CustomLabels')).toEqual(['CustomLabels']);
        expect(membersOf('CustomApplication')).toEqual(['Voice_Console_Kit']);
        expect(membersOf('FlexiPage')).toEqual(['Voice_Console_Kit_UtilityBar']);
        expect(membersOf('PermissionSet')).toEqual(['Voice_Console_Kit']);
    });
});
