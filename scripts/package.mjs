// npm run package -- <step> [options]: the unlocked package's life cycle with the Salesforce CLI.
// The package (name, path, version number, description) is defined once, in sfdx-project.json.
//
//   create                       registers the package in the Dev Hub (once; sf then writes its
//                                0Ho id into sfdx-project.json's packageAliases: commit that)
//   version                      builds the platform JavaScript and creates a version (04t…)
//   promote <04t…|alias>         marks a version released, so production orgs can install it
//   install <04t…|alias>         installs a version in --target-org and assigns the permission set
//
// Options: --dev-hub <alias> (default: $SF_DEV_HUB, else the CLI's default Dev Hub),
// --target-org <alias> (install), --installation-key <key> or $VCK_INSTALLATION_KEY (version and
// install; default: none; never printed),
// --wait <minutes>, --no-build (version, right after npm run build), --dry-run (print the sf
// commands, run nothing). Every step needs a Dev Hub or an org, so none runs offline but --dry-run.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PERMISSION_SET = 'Voice_Console_Kit';
const STEPS = ['create', 'version', 'promote', 'install'];

/** The package directory that defines the package (sfdx-project.json). */
export function packageDefinition(project) {
    const directory = project.packageDirectories.find((entry) => entry.package);
    if (!directory) {
        throw new Error('sfdx-project.json defines no package (packageDirectories[].package).');
    }
    return directory;
}

function parseArguments(argv) {
    const options = { build: true, dryRun: false, positional: [] };
    const valued = {
        '--dev-hub': 'devHub',
        '--target-org': 'targetOrg',
        '--installation-key': 'installationKey',
        '--wait': 'wait'
    };
    for (let index = 0; index < argv.length; index++) {
        const argument = argv[index];
        if (Object.hasOwn(valued, argument)) {
            const value = argv[++index];
            if (value === undefined || value.startsWith('--')) {
                throw new Error(`${argument} needs a value`);
            }
            options[valued[argument]] = value;
        } else if (argument === '--dry-run') {
            options.dryRun = true;
        } else if (argument === '--no-build') {
            options.build = false;
        } else if (argument.startsWith('--')) {
            throw new Error(`unknown option ${argument}`);
        } else {
            options.positional.push(argument);
        }
    }
    return options;
}

/** The sf command lines of a step, in order. */
export function commandsFor(step, options, definition) {
    const devHub = options.devHub ?? process.env.SF_DEV_HUB;
    const hub = devHub ? ['--target-dev-hub', devHub] : [];
    const key = options.installationKey
        ? ['--installation-key', options.installationKey]
        : ['--installation-key-bypass'];
    const subject = options.positional[0];
    switch (step) {
        case 'create':
            return [
                [
                    'package',
                    'create',
                    '--name',
                    definition.package,
                    '--package-type',
                    'Unlocked',
                    '--path',
                    definition.path,
                    '--no-namespace',
                    '--description',
                    definition.versionDescription ?? definition.package,
                    ...hub,
                    '--json'
                ]
            ];
        case 'version':
            // --code-coverage: promote requires a version validated with it (there is no Apex,
            // so it only runs the validation).
            return [
                [
                    'package',
                    'version',
                    'create',
                    '--package',
                    definition.package,
                    ...key,
                    '--code-coverage',
                    '--wait',
                    options.wait ?? '60',
                    ...hub,
                    '--json'
                ]
            ];
        case 'promote':
            requireSubject(step, subject);
            return [
                [
                    'package',
                    'version',
                    'promote',
                    '--package',
                    subject,
                    '--no-prompt',
                    ...hub,
                    '--json'
                ]
            ];
        case 'install': {
            requireSubject(step, subject);
            const org = options.targetOrg ? ['--target-org', options.targetOrg] : [];
            return [
                [
                    'package',
                    'install',
                    '--package',
                    subject,
                    ...(options.installationKey
                        ? ['--installation-key', options.installationKey]
                        : []),
                    '--security-type',
                    'AdminsOnly',
                    '--wait',
                    options.wait ?? '20',
                    '--publish-wait',
                    '10',
                    '--no-prompt',
                    ...org,
                    '--json'
                ],
                ['org', 'assign', 'permset', '--name', PERMISSION_SET, ...org, '--json']
            ];
        }
        default:
            throw new Error(`unknown step ${JSON.stringify(step)}: one of ${STEPS.join(', ')}`);
    }
}

