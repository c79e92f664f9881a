/**
 * A delegate's live calendar, in English and in Chinese: `npm run screenshots` (after `npm run build:web`). The
 * calendars are recorded as published to an agency's Nextcloud (test/e2e/published-calendars.ts), so the
 * addresses are those of a server on https. Writes the person page's card and the trip deletion's question to
 * docs/screenshots (and zh-CN/), and the book's cover with the QR code, through Chromium's PDF and pdftoppm, to
 * docs/screenshots/book.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, type Page } from '@playwright/test';
import { idsOnRoster, recordNextcloudPublications } from '../../test/e2e/published-calendars';
import { openBook } from '../../test/e2e/steps';

const out = 'docs/screenshots';

/** Prints the page to PDF and keeps its first page as `book/<name>-1.png`, at a resolution at which its QR code still reads. */
async function printCover(page: Page, name: string) {
  const folder = path.join(out, 'book');
  mkdirSync(folder, { recursive: true });
  const pdf = path.join(folder, `${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', pdf, path.join(folder, `${name}-tmp`)]);
  const made = readdirSync(folder).find((file) => file.startsWith(`${name}-tmp`));
  if (made) renameSync(path.join(folder, made), path.join(folder, `${name}-1.png`));
  rmSync(pdf);
}

/** The person page from its heading to the end of the Live calendar card. */
async function shootCard(page: Page, file: string, card: string) {
  const region = page.getByRole('region', { name: card });
  await region.waitFor();
  await page.waitForTimeout(500);
  const box = await region.boundingBox();
  if (!box) throw new Error('The Live calendar card is not on the page.');
  await page.screenshot({ path: file, clip: { x: 0, y: 0, width: 1400, height: Math.min(900, box.y + box.height + 16) } });
}

test('a delegate’s live calendar on their page and in their book', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await page.getByRole('heading', { name: 'Liverpool City Region trade mission to China' }).waitFor();
  await page.getByRole('tab', { name: 'People' }).click();
  const { tripId, personIds } = await idsOnRoster(page, ['Fiona Gallagher', 'Daniel Kerr']);
  await recordNextcloudPublications(page, tripId, [personIds.get('Fiona Gallagher')!]);
  await page.reload();

  await page.getByRole('link', { name: 'Fiona Gallagher', exact: true }).click();
  await shootCard(page, `${out}/live-calendar.png`, 'Live calendar');
  await page.getByRole('link', { name: 'People', exact: true }).click();
  await page.getByRole('link', { name: 'Daniel Kerr', exact: true }).click();
  await shootCard(page, `${out}/live-calendar-not-published.png`, 'Live calendar');

  await page.getByRole('tab', { name: 'Overview' }).click();
  await openBook(page, 'Fiona Gallagher (Delegate)', /^Delegate’s/);
  await printCover(page, 'delegate-calendar');

  await page.getByRole('link', { name: 'Back to the trip' }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /^Delete/ });
  await dialog.getByRole('checkbox').waitFor();
  await page.waitForTimeout(500);
  await dialog.screenshot({ path: `${out}/live-calendar-delete-trip.png` });
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });

  test('a delegate’s live calendar on their page and in their book @zh', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/');
    await page.getByRole('button', { name: '载入深圳示例行程' }).click();
    await page.getByRole('heading', { name: '深圳市赴北美、欧洲和以色列科技创新交流团' }).waitFor();
    await page.getByRole('tab', { name: '人员' }).click();
    const { tripId, personIds } = await idsOnRoster(page, ['陈立']);
    await recordNextcloudPublications(page, tripId, [personIds.get('陈立')!]);
    await page.reload();

    await page.getByRole('link', { name: '陈立', exact: true }).click();
    await shootCard(page, `${out}/zh-CN/live-calendar.png`, '实时日历');

    await page.getByRole('tab', { name: '概览' }).click();
    await page.getByRole('button', { name: '行前手册' }).click();
    const dialog = page.getByRole('dialog', { name: '行前手册' });
    await dialog.getByRole('combobox', { name: '手册对象' }).click();
    await page.getByRole('option', { name: /^陈立/ }).click();
    await dialog.getByRole('button', { name: '查看手册' }).click();
    await page.getByRole('status').filter({ hasText: /可以打印/ }).waitFor({ timeout: 60_000 });
    await printCover(page, 'zh-delegate-calendar');
  });

  test('erasing everything offers to take the published calendars off the server @zh', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '载入深圳示例行程' }).click();
    await page.getByRole('tab', { name: '人员' }).click();
    const { tripId, personIds } = await idsOnRoster(page, ['陈立']);
    await recordNextcloudPublications(page, tripId, [personIds.get('陈立')!]);
    await page.reload();
    await page.getByRole('link', { name: '备份', exact: true }).click();
    await page.getByRole('button', { name: '清除所有数据…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('checkbox').waitFor();
    await page.waitForTimeout(500);
    await dialog.screenshot({ path: `${out}/zh-CN/live-calendar-erase.png` });
  });
});

test('erasing everything offers to take the published calendars off the server', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await page.getByRole('tab', { name: 'People' }).click();
  const { tripId, personIds } = await idsOnRoster(page, ['Fiona Gallagher', 'Daniel Kerr']);
  await recordNextcloudPublications(page, tripId, [...personIds.values()]);
  await page.reload();
  await page.getByRole('link', { name: 'Backups', exact: true }).click();
  await page.getByRole('button', { name: 'Erase all data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Erase all data?' });
  await dialog.getByRole('checkbox').waitFor();
  await page.waitForTimeout(500);
  await dialog.screenshot({ path: `${out}/live-calendar-erase.png` });
});
