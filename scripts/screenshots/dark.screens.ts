/**
 * The app in the dark colour scheme (the computer's, which the app follows until told otherwise), in English and
 * in Chinese: the programme for the README (docs/screenshots/programme-dark.png and its zh-CN counterpart), and
 * the trip overview, People, the route and the printed documents to look at (SCREENS_OUT, test-results/screens/dark
 * unless told).
 */
import { test, type Page } from '@playwright/test';

const out = process.env.SCREENS_OUT ?? 'test-results/screens/dark';
const TRIP = 'Liverpool City Region trade mission to China';

async function shoot(page: Page, path: string) {
  await page.waitForTimeout(500);
  await page.screenshot({ path });
}

async function walk(page: Page, words: { load: string; dismiss: string; programme: string; people: string; route: string; rooming: string }, docs: string, language: string) {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await page.getByRole('button', { name: words.load }).first().click();
  await page.getByRole('heading', { name: TRIP, level: 2 }).waitFor();
  await page.getByRole('button', { name: words.dismiss }).click();
  await shoot(page, `${out}/${language}-trip.png`);

  await page.getByRole('tab', { name: words.programme }).click();
  await page.locator('.programme-day').first().waitFor();
  await shoot(page, `${docs}/programme-dark.png`);

  await page.getByRole('tab', { name: words.people }).click();
  await page.getByRole('table').first().waitFor();
  await shoot(page, `${out}/${language}-people.png`);

  await page.getByRole('tab', { name: words.route }).click();
  await page.locator('.route-map__svg').waitFor();
  await page.waitForTimeout(1500);
  await shoot(page, `${out}/${language}-route.png`);

  // The documents are paper: a white sheet on the dark page, and black on white when printed (as a PDF is).
  const trip = page.url().replace(/\/route$/, '');
  await page.getByRole('tab', { name: words.rooming }).click();
  await page.locator('a[href*="rooming-list"]').first().click();
  await page.locator('.rooming-page').waitFor();
  await shoot(page, `${out}/${language}-rooming-list.png`);
  await page.pdf({ path: `${out}/${language}-rooming-list.pdf` });
  await page.goto(`${trip}/book`);
  await page.locator('.pagedjs_page').first().waitFor({ timeout: 30_000 });
  await shoot(page, `${out}/${language}-book.png`);
}

test('the programme in the dark scheme', async ({ page }) => {
  await walk(page, { load: 'Load sample trip', dismiss: 'Dismiss notification', programme: 'Programme', people: 'People', route: 'Route', rooming: 'Rooming' }, 'docs/screenshots', 'en');
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  test('the programme in the dark scheme in Chinese @zh', async ({ page }) => {
    await walk(page, { load: '载入利物浦示例行程', dismiss: '关闭通知', programme: '日程', people: '人员', route: '路线', rooming: '住房' }, 'docs/screenshots/zh-CN', 'zh-CN');
  });
});
