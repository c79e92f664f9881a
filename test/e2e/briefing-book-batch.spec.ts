/**
 * Every delegate's book at once, as the desktop app does it: into a folder chosen once, each book printed to PDF
 * when its pages are laid out. Electron cannot run here, so the page is given a stand-in for the preload's bridge
 * (`window.desktop`) that records what main would be asked to print; main's printing into a granted folder is
 * unit-tested as a plain function (test/unit/main/ipc/save-pdf.test.ts).
 */
import type { DesktopApi, SavePdfToFolderRequest } from '../../electron/shared/ipc-contract';
import { expect, test } from './fixtures';

test('every delegate’s book is saved into the chosen folder, one PDF each, each as its own book', async ({ page }) => {
  test.setTimeout(240_000);
  await page.addInitScript(() => {
    const saved: { name: string; shows: string }[] = [];
    (window as unknown as { saved: typeof saved }).saved = saved;
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
      onMenuCommand: none,
    };
    (window as unknown as { desktop: DesktopApi }).desktop = desktop as unknown as DesktopApi;
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await expect(page.getByRole('heading', { name: 'Liverpool City Region trade mission to China' })).toBeVisible();

  await page.getByRole('button', { name: 'Briefing book' }).click();
  const dialog = page.getByRole('dialog', { name: 'Briefing book' });
  await dialog.getByRole('button', { name: 'Every delegate’s book, one PDF each' }).click();
  await expect(page.getByText(/Saving every delegate’s book into \/home\/organiser\/Books: 1 of 20/)).toBeVisible();
  await expect(page.getByText('Saved 20 books in /home/organiser/Books')).toBeVisible({ timeout: 200_000 });

  const saved = await page.evaluate(() => (window as unknown as { saved: { name: string; shows: string }[] }).saved);
  expect(saved).toHaveLength(20);
  expect(new Set(saved.map((entry) => entry.name)).size).toBe(20);
  expect(saved).toContainEqual({
    name: 'Liverpool City Region trade mission to China briefing book for Fiona Gallagher.pdf',
    shows: 'For Fiona Gallagher',
  });
  // Each file holds its own delegate's book.
  for (const entry of saved) expect(entry.name).toContain(entry.shows.replace(/^For /, ''));
});
