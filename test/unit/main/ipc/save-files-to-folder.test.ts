import { createI18n } from '../../../../src/i18n/i18n';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../../electron/main/ipc/save-file';
import {
  MAX_FILES_PER_SAVE,
  pathInside,
  saveFilesToFolder,
  type SaveFilesToFolderDeps,
} from '../../../../electron/main/ipc/save-files-to-folder';

const calendar = (name: string) => ({ name, content: `BEGIN:VCALENDAR\r\nX-WR-CALNAME:${name}\r\nEND:VCALENDAR\r\n` });

let root: string;
let folder: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'save-files-'));
  folder = join(root, 'Calendars');
  mkdirSync(folder);
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Real files in a temporary folder granted as "folder-1". */
function realDeps(overrides: Partial<SaveFilesToFolderDeps> = {}): SaveFilesToFolderDeps {
  return {
    folderPath: (id) => Promise.resolve(id === 'folder-1' ? folder : null),
    isFolder: async (path) => (await stat(path)).isDirectory(),
    writeFile: writeFileAtomically,
    t: createI18n({ language: 'en', strict: true }).getFixedT('en', 'files'),
    ...overrides,
  };
}

describe('saving many files into a chosen folder', () => {
  it('writes every file into the folder, replacing one of the same name whole, and says which', async () => {
    writeFileSync(join(folder, 'Trip - Joe Anderson.ics'), 'old');
    const files = [calendar('Trip - Joe Anderson.ics'), calendar('Trip - 王伟.ics')];
    await expect(saveFilesToFolder({ folderId: 'folder-1', files }, realDeps())).resolves.toEqual({
      status: 'saved',
      location: folder,
      saved: ['Trip - Joe Anderson.ics', 'Trip - 王伟.ics'],
    });
    expect(readdirSync(folder).sort()).toEqual(['Trip - Joe Anderson.ics', 'Trip - 王伟.ics']);
    expect(readFileSync(join(folder, 'Trip - Joe Anderson.ics'), 'utf8')).toBe(files[0]!.content);
    expect(readdirSync(root)).toEqual(['Calendars']);
  });

  it('asks for the folder again when its id was never granted, or the folder has gone', async () => {
    const unknown = await saveFilesToFolder({ folderId: 'guessed', files: [calendar('a.ics')] }, realDeps());
    expect(unknown.status).toBe('unknown-folder');
    rmSync(folder, { recursive: true });
    const gone = await saveFilesToFolder({ folderId: 'folder-1', files: [calendar('a.ics')] }, realDeps());
    expect(gone).toEqual({ status: 'unknown-folder', message: `The folder ${folder} is no longer there: choose a folder again.` });
    expect(readdirSync(root)).toEqual([]);
  });

  it.each([
    ['a parent folder', '../escape.ics'],
    ['a sub-folder', 'sub/escape.ics'],
    ['a Windows parent folder', '..\\escape.ics'],
    ['an absolute path', '/etc/passwd'],
    ['a drive', 'C:escape.ics'],
    ['the parent itself', '..'],
    ['a hidden file', '.bashrc'],
    ['a NUL byte', 'a.ics\u0000.exe'],
  ])('refuses a name with %s and writes nothing', async (_what, name) => {
    const result = await saveFilesToFolder({ folderId: 'folder-1', files: [calendar('fine.ics'), calendar(name)] }, realDeps());
    expect(result).toEqual({ status: 'failed', message: expect.stringMatching(/^Invalid files\.1\.name: /), saved: [] });
    expect(readdirSync(folder)).toEqual([]);
    expect(readdirSync(root)).toEqual(['Calendars']);
  });

  it('refuses two names that are one file on Windows and macOS', async () => {
    const result = await saveFilesToFolder(
      { folderId: 'folder-1', files: [calendar('Joe.ics'), calendar('JOE.ics')] },
      realDeps(),
    );
    expect(result).toEqual({ status: 'failed', message: 'Invalid files.1.name: is given twice', saved: [] });
  });

  it.each([
    ['no request', undefined],
    ['no files', { folderId: 'folder-1', files: [] }],
    ['a folder path instead of an id', { folderId: 'folder-1', files: [calendar('a.ics')], folder: '/etc' }],
    ['content that is not text', { folderId: 'folder-1', files: [{ name: 'a.ics', content: 42 }] }],
    ['too many files', { folderId: 'folder-1', files: Array.from({ length: MAX_FILES_PER_SAVE + 1 }, (_, i) => calendar(`${i}.ics`)) }],
  ])('refuses %s', async (_what, request) => {
    const result = await saveFilesToFolder(request, realDeps());
    expect(result.status).toBe('failed');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('replaces a link planted in the folder instead of writing through it', async () => {
    const outside = join(root, 'outside.txt');
    writeFileSync(outside, 'keep me');
    symlinkSync(outside, join(folder, 'Trip - Joe Anderson.ics'));
    const result = await saveFilesToFolder({ folderId: 'folder-1', files: [calendar('Trip - Joe Anderson.ics')] }, realDeps());
    expect(result.status).toBe('saved');
    expect(readFileSync(outside, 'utf8')).toBe('keep me');
    expect(readFileSync(join(folder, 'Trip - Joe Anderson.ics'), 'utf8')).toContain('BEGIN:VCALENDAR');
  });

  it('stops at a file that cannot be written and says which were', async () => {
    const deps = realDeps({
      writeFile: (path, content) =>
        path.endsWith('b.ics') ? Promise.reject(new Error('ENOSPC: no space left')) : writeFileAtomically(path, content),
    });
    const result = await saveFilesToFolder({ folderId: 'folder-1', files: [calendar('a.ics'), calendar('b.ics'), calendar('c.ics')] }, deps);
    expect(result).toEqual({
      status: 'failed',
      message: `Could not write ${join(folder, 'b.ics')}: ENOSPC: no space left`,
      saved: ['a.ics'],
    });
  });
});

describe('a path inside the folder', () => {
  it('is the folder and the name, and nothing for a name that leaves it', () => {
    expect(pathInside('/home/ana/Calendars', 'Trip.ics')).toBe('/home/ana/Calendars/Trip.ics');
    expect(pathInside('/home/ana/Calendars/', 'Trip.ics')).toBe('/home/ana/Calendars/Trip.ics');
    expect(pathInside('/home/ana/Calendars', '../Trip.ics')).toBeNull();
    expect(pathInside('/home/ana/Calendars', 'sub/Trip.ics')).toBeNull();
    expect(pathInside('/home/ana/Calendars', '/etc/passwd')).toBeNull();
  });
});
