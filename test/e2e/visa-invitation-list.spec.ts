/**
 * An organiser readies the sample delegation's visas: on a person's page the passport number is masked until
 * revealed; editing the given and family names changes the whole name as it is typed; a name whose split was a
 * guess is confirmed; and the invitation-letter list for the host is saved as CSV and as a spreadsheet, both read
 * back, with the passport that expires too soon after the trip flagged.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import { expect, test } from './fixtures';
import { text } from './steps';

async function downloaded(page: Page, save: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const waiting = page.waitForEvent('download');
  await save();
  const download = await waiting;
  return { download, bytes: await readFile((await download.path())!) };
}

test('passports are masked until revealed, names are confirmed, and the invitation-letter list reads back', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await expect(page.getByRole('heading', { name: 'Liverpool City Region trade mission to China' })).toBeVisible();
  await page.getByRole('tab', { name: 'People' }).click();
  const roster = page.getByRole('table', { name: 'People on this trip' });

  // A person's page: the passport number masked, then revealed by its own button.
  await roster.getByRole('link', { name: 'Ellen Cutler' }).click();
  await expect(page.getByRole('heading', { name: 'Programme for Ellen Cutler' })).toBeVisible();
  const passport = page.getByRole('region', { name: 'Passport and visa' });
  await expect(passport.getByText('••••••476')).toBeVisible();
  await expect(passport.getByText('521904476')).toBeHidden();
  await expect(passport.getByText('•••• 1979')).toBeVisible();
  const reveal = passport.getByRole('button', { name: 'Reveal Passport number' });
  await expect(reveal).toHaveAttribute('aria-pressed', 'false');
  await reveal.click();
  await expect(reveal).toHaveAttribute('aria-pressed', 'true');
  await expect(passport.getByText('521904476')).toBeVisible();
  await expect(passport.getByText('•••• 1979')).toBeVisible();

  // The form: the passport number masked there too; the whole name follows the given and family names.
  await page.getByRole('button', { name: 'Edit details' }).click();
  let dialog = page.getByRole('dialog', { name: 'Edit Ellen Cutler' });
  await expect(text(dialog, 'Passport number')).toHaveValue('••••••476');
  await dialog.getByRole('button', { name: 'Reveal Passport number' }).click();
  await expect(text(dialog, 'Passport number')).toHaveValue('521904476');
  await text(dialog, 'Given names').fill('Ellen Mary');
  await text(dialog, 'Family name').fill('Cutler-Hughes');
  await expect(text(dialog, /^Name as shown/)).toHaveValue('Ellen Mary Cutler-Hughes');
  await dialog.getByRole('button', { name: 'Save person' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Programme for Ellen Mary Cutler-Hughes' })).toBeVisible();

  // A name whose split was a guess: marked in the roster, confirmed on the person's page.
  await page.getByRole('link', { name: 'People', exact: true }).click();
  const zhang = roster.getByRole('row', { name: /Meilin Zhang/ });
  await expect(zhang).toContainText('Name to confirm');
  await page.getByRole('checkbox', { name: 'Only names to confirm (1)' }).check();
  await expect(roster.getByRole('row')).toHaveCount(2);
  await zhang.getByRole('link', { name: 'Meilin Zhang' }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'Name to confirm' });
  await expect(notice).toContainText('Entered as “Meilin Zhang”, and split into given names “Meilin” and family name “Zhang”.');
  await notice.getByRole('button', { name: 'Confirm the name' }).click();
  await expect(page.getByText('Confirmed Meilin Zhang’s name')).toBeVisible();
  await expect(notice).toBeHidden();
  await page.getByRole('link', { name: 'People', exact: true }).click();
  await expect(roster.getByRole('row', { name: /Meilin Zhang/ })).not.toContainText('Name to confirm');
  await expect(page.getByRole('checkbox', { name: /Only names to confirm/ })).toBeHidden();

  // The invitation-letter list, as CSV with English headers.
  await page.getByRole('button', { name: 'Invitation-letter list' }).click();
  dialog = page.getByRole('dialog', { name: 'Invitation-letter list' });
  await expect(dialog.getByText('20 people in the list')).toBeVisible();
  await expect(dialog).toContainText('1 passport expires less than 6 months after the trip ends (needed until 19 May 2017): Daniel Kerr');
  await dialog.getByRole('radio', { name: 'CSV (opens in Excel)' }).check();
  await dialog.getByRole('radio', { name: 'English' }).check();
  const csv = await downloaded(page, () => dialog.getByRole('button', { name: 'Save list' }).click());
  expect(csv.download.suggestedFilename()).toBe('Liverpool City Region trade mission to China invitation-letter list.csv');
  const csvText = csv.bytes.toString('utf8');
  expect(csvText.startsWith('\uFEFF')).toBe(true);
  const rows = Papa.parse<string[]>(csvText.slice(1), { skipEmptyLines: true }).data;
  const header = rows[0]!;
  expect(header.slice(0, 2)).toEqual(['Family name (as in passport)', 'Given names (as in passport)']);
  expect(rows).toHaveLength(21);
  const kerr = rows.find((row) => row[0] === 'Kerr')!;
  expect(kerr[header.indexOf('Passport number')]).toBe('497150329');
  expect(kerr[header.indexOf('To check')]).toBe('Passport expires on 2017-04-30, less than 6 months after the trip ends (needed until 2017-05-19)');
  const cutler = rows.find((row) => row[0] === 'Cutler-Hughes')!;
  expect(cutler[header.indexOf('Given names (as in passport)')]).toBe('Ellen Mary');
  expect(rows.slice(1).filter((row) => row[header.indexOf('To check')] !== '').map((row) => row[0])).toEqual(['Kerr']);

  // And as a spreadsheet with Chinese headers, for a Chinese host.
  await page.getByRole('button', { name: 'Invitation-letter list' }).click();
  dialog = page.getByRole('dialog', { name: 'Invitation-letter list' });
  await dialog.getByRole('radio', { name: 'Spreadsheet (.xlsx)' }).check();
  await dialog.getByRole('radio', { name: '中文 (Chinese)' }).check();
  const xlsx = await downloaded(page, () => dialog.getByRole('button', { name: 'Save list' }).click());
  expect(xlsx.download.suggestedFilename()).toBe('Liverpool City Region trade mission to China invitation-letter list.xlsx');
  const sheet = await readSheet(xlsx.bytes);
  const chineseHeader = sheet[0]!.map(String);
  expect(chineseHeader.slice(0, 3)).toEqual(['姓（护照）', '名（护照）', '中文姓名']);
  const kerrRow = sheet.find((row) => row[0] === 'Kerr')!;
  expect(kerrRow[chineseHeader.indexOf('护照号码')]).toBe('497150329');
  expect(kerrRow[chineseHeader.indexOf('访问城市及日期')]).toMatch(/^昆明 2016-11-0\d至/);
  expect(String(kerrRow[chineseHeader.indexOf('待核实')])).toBe('护照于2017-04-30到期，距行程结束不足6个月（须有效至2017-05-19）');
  expect(sheet.find((row) => row[0] === 'Zhang')![chineseHeader.indexOf('中文姓名')]).toBe('张美琳');
});

test('a delegate’s briefing book holds their own passport number only when the organiser ticks it, and nobody else’s', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await expect(page.getByRole('heading', { name: 'Liverpool City Region trade mission to China' })).toBeVisible();

  const openKerrsBook = async (passportDetails: boolean) => {
    await page.getByRole('button', { name: passportDetails ? 'Change what goes in' : 'Briefing book' }).click();
    const dialog = page.getByRole('dialog', { name: 'Briefing book' });
    await dialog.getByRole('combobox', { name: 'Whose book' }).click();
    await page.getByRole('option', { name: 'Daniel Kerr (Delegate)' }).click();
    for (const part of ['Cover', 'The route at a glance', 'Who’s who', 'Day by day', 'Hotels', 'Travel']) {
      await dialog.getByRole('checkbox', { name: part }).uncheck();
    }
    await dialog.getByRole('checkbox', { name: 'Include passport details' }).setChecked(passportDetails);
    await dialog.getByRole('button', { name: 'Show the book' }).click();
    await expect(page.getByRole('status').filter({ hasText: /\d+ pages?, ready to print/ })).toBeVisible({ timeout: 30_000 });
  };

  await openKerrsBook(false);
  await expect(page.getByRole('heading', { name: 'Contacts in emergencies' }).first()).toBeVisible();
  await expect(page.getByText('497150329')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Your passport' })).toHaveCount(0);

  await openKerrsBook(true);
  await expect(page.getByRole('heading', { name: 'Your passport' }).first()).toBeVisible();
  await expect(page.getByText('497150329').filter({ visible: true }).first()).toBeVisible();
  // Joe Anderson's, head of the delegation, is not in Daniel Kerr's book.
  await expect(page.getByText('533417892')).toHaveCount(0);
});
