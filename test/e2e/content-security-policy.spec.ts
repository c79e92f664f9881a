/**
 * The page's Content-Security-Policy allows no eval. A library that merely probes for eval (zod does, to compile
 * its validators) is refused each time, and the browser reports a violation: one on every start hides a real
 * attack among the reports. Starting the app and opening a trip must report none, on the page or in a worker.
 */
import type { ConsoleMessage } from '@playwright/test';
import { expect, test } from './fixtures';

const SAMPLE_TRIP = 'Liverpool City Region trade mission to China';

declare global {
  interface Window {
    policyViolations: string[];
  }
}

test('starting the app and opening the sample trip breaks no rule of the security policy', async ({ page }) => {
  await page.addInitScript(() => {
    window.policyViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.policyViolations.push(`${event.effectiveDirective} refused ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  const reports: string[] = [];
  const recordPolicyReports = (message: ConsoleMessage) => {
    if (/Content Security Policy|unsafe-eval/i.test(message.text())) reports.push(message.text());
  };
  page.on('console', recordPolicyReports);
  page.on('worker', (worker) => worker.on('console', recordPolicyReports));

  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await expect(page.getByRole('heading', { name: SAMPLE_TRIP })).toBeVisible();
  await page.getByRole('tab', { name: 'Calendars' }).click();
  await expect(page.getByRole('table', { name: 'Calendars of the people on this trip' })).toBeVisible();

  expect(await page.evaluate(() => window.policyViolations)).toEqual([]);
  expect(reports).toEqual([]);
});