function requireSubject(step, subject) {
    if (!subject) {
        throw new Error(
            `${step} needs the version: its 04t… id or its alias (e.g. "Voice Console Kit@0.1.0-1")`
        );
    }
}

/** A command line to show: the installation key masked, the rest quoted for a POSIX shell. */
function shown(args) {
    return ['sf', ...args]
        .map((argument, index, all) =>
            all[index - 1] === '--installation-key'
                ? '****'
                : /^[\w@./:=-]+$/.test(argument)
                  ? argument
                  : `'${argument.replace(/'/g, "'\\''")}'`
        )
        .join(' ');
}

/** Runs sf; returns its parsed --json answer, or throws with the CLI's own message. */
function runSf(args) {
    const result = spawnSync('sf', args, {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, SF_DISABLE_TELEMETRY: 'true', SF_AUTOUPDATE_DISABLE: 'true' }
    });
    if (result.error) {
        throw new Error(
            result.error.code === 'ENOENT'
                ? 'The Salesforce CLI (sf) is not installed: npm install --global @salesforce/cli'
                : result.error.message
        );
    }
    let answer;
    try {
        answer = JSON.parse(result.stdout);
    } catch {
        throw new Error(
            `sf ${args.slice(0, 3).join(' ')} failed:\n${result.stderr || result.stdout}`
        );
    }
    if (result.status !== 0 || answer.status !== 0) {
        throw new Error(
            `sf ${args.slice(0, 3).join(' ')} failed: ${answer.message ?? result.stderr}`
        );
    }
    return answer.result;
}

/** What to tell the user after a step, from the CLI's answer. */
function afterStep(step, result, options) {
    switch (step) {
        case 'create':
            return `Package created: ${result?.Id ?? '(id in sfdx-project.json)'}. sf added it to packageAliases in sfdx-project.json: commit that file.`;
        case 'version': {
            const id = result?.SubscriberPackageVersionId;
            return [
                `Version created: ${id} (sf added its alias to sfdx-project.json: commit that file).`,
                `Try it in a sandbox or scratch org: npm run package -- install ${id} --target-org <alias>`,
                `Release it for production orgs: npm run package -- promote ${id}`
            ].join('\n');
        }
        case 'promote':
            return `Promoted ${options.positional[0]}: production orgs can install it now.`;
        case 'install':
            return `Installed ${options.positional[0]} and assigned the ${PERMISSION_SET} permission set.`;
        default:
            return '';
    }
}

function main() {
    const [step, ...rest] = process.argv.slice(2);
    const options = parseArguments(rest);
    // From the environment, so the key stays out of shell history (--installation-key wins).
    options.installationKey ??= process.env.VCK_INSTALLATION_KEY || undefined;
    const project = JSON.parse(readFileSync(join(ROOT, 'sfdx-project.json'), 'utf8'));
    const definition = packageDefinition(project);
    const commands = commandsFor(step, options, definition);
    if (options.dryRun) {
        for (const args of commands) {
            console.log(shown(args));
        }
        return;
    }
    // A version is built from what is on disk: the JavaScript npm run build emits must be there
    // and current, or the package would carry stale or no component code.
    if (step === 'version' && options.build) {
        const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
        if (build.status !== 0) {
            throw new Error('npm run build failed: no version created.');
        }
    }
    let result;
    for (const args of commands) {
        console.log(`$ ${shown(args)}`);
        if (args[1] === 'version' || args[1] === 'install') {
            console.log('  (this takes minutes: the CLI answers when the Dev Hub or org is done)');
        }
        result = runSf(args);
        if (args[0] === 'package') {
            console.log(afterStep(step, result, options));
        }
    }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    try {
        main();
    } catch (error) {
        console.error(error.message);
        process.exit(1);
    }
}
