/**
 * Screens of ground logistics, in English and in Chinese: the Logistics tab of the sample trip (its coaches,
 * cars, minibus, interpreter and guide, and the bookings by day), the tab's empty state, the booking form, an
 * engagement's vehicles and interpreters, and a driver's day sheet, on screen and as printed (Chromium's PDF,
 * read back with poppler's `pdftoppm`). Writes PNGs to docs/screenshots and docs/screenshots/zh-CN.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, type Page } from '@playwright/test';

const liverpool = 'Liverpool City Region trade mission to China';

async function shoot(page: Page, file: string, fullPage = false) {
  for (let tries = 0; tries < 30 && (await page.locator('.mantine-Notification-root').count()) > 0; tries++) {
    await page.waitForTimeout(500);
  }
  await page.waitForTimeout(500);
  await page.screenshot({ path: file, fullPage });
}

/** The first printed page of what the page shows, as a PNG. */
async function printed(page: Page, file: string) {
  const folder = mkdtempSync(path.join(tmpdir(), 'sheet-'));
  const pdf = path.join(folder, 'sheet.pdf');
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, file.replace(/\.png$/, '')]);
}

test('screens of logistics', async ({ page }) => {
  test.setTimeout(180_000);
  const out = 'docs/screenshots';
  await page.goto('/');
  await page.getByRole('button', { name: 'New trip' }).first().click();
  const form = page.getByRole('dialog', { name: 'New trip' });
  await form.getByRole('textbox', { name: /^Name/ }).fill('Chengdu Hi-Tech Zone partnership visit');
  await form.getByRole('textbox', { name: /^Start date/ }).fill('2027-04-12');
  await form.getByRole('textbox', { name: /^End date/ }).fill('2027-04-16');
  await form.getByRole('button', { name: 'Create trip' }).click();
  await page.getByRole('tab', { name: 'Logistics' }).click();
  await page.getByRole('heading', { name: 'No vehicles, interpreters or guides yet' }).waitFor();
  await shoot(page, `${out}/logistics-empty.png`);

  await page.getByRole('button', { name: 'Add vehicle' }).click();
  await page.getByRole('dialog', { name: 'Add a vehicle' }).waitFor();
  await shoot(page, `${out}/logistics-resource-form.png`);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'App menu' }).click();
  await page.getByRole('menuitem', { name: 'Load Sample Trip' }).click();
  await page.getByRole('heading', { name: liverpool }).waitFor();
  await page.getByRole('tab', { name: 'Logistics' }).click();
  await page.getByRole('table', { name: 'Vehicles, interpreters and guides' }).waitFor();
  await shoot(page, `${out}/logistics.png`);
  // One day's bookings, clear of the sticky header.
  await page.getByRole('combobox', { name: 'Day' }).click();
  await page.getByRole('option', { name: 'Mon 14 Nov' }).click();
  await page.getByRole('heading', { name: 'Bookings by day' }).evaluate((heading) => {
    heading.scrollIntoView();
    window.scrollBy(0, -80);
  });
  await shoot(page, `${out}/logistics-bookings.png`);

  await page.getByRole('button', { name: 'Book…' }).click();
  const booking = page.getByRole('dialog', { name: 'Book a vehicle, interpreter or guide' });
  await booking.getByRole('combobox', { name: 'Vehicle, interpreter or guide' }).click();
  await page.getByRole('option', { name: /^Beijing minibus/ }).click();
  await booking.getByRole('combobox', { name: 'For' }).fill('Zhongguancun');
  await page.getByRole('option', { name: /Zhongguancun/ }).click();
  await booking.getByLabel('Pick-up time').fill('0910');
  await shoot(page, `${out}/logistics-booking-form.png`);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Discard changes' }).click().catch(() => undefined);

  await page.getByRole('tab', { name: 'Programme' }).click();
  await page.locator('.programme-day').first().waitFor();
  await page.getByRole('link', { name: 'Meeting at Zhongguancun Science Park' }).first().click();
  await page.getByRole('heading', { name: 'Vehicles and interpreters' }).evaluate((heading) => {
    heading.scrollIntoView();
    window.scrollBy(0, -420);
  });
  await shoot(page, `${out}/logistics-engagement.png`);

  await page.goto(page.url().replace(/\/engagements\/.*$/, '/logistics'));
  await page.getByRole('button', { name: 'Actions for Beijing coach', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Day sheet' }).click();
  await page.getByRole('heading', { name: 'Day sheet', level: 2 }).waitFor();
  await page.getByRole('combobox', { name: 'Day' }).click();
  await page.getByRole('option', { name: 'Sun 13 Nov' }).click();
  await shoot(page, `${out}/logistics-day-sheet.png`, true);
  await printed(page, `${out}/logistics-day-sheet-printed.png`);
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });

  test('screens of logistics in Chinese @zh', async ({ page }) => {
    test.setTimeout(180_000);
    const out = 'docs/screenshots/zh-CN';
    await page.goto('/');
    await page.getByRole('button', { name: '载入利物浦示例行程' }).click();
    await page.getByRole('heading', { name: liverpool }).waitFor();
    await page.getByRole('tab', { name: '车辆与翻译' }).click();
    await page.getByRole('table', { name: '车辆、翻译与导游' }).waitFor();
    await shoot(page, `${out}/logistics.png`);
    await page.getByRole('combobox', { name: '日期' }).click();
    await page.getByRole('option', { name: /11月14日/ }).click();
    await page.getByRole('heading', { name: '每日安排' }).evaluate((heading) => {
      heading.scrollIntoView();
      window.scrollBy(0, -80);
    });
    await shoot(page, `${out}/logistics-bookings.png`);

    await page.getByRole('button', { name: 'Beijing coach的操作', exact: true }).click();
    await page.getByRole('menuitem', { name: '行车单' }).click();
    await page.getByRole('heading', { name: '行车单', level: 2 }).waitFor();
    await page.getByRole('combobox', { name: '日期' }).click();
    await page.getByRole('option', { name: /11月13日/ }).click();
    await shoot(page, `${out}/logistics-day-sheet.png`, true);
    await printed(page, `${out}/logistics-day-sheet-printed.png`);

    await page.getByRole('link', { name: '返回车辆与翻译' }).click();
    await page.getByRole('tab', { name: /^检查/ }).click();
    await shoot(page, `${out}/logistics-checks.png`, true);
  });
});
