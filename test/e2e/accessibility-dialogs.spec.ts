/**
 * The accessibility gate over every dialog: axe-core (WCAG 2.1 A and AA) on each dialog of the app, open over the
 * sample trip, opened as a person opens it (by role and visible name) and closed again, in English
 * and in Chinese, each dialog in the light and the dark colour scheme. It fails on any violation, naming the dialog, the rule,
 * the element and axe's own account of it (for colour contrast: both colours and the ratio).
 *
 * The walk reads its words from the app's own catalogues, so that one walk serves both languages: a name with a
 * placeholder ("Actions for {{name}}") matches the first row that has it. The team's connect form is not a dialog
 * but the Team screen itself (in the screen gate), and the palette and the shortcuts sheet have their own check
 * (command-palette.spec.ts).
 */
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wcagViolations } from './axe';
import { expect, test } from './fixtures';

const TRIP = 'Liverpool City Region trade mission to China';
const ENGAGEMENT = 'Sensor City – Zhengxin Group MoU signing';

type Scheme = 'light' | 'dark';
type Language = 'en' | 'zh-CN';
type Catalogue = { [key: string]: Catalogue | string };

/** axe's findings on the open dialogs: the screens beneath them have a gate of their own. */
const violations = (page: Page) => wcagViolations(page, '[role="dialog"]');

/**
 * axe's findings on the open dialogs in the scheme the page is in, then in the other one. The scheme is Mantine's
 * mark on the root element, which every colour of the theme follows (src/ui/app/theme.ts), so a dialog is opened
 * once and checked in both; each walk also starts in a scheme of its own, chosen as the computer's.
 */
async function inBothSchemes(page: Page): Promise<Record<string, string[]>> {
  const schemeIs = (scheme: string) => document.documentElement.setAttribute('data-mantine-color-scheme', scheme);
  const shown = await page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme') ?? 'light');
  const other = shown === 'dark' ? 'light' : 'dark';
  const found = { [shown]: await violations(page) };
  await page.evaluate(schemeIs, other);
  try {
    found[other] = await violations(page);
  } finally {
    await page.evaluate(schemeIs, shown);
  }
  return found;
}

/** The words of `key` ('namespace:path.to.key') in `language`, with `{{placeholders}}` filled from `values`. */
function wordsIn(language: Language) {
  const word = (key: string): string => {
    const [namespace, path] = key.split(':') as [string, string];
    const file = join(import.meta.dirname, '../../src/i18n/locales', language, `${namespace}.json`);
    let node: Catalogue | string | undefined = JSON.parse(readFileSync(file, 'utf8')) as Catalogue;
    for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    if (typeof node !== 'string') throw new Error(`No words for ${key} in ${language}`);
    return node;
  };
  const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return {
    w: (key: string, values: Record<string, string> = {}) =>
      word(key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? `{{${name}}}`),
    /** The words of `key` as a pattern, any text standing for each placeholder. */
    any: (key: string) =>
      new RegExp(`^${escape(word(key)).replace(/\{\{\w+\}\}/g, '.+')}$`),
  };
}

/** Waits until the dialog (and the overlay behind it) has finished appearing, so axe sees it as a person does. */
async function settled(dialog: Locator) {
  await expect(dialog).toBeVisible();
  await dialog.page().evaluate(async () => {
    const finite = document.getAnimations().filter((animation) => animation.effect?.getTiming().iterations !== Infinity);
    await Promise.allSettled(finite.map((animation) => animation.finished));
  });
}

