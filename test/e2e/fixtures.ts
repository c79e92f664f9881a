/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Every e2e test starts from an empty database (a new browser context has its own IndexedDB) and fails if
 * the page logs a console error or throws, CSP violations included. The catalogues are strict: a key without
 * words in the page's language is a console error (not English filled in), so it fails the test too.
 */
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Collects `page`'s console errors and uncaught exceptions into `errors`, with strict catalogues. For a page the
 * test opens itself (in a browser it starts), into the fixture's `consoleErrors`, so that they fail the test too.
 */
export async function watchConsole(page: Page, errors: string[]): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('delegation-planner:strict-catalogues', '1'));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
}

/**
 * Takes out of `errors` what Chromium logs by itself, as console errors, for network answers a test expects (a
 * 401 tried on purpose, a file not there yet, requests made offline on purpose); the rest still fails the test.
 */
export function forgetExpectedErrors(errors: string[], expected: readonly RegExp[]): void {
  const rest = errors.filter((error) => !expected.some((pattern) => pattern.test(error)));
  errors.splice(0, errors.length, ...rest);
}

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      await watchConsole(page, errors);
      await use(errors);
      expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
