/**
 * A full-size backup (50 trips, 24,550 records) restored and backed up, caught while each is in progress: the
 * restore dialog checking the times, then writing the records, and Back up now reading the tables; in English
 * and in Chinese. Writes docs/screenshots/backup-progress-*.png and their zh-CN counterparts.
 */
import { test, type Page } from '@playwright/test';

/** The full-size dataset's backup file (test/bench-browser/dataset.ts), of the size asked. */
interface LargeBackup {
  path: string;
  records: number;
}
type DatasetSize = { trips: number; people: number; engagementsPerTrip: number; membersPerTrip: number };

/**
 * Loaded by a path in a variable: the dataset is built with the domain's own types and builders, which this
 * project's type-check (tsconfig.node.json, Node-side code only) does not take in; Playwright's loader runs it.
 */
async function largeBackup(size?: DatasetSize): Promise<LargeBackup> {
  const dataset = '../../test/bench-browser/dataset';
  const { fullSizeBackup } = (await import(dataset)) as { fullSizeBackup: (size?: DatasetSize) => LargeBackup };
  return fullSizeBackup(size);
}

const WORDS = {
  en: { backups: 'Backups', restore: 'Restore from a file…', dialog: 'Restore from a backup', checking: /^Checking/, replace: 'Replace all data', writing: /^Writing/, restored: /Restored the backup/, backUpNow: 'Back up now', progress: 'Progress of the backup', dir: 'docs/screenshots' },
  zh: { backups: '备份', restore: '从文件恢复…', dialog: '从备份恢复', checking: /^正在检查/, replace: '替换全部数据', writing: /^正在写入/, restored: /已恢复/, backUpNow: '立即备份', progress: '备份进度', dir: 'docs/screenshots/zh-CN' },
};

async function walk(page: Page, words: (typeof WORDS)['en']) {
  const backup = await largeBackup();
  await page.goto('/');
  await page.getByRole('link', { name: words.backups, exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: words.restore }).click();
  await (await chooser).setFiles(backup.path);
  const dialog = page.getByRole('dialog', { name: words.dialog });
  await dialog.getByText(words.checking).waitFor({ timeout: 60_000 });
  await page.screenshot({ path: `${words.dir}/backup-progress-checking.png` });
  await dialog.getByRole('button', { name: words.replace }).click({ timeout: 60_000 });
  await dialog.getByText(words.writing).waitFor();
  await page.waitForTimeout(700);
  await page.screenshot({ path: `${words.dir}/backup-progress-writing.png` });
  await dialog.waitFor({ state: 'hidden', timeout: 120_000 });
  await page.getByRole('button', { name: words.backUpNow }).click();
  await page.getByRole('progressbar', { name: words.progress }).waitFor();
  await page.screenshot({ path: `${words.dir}/backup-progress-back-up-now.png` });
  await page.getByRole('progressbar', { name: words.progress }).waitFor({ state: 'hidden', timeout: 60_000 });
}

test('a full-size backup restored and backed up, in progress', async ({ page }) => {
  test.setTimeout(300_000);
  await walk(page, WORDS.en);
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  test('a full-size backup restored and backed up, in progress @zh', async ({ page }) => {
    test.setTimeout(300_000);
    await walk(page, WORDS.zh);
  });
});
