/**
 * An organiser who never touches the mouse: a small trip built from an empty database with the shortcuts and the
 * command palette alone (N for a new trip, Ctrl+Enter to save each form, the palette to add a city, 5 for the
 * programme, J to go to a day, A to add an engagement on it, the palette to go to the engagement), in English and
 * in Chinese; undo and redo from the keyboard; and a row's menu, while open, keeping its keys from the shortcuts.
 */
import type { Locator, Page } from '@playwright/test';
import { expectNoEnglish } from './chinese-text';
import { expect, test } from './fixtures';
import { runFromPalette } from './steps';

const TRIP = 'Tianjin innovation week';

/** Tab forward, as a person does, until `target` has the focus. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 25; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** What the steps below read on screen, in one language. */
interface Words {
  newTrip: string;
  name: RegExp;
  startDate: RegExp;
  endDate: RegExp;
  programme: string;
  noCity: string;
}
const ENGLISH: Words = { newTrip: 'New trip', name: /^Name/, startDate: /^Start date/, endDate: /^End date/, programme: 'Programme', noCity: 'add the cities first' };
const CHINESE: Words = { newTrip: '新建行程', name: /^名称/, startDate: /^开始日期/, endDate: /^结束日期/, programme: '日程', noCity: '请先添加城市' };

/**
 * N: a new trip, its name field ready, its dates typed after Tab, saved with Ctrl+Enter from the field it is in;
 * then 5 for its programme, where A, with no city yet, says why nothing can be booked rather than doing nothing.
 */
async function newTripFromTheKeyboard(page: Page, name: string, words: Words) {
  await page.locator('body').press('n');
  const tripForm = page.getByRole('dialog', { name: words.newTrip });
  await expect(tripForm.getByRole('textbox', { name: words.name })).toBeFocused();
  await page.keyboard.type(name);
  await tabTo(page, tripForm.getByRole('textbox', { name: words.startDate }));
  await page.keyboard.type('2027-05-10');
  await tabTo(page, tripForm.getByRole('textbox', { name: words.endDate }));
  await page.keyboard.type('2027-05-14');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(tripForm).toBeHidden();
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();

  await page.locator('body').press('5');
  await expect(page.getByRole('tab', { name: words.programme })).toHaveAttribute('aria-selected', 'true');
  await page.locator('body').press('a');
  await expect(page.getByRole('alert').filter({ hasText: words.noCity })).toBeVisible();
}

