/**
 * Screens of the programme, in English and in Chinese: as it opens, with its find open, and with today marked
 * while the trip is under way. Written to SCREENS_OUT (test-results/screens/programme unless told), to look at.
 */
import { test, type Page } from '@playwright/test';

const out = process.env.SCREENS_OUT ?? 'test-results/screens/programme';

async function shoot(page: Page, name: string) {
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/${name}.png` });
}

const LANGUAGES = [
  { language: 'en', locale: 'en-GB', load: 'Load sample trip', tab: 'Programme', find: 'Find in the programme', query: 'Tianjin' },
  { language: 'zh-CN', locale: 'zh-CN', load: '载入利物浦示例行程', tab: '日程', find: '在日程中查找', query: '天津' },
];

for (const { language, locale, load, tab, find, query } of LANGUAGES) {
  test.describe(language, () => {
    test.use({ locale });

    test(`the programme in ${language}: as it opens, with find, today`, async ({ page }) => {
      await page.goto('/');
      await page.getByRole('button', { name: load }).first().click();
      await page.getByRole('tab', { name: tab }).click();
      await page.locator('.programme-day').first().waitFor();
      await shoot(page, `${language}-programme`);

      await page.keyboard.press('ControlOrMeta+f');
      await page.getByRole('textbox', { name: find }).fill(query);
      await page.keyboard.press('Enter');
      await shoot(page, `${language}-programme-find`);
    });

    test(`today in ${language}`, async ({ page }) => {
      await page.clock.setFixedTime(new Date('2016-11-12T04:00:00Z'));
      await page.goto('/');
      await page.getByRole('button', { name: load }).first().click();
      await page.getByRole('tab', { name: tab }).click();
      await page.locator('[aria-current="date"]').waitFor();
      await shoot(page, `${language}-programme-today`);
    });
  });
}
