import { test } from '@playwright/test';
test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
test('look @zh', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/#/settings');
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: '/tmp/look-settings-zh.png', fullPage: true });
  await page.goto('/#/trips');
  await page.getByRole('button', { name: '载入利物浦示例行程' }).first().click();
  await page.getByRole('tab', { name: '日程' }).click();
  await page.waitForTimeout(1500);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.waitForTimeout(500);
  await page.keyboard.press('a');
  await page.waitForTimeout(1200);
  await page.screenshot({ path: '/tmp/look-add-zh.png' });
});
