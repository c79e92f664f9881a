/**
 * Every change is recorded with who made it: an organiser who has set their name in Settings edits the trip
 * and a delegate, reads the record's history on its page (a diet named as changed, never shown), and takes an
 * edit back with Undo.
 */
import { expect, test } from './fixtures';
import { text } from './steps';

const TRIP = 'Liverpool City Region trade mission to China';

test('an organiser’s edits appear in the trip’s and a delegate’s history under their name, and an edit is undone', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Settings' }).click();
  await text(page, 'Your name').fill('Ada Organiser');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Your changes are recorded as Ada Organiser.')).toBeVisible();

  await page.getByRole('link', { name: 'Trips', exact: true }).click();
  await page.getByRole('button', { name: 'Load sample trip' }).first().click();
  await expect(page.getByRole('heading', { name: TRIP, level: 2 })).toBeVisible();

  await page.getByRole('button', { name: 'Edit trip' }).click();
  const form = page.getByRole('dialog', { name: 'Edit trip' });
  await text(form, 'Notes').fill('Gifts for every host: Liverpool FC scarves.');
  await form.getByRole('button', { name: 'Save trip' }).click();
  await expect(form).toBeHidden();

  const history = page.getByRole('region', { name: 'History' });
  await history.getByRole('button', { name: 'Show history' }).click();
  const entries = history.getByRole('list', { name: 'History' }).getByRole('listitem');
  await expect(entries.first()).toContainText('Ada Organiser');
  await expect(entries.first()).toContainText('Changed notes to “Gifts for every host: Liverpool FC scarves.”');
  await expect(entries.last()).toContainText('Created');

  // The save's notification offers Undo; the notes are as they were, and the undo is in the history too.
  const saved = page.getByRole('alert').filter({ hasText: `Saved` });
  await saved.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(`Undone: “${TRIP}” is as it was before that save.`)).toBeVisible();
  await page.getByRole('button', { name: 'Edit trip' }).click();
  await expect(text(form, 'Notes')).not.toHaveValue(/scarves/);
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(entries).toHaveCount(3);
  await expect(entries.first()).toContainText(/Changed notes/);

  // A delegate's diet is personal data: the history says it changed, and never what it says.
  await page.getByRole('tab', { name: 'People' }).click();
  await page.getByRole('link', { name: 'Daniel Kerr' }).first().click();
  await page.getByRole('button', { name: 'Edit details' }).click();
  const person = page.getByRole('dialog', { name: /Daniel Kerr/ });
  await text(person, /^Dietary needs/).fill('Severe peanut allergy');
  await person.getByRole('button', { name: 'Save person' }).click();
  await expect(person).toBeHidden();
  const personHistory = page.getByRole('region', { name: 'History' });
  await personHistory.getByRole('button', { name: 'Show history' }).click();
  const latest = personHistory.getByRole('listitem').first();
  await expect(latest).toContainText('Ada Organiser');
  await expect(latest).toContainText('Changed dietary needs');
  await expect(personHistory).not.toContainText('peanut');
});
