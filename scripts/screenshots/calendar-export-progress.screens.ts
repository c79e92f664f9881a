/**
 * The export of every delegate's calendar while it runs: its progress bar and Cancel in the Calendars tab, in
 * English and in Chinese, and the word after a cancel. The sample trip's calendars are written in a blink, so
 * the calendar worker's script is held back a few seconds: the bar is seen as the export starts. Writes PNGs to
 * docs/screenshots and docs/screenshots/zh-CN.
 */
import { test, type Page } from '@playwright/test';

async function holdTheCalendarWorker(page: Page) {
  await page.route('**/calendar-work.worker*', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 8_000));
    await route.continue();
  });
}

async function shoot(page: Page, path: string) {
  await page.waitForTimeout(500);
  await page.screenshot({ path });
}

test.describe('in English', () => {
  test('the export of every delegate’s calendar, in progress', async ({ page }) => {
    await holdTheCalendarWorker(page);
    await page.goto('/');
    await page.getByRole('button', { name: 'Load sample trip' }).click();
    await page.getByRole('heading', { name: 'Liverpool City Region trade mission to China' }).waitFor();
    await page.getByRole('tab', { name: 'Calendars' }).click();
    await page.getByRole('button', { name: /^Export all \d+ calendars$/ }).click();
    await page.getByText(/^Writing \d+ of \d+ calendars…$/).waitFor();
    await page.getByRole('heading', { name: 'Every delegate at once' }).scrollIntoViewIfNeeded();
    await shoot(page, 'docs/screenshots/calendars-export-progress.png');
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await page.getByText(/^Export cancelled/).waitFor();
    await shoot(page, 'docs/screenshots/calendars-export-cancelled.png');
  });
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });

  test('the export of every delegate’s calendar, in progress @zh', async ({ page }) => {
    await holdTheCalendarWorker(page);
    await page.goto('/');
    await page.getByRole('button', { name: '载入深圳示例行程' }).click();
    await page.getByRole('heading', { name: '深圳市赴北美、欧洲和以色列科技创新交流团' }).waitFor();
    await page.getByRole('tab', { name: '日历' }).click();
    await page.getByRole('button', { name: /^导出全部\d+份日历$/ }).click();
    await page.getByText(/^正在生成日历：已完成\d+份，共\d+份…$/).waitFor();
    await page.getByRole('heading', { name: '一次导出全体团员' }).scrollIntoViewIfNeeded();
    await shoot(page, 'docs/screenshots/zh-CN/calendars-export-progress.png');
    await page.getByRole('button', { name: '取消', exact: true }).click();
    await page.getByText(/^已取消导出/).waitFor();
    await shoot(page, 'docs/screenshots/zh-CN/calendars-export-cancelled.png');
  });
});
