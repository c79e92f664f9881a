/**
 * What the organiser reads when the browser had discarded the data as damaged (Chromium's `dataLoss`, made to
 * happen here by the page's upgrade event saying so); in English and in Chinese. Writes
 * docs/screenshots/discarded-data.png and its zh-CN counterpart.
 */
import { test, type Page } from '@playwright/test';

async function walk(page: Page, dir: string) {
  await page.addInitScript(() => Object.defineProperty(IDBVersionChangeEvent.prototype, 'dataLoss', { get: () => 'total' }));
  await page.goto('/');
  await page.getByRole('alert').first().waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${dir}/discarded-data.png` });
}

test('the data discarded by the browser: the notice', async ({ page }) => {
  await walk(page, 'docs/screenshots');
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  test('the data discarded by the browser: the notice @zh', async ({ page }) => {
    await walk(page, 'docs/screenshots/zh-CN');
  });
});
