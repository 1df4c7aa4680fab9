/** Runs before each test file (setupFilesAfterEnv). */
import { registerSa11yMatcher } from '@sa11y/jest';
import { resetMessageService } from './jest-mocks/lightning/messageService';
import { removeAllChildren } from './utils';

registerSa11yMatcher();

afterEach(() => {
    removeAllChildren();
    resetMessageService();
});
