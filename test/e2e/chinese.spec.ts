/**
 * The app in Chinese, as a Chinese organiser uses it from an empty database: a Shenzhen delegation to San
 * Francisco and Boston, built by its Chinese labels (cities picked by their Chinese names), its checks worded
 * in Chinese, its calendar and backup read back from the files. On every screen and dialog the journey visits,
 * no English sentence is left from outside the catalogue. The language switch in Settings changes the whole UI
 * at once and is remembered; a browser in British English starts in English. A search for qingdao, Qingdao or
 * 青岛 finds the same record.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import ICAL from 'ical.js';
import { expectNoEnglish } from './chinese-text';
import { expect, test } from './fixtures';

const TRIP = '深圳市赴美国创新合作代表团';
const TRIP_FILE = 'Shenzhen innovation delegation';
const HOTEL = 'Fairmont San Francisco';
const HOTEL_LOCAL = '旧金山费尔蒙酒店';
const FLIGHT = 'UA1234';
const LAUNCH = '深圳湾区创新中心（旧金山）揭牌仪式';
const VENUE = 'Salesforce Tower';
const PERSON = 'Wang Fang';
const PERSON_LOCAL = '王芳';
const DATA = [TRIP, TRIP_FILE, HOTEL, HOTEL_LOCAL, FLIGHT, LAUNCH, VENUE, PERSON, PERSON_LOCAL, 'San Francisco', 'Boston'];

test.use({ actionTimeout: 15_000 });

const text = (scope: Page | Locator, name: RegExp | string) => scope.getByRole('textbox', { name });

async function fillDate(dialog: Locator, label: string, value: string) {
  const field = text(dialog, new RegExp(`^${label}`));
  await field.fill(value);
  await field.press('Tab');
}

async function addCity(page: Page, typed: string, arrival: string, departure: string) {
  await page.getByRole('combobox', { name: '添加城市' }).fill(typed);
  await page.getByRole('option', { name: new RegExp(typed) }).first().click();
  const dialog = page.getByRole('dialog', { name: '添加城市' });
  await fillDate(dialog, '抵达日期', arrival);
  await fillDate(dialog, '离开日期', departure);
  await expectNoEnglish(page, 'add a city', DATA);
  await dialog.getByRole('button', { name: '添加城市' }).click();
  await expect(dialog).toBeHidden();
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('@zh a Chinese organiser plans a delegation from an empty database, checks it, exports a calendar and backs up', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.goto('/');
  await expect(page.getByText('规划您的第一个代表团行程')).toBeVisible();
  await expectNoEnglish(page, 'trips (empty)');

  // The trip.
  await page.getByRole('button', { name: '新建行程' }).first().click();
  const tripForm = page.getByRole('dialog', { name: '新建行程' });
  await tripForm.getByRole('button', { name: '创建行程' }).click();
  await expect(tripForm.getByText('请填写行程名称。')).toBeVisible();
  await expectNoEnglish(page, 'new trip', DATA);
  await text(tripForm, /^名称/).fill(TRIP);
  await fillDate(tripForm, '开始日期', '2027-05-10');
  await fillDate(tripForm, '结束日期', '2027-05-16');
  await tripForm.getByRole('button', { name: '创建行程' }).click();
  await expect(tripForm).toBeHidden();
  await expect(page.getByRole('heading', { name: TRIP })).toBeVisible();
  await expect(page.getByText('出发地时间 Asia/Shanghai')).toBeVisible();
  await expectNoEnglish(page, 'trip overview', DATA);

  // The cities, picked by their Chinese names.
  await page.getByRole('tab', { name: '路线' }).click();
  await expectNoEnglish(page, 'route (empty)', DATA);
  await addCity(page, '旧金山', '2027-05-10', '2027-05-13');
  await addCity(page, '波士顿', '2027-05-13', '2027-05-16');
  const route = page.getByRole('table', { name: '行程中的城市' });
  // The city names in the reader's language come with the gazetteer's Chinese names; either is the city.
  await expect(route).toContainText('旧金山');
  await expect(route).toContainText('波士顿');
  await expectNoEnglish(page, 'route', DATA);

  // A flight between them.
  await page.getByRole('button', { name: '添加交通' }).click();
  const journey = page.getByRole('dialog', { name: '添加交通' });
  for (const [label, city] of [
    ['出发地', /^旧金山/],
    ['目的地', /^波士顿/],
  ] as const) {
    await journey.getByRole('combobox', { name: label, exact: true }).click();
    await page.getByRole('option', { name: city }).first().click();
  }
  await text(journey, '航班/车次').fill(FLIGHT);
  await fillDate(journey, '出发日期', '2027-05-13');
  await journey.getByLabel('出发时间', { exact: true }).fill('08:00');
  await fillDate(journey, '到达日期', '2027-05-13');
  await journey.getByLabel('到达时间', { exact: true }).fill('16:30');
  await expect(journey.getByText(/^耗时.*当天到达。$/)).toBeVisible();
  await expectNoEnglish(page, 'add a journey', DATA);
  await journey.getByRole('button', { name: '添加交通' }).click();
  await expect(journey).toBeHidden();
  await expectNoEnglish(page, 'route with a journey', DATA);

  // A hotel in San Francisco.
  await page.getByRole('button', { name: /^旧金山.*的操作$/ }).first().click();
  await page.getByRole('menuitem', { name: '添加酒店' }).click();
  const hotel = page.getByRole('dialog', { name: '添加酒店' });
  await hotel.getByRole('textbox', { name: '酒店', exact: true }).fill(HOTEL);
  await text(hotel, '酒店当地文字名称').fill(HOTEL_LOCAL);
  await expectNoEnglish(page, 'add a hotel', DATA);
  await hotel.getByRole('button', { name: '添加酒店' }).click();
  await expect(hotel).toBeHidden();
  await expect(route).toContainText(HOTEL);

  // A person, for the whole route.
  await page.getByRole('tab', { name: '人员' }).click();
  await expect(page.getByRole('heading', { name: '此行程还没有人员' })).toBeVisible();
  await expectNoEnglish(page, 'people (empty)', DATA);
  await page.getByRole('button', { name: '添加人员' }).first().click();
  let member = page.getByRole('dialog', { name: '添加人员' });
  await text(member, /^在人员名录中查找/).fill(PERSON);
  await expect(member.getByText(`名录中没有与“${PERSON}”匹配的人员。`)).toBeVisible();
  await expectNoEnglish(page, 'add a person', DATA);
  await member.getByRole('button', { name: '新建人员' }).click();
  member = page.getByRole('dialog', { name: '添加新人员' });
  await text(member, '本地文字姓名').fill(PERSON_LOCAL);
  await expectNoEnglish(page, 'add a new person', DATA);
  await member.getByRole('button', { name: '加入行程' }).click();
  await expect(member).toBeHidden();
  const roster = page.getByRole('table', { name: '此行程的人员' });
  await expect(roster.getByRole('row', { name: new RegExp(PERSON) })).toContainText('全程');
  await expectNoEnglish(page, 'people', DATA);

  // The launch ceremony in San Francisco, 10:00 local time.
  await page.getByRole('tab', { name: '日程' }).click();
  await expectNoEnglish(page, 'programme', DATA);
  await page.getByRole('button', { name: /^在2027年5月11日.*添加活动$/ }).click();
  const booking = page.getByRole('dialog', { name: '新建活动' });
  await text(booking, /^名称/).fill(LAUNCH);
  await booking.getByLabel('开始').fill('10:00');
  await booking.getByRole('textbox', { name: '地点', exact: true }).fill(VENUE);
  await expectNoEnglish(page, 'new engagement', DATA);
  await booking.getByRole('button', { name: '添加活动' }).click();
  await expect(booking).toBeHidden();
  await expect(page.getByRole('link', { name: LAUNCH })).toBeVisible();
  await expectNoEnglish(page, 'programme with an engagement', DATA);
  await page.getByRole('tab', { name: '概览' }).click();
  await expect(page.getByRole('cell', { name: LAUNCH })).toBeVisible();
  // On the overview; the notification "已保存航班 …" may still be on screen beside it.
  await expect(page.getByText(new RegExp(`^航班 ${FLIGHT}`))).toBeVisible();
  await expectNoEnglish(page, 'trip overview with the plan', DATA);

  // The checks: the nights in Boston have no hotel, said in Chinese.
  await page.getByRole('tab', { name: /^检查/ }).click();
  const findings = page.getByRole('list', { name: '冲突' });
  await expect(findings).toContainText('当晚未订酒店');
  await expect(findings).toContainText(/5月13日 周四晚在波士顿未预订酒店/);
  await expectNoEnglish(page, 'checks', DATA);

  // Her calendar: the ceremony at 10:00 in San Francisco is 17:00Z, under its Chinese title.
  await page.getByRole('tab', { name: '人员' }).click();
  await page.getByRole('link', { name: PERSON }).click();
  await expect(page.getByRole('heading', { name: `${PERSON}的日程` })).toBeVisible();
  await expectNoEnglish(page, 'a person’s programme', DATA);
  const calendar = await downloaded(page, () => page.getByRole('button', { name: '下载日历' }).click());
  expect(calendar.name).toMatch(/\.ics$/);
  const events = new ICAL.Component(ICAL.parse(calendar.text))
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent));
  const launch = events.find((event) => event.summary === LAUNCH);
  expect(launch, 'the launch ceremony in the calendar').toBeDefined();
  expect(launch!.startDate.toJSDate().toISOString()).toBe('2027-05-11T17:00:00.000Z');
  const flight = events.find((event) => event.summary.includes(FLIGHT));
  expect(flight, 'the flight in the calendar').toBeDefined();
  expect(flight!.summary).toMatch(/^航班.*：旧金山.* → 波士顿/);
  // 08:00 in San Francisco (UTC−7 in May) is 15:00Z; 16:30 in Boston (UTC−4) is 20:30Z.
  expect(flight!.startDate.toJSDate().toISOString()).toBe('2027-05-13T15:00:00.000Z');
  expect(flight!.endDate.toJSDate().toISOString()).toBe('2027-05-13T20:30:00.000Z');
  const stay = events.find((event) => event.summary.startsWith('酒店：'));
  expect(stay?.summary).toContain(HOTEL);
  expect(stay?.description).toMatch(/入住/);

  // The backup holds the trip, the person and the flight.
  await page.getByRole('link', { name: '备份', exact: true }).click();
  await expect(page.getByRole('heading', { name: '备份', level: 2 })).toBeVisible();
  await expectNoEnglish(page, 'backups', DATA);
  const backup = await downloaded(page, () => page.getByRole('button', { name: '备份到文件…' }).click());
  expect(backup.name).toMatch(/\.json$/);
  const parsed = JSON.parse(backup.text) as { tables: Record<string, Record<string, unknown>[]> };
  const everything = JSON.stringify(parsed.tables);
  for (const typed of [TRIP, PERSON, PERSON_LOCAL, FLIGHT, HOTEL, LAUNCH]) expect(everything).toContain(typed);
  // The file is named after the product, whose name stays as it is.
  await expectNoEnglish(page, 'backups after a backup', [...DATA, 'Delegation Planner']);
});

test('@zh the language switch in Settings changes the whole UI at once and is remembered; the browser’s language comes first', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await expect(page.getByText('规划您的第一个代表团行程')).toBeVisible();
  await page.getByRole('link', { name: '设置' }).click();
  await expect(page.getByRole('heading', { name: '设置', level: 2 })).toBeVisible();
  await expectNoEnglish(page, 'settings');

  const navigations = await page.evaluate(() => performance.getEntriesByType('navigation').length);
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  await page.getByRole('radiogroup', { name: '语言' }).getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 2 })).toBeVisible();
  const sections = page.getByRole('navigation', { name: 'Sections' });
  await expect(sections.getByRole('link', { name: 'Trips', exact: true })).toBeVisible();
  await expect(sections.getByRole('link', { name: 'Backups', exact: true })).toBeVisible();
  await expect(page.getByText('设置')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(navigations);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Settings', level: 2 })).toBeVisible();
  await page.getByRole('link', { name: 'Trips', exact: true }).click();
  await expect(page.getByText('Plan your first delegation')).toBeVisible();

  // Back to Chinese, at once.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('简体中文', { exact: true }).click();
  await expect(page.getByRole('heading', { name: '设置', level: 2 })).toBeVisible();
  await expectNoEnglish(page, 'settings after switching back');

  // A new browser in British English starts in English.
  const british = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
  const english = await british.newPage();
  await english.goto('/');
  await expect(english.getByText('Plan your first delegation')).toBeVisible();
  await expect(english.getByRole('button', { name: 'New trip' }).first()).toBeVisible();
  await british.close();
});

test('@zh qingdao, Qingdao and 青岛 find the same partner in the directory', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '载入利物浦示例行程' }).first().click();
  // The sample opens itself once loaded: wait for its tabs, or that opening would leave the directory again.
  await expect(page.getByRole('tab', { name: '日程' })).toBeVisible();
  await page.getByRole('link', { name: '通讯录', exact: true }).click();
  const search = page.getByRole('textbox', { name: '搜索机构名录' });
  const rows = page.getByRole('table').first().getByRole('row').filter({ hasNot: page.getByRole('columnheader') });
  const found: string[][] = [];
  for (const query of ['qingdao', 'Qingdao', '青岛']) {
    await search.fill(query);
    await expect(rows).toHaveCount(1);
    found.push(await rows.allInnerTexts());
  }
  expect(found[0]?.[0]).toContain('青岛市商务局');
  expect(found[1]).toEqual(found[0]);
  expect(found[2]).toEqual(found[0]);
});
