/** Steps an organiser takes, shared by the e2e specs: typed as a person types, found by role and label. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export const text = (scope: Page | Locator, name: RegExp | string) => scope.getByRole('textbox', { name });

export async function fillDate(dialog: Locator, label: string, value: string) {
  const field = text(dialog, new RegExp(`^${label}`));
  await field.fill(value);
  await field.press('Tab');
}

export async function addCity(page: Page, typed: string, option: RegExp, arrival: string, departure: string) {
  await page.getByRole('combobox', { name: 'Add a city' }).fill(typed);
  await page.getByRole('option', { name: option }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add a city' });
  await fillDate(dialog, 'Arrival date', arrival);
  await fillDate(dialog, 'Departure date', departure);
  await dialog.getByRole('button', { name: 'Add city' }).click();
  await expect(dialog).toBeHidden();
}

export interface Journey {
  from: string;
  to: string;
  mode?: string;
  number: string;
  departs: [date: string, time: string];
  arrives: [date: string, time: string];
}

export async function addJourney(page: Page, journey: Journey) {
  await page.getByRole('button', { name: 'Add journey' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a journey' });
  if (journey.mode) await dialog.getByText(journey.mode, { exact: true }).click();
  for (const [label, value] of [
    ['From', journey.from],
    ['To', journey.to],
  ] as const) {
    await dialog.getByRole('combobox', { name: label, exact: true }).click();
    await page.getByRole('option', { name: value, exact: true }).click();
  }
  await text(dialog, 'Number').fill(journey.number);
  await fillDate(dialog, 'Departure date', journey.departs[0]);
  await dialog.getByLabel('Departure time', { exact: true }).fill(journey.departs[1]);
  await fillDate(dialog, 'Arrival date', journey.arrives[0]);
  await dialog.getByLabel('Arrival time', { exact: true }).fill(journey.arrives[1]);
  await expect(dialog.getByText(/^Takes /)).toBeVisible();
  await dialog.getByRole('button', { name: 'Add journey' }).click();
  await expect(dialog).toBeHidden();
}

export async function addHotel(page: Page, city: string, name: string, nameLocal: string) {
  await page.getByRole('button', { name: `Actions for ${city}` }).click();
  await page.getByRole('menuitem', { name: 'Add hotel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a hotel' });
  await dialog.getByRole('textbox', { name: 'Hotel', exact: true }).fill(name);
  await text(dialog, 'Hotel name in local script').fill(nameLocal);
  await dialog.getByRole('button', { name: 'Add hotel' }).click();
  await expect(dialog).toBeHidden();
}


/** Creates a trip from the trips screen and lands on its page. */
export async function createTrip(page: Page, name: string, start: string, end: string) {
  await page.getByRole('button', { name: 'New trip' }).first().click();
  const form = page.getByRole('dialog', { name: 'New trip' });
  await text(form, /^Name/).fill(name);
  await fillDate(form, 'Start date', start);
  await fillDate(form, 'End date', end);
  await form.getByRole('button', { name: 'Create trip' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

/** Opens the briefing book of `whose` in the chosen edition, with extra parts ticked, once its pages are laid out. */
export async function openBook(page: Page, whose: string, edition: RegExp, alsoTick: string[] = []) {
  await page.getByRole('button', { name: 'Briefing book' }).click();
  const dialog = page.getByRole('dialog', { name: 'Briefing book' });
  await dialog.getByRole('combobox', { name: 'Whose book' }).click();
  await page.getByRole('option', { name: whose }).click();
  await dialog.getByRole('radio', { name: edition }).check();
  for (const part of alsoTick) await dialog.getByRole('checkbox', { name: part }).check();
  await dialog.getByRole('button', { name: 'Show the book' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Briefing book', level: 2 })).toBeVisible();
  // The pages are laid out before they are printed.
  await expect(page.getByRole('status').filter({ hasText: /\d+ pages, ready to print/ })).toBeVisible({ timeout: 30_000 });
}

/**
 * Runs `option` from the command palette as a person does: Ctrl/Cmd+K, part of a name typed, the arrow keys down
 * to the option they read in the list, and Enter. `searchName`: the palette's box as the page's language names it.
 */
export async function runFromPalette(page: Page, typed: string, option: string | RegExp, searchName = 'Go to or do') {
  await page.keyboard.press('ControlOrMeta+KeyK');
  const search = page.getByRole('searchbox', { name: searchName }).or(page.getByRole('textbox', { name: searchName }));
  await expect(search).toBeFocused();
  await page.keyboard.type(typed);
  // Read by its label: a city's second line names its trip too.
  const wanted = page.locator('.mantine-Spotlight-action').filter({ has: page.locator('.mantine-Spotlight-actionLabel', { hasText: option }) }).first();
  await expect(wanted).toBeVisible();
  for (let presses = 0; presses < 12 && (await wanted.getAttribute('data-selected')) === null; presses += 1) await page.keyboard.press('ArrowDown');
  await expect(wanted).toHaveAttribute('data-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(search).toBeHidden();
}
