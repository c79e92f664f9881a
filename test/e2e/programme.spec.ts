/**
 * The programme as a person reads it: printed whole (read back from the PDF with pdftotext), searched with its
 * own find in either script and in either language, opened at today while the trip is under way. A long
 * programme (a trip of 300 meetings restored from a backup) draws only what is on screen, and still prints
 * whole, finds its last meeting and goes through its rows by keyboard.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pdfPages } from './pdf';

/** The sample trip's engagements, as its programme names them. */
const ENGAGEMENTS = [
  'Welcome banquet hosted by the Kunming Municipal Government',
  'Yunnan – Liverpool City Region business forum',
  'Meeting with the Kunming Municipal Foreign Affairs Office',
  'Liangjiang New Area investment meeting',
  'Round-table with Chongqing property and technology investors',
  'Sensor City – Zhengxin Group MoU signing ceremony',
  'Visit to the proposed site of the Chinese Sensor City',
  'Trade briefing at the British Embassy',
  'Meeting at Zhongguancun Science Park',
  'Reception for Beijing alumni of the Liverpool universities',
  'Meeting with the Qingdao Municipal Bureau of Commerce',
  'Free afternoon',
  'Visit to Zhangjiang Hi-Tech Park',
  'Liverpool City Region closing reception',
];

interface LongProgramme {
  path: string;
  engagements: { title: string; start: { local: string } }[];
}

/**
 * A backup of one trip of 300 meetings, made by the browser benchmark's generator (test/bench-browser). It is
 * loaded when the test runs: its modules are typed with the app's (the web project), not with the e2e tests.
 */
async function longProgrammeBackup(): Promise<LongProgramme> {
  const generator = '../bench-browser/dataset';
  const { fullSizeBackup } = (await import(generator)) as {
    fullSizeBackup: (size: { trips: number; people: number; engagementsPerTrip: number; membersPerTrip: number }) => { path: string; text: string };
  };
  const backup = fullSizeBackup({ trips: 1, people: 20, engagementsPerTrip: 300, membersPerTrip: 10 });
  const { tables } = JSON.parse(backup.text) as { tables: { engagements: LongProgramme['engagements'] } };
  return { path: backup.path, engagements: tables.engagements };
}

async function openSampleProgramme(page: Page, load = 'Load sample trip', tab = 'Programme') {
  await page.goto('/');
  await page.getByRole('button', { name: load }).first().click();
  await page.getByRole('tab', { name: tab }).click();
}

