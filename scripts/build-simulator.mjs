// npm run build:simulator: bundles the local console (simulator/) with the real components from
// force-app, the LWC engine, lightning-base-components and the platform stand-ins into
// dist/simulator/. `npm start` (scripts/start.mjs) builds, serves and watches.
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import { rollup, watch } from 'rollup';
import { KIT_PANELS, hostedComponents } from '../simulator/build/bundles.mjs';
import {
    explainBuildError,
    namespaceC,
    platformTagNames,
    unresolvedImports
} from '../simulator/build/namespaceC.mjs';
import {
    salesforceScopedImports,
    simulatorModules,
    typescriptSources,
    withLwcCaches
} from '../simulator/build/plugins.mjs';
import {
    lightningWebSecurity,
    lightningWebSecurityFromEnv
} from '../simulator/build/lightningWebSecurity.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = join(ROOT, 'dist/simulator');
const LWC_DIR = join(ROOT, 'force-app/main/default/lwc');
const SIM_DIR = join(ROOT, 'simulator');
const STAND_INS_DIR = join(SIM_DIR, 'src/modules');
const FLEXIPAGES_DIR = join(ROOT, 'force-app/main/default/flexipages');

// Warnings about lightning-base-components' own templates (a duplicate slot in card.html, a
// `type` on a div) are theirs to fix; ours are shown.
const IGNORED_WARNINGS = new Set(['CIRCULAR_DEPENDENCY', 'THIS_IS_UNDEFINED']);

function onwarn(warning, warn) {
    const file = warning.loc?.file ?? warning.id ?? '';
    if (IGNORED_WARNINGS.has(warning.code) || file.includes(`node_modules${sep}`)) {
        return;
    }
    warn(warning);
}

// Part of the compile cache key: changes with the LWC and lightning-base-components versions.
const CACHE_VERSION = ['@lwc/rollup-plugin', 'lightning-base-components']
    .map((name) => `${name}@${createRequire(import.meta.url)(`${name}/package.json`).version}`)
    .join(',');

const STUBS_DIR = join(SIM_DIR, 'src/buildStubs');
const BUILD_STUBS = [
    {
        name: '@salesforce/gate/bc.260.enableComboboxElementInternals',
        path: join(STUBS_DIR, 'closedGate.js')
    },
    ...['Action', 'Custom', 'Doctype', 'Standard', 'Utility', ''].map((category) => ({
        name: `lightning/iconSvgTemplates${category}Rtl`,
        path: join(STUBS_DIR, 'emptyIconLibrary.js')
    }))
];

/**
 * The rollup options for the console bundle. `lws`: namespace c in Lightning Web Security's
 * sandbox (default: on, unless the environment says LWS=off).
 */
export function simulatorConfig({ production = false, lws = lightningWebSecurityFromEnv() } = {}) {
    return {
        input: join(SIM_DIR, 'src/main.ts'),
        onwarn,
        plugins: [
            salesforceScopedImports({
                labelsFile: join(
                    ROOT,
                    'force-app/main/default/labels/CustomLabels.labels-meta.xml'
                ),
                translationsDir: join(ROOT, 'force-app/main/default/translations'),
                channelsDir: join(ROOT, 'force-app/main/default/messageChannels')
            }),
            simulatorModules({
                lwcDir: LWC_DIR,
                scenariosDir: join(SIM_DIR, 'scenarios'),
                flexipagesDir: FLEXIPAGES_DIR
            }),
            namespaceC({ lwcDir: LWC_DIR }),
            typescriptSources(),
            replace({
                preventAssignment: true,
                values: {
                    'process.env.NODE_ENV': JSON.stringify(
                        production ? 'production' : 'development'
                    ),
                    'import.meta.env.SSR': 'false'
                }
            }),
            withLwcCaches(
                lwc({
                    rootDir: join(SIM_DIR, 'src'),
                    // The engine, synthetic shadow and the sandbox are plain, prebuilt JavaScript.
                    exclude: [
                        '**/node_modules/@lwc/**',
                        '**/node_modules/@locker/**',
                        '**/node_modules/dompurify/**'
                    ],
                    enableDynamicComponents: true,
                    modules: [
                        // Platform stand-ins first: they win over lightning-base-components' versions.
                        { dir: STAND_INS_DIR },
                        ...BUILD_STUBS,
                        { npm: 'lightning-base-components' }
                    ]
                }),
                { dir: join(ROOT, 'dist/.cache/lwc'), version: CACHE_VERSION }
            ),
            platformTagNames({ lwcDir: LWC_DIR }),
            // After the LWC compiler: the sandbox compiler sees plain JavaScript.
            lightningWebSecurity({ namespaceDirs: [LWC_DIR], enabled: lws, rootDir: ROOT }),
            unresolvedImports({ lwcDir: LWC_DIR, standInsDir: STAND_INS_DIR })
        ],
        output: {
            file: join(OUT_DIR, 'app.js'),
            format: 'es',
            inlineDynamicImports: true,
            sourcemap: false
        },
        watch: {
            include: ['force-app/main/default/**', 'simulator/src/**', 'simulator/scenarios/**'],
            exclude: ['**/__tests__/**', 'node_modules/**'],
            clearScreen: false
        }
    };
}

