// scripts/package.mjs up to the Dev Hub: the sf command lines each step runs, read from
// sfdx-project.json, and what it does with the CLI's answers, against a stand-in `sf` on PATH
// that records its arguments and answers as the CLI's --json does. The real Dev Hub steps
// cannot run here (no org); README "Install as an unlocked package" says what remains.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const SCRIPT = join(ROOT, 'scripts/package.mjs');
const VERSION_ID = '04t5g000000AbCdAAK';

let bin;
let log;

before(() => {
    bin = mkdtempSync(join(tmpdir(), 'vck-fake-sf-'));
    log = join(bin, 'calls.jsonl');
    // Answers as sf --json does: {status, result} on success, {status: 1, message} on failure.
    const fake = `#!/usr/bin/env node
const { appendFileSync } = require('node:fs');
const args = process.argv.slice(2);
appendFileSync(${JSON.stringify(log)}, JSON.stringify(args) + '\\n');
const said = (result) => { process.stdout.write(JSON.stringify({ status: 0, result })); };
const command = args.slice(0, 3).join(' ');
if (process.env.FAKE_SF_FAIL) {
    process.stdout.write(JSON.stringify({ status: 1, name: 'NoDefaultDevHubError', message: process.env.FAKE_SF_FAIL }));
    process.exit(1);
}
if (command.startsWith('package create')) said({ Id: '0Ho5g000000AbCdCAK' });
else if (command === 'package version create') said({ Status: 'Success', SubscriberPackageVersionId: '${VERSION_ID}' });
else if (command === 'package version promote') said({ id: '${VERSION_ID}', success: true });
else if (command.startsWith('package install')) said({ Status: 'SUCCESS' });
else if (command.startsWith('org assign permset')) said({ successes: [], failures: [] });
else { process.stdout.write(JSON.stringify({ status: 1, message: 'unexpected ' + command })); process.exit(1); }
`;
    writeFileSync(join(bin, 'sf'), fake);
    chmodSync(join(bin, 'sf'), 0o755);
});

after(() => rmSync(bin, { recursive: true, force: true }));

function run(args, env = {}) {
    writeFileSync(log, '');
    const result = spawnSync(process.execPath, [SCRIPT, ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, SF_DEV_HUB: '', ...env }
    });
    const calls = readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line));
    return { ...result, calls };
}

const definition = JSON.parse(readFileSync(join(ROOT, 'sfdx-project.json'), 'utf8'))
    .packageDirectories[0];

describe('npm run package', () => {
    it('create registers the unlocked package of sfdx-project.json, without a namespace', () => {
        const { status, calls, stdout } = run(['create', '--dev-hub', 'hub']);
        assert.equal(status, 0);
        assert.deepEqual(calls, [
            [
                'package',
                'create',
                '--name',
                definition.package,
                '--package-type',
                'Unlocked',
                '--path',
                'force-app',
                '--no-namespace',
                '--description',
                definition.versionDescription,
                '--target-dev-hub',
                'hub',
                '--json'
            ]
        ]);
        assert.match(stdout, /packageAliases in sfdx-project.json: commit that file/);
    });

    it('version creates a validated version and says how to install and promote it', () => {
        const { status, calls, stdout } = run(['version', '--no-build'], { SF_DEV_HUB: 'envhub' });
        assert.equal(status, 0);
        assert.equal(calls.length, 1);
        const [args] = calls;
        assert.deepEqual(args.slice(0, 5), [
            'package',
            'version',
            'create',
            '--package',
            definition.package
        ]);
        for (const flag of ['--installation-key-bypass', '--code-coverage', '--json']) {
            assert.ok(args.includes(flag), `${flag} in ${args.join(' ')}`);
        }
        assert.equal(args[args.indexOf('--target-dev-hub') + 1], 'envhub');
        assert.match(stdout, new RegExp(`install ${VERSION_ID} --target-org`));
        assert.match(stdout, new RegExp(`promote ${VERSION_ID}`));
    });

    it('version protects the version with an installation key, and never prints it', () => {
        const { calls, stdout } = run(['version', '--no-build', '--installation-key', 's3cret']);
        assert.ok(!calls[0].includes('--installation-key-bypass'));
        assert.equal(calls[0][calls[0].indexOf('--installation-key') + 1], 's3cret');
        assert.doesNotMatch(stdout, /s3cret/);
        assert.match(stdout, /--installation-key \*\*\*\*/);
        const fromEnvironment = run(['install', VERSION_ID, '--dry-run'], {
            VCK_INSTALLATION_KEY: 'fr0m-env'
        });
        assert.doesNotMatch(fromEnvironment.stdout, /fr0m-env/);
        assert.match(fromEnvironment.stdout, /--installation-key \*\*\*\*/);
    });

    it('promote releases the version it is given, without a prompt', () => {
        const { status, calls } = run(['promote', VERSION_ID, '--dev-hub', 'hub']);
        assert.equal(status, 0);
        assert.deepEqual(calls, [
            [
                'package',
                'version',
                'promote',
                '--package',
                VERSION_ID,
                '--no-prompt',
                '--target-dev-hub',
                'hub',
                '--json'
            ]
        ]);
    });

    it('install installs for admins in the target org, then assigns the permission set', () => {
        const { status, calls } = run(['install', VERSION_ID, '--target-org', 'sandbox']);
        assert.equal(status, 0);
        assert.deepEqual(
            calls.map((args) => args.slice(0, 3)),
            [
                ['package', 'install', '--package'],
                ['org', 'assign', 'permset']
            ]
        );
        assert.equal(calls[0][3], VERSION_ID);
        assert.equal(calls[0][calls[0].indexOf('--security-type') + 1], 'AdminsOnly');
        assert.equal(calls[1][calls[1].indexOf('--name') + 1], 'Voice_Console_Kit');
        for (const args of calls) {
            assert.equal(args[args.indexOf('--target-org') + 1], 'sandbox');
        }
    });

    it('stops with the CLI message when sf fails, and runs nothing after it', () => {
        const { status, calls, stderr } = run(['install', VERSION_ID, '--target-org', 'sandbox'], {
            FAKE_SF_FAIL: 'No authorization information found for sandbox.'
        });
        assert.equal(status, 1);
        assert.equal(calls.length, 1);
        assert.match(stderr, /No authorization information found for sandbox\./);
    });

    it('refuses a step without its version, an unknown step or option, running nothing', () => {
        for (const args of [['promote'], ['install'], ['publish'], ['version', '--fast']]) {
            const { status, calls, stderr } = run(args);
            assert.equal(status, 1, args.join(' '));
            assert.deepEqual(calls, []);
            assert.ok(stderr.trim(), `a reason for ${args.join(' ')}`);
        }
    });

    it('--dry-run prints the commands and runs none', () => {
        const { status, calls, stdout } = run([
            'install',
            VERSION_ID,
            '--target-org',
            'x',
            '--dry-run'
        ]);
        assert.equal(status, 0);
        assert.deepEqual(calls, []);
        assert.match(stdout, /^sf package install --package 04t/m);
        assert.match(stdout, /^sf org assign permset --name Voice_Console_Kit/m);
    });

    it('says how to get the CLI when sf is not installed', () => {
        const result = spawnSync(process.execPath, [SCRIPT, 'promote', VERSION_ID], {
            cwd: ROOT,
            encoding: 'utf8',
            env: { ...process.env, PATH: '/nonexistent' }
        });
        assert.equal(result.status, 1);
        assert.match(result.stderr, /npm install --global @salesforce\/cli/);
    });
});
