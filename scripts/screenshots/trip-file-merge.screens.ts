/**
 * A colleague's reply to a trip file, imported where the same hotel note and the same person's diet and passport
 * number were changed meanwhile: the preview shows those fields side by side to choose from, the personal ones
 * masked; in English and in Chinese. The reply is the exported file as the colleague's computer would have
 * changed it, and the changes here are written straight to the page's database, to reach the preview quickly.
 * Writes docs/screenshots/trip-file-merge.png and its zh-CN counterpart.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { test, type Page } from '@playwright/test';

const WORDS = {
  en: { load: 'Load sample trip', export: 'Export', backups: 'Backups', import: 'Import a trip file…', dialog: 'Import a trip', dir: 'docs/screenshots' },
  zh: { load: '载入利物浦示例行程', export: '导出', backups: '备份', import: '导入行程文件…', dialog: '导入行程', dir: 'docs/screenshots/zh-CN' },
};

const HOTEL = 'Dianchi Lakeside Hotel';
const BANQUET = 'Welcome banquet hosted by the Kunming Municipal Government';

type Row = Record<string, unknown> & { id: string };
interface TripFileDocument {
  versionId: string;
  baseId?: string;
  tables: Record<string, Row[]>;
}

/** A zoned time half an hour earlier: its wall time and its instant. */
function halfAnHourEarlier(time: { local: string; zone: string; utc: string }) {
  const earlier = (iso: string) => new Date(Date.parse(iso) - 30 * 60_000).toISOString();
  const local = earlier(`${time.local}:00Z`).slice(0, 16);
  const utc = earlier(time.utc);
  return { ...time, local, utc: time.utc.includes('.') ? utc : utc.replace('.000Z', 'Z') };
}

/** The file as the colleague sends it back: the banquet half an hour earlier, a hotel note, a person's diet and passport. */
function reply(sent: TripFileDocument, personId: string): TripFileDocument {
  const file = structuredClone(sent);
  file.baseId = sent.versionId;
  file.versionId = 'colleague-reply';
  const banquet = file.tables['engagements']!.find((engagement) => engagement['title'] === BANQUET)!;
  banquet['start'] = halfAnHourEarlier(banquet['start'] as never);
  banquet['end'] = halfAnHourEarlier(banquet['end'] as never);
  file.tables['accommodations']!.find((stay) => stay['name'] === HOTEL)!['notes'] = 'Late check-out agreed with the front desk';
  const person = file.tables['people']!.find((candidate) => candidate.id === personId)!;
  person['dietary'] = 'Vegetarian';
  person['passportNumber'] = '533380061';
  return file;
}

async function walk(page: Page, words: (typeof WORDS)['en']) {
  // Tall enough for the whole preview: the dialog scrolls inside a shorter window.
  await page.setViewportSize({ width: 1400, height: 1100 });
  await page.goto('/');
  await page.getByRole('button', { name: words.load }).first().click();
  await page.getByRole('button', { name: words.export, exact: true }).waitFor();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: words.export, exact: true }).click();
  const sentPath = test.info().outputPath('sent.trip.json');
  await (await download).saveAs(sentPath);
  const sent = JSON.parse(await readFile(sentPath, 'utf8')) as TripFileDocument;
  const personId = sent.tables['people']![0]!.id;
  const replyPath = test.info().outputPath('reply.trip.json');
  await writeFile(replyPath, JSON.stringify(reply(sent, personId)));

  // Meanwhile, here: the banquet's venue, the same hotel's note, the same person's diet and passport number.
  await page.evaluate(
    async ({ hotel, banquet, personId }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('delegation-planner');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const transaction = db.transaction(['accommodations', 'engagements', 'people'], 'readwrite');
      const change = (store: string, find: (row: Record<string, unknown>) => boolean, edit: (row: Record<string, unknown>) => void) => {
        const request = transaction.objectStore(store).getAll();
        request.onsuccess = () => {
          const row = (request.result as Record<string, unknown>[]).find(find)!;
          edit(row);
          transaction.objectStore(store).put(row);
        };
      };
      change('accommodations', (row) => row['name'] === hotel, (row) => (row['notes'] = 'Breakfast from 06:30 for the early flight'));
      change('engagements', (row) => row['title'] === banquet, (row) => (row['venue'] = { ...(row['venue'] as object), name: 'Green Lake Hotel' }));
      change('people', (row) => row['id'] === personId, (row) => {
        row['dietary'] = 'No shellfish';
        row['passportNumber'] = '533380079';
      });
      await new Promise((resolve) => (transaction.oncomplete = resolve));
      db.close();
    },
    { hotel: HOTEL, banquet: BANQUET, personId },
  );

  await page.getByRole('link', { name: words.backups, exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: words.import }).click();
  await (await chooser).setFiles(replyPath);
  const dialog = page.getByRole('dialog', { name: words.dialog });
  await dialog.getByRole('table').waitFor();
  // The export's notification closes by itself; the preview is shown without it.
  for (let tries = 0; tries < 30 && (await page.locator('.mantine-Notification-root').count()) > 0; tries++) {
    await page.waitForTimeout(500);
  }
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${words.dir}/trip-file-merge.png` });
}

test('a colleague’s reply merged: the fields both changed', async ({ page }) => {
  test.setTimeout(120_000);
  await walk(page, WORDS.en);
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  test('a colleague’s reply merged: the fields both changed @zh', async ({ page }) => {
    test.setTimeout(120_000);
    await walk(page, WORDS.zh);
  });
});