/** A heading scrolled to is below the window's own header (the banner), not behind it. */
async function expectClearOfTheHeader(page: Page, heading: Locator) {
  const banner = await page.getByRole('banner').boundingBox();
  await expect.poll(async () => (await heading.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual((banner?.y ?? 0) + (banner?.height ?? 0));
}

/** What the PDF says, its lines joined (a long title wraps). */
function printedWords(pdf: Buffer): string {
  return pdfPages(pdf).join('\n').replace(/\s+/g, ' ');
}

/** Asks the page to print with its Print button; notes what the page held when the print dialog would open. */
async function printWithButton(page: Page, button: string): Promise<{ days: number; text: string }> {
  await page.evaluate(() => {
    const page = window as unknown as { __printed?: { days: number; text: string } };
    window.print = () => {
      page.__printed = { days: document.querySelectorAll('.programme-day').length, text: document.querySelector('main')?.textContent ?? '' };
    };
  });
  await page.getByRole('button', { name: button }).click();
  return page.evaluate(() => (window as unknown as { __printed: { days: number; text: string } }).__printed);
}

test('the printed programme is the whole programme: every day and every engagement', async ({ page }) => {
  await openSampleProgramme(page);
  await expect(page.getByRole('heading', { name: /^Day 1 · Sat 5 Nov 2016/ })).toBeVisible();

  const printed = await printWithButton(page, 'Print programme');
  expect(printed.days).toBe(15);

  await page.emulateMedia({ media: 'print' });
  const words = printedWords(await page.pdf({ printBackground: true }));
  for (let day = 1; day <= 15; day += 1) expect(words).toContain(`Day ${day} ·`);
  expect(words).toContain('Day 8 · Sat 12 Nov 2016 · Tianjin');
  for (const engagement of ENGAGEMENTS) expect(words).toContain(engagement);
  // Only the programme: not the app around it, nor its find.
  expect(words).not.toContain('Print programme');
  expect(words).not.toContain('Find');
});

test('the programme’s own find finds in either script, counts, moves between matches and closes', async ({ page }) => {
  await openSampleProgramme(page);
  await expect(page.getByRole('heading', { name: /^Day 1 · Sat 5 Nov 2016/ })).toBeVisible();

  await page.keyboard.press('ControlOrMeta+f');
  const find = page.getByRole('textbox', { name: 'Find in the programme' });
  await expect(find).toBeFocused();
  const box = page.getByRole('search', { name: 'Find in the programme' });

  await find.fill('visit to zhangjiang');
  await expect(box).toContainText('1 of 1');
  const current = page.locator('[data-find-current]');
  await expect(current).toContainText('Visit to Zhangjiang Hi-Tech Park');
  await expect(current).toBeInViewport();

  // 天津, Tianjin in Chinese, finds its days and its engagements, as Tianjin does.
  await find.fill('天津');
  await expect(box).toContainText(/^1 of (\d+)/);
  const total = Number(/of (\d+)/.exec((await box.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThanOrEqual(4);
  await expect(current).toContainText('Day 7 · Fri 11 Nov 2016 · Chongqing → Tianjin');
  await find.press('Enter');
  await expect(box).toContainText(`2 of ${total}`);
  await find.press('Shift+Enter');
  await find.press('Shift+Enter');
  await expect(box).toContainText(`${total} of ${total}`);
  await expect(current).toBeInViewport();
  await page.getByRole('button', { name: 'Next match' }).click();
  await expect(box).toContainText(`1 of ${total}`);

  await find.fill('no such meeting');
  await expect(box).toContainText('No matches');

  await find.press('Escape');
  await expect(box).toBeHidden();
  // The Find button opens it again.
  await page.getByRole('button', { name: 'Find', exact: true }).click();
  await expect(find).toBeFocused();
});

test('@zh the programme’s find in Chinese finds 天津 and Tianjin alike', async ({ page }) => {
  await openSampleProgramme(page, '载入利物浦示例行程', '日程');
  await expect(page.getByRole('heading', { name: /^第1天/ })).toBeVisible();
  await page.keyboard.press('ControlOrMeta+f');
  const find = page.getByRole('textbox', { name: '在日程中查找' });
  await expect(find).toBeFocused();
  const box = page.getByRole('search', { name: '在日程中查找' });
  const current = page.locator('[data-find-current]');
  await find.fill('天津');
  await expect(box).toContainText(/^第 1 项，共 (\d+) 项/);
  await expect(current).toContainText('第7天');
  // Tianjin, in the Latin script, finds the same days.
  await find.fill('tianjin');
  await expect(box).toContainText(/^第 1 项，共 (\d+) 项/);
  await expect(current).toContainText('第7天');
  await find.press('Enter');
  await expect(box).toContainText(/^第 2 项，共 (\d+) 项/);
  await find.fill('没有这样的会议');
  await expect(box).toContainText('无匹配结果');
  await find.press('Escape');
  await expect(box).toBeHidden();
});

test('while the trip is under way, the programme opens at today, and Today goes back to it', async ({ page }) => {
  // Noon in Tianjin on Saturday 12 November 2016, the trip's eighth day.
  await page.clock.setFixedTime(new Date('2016-11-12T04:00:00Z'));
  await openSampleProgramme(page);
  const today = page.locator('[aria-current="date"]');
  await expect(today).toHaveCount(1);
  await expect(today.getByRole('heading', { level: 3 })).toHaveText(/^Day 8 · Sat 12 Nov 2016 · Tianjin/);
  await expect(today).toContainText('Today');
  await expect(today.getByRole('heading', { level: 3 })).toBeInViewport();
  await expectClearOfTheHeader(page, today.getByRole('heading', { level: 3 }));

  await page.keyboard.press('Home');
  await page.evaluate(() => window.scrollTo({ top: 0 }));
  await expect(today.getByRole('heading', { level: 3 })).not.toBeInViewport();
  await page.getByRole('button', { name: 'Today', exact: true }).click();
  await expect(today.getByRole('heading', { level: 3 })).toBeInViewport();
  await expectClearOfTheHeader(page, today.getByRole('heading', { level: 3 }));
});

test('before the trip, nothing is marked as today and there is no Today button', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2016-10-01T09:00:00Z'));
  await openSampleProgramme(page);
  await expect(page.getByRole('heading', { name: /^Day 1 · Sat 5 Nov 2016/ })).toBeVisible();
  await expect(page.locator('[aria-current="date"]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Today', exact: true })).toHaveCount(0);
});

test('a programme of 300 meetings draws what is on screen, yet finds, prints and tabs through all of it', async ({ page }) => {
  test.setTimeout(120_000);
  // Mission 0: 300 meetings in six cities over a fortnight (2025-01-06 to 2025-01-20), restored from a backup.
  const backup = await longProgrammeBackup();
  await page.clock.setFixedTime(new Date('2025-01-11T04:00:00Z'));
  await page.goto('/');
  await page.getByRole('link', { name: 'Backups', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await (await chooser).setFiles(backup.path);
  const preview = page.getByRole('dialog', { name: 'Restore from a backup' });
  await preview.getByRole('button', { name: 'Replace all data' }).click();
  await expect(preview).toBeHidden();
  await page.getByRole('link', { name: 'Trips', exact: true }).click();
  await page.getByRole('link', { name: 'Mission 0', exact: true }).click();
  await page.getByRole('tab', { name: 'Programme' }).click();

  const programme = page.getByRole('region', { name: 'Programme: 15 days, 300 engagements' });
  // Opened at today (Sat 11 Jan), with only the rows near it drawn.
  const today = programme.locator('[aria-current="date"]');
  await expect(today.getByRole('heading', { level: 3 })).toHaveText(/^Day 6 · Sat 11 Jan 2025/);
  await expect(today.getByRole('heading', { level: 3 })).toBeInViewport();
  await expectClearOfTheHeader(page, today.getByRole('heading', { level: 3 }));
  const meetings = programme.getByRole('link', { name: /^Meeting \d+ in / });
  expect(await meetings.count()).toBeGreaterThan(5);
  expect(await meetings.count()).toBeLessThan(100);

  // Find reaches a meeting that is not drawn, and scrolls it into view.
  await page.keyboard.press('ControlOrMeta+f');
  const find = page.getByRole('textbox', { name: 'Find in the programme' });
  await find.fill('Meeting 299 in');
  await expect(page.getByRole('search')).toContainText('1 of 1');
  await expect(programme.getByRole('link', { name: /^Meeting 299 in / })).toBeInViewport();
  await find.press('Escape');

  // Keyboard: from the first meeting of a day, Tab goes to the next ones in order, drawing them as it goes.
  await page.getByRole('button', { name: 'Today', exact: true }).click();
  const onToday = backup.engagements.filter((engagement) => engagement.start.local.startsWith('2025-01-11')).map((engagement) => engagement.title);
  await today.getByRole('link', { name: /^Meeting \d+ in / }).first().focus();
  const focused: string[] = [];
  for (let step = 0; step < 3 * onToday.length && focused.length < onToday.length + 3; step += 1) {
    const name = (await page.evaluate(() => document.activeElement?.textContent)) ?? '';
    if (/^Meeting \d+ in /.test(name)) focused.push(name);
    await page.keyboard.press('Tab');
  }
  // Every meeting of the day once, then on into the next day's.
  expect(focused.slice(0, onToday.length).sort()).toEqual([...onToday].sort());
  expect(focused.slice(onToday.length).every((name) => !onToday.includes(name))).toBe(true);
  expect(new Set(focused).size).toBe(focused.length);
  await expect(page.locator(':focus')).toBeInViewport();
  // End goes to the end of the page, where the last day is drawn.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('End');
  await expect(programme.getByRole('heading', { name: /^Day 15 · / })).toBeInViewport();

  // Printed, it is whole: with the Print button, the page holds every meeting when it prints; on paper, all 300.
  const printed = await printWithButton(page, 'Print programme');
  expect(printed.days).toBe(15);
  for (let index = 0; index < 300; index += 1) expect(printed.text).toContain(`Meeting ${index} in `);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect.poll(() => meetings.count()).toBeLessThan(100);

  await page.emulateMedia({ media: 'print' });
  const words = printedWords(await page.pdf({ printBackground: true }));
  for (let index = 0; index < 300; index += 1) expect(words).toContain(`Meeting ${index} in `);
  for (let day = 1; day <= 15; day += 1) expect(words).toContain(`Day ${day} ·`);
  await page.emulateMedia({ media: 'screen' });
  await expect.poll(() => meetings.count()).toBeLessThan(100);
});
