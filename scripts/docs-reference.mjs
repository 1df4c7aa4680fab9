// npm run docs:reference: writes docs/reference/, the Markdown reference of the kit's two public
// entry points (typedoc.json), from their TypeScript types and doc comments.
// npm run docs:reference:check (in npm test): fails if the committed files differ from what the
// code generates now, so the reference cannot drift from the API.
// Both modes generate into a temp folder and format with Prettier (prettier:verify covers
// docs/); writing then replaces docs/reference/ whole, so stale pages go and a failed run
// leaves the committed files untouched. Any TypeDoc error fails; warnings are only printed.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { Application, Comment, Converter, ReflectionKind } from 'typedoc';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const committed = join(root, 'docs/reference');
const check = process.argv.includes('--check');
// Prettier loads the plugins .prettierrc names from the working directory.
process.chdir(root);

/** A failure to report as its message alone (TypeDoc has already printed the details). */
class Failure extends Error {}
function fail(message) {
    throw new Failure(message);
}

// TypeDoc resolves c/* imports through tsconfig.json's generated paths: refresh them as
// npm run typecheck does, or (check mode, which writes nothing) fail if they are stale.
const paths = spawnSync(
    process.execPath,
    [join(root, 'scripts/generate-tsconfig-paths.mjs'), ...(check ? ['--check'] : [])],
    { cwd: root, stdio: 'inherit' }
);
if (paths.status !== 0) {
    process.exit(paths.status ?? 1);
}

// TypeDoc sorts names with localeCompare in the machine's locale (Lithuanian puts y before j,
// which reorders a page here): pin one locale so every machine generates the same files.
const localeCompare = String.prototype.localeCompare;
String.prototype.localeCompare = function (that, locales, options) {
    return localeCompare.call(this, that, locales ?? 'en', options);
};

const out = mkdtempSync(join(tmpdir(), 'docs-reference-'));
try {
    const app = await Application.bootstrapWithPlugins({
        options: join(root, 'typedoc.json'),
        out,
        logLevel: 'Warn'
    });
    // TypeDoc names an entry point by its path (voiceEventBus/voiceEventBus) and describes it
    // only from a comment tagged @module. Until the sources carry one, name each module after
    // its import (c/voiceEventBus) and describe it with the file's opening comment.
    app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
        for (const module of context.project.getChildrenByKind(ReflectionKind.Module)) {
            const file = context.project.getSymbolIdFromReflection(module)?.fileName;
            if (module.comment || !file) {
                continue;
            }
            module.name = `c/${basename(dirname(file))}`;
            const opening = /^\s*\/\*\*([\s\S]*?)\*\//.exec(readFileSync(file, 'utf8'));
            if (opening) {
                const text = opening[1].replace(/^[ \t]*\* ?/gm, '').trim();
                module.comment = new Comment([{ kind: 'text', text }]);
            }
        }
    });
    if (app.logger.hasErrors()) {
        fail('docs:reference: TypeDoc options are invalid (see above)');
    }
    const project = await app.convert();
    if (!project || app.logger.hasErrors()) {
        fail('docs:reference: TypeDoc could not convert the entry points (see above)');
    }
    app.validate(project);
    await app.generateOutputs(project);
    if (app.logger.hasErrors()) {
        fail('docs:reference: TypeDoc reported errors (see above)');
    }

    // Formatted with the options Prettier applies to the committed path.
    const generated = listFiles(out);
    for (const file of generated) {
        const target = join(committed, file);
        const options = (await prettier.resolveConfig(target)) ?? {};
        const text = readFileSync(join(out, file), 'utf8');
        writeFileSync(
            join(out, file),
            await prettier.format(text, { ...options, filepath: target })
        );
    }

    if (check) {
        const current = listFiles(committed);
        const differing = [...new Set([...generated, ...current])].sort().filter((file) => {
            if (!generated.includes(file) || !current.includes(file)) {
                return true;
            }
            return (
                readFileSync(join(out, file), 'utf8') !==
                readFileSync(join(committed, file), 'utf8')
            );
        });
        if (differing.length) {
            fail(
                `docs/reference/ is out of date with the TypeScript sources; these files differ:\n` +
                    differing.map((file) => `  docs/reference/${file}`).join('\n') +
                    `\nrun npm run docs:reference and commit the result`
            );
        }
        console.log(`docs/reference/ is up to date (${generated.length} files)`);
    } else {
        rmSync(committed, { recursive: true, force: true });
        cpSync(out, committed, { recursive: true });
        console.log(`docs/reference/: ${generated.length} files`);
    }
} catch (error) {
    // Not process.exit: the temp folder still goes (finally), and unexpected errors keep a stack.
    console.error(error instanceof Failure ? error.message : error);
    process.exitCode = 1;
} finally {
    rmSync(out, { recursive: true, force: true });
}

/** Files under dir as sorted '/'-separated relative paths; none if dir does not exist. */
function listFiles(dir) {
    try {
        return readdirSync(dir, { recursive: true, withFileTypes: true })
            .filter((entry) => entry.isFile())
            .map((entry) =>
                join(entry.parentPath ?? entry.path, entry.name)
                    .slice(dir.length + 1)
                    .split('\\')
                    .join('/')
            )
            .sort();
    } catch (error) {
        if (error.code === 'ENOENT') {
            return [];
        }
        throw error;
    }
}
