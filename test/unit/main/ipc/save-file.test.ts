import { createI18n } from '../../../../src/i18n/i18n';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileFilter, SaveFileRequest } from '../../../../electron/shared/ipc-contract';
import {
  isTemporaryFileName,
  MAX_SAVE_FILE_BYTES,
  saveFile,
  type SaveFileDeps,
  temporaryFileName,
  writeFileAtomically,
} from '../../../../electron/main/ipc/save-file';

const calendar: SaveFileRequest = {
  suggestedName: 'Tianjin delegation.ics',
  content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
  filters: [{ name: 'Calendar', extensions: ['ics'] }],
};

interface Recorder {
  dialogs: { title: string; defaultPath: string; filters: FileFilter[] }[];
  writes: { filePath: string; content: string | Uint8Array }[];
}

function depsChoosing(filePath: string | undefined, overrides: Partial<SaveFileDeps> = {}): SaveFileDeps & Recorder {
  const recorder: Recorder = { dialogs: [], writes: [] };
  return {
    ...recorder,
    defaultFolder: '/home/ana/Documents',
    title: 'Save',
    t: createI18n({ language: 'en', strict: true }).getFixedT('en', 'files'),
    showSaveDialog: (options) => {
      recorder.dialogs.push(options);
      return Promise.resolve(filePath === undefined ? { canceled: true } : { canceled: false, filePath });
    },
    writeFile: (path, content) => {
      recorder.writes.push({ filePath: path, content });
      return Promise.resolve();
    },
    ...overrides,
  };
}

describe('saving a file the page produced', () => {
  it('writes the content where the person chose and reports the path', async () => {
    const deps = depsChoosing('/home/ana/Desktop/trip.ics');
    await expect(saveFile(calendar, deps)).resolves.toEqual({ status: 'saved', path: '/home/ana/Desktop/trip.ics' });
    expect(deps.writes).toEqual([{ filePath: '/home/ana/Desktop/trip.ics', content: calendar.content }]);
  });

  it('opens the dialog in the default folder with the suggested name and the filters', async () => {
    const deps = depsChoosing('/home/ana/Documents/Tianjin delegation.ics');
    await saveFile(calendar, deps);
    expect(deps.dialogs).toEqual([
      { title: 'Save', defaultPath: join('/home/ana/Documents', 'Tianjin delegation.ics'), filters: calendar.filters },
    ]);
  });

  it('writes nothing when the person cancels', async () => {
    const deps = depsChoosing(undefined);
    await expect(saveFile(calendar, deps)).resolves.toEqual({ status: 'cancelled' });
    expect(deps.writes).toEqual([]);
  });

  it('reports a write error as a failure with its message', async () => {
    const deps = depsChoosing('/media/usb/trip.ics', {
      writeFile: () => Promise.reject(new Error('EROFS: read-only file system')),
    });
    await expect(saveFile(calendar, deps)).resolves.toEqual({
      status: 'failed',
      message: 'Could not write /media/usb/trip.ics: EROFS: read-only file system',
    });
  });

  it('reports a dialog that cannot be shown as a failure', async () => {
    const deps = depsChoosing('/tmp/x.ics', { showSaveDialog: () => Promise.reject(new Error('no display')) });
    await expect(saveFile(calendar, deps)).resolves.toMatchObject({ status: 'failed' });
  });
});

