/**
 * The engagement form keeps what the organiser typed. On the sample trip: an end time set by hand stays when
 * the kind changes; on the day the delegation flies from Kunming to Chongqing (MU5857 at 10:20) a new
 * engagement starts in the city the delegation is in at its start time; and a partner organisation not yet in
 * the directory is created from inside the form, with nothing typed lost, while its notification leaves the
 * form's buttons clear.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { fillDate, text } from './steps';

async function newEngagementOn(page: Page, day: string) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await expect(page.getByRole('heading', { name: 'Liverpool City Region trade mission to China' })).toBeVisible();
  await page.getByRole('tab', { name: 'Programme' }).click();
  await page.getByRole('button', { name: `Add engagement on ${day}` }).click();
  const booking = page.getByRole('dialog', { name: 'New engagement' });
  await expect(text(booking, /^Title/)).toBeFocused();
  return booking;
}

async function chooseKind(page: Page, booking: Locator, kind: string) {
  await booking.getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: kind, exact: true }).click();
}

/** What is drawn at the centre of a control is the control itself: nothing lies over it. */
async function expectNotCovered(control: Locator) {
  await control.scrollIntoViewIfNeeded();
  const onTop = await control.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const top = element.ownerDocument.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return top !== null && element.contains(top);
  });
  expect(onTop, 'the control is not covered by anything').toBe(true);
}

test('an end time set by hand stays when the kind changes; one the form proposed follows the kind', async ({ page }) => {
  const booking = await newEngagementOn(page, 'Mon 7 Nov 2016');
  await page.keyboard.type('Dinner with the Yunnan Department of Commerce');
  const starts = booking.getByLabel('Starts', { exact: true });
  const ends = booking.getByLabel('Ends', { exact: true });

  await starts.fill('19:00');
  await expect(ends).toHaveValue('20:00');
  // The form proposed that end: a banquet's usual two hours move it.
  await chooseKind(page, booking, 'Banquet or reception');
  await expect(ends).toHaveValue('21:00');

  // Set by hand, it stays whatever the kind becomes.
  await ends.fill('22:15');
  await chooseKind(page, booking, 'Meeting');
  await expect(ends).toHaveValue('22:15');
  await chooseKind(page, booking, 'Forum or presentation');
  await expect(ends).toHaveValue('22:15');

  await booking.getByRole('button', { name: 'Book engagement' }).click();
  await expect(booking).toBeHidden();
  await page.getByRole('link', { name: 'Dinner with the Yunnan Department of Commerce' }).click();
  await expect(page.getByRole('main')).toContainText('Forum or presentation in Kunming');
  await expect(page.getByRole('main')).toContainText(/Mon 7 Nov, 19:00.* to 22:15/);
});

test('on a travel day a new engagement starts in the city the delegation is in at that hour', async ({ page }) => {
  const booking = await newEngagementOn(page, 'Wed 9 Nov 2016');
  const city = booking.getByRole('combobox', { name: 'City', exact: true });
  const starts = booking.getByLabel('Starts', { exact: true });
  await page.keyboard.type('Breakfast with the Kunming Foreign Affairs Office');

  // 10:00 is before the 10:20 flight leaves Kunming.
  await expect(starts).toHaveValue('10:00');
  await expect(city).toHaveValue('Kunming');
  await starts.fill('15:00');
  await expect(city).toHaveValue('Chongqing');
  await starts.fill('08:00');
  await expect(city).toHaveValue('Kunming');

  // The date moves it too: the evening before the next flight on, 11 Nov at 19:00, is in Tianjin.
  await starts.fill('19:00');
  await fillDate(booking, 'Date', '11 Nov 2016');
  await expect(city).toHaveValue('Tianjin');

  // Once the organiser picks the city, it stays theirs.
  await city.click();
  await page.getByRole('option', { name: 'Chongqing', exact: true }).click();
  await expect(city).toHaveValue('Chongqing');
  await starts.fill('07:30');
  await fillDate(booking, 'Date', '9 Nov 2016');
  await expect(city).toHaveValue('Chongqing');
});

