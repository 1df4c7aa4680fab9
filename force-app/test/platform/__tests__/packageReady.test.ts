/**
 * Offline checks that force-app can become an unlocked package version (scripts/package.mjs,
 * README "Install as an unlocked package"): the package is defined in sfdx-project.json, its
 * version matches package.json, and every reference between the package's own components
 * resolves inside the package. That what deploys names no org and no component is newer than
 * the source API version is checked on the converted metadata, in metadata.test.ts. What needs a Dev Hub (creating and promoting the
 * version) cannot run here.
 */
import { existsSync, readFileSync, readdirSync } from 'fs';
import { join } from 'path';
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