describe('refusing requests the page should never send', () => {
  it.each<[string, unknown]>([
    ['a name with folders', { ...calendar, suggestedName: '../../.bashrc' }],
    ['a Windows path', { ...calendar, suggestedName: 'C:\\Windows\\evil.ics' }],
    ['a name with a NUL byte', { ...calendar, suggestedName: 'trip.ics\u0000.exe' }],
    ['a name longer than 255 characters', { ...calendar, suggestedName: `${'a'.repeat(252)}.ics` }],
    ['an empty name', { ...calendar, suggestedName: '' }],
    ['content that is not text', { ...calendar, content: 42 }],
    ['an extension with a wildcard', { ...calendar, filters: [{ name: 'All', extensions: ['*'] }] }],
    ['an extension with a dot', { ...calendar, filters: [{ name: 'Calendar', extensions: ['.ics'] }] }],
    ['filters that are not a list', { ...calendar, filters: 'ics' }],
    ['nothing at all', undefined],
    ['a bare string', 'trip.ics'],
  ])('fails without opening a dialog for %s', async (_what, request) => {
    const deps = depsChoosing('/tmp/x.ics');
    const result = await saveFile(request, deps);
    expect(result.status).toBe('failed');
    expect(deps.dialogs).toEqual([]);
  });

  it('names the field that was wrong', async () => {
    const result = await saveFile({ ...calendar, suggestedName: 'a/b.ics' }, depsChoosing('/tmp/x.ics'));
    expect(result).toEqual({ status: 'failed', message: 'Invalid suggestedName: must be a plain file name without folders' });
  });

  it('refuses content over 50 MB, counting bytes rather than characters', async () => {
    const deps = depsChoosing('/tmp/x.ics');
    const threeByteCharacters = '京'.repeat(Math.floor(MAX_SAVE_FILE_BYTES / 3) + 1);
    await expect(saveFile({ ...calendar, content: threeByteCharacters }, deps)).resolves.toMatchObject({
      status: 'failed',
    });
  });

  it('writes the bytes of a spreadsheet as they are', async () => {
    const deps = depsChoosing('/home/ana/Desktop/list.xlsx');
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00]);
    const spreadsheet: SaveFileRequest = { suggestedName: 'list.xlsx', content: bytes, filters: [{ name: 'Excel', extensions: ['xlsx'] }] };
    await expect(saveFile(spreadsheet, deps)).resolves.toEqual({ status: 'saved', path: '/home/ana/Desktop/list.xlsx' });
    expect(deps.writes).toEqual([{ filePath: '/home/ana/Desktop/list.xlsx', content: bytes }]);
  });

  it('refuses bytes over 50 MB, and content that is neither text nor bytes', async () => {
    const deps = depsChoosing('/tmp/x.xlsx');
    await expect(saveFile({ ...calendar, content: new Uint8Array(MAX_SAVE_FILE_BYTES + 1) }, deps)).resolves.toMatchObject({ status: 'failed' });
    await expect(saveFile({ ...calendar, content: [1, 2, 3] }, deps)).resolves.toMatchObject({ status: 'failed' });
    expect(deps.writes).toEqual([]);
  });

  it('accepts content of exactly 50 MB', async () => {
    const deps = depsChoosing('/tmp/x.ics');
    await expect(saveFile({ ...calendar, content: 'a'.repeat(MAX_SAVE_FILE_BYTES) }, deps)).resolves.toMatchObject({
      status: 'saved',
    });
  });
});

describe('writing atomically', () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'save-file-'));
  });

  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('writes the content as UTF-8 and leaves no temporary file', async () => {
    const target = join(folder, '天津.ics');
    await writeFileAtomically(target, 'SUMMARY:欢迎宴会\r\n');
    expect(readFileSync(target, 'utf8')).toBe('SUMMARY:欢迎宴会\r\n');
    expect(readdirSync(folder)).toEqual(['天津.ics']);
  });

  it('replaces an existing file whole', async () => {
    const target = join(folder, 'participants.csv');
    writeFileSync(target, 'old,content,that,is,longer\n');
    await writeFileAtomically(target, 'new\n');
    expect(readFileSync(target, 'utf8')).toBe('new\n');
  });

  it('removes its temporary file when the final rename fails', async () => {
    const target = join(folder, 'occupied');
    mkdirSync(target);
    writeFileSync(join(target, 'inside.txt'), 'x');
    await expect(writeFileAtomically(target, 'content')).rejects.toThrow();
    expect(readdirSync(folder)).toEqual(['occupied']);
  });

  it('fails when the folder does not exist', async () => {
    await expect(writeFileAtomically(join(folder, 'gone', 'x.ics'), 'content')).rejects.toThrow();
  });

  it('names its temporary files so that one a crash left is told apart from every other file', () => {
    expect(isTemporaryFileName(temporaryFileName('天津.ics'))).toBe(true);
    expect(isTemporaryFileName(temporaryFileName('delegation-planner-2026-11-21T10-30-00-000Z-quit.json'))).toBe(true);
    for (const other of ['天津.ics', '.天津.ics', 'notes.tmp', '.notes.txt.1234.tmp', 'x.0b6f5c1e-3d2a-4c8b-9e7f-1a2b3c4d5e6f.tmp']) {
      expect(isTemporaryFileName(other)).toBe(false);
    }
  });
});
