const { defineConfig } = require('eslint/config');
const lwcConfig = require('@salesforce/eslint-config-lwc');
const tseslint = require('typescript-eslint');
const globals = require('globals');
const lwcPlatform = require('@lwc/eslint-plugin-lwc-platform');

module.exports = defineConfig([
    {
        // Generated platform JavaScript (npm run build) and third-party output.
        ignores: [
            'force-app/main/default/lwc/**/*.js',
            'examples/force-app/main/default/lwc/**/*.js',
            'node_modules/**',
            'coverage/**',
            'dist/**',
            '.tmp/**',
            'out/**'
        ]
    },
    {
        files: ['force-app/**/*.ts', 'examples/**/*.ts'],
        extends: [lwcConfig.configs.recommendedTs, tseslint.configs.recommended],
        languageOptions: { parser: tseslint.parser },
        rules: {
            '@typescript-eslint/consistent-type-imports': 'error',
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
        }
    },
    {
        // The rules Salesforce applies to deployed LWC (@lwc/lwc-platform recommended); the emitted
        // .js is checked against them too (force-app/test/platform/__tests__/platformRules.test.ts).
        // valid-offline-wire needs the platform's list of offline-capable wire adapters as
        // options (6.3.0 crashes without them) and concerns the mobile offline app, which a
        // Service Cloud Voice console never runs in.
        files: [
            'force-app/main/default/lwc/**/*.ts',
            'examples/force-app/main/default/lwc/**/*.ts'
        ],
        ignores: ['**/__tests__/**'],
        extends: [lwcPlatform.configs.recommended],
        rules: {
            '@lwc/lwc-platform/valid-offline-wire': 'off',
            // Salesforce Code Analyzer's PMD engine cannot parse `catch {` (no binding) and then
            // skips the whole file, so what deploys names the error it ignores.
            'no-restricted-syntax': [
                'error',
                {
                    selector: 'CatchClause[param=null]',
                    message:
                        'Name the caught error (catch (_ignored)): PMD, which Code Analyzer runs for AppExchange review, cannot parse catch without a binding.'
                }
            ],
            '@typescript-eslint/no-unused-vars': [
                'error',
                { argsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }
            ]
        }
    },
    {
        // The only timers in the product, each cleared when its owner goes away: the page's one
        // shared one-second clock, and the live transcript's status message and download-URL
        // release. Allowed here by file, because the platform rules forbid inline disables.
        files: [
            'force-app/main/default/lwc/voiceViewUtils/clock.ts',
            'force-app/main/default/lwc/liveTranscript/liveTranscript.ts'
        ],
        rules: { '@lwc/lwc/no-async-operation': 'off' }
    },
    {
        files: [
            'force-app/**/__tests__/**/*.ts',
            'force-app/test/**/*.ts',
            'examples/**/__tests__/**/*.ts'
        ],
        rules: {
            '@lwc/lwc/no-unexpected-wire-adapter-usages': 'off',
            '@lwc/lwc/no-async-operation': 'off',
            '@typescript-eslint/no-non-null-assertion': 'off',
            // assertProperty (force-app/test/properties.ts) asserts: it throws on a counterexample.
            'jest/expect-expect': ['warn', { assertFunctionNames: ['expect', 'assertProperty'] }]
        },
        languageOptions: { globals: { ...globals.node, ...globals.jest } }
    },
    {
        // The local console's page code: LWC stand-ins in browser TypeScript (not deployed).
        files: ['simulator/src/**/*.ts'],
        extends: [lwcConfig.configs.recommendedTs, tseslint.configs.recommended],
        languageOptions: { parser: tseslint.parser, globals: { ...globals.browser } },
        rules: {
            '@typescript-eslint/consistent-type-imports': 'error',
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
        }
    },
    {
        files: ['scripts/**/*.{js,mjs,cjs}', 'simulator/**/*.{js,mjs,cjs}', '*.js'],
        extends: [require('@eslint/js').configs.recommended],
        languageOptions: { globals: { ...globals.node } }
    },
    {
        // Components written as another team would, in plain LWC JavaScript: test fixtures
        // the browser tests drop into a throwaway clone's force-app.
        files: ['simulator/test/fixtures/**/*.js'],
        extends: [lwcConfig.configs.recommended],
        languageOptions: { globals: { ...globals.browser } }
    }
]);
