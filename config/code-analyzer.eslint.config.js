// Applied by Code Analyzer (code-analyzer.yml, engines.eslint.eslint_config_file) on top of its own base
// configs, only to the JavaScript that `npm run build` emits. A rule override in code-analyzer.yml can
// change a rule's severity or disable it, not its options, so the one option we need lives here:
// `catch (_ignored)` (the form PMD's JavaScript parser accepts; `catch {` crashes it) is not an unused
// variable, mirroring caughtErrorsIgnorePattern '^_' in eslint.config.js.
module.exports = [
    {
        files: ['force-app/**/*.js'],
        rules: {
            'no-unused-vars': ['error', { caughtErrors: 'all', caughtErrorsIgnorePattern: '^_' }]
        }
    }
];
