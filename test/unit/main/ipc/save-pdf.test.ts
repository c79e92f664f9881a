import { describe, expect, it } from 'vitest';
import { savePdf, savePdfToFolder, type SavePdfDeps, type SavePdfToFolderDeps } from '../../../../electron/main/ipc/save-pdf';
import type { ExistingFilesAnswer, ExistingFilesQuestion } from '../../../../electron/main/ipc/save-files-to-folder';
import { createI18n } from '../../../../src/i18n/i18n';

function desk(choice: { canceled: boolean; filePath?: string }, fail: { print?: Error; write?: Error } = {}) {
  const printed: unknown[] = [];
  const written: { filePath: string; bytes: number }[] = [];
  const dialogs: { defaultPath: string; filters: unknown }[] = [];
  const deps: SavePdfDeps = {
    defaultFolder: '/home/ana/Documents',
    title: 'Save as PDF',
    filterName: 'PDF document',
    t: createI18n({ language: 'en', strict: true }).getFixedT('en', 'files'),
    showSaveDialog: (options) => {
      dialogs.push(options);
      return Promise.resolve(choice);
    },
    printToPdf: (options) => {
      printed.push(options);
      return fail.print ? Promise.reject(fail.print) : Promise.resolve(new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    },
    writeFile: (filePath, content) => {
      if (fail.write) return Promise.reject(fail.write);
      written.push({ filePath, bytes: content.length });
      return Promise.resolve();
    },
  };
  return { deps, printed, written, dialogs };
}

describe('saving the briefing book as PDF', () => {
  it('asks where, prints the page on the chosen sheet with its own page size, and writes it', async () => {
    const { deps, printed, written, dialogs } = desk({ canceled: false, filePath: '/home/ana/Documents/book.pdf' });
    await expect(savePdf({ suggestedName: 'Mission briefing book.pdf', paper: 'letter' }, deps)).resolves.toEqual({
      status: 'saved',
      path: '/home/ana/Documents/book.pdf',
    });
    expect(dialogs).toEqual([
      { title: 'Save as PDF', defaultPath: '/home/ana/Documents/Mission briefing book.pdf', filters: [{ name: 'PDF document', extensions: ['pdf'] }] },
    ]);
    expect(printed).toEqual([{ pageSize: 'Letter', printBackground: true, preferCSSPageSize: true }]);
    expect(written).toEqual([{ filePath: '/home/ana/Documents/book.pdf', bytes: 4 }]);
  });

  it('prints nothing when the person cancels', async () => {
    const { deps, printed, written } = desk({ canceled: true });
    await expect(savePdf({ suggestedName: 'book.pdf', paper: 'a4' }, deps)).resolves.toEqual({ status: 'cancelled' });
    expect(printed).toEqual([]);
    expect(written).toEqual([]);
  });

  it.each<unknown>([
    { suggestedName: '../../etc/book.pdf', paper: 'a4' },
    { suggestedName: 'book.exe', paper: 'a4' },
    { suggestedName: 'book.pdf', paper: 'A3' },
    { suggestedName: 'book.pdf', paper: 'a4', folder: '/tmp' },
    'book.pdf',
    null,
  ])('refuses %j without asking or printing', async (request) => {
    const { deps, printed, dialogs } = desk({ canceled: false, filePath: '/x.pdf' });
    const result = await savePdf(request, deps);
    expect(result.status).toBe('failed');
    expect(dialogs).toEqual([]);
    expect(printed).toEqual([]);
  });

  it('says why when the page cannot be printed or the file written', async () => {
    const printing = desk({ canceled: false, filePath: '/x.pdf' }, { print: new Error('renderer gone') });
    await expect(savePdf({ suggestedName: 'book.pdf', paper: 'a4' }, printing.deps)).resolves.toEqual({
      status: 'failed',
      message: 'The page could not be printed to PDF: renderer gone',
    });
    const writing = desk({ canceled: false, filePath: '/x.pdf' }, { write: new Error('EACCES') });
    await expect(savePdf({ suggestedName: 'book.pdf', paper: 'a4' }, writing.deps)).resolves.toEqual({
      status: 'failed',
      message: 'Could not write /x.pdf: EACCES',
    });
  });
});

describe('saving every delegate’s book into a chosen folder', () => {
  function folderDesk(granted: Record<string, string>, fail: { print?: Error } = {}, there: string[] = [], answer: ExistingFilesAnswer = 'cancel') {
    const written: string[] = [];
    const asked: ExistingFilesQuestion[] = [];
    const deps: SavePdfToFolderDeps = {
      folderPath: (id) => Promise.resolve(granted[id] ?? null),
      isFolder: () => Promise.resolve(true),
      exists: (path) => Promise.resolve(there.includes(path) || written.includes(path)),
      askAboutExisting: (question) => {
        asked.push(question);
        return Promise.resolve(answer);
      },
      t: createI18n({ language: 'en', strict: true }).getFixedT('en', 'files'),
      printToPdf: () => (fail.print ? Promise.reject(fail.print) : Promise.resolve(new Uint8Array([1, 2, 3]))),
      writeFile: (filePath) => {
        written.push(filePath);
        return Promise.resolve();
      },
    };
    return { deps, written, asked };
  }

  it('prints the page into the granted folder under its plain name, with no dialog', async () => {
    const { deps, written } = folderDesk({ 'folder-1': '/home/ana/Books' });
    await expect(savePdfToFolder({ folderId: 'folder-1', name: 'Mission book for Fiona Gallagher.pdf', paper: 'a4' }, deps)).resolves.toEqual({
      status: 'saved',
      location: '/home/ana/Books',
      saved: ['Mission book for Fiona Gallagher.pdf'],
    });
    expect(written).toEqual(['/home/ana/Books/Mission book for Fiona Gallagher.pdf']);
  });

  it('asks before replacing a book already in the folder, and prints nothing when the person cancels', async () => {
    const there = ['/home/ana/Books/Mission book for Fiona Gallagher.pdf'];
    const request = { folderId: 'f', name: 'Mission book for Fiona Gallagher.pdf', paper: 'a4' };
    const cancelled = folderDesk({ f: '/home/ana/Books' }, {}, there, 'cancel');
    await expect(savePdfToFolder(request, cancelled.deps)).resolves.toEqual({ status: 'cancelled' });
    expect(cancelled.asked).toEqual([{ folder: '/home/ana/Books', existing: ['Mission book for Fiona Gallagher.pdf'], keptAs: 'Mission book for Fiona Gallagher (2).pdf' }]);
    expect(cancelled.written).toEqual([]);

    const replaced = folderDesk({ f: '/home/ana/Books' }, {}, there, 'replace');
    await expect(savePdfToFolder(request, replaced.deps)).resolves.toMatchObject({ status: 'saved', saved: ['Mission book for Fiona Gallagher.pdf'] });
    expect(replaced.written).toEqual(there);

    const kept = folderDesk({ f: '/home/ana/Books' }, {}, there, 'keep-both');
    await expect(savePdfToFolder(request, kept.deps)).resolves.toMatchObject({ status: 'saved', saved: ['Mission book for Fiona Gallagher.pdf'] });
    expect(kept.written).toEqual(['/home/ana/Books/Mission book for Fiona Gallagher (2).pdf']);
  });

  it('asks for the folder again when it was never granted, and writes nowhere else', async () => {
    const { deps, written } = folderDesk({});
    await expect(savePdfToFolder({ folderId: 'folder-9', name: 'book.pdf', paper: 'a4' }, deps)).resolves.toMatchObject({ status: 'unknown-folder' });
    for (const name of ['../book.pdf', '.book.pdf', 'book.txt']) {
      const result = await savePdfToFolder({ folderId: 'folder-9', name, paper: 'a4' }, folderDesk({ 'folder-9': '/tmp/x' }).deps);
      expect(result.status).toBe('failed');
    }
    expect(written).toEqual([]);
  });

  it('says why when the page cannot be printed', async () => {
    const { deps } = folderDesk({ f: '/home/ana/Books' }, { print: new Error('renderer gone') });
    await expect(savePdfToFolder({ folderId: 'f', name: 'book.pdf', paper: 'letter' }, deps)).resolves.toEqual({
      status: 'failed',
      message: 'The page could not be printed to PDF: renderer gone',
      saved: [],
    });
  });
});
