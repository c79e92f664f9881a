/**
 * The command palette, from the keyboard alone: Ctrl+K opens it anywhere, part of a name in either script finds
 * a trip or a partner, the arrows and Enter go there, a command runs, and what was chosen lately comes first.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { wcagViolations } from './axe';
import { expect, test } from './fixtures';
import { runFromPalette } from './steps';

const TRIP = 'Liverpool City Region trade mission to China';

test('an organiser goes to a trip and a partner, and runs a command, from the palette alone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Plan your first delegation' })).toBeVisible();
  await runFromPalette(page, 'sample', 'Load sample trip');
  await expect(page.getByRole('heading', { name: TRIP, level: 2 })).toBeVisible();

  await runFromPalette(page, '正信', /Zhengxin Group/);
  await expect(page.getByRole('heading', { name: /Zhengxin Group/, level: 2 })).toBeVisible();

  // Outside any trip, a person and an engagement of any trip are found by part of their name.
  await runFromPalette(page, 'anders', /Joe Anderson/);
  await expect(page.getByRole('heading', { name: /Joe Anderson/ })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Directory', exact: true }).click();
  await runFromPalette(page, 'MoU signing', /Sensor City – Zhengxin Group MoU signing ceremony/);
  await expect(page.getByRole('heading', { name: 'Sensor City – Zhengxin Group MoU signing ceremony' })).toBeVisible();

  await runFromPalette(page, 'Kunming', TRIP);
  await expect(page.getByRole('heading', { name: TRIP, level: 2 })).toBeVisible();

  // On the trip, a delegate's calendar is exported from the palette: the file holds their engagements.
  const download = page.waitForEvent('download');
  await runFromPalette(page, 'export joe', /Export Joe Anderson’s calendar/);
  const file = await download;
  const events = new ICAL.Component(ICAL.parse(readFileSync((await file.path())!, 'utf8'))).getAllSubcomponents('vevent');
  expect(events.map((event) => event.getFirstPropertyValue('summary'))).toContain('Sensor City – Zhengxin Group MoU signing ceremony');
  await expect(page.getByRole('heading', { name: /Joe Anderson/ })).toBeVisible();

  await runFromPalette(page, 'settings', 'Go to Settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 2 })).toBeVisible();

  // Opened again, the palette lists what was chosen last first.
  await page.keyboard.press('ControlOrMeta+KeyK');
  await expect(page.getByRole('button').filter({ hasText: /^Go to Settings$/ }).first()).toBeVisible();
  const first = page.locator('.mantine-Spotlight-action').first();
  await expect(first).toHaveText('Go to Settings');
  await expectNoViolations(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Settings', level: 2 })).toBeVisible();

  // `?` outside a field opens the shortcuts; inside one it is only typed.
  await page.getByRole('textbox', { name: 'Your name' }).press('Shift+Slash');
  await expect(page.getByRole('textbox', { name: 'Your name' })).toHaveValue('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
  await page.getByRole('textbox', { name: 'Your name' }).fill('');
  await page.getByRole('heading', { name: 'Settings', level: 2 }).focus();
  await page.keyboard.press('Shift+Slash');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('row', { name: /Ctrl \+ K Go to a trip, city, person, partner or engagement, or run a command/ })).toBeVisible();
  await expectNoViolations(page);
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  // What the palette finds follows the data: a delegate removed from the trip is found no more, outside it.
  await runFromPalette(page, 'Kunming', TRIP);
  await page.getByRole('tab', { name: 'People' }).click();
  await page.getByRole('button', { name: 'Actions for Joe Anderson' }).click();
  await page.getByRole('menuitem', { name: 'Remove from trip' }).click();
  await page.getByRole('dialog', { name: 'Remove Joe Anderson from this trip?' }).getByRole('button', { name: 'Remove from trip' }).click();
  await expect(page.getByRole('link', { name: 'Joe Anderson' })).toBeHidden();
  await page.getByRole('navigation').getByRole('link', { name: 'Directory', exact: true }).click();
  await page.keyboard.press('ControlOrMeta+KeyK');
  await page.getByRole('textbox', { name: 'Go to or do' }).fill('anders');
  await expect(page.getByText('Nothing matches. Try part of a name, in English or Chinese.')).toBeVisible();
});

/** The palette and the sheet are dialogs like any other: the accessibility gate holds for them too. */
async function expectNoViolations(page: Page) {
  expect(await wcagViolations(page)).toEqual([]);
}
