/**
 * Ground logistics as an organiser plans them: on the sample trip, a 16-seat minibus is added (after a typo in its
 * seats is refused) and booked for a meeting of twenty in Qingdao, and the checks say it has too few seats; an
 * interpreter is booked from the meeting's page and the warning about the missing interpreter goes; the driver's
 * day sheet is printed and read back with pdftotext: the pick-up at the hotel's address in Chinese characters,
 * at 09:20 Qingdao time (the browser is in Los Angeles). Removing the minibus takes its booking with it, and
 * Undo brings both back.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';

/** A PDF's text in the order it was written (pdftotext -raw), so that a table's cells read whole, row by row. */
function pdfText(pdf: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'sheet-')), 'sheet.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

test('a minibus too small for a meeting is found, an interpreter is booked, and the driver’s day sheet prints', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await expect(page.getByRole('heading', { name: 'Liverpool City Region trade mission to China' })).toBeVisible();
  const checksTab = page.getByRole('tab', { name: /^Checks/ });
  // The sample's own: a passport, its Beijing minibus, and the Qingdao meeting without an interpreter.
  await expect(checksTab).toHaveAccessibleName('Checks: 2 errors and 1 warning need attention');

  await page.getByRole('tab', { name: 'Logistics' }).click();
  await page.getByRole('button', { name: 'Add vehicle' }).click();
  const vehicle = page.getByRole('dialog', { name: 'Add a vehicle' });
  await vehicle.getByText('Minibus', { exact: true }).click();
  await expect(vehicle.getByRole('radio', { name: 'Minibus' })).toBeChecked();
  await vehicle.getByRole('textbox', { name: /^Name/ }).fill('Qingdao minibus');
  await vehicle.getByRole('textbox', { name: /^Seats/ }).fill('16.5');
  await vehicle.getByRole('textbox', { name: 'Driver', exact: true }).fill('刘洋');
  await vehicle.getByRole('textbox', { name: 'Driver’s phone' }).fill('+86 532 6555 0160');
  await vehicle.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(vehicle.getByText('“16.5” is not a number of seats')).toBeVisible();
  await expect(vehicle.getByRole('textbox', { name: /^Seats/ })).toBeFocused();
  await vehicle.getByRole('textbox', { name: /^Seats/ }).fill('16');
  await vehicle.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(vehicle).toBeHidden();
  const resources = page.getByRole('table', { name: 'Vehicles, interpreters and guides' });
  await expect(resources.getByRole('row').filter({ hasText: 'Qingdao minibus' })).toContainText('16 seats');

  await page.getByRole('button', { name: 'Actions for Qingdao minibus', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Book it…' }).click();
  const booking = page.getByRole('dialog', { name: 'Book a vehicle, interpreter or guide' });
  await booking.getByRole('combobox', { name: 'For' }).fill('Qingdao Municipal');
  await page.getByRole('option', { name: /Wed 16 Nov, 10:00 · Meeting with the Qingdao Municipal Bureau of Commerce/ }).click();
  await expect(booking.getByText('Qingdao minibus has 16 seats for 20 people.')).toBeVisible();
  await booking.getByLabel('Pick-up time').fill('920');
  await booking.getByRole('button', { name: 'Book', exact: true }).click();
  await expect(booking).toBeHidden();

  await expect(checksTab).toHaveAccessibleName('Checks: 3 errors and 1 warning need attention');
  await checksTab.click();
  const findings = page.getByRole('list', { name: 'Conflicts' });
  const seats = findings.getByRole('listitem').filter({ hasText: 'Qingdao minibus has 16 seats' });
  await expect(seats).toContainText('Not enough seats');
  await expect(seats).toContainText(
    'Qingdao minibus has 16 seats for 20 people (Joe Anderson, Councillor Phil Davies and 18 others) on “Meeting with the Qingdao Municipal Bureau of Commerce” (Wed 16 Nov, 10:00–11:30 Qingdao; pick-up 09:20).',
  );
  const interpreter = findings.getByRole('listitem').filter({ hasText: 'No interpreter booked' });
  await expect(interpreter).toContainText('“Meeting with the Qingdao Municipal Bureau of Commerce” (Wed 16 Nov, 10:00–11:30 Qingdao) needs an interpreter');

  // The interpreter, booked from the meeting's own page.
  await interpreter.getByRole('link', { name: 'Open “Meeting with the Qingdao Municipal Bureau of Commerce”' }).click();
  await expect(page.getByRole('heading', { name: 'Meeting with the Qingdao Municipal Bureau of Commerce' })).toBeVisible();
  await expect(page.getByText('Needs an interpreter: none is booked.')).toBeVisible();
  await page.getByRole('button', { name: 'Book a vehicle or interpreter' }).click();
  await booking.getByRole('combobox', { name: 'Vehicle, interpreter or guide' }).fill('Meilin');
  await page.getByRole('option', { name: /^Meilin Zhang 张美琳/ }).click();
  await booking.getByRole('button', { name: 'Book', exact: true }).click();
  await expect(booking).toBeHidden();
  const booked = page.getByRole('list', { name: 'Vehicles and interpreters' });
  await expect(booked).toContainText('Meilin Zhang 张美琳');
  await expect(booked).toContainText('Pick-up 09:20 at May Fourth Square Seaview Hotel');
  await expect(page.getByText('Needs an interpreter: none is booked.')).toBeHidden();
  await expect(checksTab).toHaveAccessibleName('Checks: 3 errors need attention');

  // The driver's day sheet, printed.
  await page.getByRole('link', { name: 'Qingdao minibus’s day sheet' }).click();
  await expect(page.getByRole('heading', { name: 'Day sheet', level: 2 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Day' })).toHaveValue('Wed 16 Nov');
  const text = pdfText(await page.pdf({ preferCSSPageSize: true }));
  const words = text.replace(/\s+/g, ' ');
  expect(words).toContain('Qingdao minibus');
  expect(words).toContain('刘洋 · +86 532 6555 0160');
  // Where to pick up, in the driver's script first: the hotel's address; and where to go.
  expect(text.replace(/\s+/g, '')).toContain('五四广场海景酒店青岛市市南区东海西路9号');
  expect(text.replace(/\s+/g, '')).toContain('青岛市商务局青岛市市南区');
  expect(words).toMatch(/\b09:20\b/);
  expect(words).not.toMatch(/\b(AM|PM)\b/i);
  expect(words).toContain('20人 20 people');
  expect(words).toContain('Ellen Cutler +44 7700 900110');

  // Removing the minibus takes its booking (and the finding) with it; Undo brings them back.
  await page.getByRole('link', { name: 'Back to logistics' }).click();
  await page.getByRole('button', { name: 'Actions for Qingdao minibus', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Remove…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove Qingdao minibus?' });
  await expect(confirm).toContainText('Its 1 booking goes with it.');
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(checksTab).toHaveAccessibleName('Checks: 2 errors need attention');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(checksTab).toHaveAccessibleName('Checks: 3 errors need attention');
  await expect(resources.getByRole('row').filter({ hasText: 'Qingdao minibus' })).toContainText('16 seats');
});
