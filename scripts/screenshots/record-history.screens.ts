/**
 * A trip's history: the organiser's name set in Settings, a note added and the trip renamed, then the history
 * opened on the trip's overview; in English and in Chinese. Writes docs/screenshots/record-history.png and
 * settings-name.png, and their zh-CN counterparts.
 */
import { test, type Page } from '@playwright/test';

const WORDS = {
  en: {
    settings: 'Settings', yourName: 'Your name', saveName: 'Save name', organiser: 'Ada Brennan', trips: 'Trips',
    load: 'Load sample trip', edit: 'Edit trip', name: 'Name', notes: 'Notes', save: 'Save trip', history: 'Show history',
    renamed: 'Liverpool City Region mission to China, 2016', note: 'Gifts for every host: Liverpool FC scarves.', dir: 'docs/screenshots',
  },
  zh: {
    settings: '设置', yourName: '您的姓名', saveName: '保存姓名', organiser: '李娜', trips: '行程',
    load: '载入利物浦示例行程', edit: '编辑行程', name: '名称', notes: '备注', save: '保存行程', history: '显示修改记录',
    renamed: '利物浦城市区域2016年访华代表团', note: '为每位东道主准备利物浦足球俱乐部围巾。', dir: 'docs/screenshots/zh-CN',
  },
};

async function walk(page: Page, words: (typeof WORDS)['en']) {
  await page.goto('/');
  await page.getByRole('link', { name: words.settings }).click();
  await page.getByRole('textbox', { name: words.yourName }).fill(words.organiser);
  await page.getByRole('button', { name: words.saveName }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${words.dir}/settings-name.png` });

  await page.getByRole('link', { name: words.trips, exact: true }).click();
  await page.getByRole('button', { name: words.load }).first().click();
  for (const [field, value] of [[words.notes, words.note], [words.name, words.renamed]] as const) {
    await page.getByRole('button', { name: words.edit }).click();
    const form = page.getByRole('dialog', { name: words.edit });
    await form.getByRole('textbox', { name: field }).fill(value);
    await form.getByRole('button', { name: words.save }).click();
    await form.waitFor({ state: 'hidden' });
  }
  await page.getByRole('button', { name: words.history }).click();
  const list = page.getByRole('listitem').filter({ hasText: words.organiser }).first();
  await list.waitFor();
  await list.scrollIntoViewIfNeeded();
  // The saves' notifications (with their Undo) close by themselves after ten seconds: the history, uncovered.
  await page.waitForTimeout(10_500);
  await page.screenshot({ path: `${words.dir}/record-history.png` });
}

test('a trip’s history, and the name it is recorded under', async ({ page }) => {
  test.setTimeout(120_000);
  await walk(page, WORDS.en);
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  test('a trip’s history, and the name it is recorded under @zh', async ({ page }) => {
    test.setTimeout(120_000);
    await walk(page, WORDS.zh);
  });
});
