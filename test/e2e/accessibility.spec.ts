/**
 * The accessibility gate: axe-core (WCAG 2.1 A and AA) on every main screen of the sample trip, in English and in
 * Chinese, in the light and the dark colour schemes, fails on any violation, naming the screen, the rule, the
 * element and axe's own account of it (for colour contrast: both colours and the ratio). Colour contrast is fixed
 * in the theme (src/ui/app/theme.ts), so a screen added with the theme's colours passes without a fix of its own.
 * The scheme is the computer's (the app follows it until told otherwise in Settings), so no test clicks through
 * Settings to get it.
 */
import type { Page } from '@playwright/test';
import { wcagViolations } from './axe';
import { expect, test } from './fixtures';

const TRIP = 'Liverpool City Region trade mission to China';

const violations = (page: Page) => wcagViolations(page);

const WORDS = {
  en: {
    load: 'Load sample trip',
    tabs: ['Programme', 'People', 'Route', /^Checks/],
    sections: ['Trips', 'Directory', 'Team', 'Settings', 'Backups'],
  },
  zh: {
    load: '载入利物浦示例行程',
    tabs: ['日程', '人员', '路线', /^检查/],
    sections: ['行程', '通讯录', '团队', '设置', '备份'],
  },
};

const SCHEMES = ['light', 'dark'] as const;

async function everyScreen(page: Page, words: (typeof WORDS)['en'], scheme: (typeof SCHEMES)[number]): Promise<Record<string, string[]>> {
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto('/');
  // Checked once the app has drawn its first screen, not the page's loading placeholder before it.
  await expect(page.getByRole('button', { name: words.load }).first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
  const found: Record<string, string[]> = { 'first run': await violations(page) };
  await page.getByRole('button', { name: words.load }).first().click();
  await expect(page.getByRole('heading', { name: TRIP, level: 2 })).toBeVisible();
  found['trip overview'] = await violations(page);
  for (const tab of words.tabs) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    found[String(tab)] = await violations(page);
  }
  for (const section of words.sections) {
    await page.getByRole('navigation').getByRole('link', { name: section, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    found[section] = await violations(page);
  }
  return Object.fromEntries(Object.entries(found).filter(([, list]) => list.length > 0));
}

for (const scheme of SCHEMES) {
  test(`every main screen passes WCAG 2.1 A and AA, ${scheme}`, async ({ page }) => {
    test.setTimeout(180_000);
    expect(await everyScreen(page, WORDS.en, scheme)).toEqual({});
  });

  test(`@zh every main screen passes WCAG 2.1 A and AA in Chinese, ${scheme}`, async ({ page }) => {
    test.setTimeout(180_000);
    expect(await everyScreen(page, WORDS.zh, scheme)).toEqual({});
  });
}

test('the dark scheme chosen in Settings applies at once and is kept after a restart, whatever the computer’s', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click();
  const schemes = page.getByRole('radiogroup', { name: 'Colour scheme' });
  await expect(schemes.getByRole('radio', { name: 'As the computer' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');

  await schemes.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(36, 36, 36)');

  await page.reload();
  await expect(page.getByRole('radiogroup', { name: 'Colour scheme' }).getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
});

test('a printed document stays black on white in the dark scheme, on screen and on paper', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await page.getByRole('button', { name: WORDS.en.load }).first().click();
  await page.getByRole('tab', { name: 'Rooming' }).click();
  await page.getByRole('link', { name: 'Rooming list of Dianchi Lakeside Hotel' }).click();
  await expect(page.getByRole('heading', { name: /Dianchi Lakeside Hotel/, level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  expect(await violations(page)).toEqual([]);

  // What the page looks like while it is printed (a PDF is printed too).
  await page.evaluate(() => {
    window.addEventListener('beforeprint', () => {
      document.body.dataset['printedOn'] = getComputedStyle(document.body).backgroundColor;
    });
  });
  await page.pdf();
  await expect(page.locator('body')).toHaveAttribute('data-printed-on', 'rgb(255, 255, 255)');
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
});
