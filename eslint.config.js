const { defineConfig } = require('eslint/config');
const lwcConfig = require('@salesforce/eslint-config-lwc');
const tseslint = require('typescript-eslint');
const globals = require('globals');

module.exports = defineConfig([
    {
        // Generated platform JavaScript (npm run build) and third-party output.
        ignores: [
            'force-app/main/default/lwc/**/*.js',
            'node_modules/**',
            'coverage/**',
            'dist/**',
            '.tmp/**',
            'out/**'
        ]
    },
    {
        files: ['force-app/**/*.ts'],
        extends: [lwcConfig.configs.recommendedTs, tseslint.configs.recommended],
        languageOptions: { parser: tseslint.parser },
        rules: {
            '@typescript-eslint/consistent-type-imports': 'error',
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
        }
    },
    {
        files: ['force-app/**/__tests__/**/*.ts', 'force-app/test/**/*.ts'],
        rules: {
            '@lwc/lwc/no-unexpected-wire-adapter-usages': 'off',
            '@lwc/lwc/no-async-operation': 'off',
            '@typescript-eslint/no-non-null-assertion': 'off'
        },
        languageOptions: { globals: { ...globals.node, ...globals.jest } }
    },
    {
        files: ['scripts/**/*.{js,mjs,cjs}', 'simulator/**/*.{js,mjs,cjs}', '*.js'],
        extends: [require('@eslint/js').configs.recommended],
        languageOptions: { globals: { ...globals.node } }
    }
]);
