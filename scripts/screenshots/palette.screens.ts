/**
 * The command palette (Ctrl+K) over the sample trip, in English and in Chinese, with part of a city's name typed: the trip's city, its engagements there and the commands it offers.
 * Then the keyboard's help sheet (`?`). Writes docs/screenshots/command-palette.png and keyboard-shortcuts.png,
 * and their zh-CN counterparts.
 */
import { test, type Page } from '@playwright/test';

async function walk(page: Page, load: string, heading: string, typed: string, dir: string) {
  // The finding worker's code held back a few seconds, for the palette searching every trip to be seen (only
  // looked at: written to test-results).
  let holdBack = true;
  await page.route('**/record-finding.worker*', async (route) => {
    if (holdBack) await new Promise((done) => setTimeout(done, 4_000));
    await route.continue();
  });
  await page.goto('/');
  await page.getByRole('button', { name: load }).first().click();
  await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
  await page.waitForTimeout(5_000);
  await page.keyboard.press('ControlOrMeta+KeyK');
  await page.getByRole('dialog').waitFor();
  await page.keyboard.type('wuxi');
  await page.waitForTimeout(500);
  await page.screenshot({ path: `test-results/${dir.replace(/\W+/g, '-')}-palette-searching.png` });
  holdBack = false;
  await page.keyboard.press('Escape');
  await page.waitForTimeout(4_000);
  await page.keyboard.press('ControlOrMeta+KeyK');
  await page.keyboard.type(typed);
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${dir}/command-palette.png` });
  await page.keyboard.press('Escape');
  await page.getByRole('heading', { name: heading, level: 2 }).focus();
  await page.keyboard.press('Shift+Slash');
  await page.getByRole('dialog').waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${dir}/keyboard-shortcuts.png` });
}

test('the command palette', async ({ page }) => {
  await walk(page, 'Load sample trip', 'Liverpool City Region trade mission to China', 'tianjin', 'docs/screenshots');
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  test('the command palette in Chinese @zh', async ({ page }) => {
    await walk(page, '载入利物浦示例行程', 'Liverpool City Region trade mission to China', '天津', 'docs/screenshots/zh-CN');
  });
});
