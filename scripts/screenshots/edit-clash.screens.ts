/**
 * Two windows rename the same trip: the second save offers the organiser the choice between their name and the
 * one saved meanwhile; in English and in Chinese. Writes docs/screenshots/edit-clash.png and its zh-CN counterpart.
 */
import { test, type Page } from '@playwright/test';

const WORDS = {
  en: { load: 'Load sample trip', edit: 'Edit trip', name: 'Name', save: 'Save trip', dir: 'docs/screenshots', mine: 'Liverpool and Wirral mission', theirs: 'Northern Powerhouse mission' },
  zh: { load: '载入利物浦示例行程', edit: '编辑行程', name: '名称', save: '保存行程', dir: 'docs/screenshots/zh-CN', mine: '利物浦与威勒尔代表团', theirs: '英格兰北部代表团' },
};

async function walk(page: Page, words: (typeof WORDS)['en']) {
  await page.goto('/');
  await page.getByRole('button', { name: words.load }).first().click();
  await page.getByRole('button', { name: words.edit }).waitFor();
  const second = await page.context().newPage();
  await second.setViewportSize(page.viewportSize()!);
  await second.goto(page.url());
  await second.getByRole('button', { name: words.edit }).click({ timeout: 60_000 });
  await page.getByRole('button', { name: words.edit }).click();
  const first = page.getByRole('dialog', { name: words.edit });
  await first.getByRole('textbox', { name: words.name }).fill(words.theirs);
  await first.getByRole('button', { name: words.save }).click();
  await first.waitFor({ state: 'hidden' });
  const other = second.getByRole('dialog', { name: words.edit });
  await other.getByRole('textbox', { name: words.name }).fill(words.mine);
  await other.getByRole('button', { name: words.save }).click();
  const clash = other.getByRole('alert');
  await clash.waitFor();
  await clash.scrollIntoViewIfNeeded();
  await second.waitForTimeout(400);
  await second.screenshot({ path: `${words.dir}/edit-clash.png` });
}

test('two windows rename one trip: the choice', async ({ page }) => {
  test.setTimeout(120_000);
  await walk(page, WORDS.en);
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  test('two windows rename one trip: the choice @zh', async ({ page }) => {
    test.setTimeout(120_000);
    await walk(page, WORDS.zh);
  });
});
