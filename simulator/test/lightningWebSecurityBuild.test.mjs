// The Lightning Web Security build step, without a browser: which modules go into sandbox c
// (every module under the namespace folder, by directory, so a bundle added later too) and
// which stay outside as system code; and what LWS= accepts.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseAst } from 'rollup/parseAst';
import {
    lightningWebSecurity,
    lightningWebSecurityFromEnv
} from '../build/lightningWebSecurity.mjs';
import { ROOT } from './harness.mjs';

const LWC_DIR = join(ROOT, 'force-app/main/default/lwc');
const MODULE =
    "import { LightningElement } from 'lwc';\nexport default class extends LightningElement {}\n";

/** The plugin's transform of `code` as module `id`, with rollup's parse and error. */
function transform(id, { enabled = true, code = MODULE } = {}) {
    const plugin = lightningWebSecurity({ namespaceDirs: [LWC_DIR], enabled, rootDir: ROOT });
    const context = {
        parse: (source) => parseAst(source),
        error: (message) => {
            throw new Error(message);
        }
    };
    return plugin.transform.call(context, code, id)?.code ?? null;
}

describe('the Lightning Web Security build step', () => {
    it('puts every module of namespace c in sandbox c, a bundle no one has written yet included', () => {
        for (const file of [
            'callStatusPanel/callStatusPanel.ts',
            'callStatusPanel/callStatusPanel.html',
            'callStatusPanel/callStatusPanel.css?scoped=true',
            'aBundleATeamAddsLater/aBundleATeamAddsLater.ts'
        ]) {
            const code = transform(join(LWC_DIR, file));
            assert.match(code ?? '', /evaluateInSandbox\('c',/, file);
            assert.match(code, /from '@locker\/sandbox'/, file);
        }
    });

    it('leaves system code outside: the stand-ins, the console, lightning-base-components', () => {
        for (const id of [
            join(ROOT, 'simulator/src/modules/lightning/messageService/messageService.ts'),
            join(ROOT, 'simulator/src/modules/sim/app/app.ts'),
            join(ROOT, 'node_modules/lightning-base-components/src/lightning/button/button.js'),
            `${LWC_DIR}Elsewhere/x/x.ts`,
            '\0@simulator/panels'
        ]) {
            assert.equal(transform(id), null, id);
        }
    });

    it('fails the build, naming the file, where the sandbox compiler cannot go (top-level await)', () => {
        const file = join(LWC_DIR, 'aBundle/aBundle.ts');
        assert.throws(
            () => transform(file, { code: 'export default await Promise.resolve(1);\n' }),
            (error) => error.message.includes(file) && /top-level await/.test(error.message)
        );
    });

    it('with LWS=off compiles nothing into the sandbox', () => {
        assert.equal(transform(join(LWC_DIR, 'notesFeed/notesFeed.ts'), { enabled: false }), null);
    });

    it('LWS is on unless set to off, and refuses anything else', () => {
        assert.equal(lightningWebSecurityFromEnv(undefined), true);
        assert.equal(lightningWebSecurityFromEnv('on'), true);
        assert.equal(lightningWebSecurityFromEnv('off'), false);
        assert.throws(() => lightningWebSecurityFromEnv('false'), /LWS must be "on" or "off"/);
    });
});