test('a partner organisation not yet in the directory is created from inside the form', async ({ page }) => {
  const booking = await newEngagementOn(page, 'Sat 12 Nov 2016');
  await page.keyboard.type('Port logistics round table');
  await booking.getByLabel('Starts', { exact: true }).fill('14:00');
  await chooseKind(page, booking, 'Site visit');
  await booking.getByRole('textbox', { name: 'Venue', exact: true }).fill('Tianjin Port Group headquarters');

  const partners = booking.getByRole('combobox', { name: 'Partner organisations' });
  await partners.click();
  await partners.pressSequentially('Tianjin Port Group');
  await page.getByRole('option', { name: 'Create “Tianjin Port Group”' }).click();

  // Escape closes only the organisation's dialog; the engagement form is as it was.
  const organisationForm = page.getByRole('dialog', { name: 'New organisation' });
  await expect(text(organisationForm, /^Name in English/)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(organisationForm).toBeHidden();
  await expect(booking).toBeVisible();
  await expect(text(booking, /^Title/)).toHaveValue('Port logistics round table');
  await expect(page.getByRole('dialog', { name: 'Discard your changes?' })).toBeHidden();

  await partners.click();
  await partners.pressSequentially('Tianjin Port Group');
  await page.getByRole('option', { name: 'Create “Tianjin Port Group”' }).click();
  await expect(text(organisationForm, /^Name in English/)).toHaveValue('Tianjin Port Group');
  await text(organisationForm, 'Name in local script').fill('天津港集团');
  await text(organisationForm, 'City').fill('Tianjin');
  await organisationForm.getByRole('button', { name: 'Create organisation' }).click();
  await expect(organisationForm).toBeHidden();

  // Nothing typed in the engagement form is lost, and the new organisation is chosen.
  await expect(booking).toBeVisible();
  await expect(text(booking, /^Title/)).toHaveValue('Port logistics round table');
  await expect(booking.getByLabel('Starts', { exact: true })).toHaveValue('14:00');
  await expect(booking.getByLabel('Ends', { exact: true })).toHaveValue('16:00');
  await expect(booking.getByRole('combobox', { name: 'Kind' })).toHaveValue('Site visit');
  await expect(booking.getByRole('textbox', { name: 'Venue', exact: true })).toHaveValue('Tianjin Port Group headquarters');
  await expect(booking.getByText('Tianjin Port Group · 天津港集团')).toBeVisible();

  // Its notification shows over the page, but leaves the form's buttons clear.
  await expect(page.getByText('Added “Tianjin Port Group” to the directory')).toBeVisible();
  await expectNotCovered(booking.getByRole('button', { name: 'Book engagement' }));
  await expectNotCovered(booking.getByRole('button', { name: 'Cancel' }));

  await booking.getByRole('button', { name: 'Book engagement' }).click();
  await expect(booking).toBeHidden();
  const saturday = page.locator('.programme-day').filter({ has: page.getByRole('heading', { name: /Sat 12 Nov 2016/ }) });
  await expect(saturday).toContainText('with Tianjin Port Group');

  await page.getByRole('link', { name: 'Directory' }).click();
  await expect(page.getByRole('table', { name: 'Organisations' })).toContainText('Tianjin Port Group');
});

test('an organisation the directory already has is used from the form rather than added twice', async ({ page }) => {
  const booking = await newEngagementOn(page, 'Sat 12 Nov 2016');
  await page.keyboard.type('Follow-up with Zhengxin');
  const partners = booking.getByRole('combobox', { name: 'Partner organisations' });
  await partners.click();
  // A name the directory has under another spelling is offered as it is, not for creating again.
  await partners.pressSequentially('Zhengxin Group Co., Ltd.');
  await expect(page.getByRole('option', { name: /^Create/ })).toBeHidden();
  await partners.fill('');
  await partners.pressSequentially('Zhengxin Holdings');
  await page.getByRole('option', { name: 'Create “Zhengxin Holdings”' }).click();

  // Its name in Chinese gives it away as one the directory has: the organiser uses that one.
  const organisationForm = page.getByRole('dialog', { name: 'New organisation' });
  await text(organisationForm, 'Name in local script').fill('正信集团');
  await expect(organisationForm.getByText('Zhengxin Group is already in the directory')).toBeVisible();
  await organisationForm.getByRole('button', { name: 'Use it' }).click();
  await expect(organisationForm).toBeHidden();
  await expect(booking).toBeVisible();
  await expect(text(booking, /^Title/)).toHaveValue('Follow-up with Zhengxin');
  await expect(booking.getByText('Zhengxin Group · 正信集团')).toBeVisible();
});
