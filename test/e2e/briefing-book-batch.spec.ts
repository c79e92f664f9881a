/**
 * Every delegate's book at once. As the desktop app does it: into a folder chosen once, each book printed to PDF
 * when its pages are laid out. Electron cannot run here, so the page is given a stand-in for the preload's bridge
 * (`window.desktop`) that records what main would be asked to print; main's printing into a granted folder is
 * unit-tested as a plain function (test/unit/main/ipc/save-pdf.test.ts). And as the browser does it: a zip of
 * web pages, one per delegate, each of which prints as the book does.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { DesktopApi, SavePdfToFolderRequest } from '../../electron/shared/ipc-contract';
import { expect, test } from './fixtures';
import { pdfPages } from './pdf';

// Each test lays out seven books with Paged.js; two such runs at once on a two-core machine take far longer than
// one after the other (with twenty books, 3.7 min against 45 s). One after the other, then.
test.describe.configure({ mode: 'serial' });

const SHENZHEN = '深圳市赴北美、欧洲和以色列科技创新交流团';

test('every delegate’s book is saved into the chosen folder, one PDF each, each as its own book', async ({ page }) => {
  test.setTimeout(600_000);
  await page.addInitScript(() => {
    const saved: { name: string; shows: string }[] = [];
    (window as unknown as { saved: typeof saved }).saved = saved;
    const logged: unknown[] = [];
    (window as unknown as { logged: typeof logged }).logged = logged;
    const none = () => () => undefined;
    const desktop = {
      saveFile: () => Promise.resolve({ status: 'cancelled' }),
      savePdf: () => Promise.resolve({ status: 'cancelled' }),
      savePdfToFolder: (request: SavePdfToFolderRequest) => {
        // What main prints is the page as it is: record whose book it shows.
        const cover = document.querySelector('.paged-pages .book-for')?.textContent ?? '';
        saved.push({ name: request.name, shows: cover });
        return Promise.resolve({ status: 'saved', location: '/home/organiser/Books', saved: [request.name] });
      },
      chooseFolder: () => Promise.resolve({ status: 'chosen', folder: { id: 'folder-1', label: '/home/organiser/Books' } }),
      saveFilesToFolder: () => Promise.resolve({ status: 'saved', location: '', saved: [] }),
      openExternal: () => Promise.resolve({ status: 'opened' }),
      appInfo: () => Promise.resolve({ name: 'Delegation Planner', version: '0.0.0', platform: 'linux' }),
      listAutomaticBackups: () => Promise.resolve({ status: 'listed', folder: '/tmp', backups: [] }),
      saveAutomaticBackup: () => Promise.resolve({ status: 'failed', message: 'not here' }),
      readAutomaticBackup: () => Promise.resolve({ status: 'failed', message: 'not here' }),
      showAutomaticBackups: () => Promise.resolve({ status: 'opened' }),
      onBackupRequest: none,
      setLanguage: () => Promise.resolve({ status: 'set' }),
      // What main would write to the log file.
      log: (entry: unknown) => {
        logged.push(entry);
        return Promise.resolve({ status: 'logged' });
      },
      onMenuCommand: none,
      // No calendar server connected (the app asks at start, for publishing calendars).
      caldavAccount: () => Promise.resolve(null),
      // No team space connected (the app asks at start, for the team sync).
      teamSpace: () => Promise.resolve(null),
    };
    (window as unknown as { desktop: DesktopApi }).desktop = desktop as unknown as DesktopApi;
  });
  // The Shenzhen delegation: seven books rather than the Liverpool mission's twenty.
  await page.goto('/');
  await page.getByRole('button', { name: 'Load the Shenzhen delegation sample' }).click();
  await expect(page.getByRole('heading', { name: SHENZHEN })).toBeVisible();

  await page.getByRole('button', { name: 'Briefing book' }).click();
  const dialog = page.getByRole('dialog', { name: 'Briefing book' });
  await dialog.getByRole('button', { name: 'Every delegate’s book, one PDF each' }).click();
  await expect(page.getByText(/Saving every delegate’s book into \/home\/organiser\/Books: 1 of 7/)).toBeVisible();
  await expect(page.getByText('Saved 7 books in /home/organiser/Books')).toBeVisible({ timeout: 540_000 });

  const saved = await page.evaluate(() => (window as unknown as { saved: { name: string; shows: string }[] }).saved);
  expect(saved).toHaveLength(7);
  expect(new Set(saved.map((entry) => entry.name)).size).toBe(7);
  expect(saved).toContainEqual({ name: `${SHENZHEN} briefing book for 王海涛.pdf`, shows: 'For 王海涛' });
  // Each file holds its own delegate's book.
  for (const entry of saved) expect(entry.name).toContain(entry.shows.replace(/^For /, ''));
  // The log file is told how it ended and how many books were saved, and nobody's name.
  const logged = await page.evaluate(() => (window as unknown as { logged: unknown[] }).logged);
  expect(logged).toContainEqual(expect.objectContaining({ event: 'export', what: 'books', outcome: 'done', files: 7 }));
  expect(JSON.stringify(logged)).not.toContain('王海涛');
});

test('in the browser, every delegate’s book comes as a zip of pages that read on a phone and print as the book', async ({ page, context }) => {
  test.setTimeout(600_000);
  // The Shenzhen delegation again, for its seven books; Fiona Gallagher's book of the Liverpool mission, laid out
  // in the app, is read in briefing-book.spec.ts.
  await page.goto('/');
  await page.getByRole('button', { name: 'Load the Shenzhen delegation sample' }).click();
  await expect(page.getByRole('heading', { name: SHENZHEN })).toBeVisible();

  await page.getByRole('button', { name: 'Briefing book' }).click();
  const dialog = page.getByRole('dialog', { name: 'Briefing book' });
  await expect(dialog.getByText('A web page per delegate, laid out as the printed book')).toBeVisible();
  const downloaded = page.waitForEvent('download', { timeout: 540_000 });
  await dialog.getByRole('button', { name: 'Every delegate’s book, as a zip' }).click();
  await expect(page.getByText(/Laying out every delegate’s book for .*briefing books\.zip: 1 of 7/)).toBeVisible();
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe(`${SHENZHEN} briefing books.zip`);
  await expect(page.getByText(`Saved 7 books in ${SHENZHEN} briefing books.zip`)).toBeVisible();

  const files = unzipSync(new Uint8Array(await readFile(await download.path())));
  const names = Object.keys(files);
  expect(names).toHaveLength(7);
  // 孙丽 goes home after Boston: her book is of San Francisco and Boston only.
  const sunLi = strFromU8(files[`${SHENZHEN} briefing book for 孙丽.html`]!);
  // Nothing in it runs: no script, and a policy that forbids one.
  expect(sunLi).not.toMatch(/<script/i);
  expect(sunLi).toContain("default-src 'none'");

  // Opened on its own, it is her book, laid out in pages; printed, it is the same book as the app prints.
  const reader = await context.newPage();
  await reader.setContent(sunLi);
  await expect(reader.getByText('For 孙丽')).toBeVisible();
  await expect(reader.getByText('120 Huntington Avenue, Boston, MA 02116').first()).toBeVisible();
  const pages = pdfPages(await reader.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(pages.length).toBeGreaterThan(3);
  // The contents give each part's page, as laid out in the app.
  const hotelsPage = Number(/Hotels · (\d+)/.exec(pages[0]!)?.[1]);
  expect(pages[hotelsPage - 1]).toMatch(/^Hotels$/m);
  expect(pages[1]).toContain(SHENZHEN);
  // As many sheets as the book has pages (the text reader drops the spaces around the slash on a Chinese page).
  expect(pages.at(-1)!.replace(/\s/g, '')).toContain(`${pages.length}/${pages.length}`);
  const text = pages.join('\n');
  // Her engagements' objectives, and not those of the cities after she leaves.
  expect(text).toContain('华大基因介绍基因组学平台');
  expect(text).not.toContain('签署共建深圳（特拉维夫）海外创新中心');
  // Nobody else's dietary need or passport.
  expect(text).not.toContain('清真');
  expect(text).not.toContain('E58219473');
  // The route map came with its styles: its legs are drawn as lines, not filled shapes.
  const leg = reader.locator('.route-map__leg').first();
  await expect(leg).toHaveCSS('fill', 'none');
});