function copyPage() {
    mkdirSync(OUT_DIR, { recursive: true });
    copyFileSync(join(SIM_DIR, 'src/index.html'), join(OUT_DIR, 'index.html'));
}

/** Names of the components the console hosts, and the bundles it leaves out (and why). */
function hostedNow() {
    const { hosted, skipped } = hostedComponents({
        lwcDir: LWC_DIR,
        flexipagesDir: FLEXIPAGES_DIR
    });
    return { panels: hosted.map(({ name }) => name), skipped };
}

/** Builds once; resolves with timing, size and the components included. */
export async function buildSimulator({ lws = lightningWebSecurityFromEnv(), ...options } = {}) {
    const started = performance.now();
    const config = simulatorConfig({ ...options, lws });
    const bundle = await rollup(config).catch((error) => {
        throw explainBuildError(error, { standInsDir: STAND_INS_DIR });
    });
    try {
        await bundle.write(config.output);
    } finally {
        await bundle.close();
    }
    copyPage();
    return {
        ms: Math.round(performance.now() - started),
        bytes: statSync(config.output.file).size,
        ...hostedNow(),
        lws
    };
}

/** Rebuilds on every change under force-app and simulator; calls back after each build. */
export function watchSimulator({
    onBuilt,
    onError,
    lws = lightningWebSecurityFromEnv(),
    ...options
} = {}) {
    const config = simulatorConfig({ ...options, lws });
    const watcher = watch({ ...config, output: config.output });
    watcher.on('event', (event) => {
        if (event.code === 'BUNDLE_END') {
            copyPage();
            event.result.close();
            onBuilt?.({
                ms: event.duration,
                ...hostedNow(),
                lws
            });
        } else if (event.code === 'ERROR') {
            event.result?.close();
            onError?.(explainBuildError(event.error, { standInsDir: STAND_INS_DIR }));
        }
    });
    return watcher;
}

export function describeBuild({ ms, bytes, panels, skipped = [], lws }) {
    const size = bytes === undefined ? '' : `, ${(bytes / 1024 / 1024).toFixed(1)} MB`;
    const missing = KIT_PANELS.map(({ name }) => name).filter((name) => !panels.includes(name));
    const absent = missing.length ? `; not in force-app yet: ${missing.join(', ')}` : '';
    const left = skipped.length
        ? `; not shown: ${skipped.map(({ name, reason }) => `${name} (${reason})`).join(', ')}`
        : '';
    const security = `Lightning Web Security ${lws ? 'on' : 'off (LWS=off)'}`;
    return `simulator built in ${(ms / 1000).toFixed(1)} s${size}; ${security}; components: ${panels.join(', ') || 'none'}${absent}${left}`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    buildSimulator({ production: process.argv.includes('--production') }).then(
        (result) => console.log(describeBuild(result)),
        (error) => {
            console.error(error.message ?? error);
            process.exit(1);
        }
    );
}
