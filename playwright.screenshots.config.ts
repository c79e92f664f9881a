/** `npm run screenshots`: the e2e settings, pointed at the screenshot walk-through instead of the tests. */
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({ ...base, testDir: 'scripts/screenshots', testMatch: '*.screens.ts', reporter: 'list' });
