// A throwaway clone of this project for tests that change force-app as a team would (drop a
// bundle in) without touching the working tree: the files a clone has (tracked, plus new files
// not ignored), this checkout's node_modules linked in, and the LWC compile cache shared (it is
// keyed by content), so a build there costs what one here does.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './harness.mjs';

function filesOfAClone() {
    const listed = spawnSync(
        'git',
        ['ls-files', '--cached', '--others', '--exclude-standard', '-z'],
        {
            cwd: ROOT,
            encoding: 'utf8'
        }
    );
    if (listed.status !== 0) {
        throw new Error(`git ls-files failed: ${listed.stderr}`);
    }
    return listed.stdout.split('\0').filter((file) => file && existsSync(join(ROOT, file)));
}

/** A started `npm start` (scripts/start.mjs) in the clone: its URL and its output so far. */
function startConsole(dir, env) {
    const child = spawn(process.execPath, ['scripts/start.mjs'], {
        cwd: dir,
        env: { ...process.env, PORT: '0', ...env },
        stdio: ['ignore', 'pipe', 'pipe']
    });
    let output = '';
    const waiters = new Set();
    const onData = (chunk) => {
        output += chunk;
        for (const waiter of [...waiters]) {
            waiter();
        }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    const exited = new Promise((resolve) => child.once('exit', resolve));

    /** Resolves with the match once the output (after `from`) matches; rejects on timeout. */
    function waitFor(pattern, { from = 0, timeoutMs = 120_000 } = {}) {
        return new Promise((resolve, reject) => {
            const check = () => {
                const match = pattern.exec(output.slice(from));
                if (match) {
                    clearTimeout(timer);
                    waiters.delete(check);
                    resolve(match);
                }
            };
            const timer = setTimeout(() => {
                waiters.delete(check);
                reject(new Error(`Timed out waiting for ${pattern} in:\n${output}`));
            }, timeoutMs);
            waiters.add(check);
            check();
        });
    }

    return {
        get output() {
            return output;
        },
        waitFor,
        async url() {
            return (await waitFor(/local console: (http:\/\/\S+)/))[1];
        },
        async stop() {
            child.kill('SIGTERM');
            await exited;
        }
    };
}

export function makeThrowawayClone() {
    const dir = mkdtempSync(join(tmpdir(), 'vck-clone-'));
    for (const file of filesOfAClone()) {
        mkdirSync(dirname(join(dir, file)), { recursive: true });
        cpSync(join(ROOT, file), join(dir, file));
    }
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    mkdirSync(join(ROOT, 'dist/.cache'), { recursive: true });
    mkdirSync(join(dir, 'dist'), { recursive: true });
    symlinkSync(join(ROOT, 'dist/.cache'), join(dir, 'dist/.cache'), 'dir');
    const lwcDir = join(dir, 'force-app/main/default/lwc');
    return {
        dir,
        /** Copies a bundle folder into the clone's force-app, as a team drops one in. */
        addBundle(from, name) {
            cpSync(from, join(lwcDir, name), { recursive: true });
        },
        startConsole: (env = {}) => startConsole(dir, env),
        /** `npm run build:simulator` in the clone: exit status and output. */
        buildSimulator(env = {}) {
            const result = spawnSync(process.execPath, ['scripts/build-simulator.mjs'], {
                cwd: dir,
                env: { ...process.env, ...env },
                encoding: 'utf8'
            });
            return { status: result.status, output: `${result.stdout}${result.stderr}` };
        },
        remove() {
            rmSync(dir, { recursive: true, force: true });
        }
    };
}
