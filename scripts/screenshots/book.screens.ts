/**
 * The briefing book and a host programme as printed: `npm run screenshots` (after `npm run build:web`). Each is
 * printed to PDF by Chromium, as the e2e suite prints it, and its pages are turned into PNGs with poppler's
 * pdftoppm, so what is looked at is the paper, not the screen. Writes docs/screenshots/book/*.png.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, type Page } from '@playwright/test';
import { openBook } from '../../test/e2e/steps';

const out = 'docs/screenshots/book';

/** Prints the page to PDF and keeps `pages` of it (1-based) as `<name>-<n>.png`. */
async function printPages(page: Page, name: string, pages: number[]) {
  mkdirSync(out, { recursive: true });
  const pdf = path.join(out, `${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  for (const number of pages) {
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(number), '-l', String(number), pdf, path.join(out, `${name}-tmp`)]);
    const made = readdirSync(out).find((file) => file.startsWith(`${name}-tmp`));
    if (made) renameSync(path.join(out, made), path.join(out, `${name}-${number}.png`));
  }
  rmSync(pdf);
}

test('the briefing book on paper', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await page.getByRole('heading', { name: 'Liverpool City Region trade mission to China' }).waitFor();

  await openBook(page, 'Fiona Gallagher (Delegate)', /^Delegate’s/);
  await printPages(page, 'delegate', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);

  await page.getByRole('link', { name: 'Back to the trip' }).click();
  await openBook(page, 'The whole delegation', /^Organiser’s/, ['Care and documents', 'Meals and dietary needs']);
  await printPages(page, 'organiser', [1, 16, 25, 26]);
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });

  test('the Shenzhen delegation’s book and a host programme, on paper @zh', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/');
    await page.getByRole('button', { name: '载入深圳示例行程' }).click();
    await page.getByRole('heading', { name: '深圳市赴北美、欧洲和以色列科技创新交流团' }).waitFor();

    await page.getByRole('button', { name: '行前手册' }).click();
    const dialog = page.getByRole('dialog', { name: '行前手册' });
    await dialog.screenshot({ path: path.join(out, 'zh-options.png') });
    await dialog.getByRole('combobox', { name: '手册对象' }).click();
    await page.getByRole('option', { name: /^陈立/ }).click();
    await dialog.getByRole('button', { name: '查看手册' }).click();
    await page.getByRole('status').filter({ hasText: /可以打印/ }).waitFor({ timeout: 60_000 });
    await printPages(page, 'zh-delegate', [1, 2, 3, 5, 8]);

    await page.getByRole('button', { name: '更改包含内容' }).click();
    const again = page.getByRole('dialog', { name: '行前手册' });
    await again.getByRole('combobox', { name: '接待日程对象' }).click();
    await page.getByRole('option').first().click();
    await again.getByRole('button', { name: '查看接待日程' }).click();
    await page.locator('.host-programme .book-pages').waitFor();
    await printPages(page, 'zh-host', [1]);
  });
});

test('a host programme for a Chinese partner, Chinese first', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await page.getByRole('heading', { name: 'Liverpool City Region trade mission to China' }).waitFor();
  await page.getByRole('button', { name: 'Briefing book' }).click();
  const dialog = page.getByRole('dialog', { name: 'Briefing book' });
  await dialog.screenshot({ path: path.join(out, 'options.png') });
  await dialog.getByRole('combobox', { name: 'Host programme for' }).click();
  await page.getByRole('option', { name: 'Zhengxin Group' }).click();
  await dialog.getByRole('button', { name: 'Show the host programme' }).click();
  await page.locator('.host-programme .book-pages').waitFor();
  await printPages(page, 'host', [1, 2]);
});
