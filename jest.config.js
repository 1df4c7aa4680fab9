const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

const mocks = '<rootDir>/force-app/test/jest-mocks/lightning';

module.exports = {
    ...jestConfig,
    moduleNameMapper: {
        '^lightning/messageService$': `${mocks}/messageService`,
        '^lightning/serviceCloudVoiceToolkitApi$': `${mocks}/serviceCloudVoiceToolkitApi/serviceCloudVoiceToolkitApi`,
        '^lightning/platformUtilityBarApi$': `${mocks}/platformUtilityBarApi`,
        // The test kit for components built on the bus (docs/TESTING.md).
        '^voiceTestKit$': '<rootDir>/force-app/test/voiceTestKit',
        // The local console's platform, for the tests of its lightning/* stand-ins.
        '^sim/platform$': '<rootDir>/simulator/src/modules/sim/platform/platform'
    },
    setupFilesAfterEnv: [
        ...(jestConfig.setupFilesAfterEnv ?? []),
        '<rootDir>/force-app/test/jest-setup.ts'
    ],
    // Emitted .js would otherwise count at 0 %; the .ts sources are what we author.
    collectCoverageFrom: ['force-app/**/lwc/**/*.ts', '!**/__tests__/**'],
    // Only *.test.ts are suites; other .ts under __tests__ are fixtures and helpers.
    testMatch: ['**/__tests__/**/*.test.ts'],
    testPathIgnorePatterns: ['/node_modules/', '<rootDir>/.tmp/'],
    modulePathIgnorePatterns: ['<rootDir>/.tmp/', '<rootDir>/dist/'],
    testTimeout: 30000
};
