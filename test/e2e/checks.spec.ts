/**
 * The checks: an organiser books a second engagement over the MoU signing in Tianjin, sees the double booking
 * on both items and in the trip's checks, moves it to a free hour, and sees the warning go. A warning that is
 * acceptable is acknowledged with a note and stays listed as acknowledged. A trip duplicated with the same
 * people puts them in two places at once: both trips say so, naming the other, and say it no more once the
 * copy is cancelled, even in a window that was already open.
 */
import { expect, test } from './fixtures';
import { text } from './steps';

test('a double booking is found, shown on the items and in the checks, and goes once it is fixed', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await expect(page.getByRole('heading', { name: 'Liverpool City Region trade mission to China' })).toBeVisible();

  // The sample's known problems: a passport that expires too soon after the trip, a minibus too small for a
  // meeting, and a meeting without its interpreter.
  const checksTab = page.getByRole('tab', { name: /^Checks/ });
  await expect(checksTab).toHaveAccessibleName('Checks: 2 errors and 1 warning need attention');

  await page.getByRole('tab', { name: 'Programme' }).click();
  await page.getByRole('button', { name: 'Add engagement on Sat 12 Nov 2016' }).click();
  const booking = page.getByRole('dialog', { name: 'New engagement' });
  await text(booking, /^Title/).fill('Tianjin Port Group briefing');
  await booking.getByLabel('Starts').fill('10:30');
  await booking.getByRole('textbox', { name: 'Venue', exact: true }).fill('Tianjin Port Group headquarters');
  await booking.getByRole('button', { name: 'Book engagement' }).click();
  await expect(booking).toBeHidden();

  // Both engagements carry the mark; opening it says what is wrong, at local times.
  const saturday = page.locator('.programme-day').filter({ has: page.getByRole('heading', { name: /Sat 12 Nov 2016/ }) });
  const marks = saturday.getByRole('button', { name: '1 conflict: double booking' });
  await expect(marks).toHaveCount(2);
  await marks.first().click();
  const popover = page.getByRole('dialog').filter({ hasText: 'See the trip’s checks' });
  await expect(popover).toContainText('Double booking:');
  await expect(popover).toContainText('“Tianjin Port Group briefing” (10:30–11:30) at once.');
  await expect(popover).toContainText('“Sensor City – Zhengxin Group MoU signing ceremony” (Sat 12 Nov, 10:00–11:00 Tianjin)');
  await popover.getByRole('link', { name: 'See the trip’s checks' }).click();

  await expect(page).toHaveURL(/\/checks$/);
  await expect(checksTab).toHaveAccessibleName('Checks: 3 errors and 1 warning need attention');
  const list = page.getByRole('list', { name: 'Conflicts' });
  const clash = list.getByRole('listitem').filter({ hasText: 'Double booking' });
  await expect(clash).toContainText('Affects 17 people: Joe Anderson, Councillor Phil Davies');
  await clash.getByRole('link', { name: 'Open “Tianjin Port Group briefing”' }).click();

  // On the engagement's own page, then fixed there by moving it to noon.
  await expect(page.getByRole('heading', { name: 'Tianjin Port Group briefing' })).toBeVisible();
  const alert = page.getByRole('alert').filter({ hasText: 'conflict with this engagement' });
  await expect(alert).toContainText('at once');
  await page.getByRole('button', { name: 'Edit engagement' }).click();
  const editing = page.getByRole('dialog', { name: 'Edit engagement' });
  await editing.getByLabel('Starts').fill('12:00');
  await editing.getByRole('button', { name: 'Save engagement' }).click();
  await expect(editing).toBeHidden();
  await expect(alert).toBeHidden();
  await expect(page.getByText('Sat 12 Nov, 12:00 Tianjin')).toBeVisible();

  await checksTab.click();
  await expect(checksTab).toHaveAccessibleName('Checks: 2 errors and 1 warning need attention');
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list).not.toContainText('Double booking');
  await page.getByRole('tab', { name: 'Programme' }).click();
  await expect(saturday.getByRole('button', { name: /conflict/ })).toHaveCount(0);
});