test('an organiser builds a small trip from the keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Plan your first delegation' })).toBeVisible();

  await newTripFromTheKeyboard(page, TRIP, ENGLISH);

  // The palette's "Add a city" opens the route with the keyboard in the box a city is found by.
  await runFromPalette(page, 'add a city', 'Add a city');
  await expect(page.getByRole('tab', { name: 'Route' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('combobox', { name: 'Add a city' })).toBeFocused();
  await page.keyboard.type('Tianjin');
  await expect(page.getByRole('option', { name: /Tianjin/ }).first()).toBeVisible();
  await page.keyboard.press('Enter');
  const cityForm = page.getByRole('dialog', { name: 'Add a city' });
  await expect(cityForm).toBeVisible();
  // The city's dates start as the trip's first days; the stay is made longer.
  await expect(cityForm.getByRole('textbox', { name: /^Arrival date/ })).toHaveValue('10 May 2027');
  await tabTo(page, cityForm.getByRole('textbox', { name: /^Departure date/ }));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('2027-05-14');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(cityForm).toBeHidden();
  await expect(page.getByRole('table', { name: /cities/i }).getByText('Tianjin')).toBeVisible();

  // 5: the programme (the fifth tab). J goes to the next day, whose heading takes the focus; A adds on it.
  await page.locator('body').press('5');
  await expect(page.getByRole('tab', { name: 'Programme' })).toHaveAttribute('aria-selected', 'true');
  const days = page.getByRole('heading', { level: 3 });
  await expect(days.first()).toBeVisible();
  await page.keyboard.press('j');
  await expect(days.nth(1)).toBeFocused();
  const secondDay = (await days.nth(1).textContent()) ?? '';
  await page.keyboard.press('a');
  const engagementForm = page.getByRole('dialog', { name: /engagement/i });
  await expect(engagementForm).toBeVisible();
  await page.keyboard.type('Binhai innovation centre visit');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(engagementForm).toBeHidden();
  // On the day the keyboard was on.
  const dayCard = page.locator('.programme-day').filter({ has: page.getByRole('heading', { name: secondDay, exact: true }) });
  await expect(dayCard.getByRole('link', { name: /Binhai innovation centre visit/ })).toBeVisible();

  // The palette finds the engagement by part of its name and goes there.
  await page.locator('body').press('1');
  await expect(page.getByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true');
  await runFromPalette(page, 'Binhai', 'Binhai innovation centre visit');
  await expect(page.getByRole('heading', { name: 'Binhai innovation centre visit' })).toBeVisible();

  // The help sheet lists what was used.
  await page.locator('body').press('Shift+Slash');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet.getByRole('row', { name: /^J Next day/ })).toBeVisible();
  await expect(sheet.getByRole('row', { name: /Ctrl \+ Enter or Ctrl \+ S Save the form/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  // Late in a hotel room: the dark scheme from the palette.
  await runFromPalette(page, 'dark colour', 'Switch to the dark colour scheme');
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
});

test('@zh a Chinese organiser builds a small trip from the keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  const trip = '天津创新周';
  const engagement = '滨海创新中心参观';
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '规划您的第一个代表团行程' })).toBeVisible();

  await newTripFromTheKeyboard(page, trip, CHINESE);

  // The palette finds its command by its Chinese name, and the city by its Chinese name.
  await runFromPalette(page, '添加城市', '添加城市', '前往或执行');
  await expect(page.getByRole('combobox', { name: '添加城市' })).toBeFocused();
  await page.keyboard.type('天津');
  await expect(page.getByRole('option', { name: /天津/ }).first()).toBeVisible();
  await page.keyboard.press('Enter');
  const cityForm = page.getByRole('dialog', { name: '添加城市' });
  await tabTo(page, cityForm.getByRole('textbox', { name: /^离开日期/ }));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('2027-05-14');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(cityForm).toBeHidden();
  await expect(page.getByRole('table', { name: '行程中的城市' }).getByText('天津')).toBeVisible();

  await page.locator('body').press('5');
  await expect(page.getByRole('tab', { name: '日程' })).toHaveAttribute('aria-selected', 'true');
  const days = page.getByRole('heading', { level: 3 });
  await expect(days.first()).toBeVisible();
  await page.keyboard.press('j');
  await expect(days.nth(1)).toBeFocused();
  const secondDay = (await days.nth(1).textContent()) ?? '';
  await page.keyboard.press('a');
  const engagementForm = page.getByRole('dialog', { name: '新建活动' });
  await expect(engagementForm).toBeVisible();
  await page.keyboard.type(engagement);
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(engagementForm).toBeHidden();
  const dayCard = page.locator('.programme-day').filter({ has: page.getByRole('heading', { name: secondDay, exact: true }) });
  await expect(dayCard.getByRole('link', { name: new RegExp(engagement) })).toBeVisible();

  // The help sheet, in Chinese throughout.
  await page.locator('body').press('Shift+Slash');
  const sheet = page.getByRole('dialog', { name: '键盘快捷键' });
  for (const group of ['任意位置', '在行程页面', '在日程中', '在表单中']) await expect(sheet.getByRole('columnheader', { name: group })).toBeVisible();
  await expect(sheet.getByRole('row', { name: /^J 下一天/ })).toBeVisible();
  await expectNoEnglish(page, 'keyboard shortcuts', [trip, engagement]);
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});

test('a deletion is undone and redone from the keyboard', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).first().click();
  await page.getByRole('tab', { name: 'Route' }).click();
  const cities = page.getByRole('table', { name: /cities/i });
  await expect(cities.getByText('Qingdao')).toBeVisible();
  await page.getByRole('button', { name: 'Actions for Qingdao' }).click();
  await page.getByRole('menuitem', { name: /Remove/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: /Remove/ }).click();
  await expect(cities.getByText('Qingdao')).toBeHidden();

  await page.locator('body').press('ControlOrMeta+z');
  await expect(cities.getByText('Qingdao')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Redo' })).toBeVisible();

  await page.locator('body').press('ControlOrMeta+Shift+z');
  await expect(cities.getByText('Qingdao')).toBeHidden();

  // What was redone can be undone again.
  await page.locator('body').press('ControlOrMeta+z');
  await expect(cities.getByText('Qingdao')).toBeVisible();
});

test('an open menu keeps its keys: a digit pressed on its item switches no tab', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).first().click();
  await page.getByRole('tab', { name: 'Route' }).click();
  const actions = page.getByRole('button', { name: 'Actions for Qingdao' });
  await actions.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();

  // The menu still answers the next key, on the tab it was opened on.
  await page.keyboard.press('3');
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem').nth(1)).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Route' })).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(actions).toBeFocused();
  await page.keyboard.press('3');
  await expect(page.getByRole('tab', { name: 'People' })).toHaveAttribute('aria-selected', 'true');
});