async function everyDialog(page: Page, language: Language, colorScheme: Scheme): Promise<Record<string, string[]>> {
  const { w, any } = wordsIn(language);
  const found: Record<string, string[]> = {};
  const named = (name: string | RegExp) => page.getByRole('dialog', { name });

  /** Runs axe with the dialog `name` open, then closes it with `close` (Escape unless told). */
  async function check(label: string, name: string | RegExp, close?: (dialog: Locator) => Promise<void>) {
    const dialog = named(name);
    await settled(dialog);
    for (const [scheme, list] of Object.entries(await inBothSchemes(page))) if (list.length > 0) found[`${label} (${scheme})`] = list;
    if (close) await close(dialog);
    else await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
  const button = (name: string | RegExp, scope: Page | Locator = page) => scope.getByRole('button', { name }).first();
  const menu = async (row: Locator, item: string) => {
    await row.click();
    await page.getByRole('menuitem', { name: item }).click();
  };
  const tab = async (key: string) => {
    await page.getByRole('tab', { name: w(key) }).click();
    await expect(page.getByRole('tab', { name: w(key) })).toHaveAttribute('aria-selected', 'true');
  };
  const section = async (key: string) => {
    await page.getByRole('navigation').getByRole('link', { name: w(key), exact: true }).click();
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  };
  const cancel = (key = 'common:action.cancel') => (dialog: Locator) => dialog.getByRole('button', { name: w(key) }).click();

  // A step that cannot find its control fails at once rather than at the end of the walk's long allowance.
  page.setDefaultTimeout(20_000);
  await page.emulateMedia({ colorScheme });
  await page.goto('/');
  await button(w('trips:list.newTrip')).click();
  await check('new trip', w('trips:form.newTitle'));

  await button(w('samples:load.liverpool')).click();
  await expect(page.getByRole('heading', { name: TRIP, level: 2 })).toBeVisible();

  // The trip's own page.
  await button(w('trips:page.editTrip')).click();
  await check('edit trip', w('trips:form.editTitle'));
  await button(w('trips:page.editTrip')).click();
  await named(w('trips:form.editTitle')).getByRole('textbox', { name: new RegExp(`^${w('trips:form.name')}`) }).fill('Changed');
  await page.keyboard.press('Escape');
  await check('discard changes', w('common:dialog.discardTitle'), cancel('common:action.discardChanges'));
  await expect(named(w('trips:form.editTitle'))).toBeHidden();
  await button(w('book:open')).click();
  await check('briefing book', w('book:options.title'));
  await button(w('trips:emergency.edit')).click();
  await check('contacts in emergencies', w('trips:emergency.modal.title'));
  await button(w('common:action.delete'), page.getByRole('main')).click();
  await check('delete trip', w('trips:actions.deleteTitle', { name: TRIP }), cancel('common:action.keepIt'));

  await tab('trips:page.tab.route');
  await button(w('route:cities.enterByHand')).click();
  await check('add a city', w('route:cityForm.titleAdd'));
  const cities = page.getByRole('table', { name: w('route:cities.tableLabel') });
  await menu(button(any('route:cities.actions'), cities), w('common:action.edit'));
  await check('edit a city', any('route:cityForm.titleEdit'));
  await menu(button(any('route:cities.actions'), cities), w('route:cities.addHotel'));
  await check('add a hotel', w('route:hotelForm.titleAdd'));
  await menu(button(any('route:cities.actions'), cities), w('route:cities.remove'));
  await check('remove a city', any('route:cities.removeConfirm.title'), cancel('route:cities.removeConfirm.cancel'));
  const hotels = page.getByRole('table', { name: w('route:hotels.tableLabel') });
  await menu(button(any('route:hotels.actions'), hotels), w('common:action.edit'));
  await check('edit a hotel', w('route:hotelForm.titleEdit'));
  await menu(button(any('route:hotels.actions'), hotels), w('route:hotels.taxi'));
  await check('taxi card', w('route:taxi.heading'));
  await button(w('route:journeys.add')).click();
  await check('add a journey', w('route:journeyForm.titleAdd'));
  const journeys = page.getByRole('table', { name: w('route:journeys.tableLabel') });
  await menu(button(any('route:journeys.actions'), journeys), w('common:action.edit'));
  await check('edit a journey', w('route:journeyForm.titleEdit'));

  await tab('trips:page.tab.people');
  await button(w('people:roster.addPerson')).click();
  await check('add a person', w('people:addMember.title'), async (dialog) => {
    await dialog.getByRole('button', { name: w('people:addMember.createNew') }).click();
    await check('add a new person', w('people:addMember.newTitle'));
  });
  await button(w('people:roster.importCsv')).click();
  await check('import a roster', w('people:import.title'));
  await button(w('people:roster.exportCsv')).click();
  await check('export the roster', w('people:export.title'));
  await button(w('people:invitationList.dialog.open')).click();
  await check('invitation-letter list', w('people:invitationList.dialog.title'));
  const roster = page.getByRole('table', { name: w('people:roster.tableLabel') });
  await menu(button(any('people:roster.actionsFor'), roster), w('people:roster.editPerson'));
  await check('edit a person', any('people:personForm.editTitle'));
  await menu(button(any('people:roster.actionsFor'), roster), w('people:roster.changePart'));
  await check('part of the route', any('people:membership.title'));
  await menu(button(any('people:roster.actionsFor'), roster), w('people:roster.removeFromTrip'));
  await check('remove from the trip', any('people:roster.removeTitle'), cancel('people:roster.removeCancel'));

  await tab('trips:page.tab.rooming');
  await button(any('rooming:stay.addRoomLabel')).click();
  await check('add a room', any('rooming:form.titleAdd'));

  await tab('trips:page.tab.programme');
  await button(any('programme:day.addOn')).click();
  await check('new engagement', w('engagements:form.newTitle'));

  await tab('trips:page.tab.logistics');
  await button(w('logistics:tab.addVehicle')).click();
  await check('add a vehicle', w('logistics:form.titleAddVehicle'));
  await button(w('logistics:tab.addPerson')).click();
  await check('add an interpreter', w('logistics:form.titleAddPerson'));
  await button(w('logistics:tab.book')).click();
  await check('book a resource', w('logistics:booking.titleAdd'));
  await menu(button(any('logistics:tab.actionsFor'), page.getByRole('table', { name: w('logistics:tab.resources') })), w('logistics:tab.remove'));
  await check('remove a resource', any('logistics:remove.title'), cancel());

  await page.getByRole('tab', { name: new RegExp(`^${w('trips:page.tab.checks')}`) }).click();
  await button(w('checks:list.acknowledge')).click();
  await check('acknowledge a finding', w('checks:list.dialogTitle'));

  await tab('trips:page.tab.calendars');
  await button(w('calendars:tab.importButton')).click();
  await check('import a calendar', w('calendars:importDialog.title'));
  await button(w('calendars:tab.reminders.change')).click();
  await check('reminders', w('calendars:remindersDialog.title'));

  // An engagement's own page, from the programme.
  await tab('trips:page.tab.programme');
  await page.getByRole('link', { name: ENGAGEMENT }).click();
  await button(w('engagements:screen.edit')).click();
  await check('edit an engagement', w('engagements:form.editTitle'));
  await button(w('common:action.delete'), page.getByRole('main')).click();
  await check('delete an engagement', any('engagements:screen.deleteTitle'), cancel('engagements:screen.keep'));

  await section('app:nav.trips');
  await menu(button(any('common:action.actionsFor'), page.getByRole('table', { name: w('trips:list.title') })), w('common:action.delete'));
  await check('delete a trip from the list', any('trips:actions.deleteTitle'), cancel('common:action.keepIt'));

  await section('app:nav.directory');
  await button(w('directory:list.newOrganisation')).click();
  await check('new organisation', w('directory:organisationForm.newTitle'));
  const organisations = page.getByRole('table', { name: w('directory:list.tableLabel') });
  await menu(button(any('directory:action.rowActions'), organisations), w('common:action.edit'));
  await check('edit an organisation', w('directory:organisationForm.editTitle'));
  await organisations.getByRole('link').first().click();
  await button(w('directory:organisation.addContact')).click();
  await check('new contact', any('directory:contactForm.newTitle'));

  await section('app:nav.backups');
  const download = page.waitForEvent('download');
  await button(w('backups:toFile.button')).click();
  const backup = await (await download).path();
  const chooser = page.waitForEvent('filechooser');
  await button(w('backups:restore.button')).click();
  await (await chooser).setFiles(backup);
  await check('restore preview', w('backups:preview.title'));
  await button(w('backups:erase.button')).click();
  await check('erase all data', w('backups:erase.dialogTitle'));

  return found;
}

test('every dialog passes WCAG 2.1 A and AA, light and dark', async ({ page }) => {
  test.setTimeout(600_000);
  expect(await everyDialog(page, 'en', 'light')).toEqual({});
});

test('@zh every dialog passes WCAG 2.1 A and AA in Chinese, dark and light', async ({ page }) => {
  test.setTimeout(600_000);
  expect(await everyDialog(page, 'zh-CN', 'dark')).toEqual({});
});