test('an acknowledged warning stays listed with its note, and comes back when what is behind it changes', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await page.getByRole('tab', { name: /^Checks/ }).click();

  const list = page.getByRole('list', { name: 'Conflicts' });
  const passport = list.getByRole('listitem').filter({ hasText: 'Passport or visa' });
  await expect(passport).toContainText('Daniel Kerr’s passport expires on 30 Apr 2017');
  await passport.getByRole('button', { name: 'Acknowledge…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Acknowledge this conflict' });
  await dialog.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(dialog.getByText('Say why this is acceptable')).toBeVisible();
  await text(dialog, /^Why it is acceptable/).fill('Renewal booked with the Passport Office for 2 Nov.');
  await dialog.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(dialog).toBeHidden();

  // What the sample's logistics leave to sort out still needs attention.
  await expect(page.getByRole('heading', { name: '1 error and 1 warning need attention' })).toBeVisible();
  await page.getByText('Acknowledged (1)', { exact: true }).click();
  await expect(passport).toContainText('Renewal booked with the Passport Office for 2 Nov.');

  // A new expiry date is a new situation: the warning needs attention again.
  await passport.getByRole('link', { name: 'Open Daniel Kerr’s programme' }).click();
  await page.getByRole('button', { name: 'Edit details' }).click();
  const person = page.getByRole('dialog', { name: /Daniel Kerr/ });
  await text(person, /^Passport expiry/).fill('1 May 2017');
  await person.getByRole('button', { name: /^Save/ }).click();
  await expect(person).toBeHidden();
  await expect(page.getByRole('alert').filter({ hasText: /conflicts? concerns? Daniel Kerr/ })).toContainText(
    'Changed since acknowledged',
  );
  await expect(page.getByRole('tab', { name: /^Checks/ })).toHaveAccessibleName('Checks: 2 errors and 1 warning need attention');
});

test('people on two trips at once are named on both trips, and the finding goes when the other trip is cancelled', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const original = 'Liverpool City Region trade mission to China';
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await expect(page.getByRole('heading', { name: original })).toBeVisible();
  const checksTab = page.getByRole('tab', { name: /^Checks/ });
  await expect(checksTab).toHaveAccessibleName('Checks: 2 errors and 1 warning need attention');

  await page.getByRole('link', { name: 'Trips', exact: true }).click();
  await page.getByRole('button', { name: `Actions for ${original}` }).click();
  await page.getByRole('menuitem', { name: 'Duplicate' }).click();
  await expect(page.getByRole('heading', { name: `${original} (copy)` })).toBeVisible();

  // The copy: the same 20 people, on the same days as on the original.
  await expect(checksTab).toHaveAccessibleName('Checks: 3 errors and 1 warning need attention');
  await checksTab.click();
  const list = page.getByRole('list', { name: 'Conflicts' });
  const onCopy = list.getByRole('listitem').filter({ hasText: 'On another trip at the same time' });
  await expect(onCopy).toContainText(
    `Joe Anderson, Councillor Phil Davies and 18 others are also on the trip “${original}” (Sat 5 Nov – Sat 19 Nov 2016), from Sat 5 Nov to Sat 19 Nov while on this one.`,
  );
  await expect(onCopy).toContainText('Affects 20 people: Joe Anderson, Councillor Phil Davies');
  await onCopy.getByRole('link', { name: 'Open the other trip’s checks' }).click();

  // The original says the same of the copy.
  await expect(page.getByRole('heading', { name: original, exact: true })).toBeVisible();
  const onOriginal = list.getByRole('listitem').filter({ hasText: 'On another trip at the same time' });
  await expect(onOriginal).toContainText(`are also on the trip “${original} (copy)” (Sat 5 Nov – Sat 19 Nov 2016)`);
  await expect(checksTab).toHaveAccessibleName('Checks: 3 errors and 1 warning need attention');

  // A second window on the copy cancels it; the original's checks, still open, follow.
  const second = await page.context().newPage();
  await second.goto(page.url().replace(/\/trips\/[^/]+\/checks$/, '/trips'));
  await second.getByRole('link', { name: `${original} (copy)` }).click();
  await second.getByRole('button', { name: 'Edit trip' }).click();
  const editing = second.getByRole('dialog', { name: 'Edit trip' });
  await editing.getByRole('combobox', { name: 'Status' }).click();
  await second.getByRole('option', { name: 'Cancelled' }).click();
  await editing.getByRole('button', { name: 'Save trip' }).click();
  await expect(editing).toBeHidden();

  await expect(onOriginal).toBeHidden();
  await expect(checksTab).toHaveAccessibleName('Checks: 2 errors and 1 warning need attention');
});

