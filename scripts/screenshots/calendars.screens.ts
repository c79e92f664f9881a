/**
 * Screens of the calendars: the Calendars tab with its exports, the reminders, who has changes they have not
 * yet received after an edit, and the preview of importing a partner's invitation.
 */
import { test, type Page } from '@playwright/test';

const out = 'docs/screenshots';

async function shoot(page: Page, name: string, fullPage = false) {
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage });
}

test('screens of the calendars', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await page.getByRole('heading', { name: 'Liverpool City Region trade mission to China' }).waitFor();

  await page.getByRole('tab', { name: 'Calendars' }).click();
  await page.getByRole('table', { name: 'Calendars of the people on this trip' }).waitFor();
  await shoot(page, 'calendars');

  await page.getByRole('button', { name: 'Change reminders' }).click();
  const reminders = page.getByRole('dialog', { name: 'Reminders in this trip’s calendars' });
  await reminders.waitFor();
  await shoot(page, 'calendars-reminders');
  await reminders.getByRole('button', { name: 'Cancel' }).click();

  // Everyone's calendar sent, then the MoU signing moved half an hour and one more person added.
  const everyone = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export all \d+ calendars$/ }).click();
  await everyone;
  await page.getByRole('button', { name: 'Everyone is up to date' }).waitFor();

  await page.getByRole('tab', { name: 'Programme' }).click();
  await page.getByRole('link', { name: 'Sensor City – Zhengxin Group MoU signing ceremony' }).click();
  await page.getByRole('button', { name: 'Edit engagement' }).click();
  const editing = page.getByRole('dialog', { name: 'Edit engagement' });
  await editing.getByLabel('Starts').fill('10:30');
  await editing.getByRole('button', { name: 'Save engagement' }).click();
  await editing.waitFor({ state: 'hidden' });

  // The notification of the save fades before the picture, so it hides nothing; it waits while the pointer,
  // left on the dialog's Save button, rests over it.
  await page.mouse.move(10, 10);
  await page.getByText(/^Saved “Sensor City/).waitFor({ state: 'hidden', timeout: 10_000 });
  await page.getByRole('tab', { name: 'Calendars' }).click();
  await page.getByText(/^Not up to date \(\d+\)$/).click();
  await page.getByText(/have changes they have not yet received/).waitFor();
  await shoot(page, 'calendars-changes');
  await shoot(page, 'calendars-changes-full', true);

  await page.getByRole('button', { name: 'Import .ics file' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose an .ics file' }).click();
  await (await chooser).setFiles('test/fixtures/calendars/zhengxin-invitation.ics');
  await page.getByRole('table', { name: 'Events in the file' }).waitFor();
  await shoot(page, 'calendars-import-preview');
});
