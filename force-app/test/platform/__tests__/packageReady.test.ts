/**
 * Offline checks that force-app can become an unlocked package version (scripts/package.mjs,
 * README "Install as an unlocked package"): the package is defined in sfdx-project.json as a
 * first version (no ancestor), its version matches package.json, no component is newer than
 * the package's source API version, and nothing that deploys names one org: no record ids, no
 * My Domain or instance host, no username, and every reference between the package's own
 * components resolves inside the package. What needs a Dev Hub (creating and promoting the
 * version) cannot run here.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'fs';
import { join, relative } from 'path';
import { LWC_DIR, PACKAGE_DIR, PROJECT_ROOT, bundleNames } from '../bundles';

interface PackageDirectory {
    path: string;
    default?: boolean;
    package?: string;
    versionName?: string;
    versionNumber?: string;
    versionDescription?: string;
    definitionFile?: string;
    ancestorId?: string;
    ancestorVersion?: string;
}

interface Project {
    packageDirectories: PackageDirectory[];
    namespace: string;
    sourceApiVersion: string;
    packageAliases?: Record<string, string>;
}

const project = JSON.parse(
    readFileSync(join(PROJECT_ROOT, 'sfdx-project.json'), 'utf8')
) as Project;
const npmPackage = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    version: string;
};
const DEFAULT = join(PACKAGE_DIR, 'main', 'default');

/** What deploys: force-app minus what .forceignore keeps out (TypeScript, tests, mocks). */
function deployedFiles(dir: string = PACKAGE_DIR): string[] {
    return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
            return name === '__tests__' || path === join(PACKAGE_DIR, 'test')
                ? []
                : deployedFiles(path);
        }
        return /\.ts$|tsconfig.*\.json$|^\.gitignore$/.test(name) ? [] : [path];
    });
}

describe('the package definition in sfdx-project.json', () => {
    const defining = project.packageDirectories.filter((directory) => directory.package);

    it('defines one unlocked package, on force-app, without a namespace', () => {
        expect(defining.map(({ path, package: name }) => [path, name])).toEqual([
            ['force-app', 'Voice Console Kit']
        ]);
        expect(project.namespace).toBe('');
    });

    it('numbers the next version as package.json does, with no ancestor (managed packages only)', () => {
        const [directory] = defining;
        expect(directory.versionNumber).toMatch(/^\d+\.\d+\.\d+\.NEXT$/);
        expect(directory.versionNumber?.replace(/\.NEXT$/, '')).toBe(npmPackage.version);
        expect(directory.versionName).toBeTruthy();
        expect(directory.versionDescription).toBeTruthy();
        expect(directory.ancestorId).toBeUndefined();
        expect(directory.ancestorVersion).toBeUndefined();
    });

    it('builds the version in an org shaped by the scratch org definition', () => {
        const file = join(PROJECT_ROOT, defining[0].definitionFile ?? '');
        expect(existsSync(file)).toBe(true);
        const definition = JSON.parse(readFileSync(file, 'utf8')) as {
            edition: string;
            features: string[];
            settings?: { languageSettings?: { enableTranslationWorkbench?: boolean } };
        };
        expect(definition.edition).toBeTruthy();
        expect(definition.features).toEqual(expect.arrayContaining(['ServiceCloud']));
        // The package carries Translations, which deploy only where Translation Workbench is on
        // (the build org included).
        expect(definition.settings?.languageSettings?.enableTranslationWorkbench).toBe(true);
    });

    it('aliases only package (0Ho) and version (04t) ids, once sf has created them', () => {
        const aliases = Object.entries(project.packageAliases ?? {});
        const bad = aliases.filter(
            ([alias, id]) =>
                !(alias.includes('@') ? /^04t[0-9A-Za-z]{12,15}$/ : /^0Ho[0-9A-Za-z]{12,15}$/).test(
                    id
                )
        );
        expect(bad).toEqual([]);
    });
});

describe('what the package carries', () => {
    const files = deployedFiles();
    const apiVersion = Number(project.sourceApiVersion);

    it('finds the files that deploy', () => {
        const names = files.map((file) => relative(DEFAULT, file));
        expect(names).toEqual(
            expect.arrayContaining([
                'labels/CustomLabels.labels-meta.xml',
                'translations/de.translation-meta.xml',
                'lwc/voiceEventBus/voiceEventBus.js'
            ])
        );
        expect(names.filter((name) => name.endsWith('.ts'))).toEqual([]);
    });

    it('has no component newer than the source API version', () => {
        const newer = files
            .filter((file) => file.endsWith('-meta.xml'))
            .map((file) => [
                relative(DEFAULT, file),
                /<apiVersion>([\d.]+)<\/apiVersion>/.exec(readFileSync(file, 'utf8'))?.[1]
            ])
            .filter(([, version]) => version !== undefined && Number(version) > apiVersion);
        expect(newer).toEqual([]);
    });

    it('names no org: no record ids, hosts of one org, usernames or email addresses', () => {
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
        const found = files.flatMap((file) => {
            const text = readFileSync(file, 'utf8');
            return ORG_SPECIFIC.flatMap(([what, pattern]) => {
                const match = pattern.exec(text);
                return match ? [`${relative(DEFAULT, file)}: ${what} ${match[0]}`] : [];
            });
        });
        expect(found).toEqual([]);
    });

    it('refers only to its own components or to standard ones', () => {
        const read = (path: string): string => readFileSync(join(DEFAULT, path), 'utf8');
        const values = (xml: string, tag: string): string[] =>
            [...xml.matchAll(new RegExp(`<${tag}>([^<]+)</${tag}>`, 'g'))].map((match) => match[1]);
        const app = read('applications/Voice_Console_Kit.app-meta.xml');
        const utilityBar = values(app, 'utilityBar');
        expect(
            utilityBar.filter(
                (page) => !existsSync(join(DEFAULT, 'flexipages', `${page}.flexipage-meta.xml`))
            )
        ).toEqual([]);
        expect(values(app, 'tabs').filter((tab) => !tab.startsWith('standard-'))).toEqual([]);
        const flexipageComponents = readdirSync(join(DEFAULT, 'flexipages')).flatMap((page) =>
            values(read(`flexipages/${page}`), 'componentName')
        );
        expect(flexipageComponents.length).toBeGreaterThan(0);
        expect(flexipageComponents.filter((name) => !bundleNames().includes(name))).toEqual([]);
        const apps = values(
            read('permissionsets/Voice_Console_Kit.permissionset-meta.xml'),
            'application'
        );
        expect(
            apps.filter(
                (name) => !existsSync(join(DEFAULT, 'applications', `${name}.app-meta.xml`))
            )
        ).toEqual([]);
        // Every c/ module a bundle imports ships in the package.
        const imported = bundleNames().flatMap((bundle) =>
            readdirSync(join(LWC_DIR, bundle))
                .filter((file) => file.endsWith('.js'))
                .flatMap((file) => [
                    ...readFileSync(join(LWC_DIR, bundle, file), 'utf8').matchAll(
                        /from\s+['"]c\/(\w+)['"]/g
                    )
                ])
                .map((match) => match[1])
        );
        expect(imported.filter((name) => !bundleNames().includes(name))).toEqual([]);
    });
});
