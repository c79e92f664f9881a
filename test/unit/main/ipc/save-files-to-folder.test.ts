import { createI18n } from '../../../../src/i18n/i18n';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { lstat, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../../electron/main/ipc/save-file';
import {
  type ExistingFilesAnswer,
  type ExistingFilesQuestion,
  existingFilesAnswer,
  existingFilesQuestionBox,
  MAX_FILES_PER_SAVE,
  numberedName,
  pathInside,
  saveFilesToFolder,
  type SaveFilesToFolderDeps,
} from '../../../../electron/main/ipc/save-files-to-folder';
import { isPlainFileName } from '../../../../electron/main/plain-file-name';

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

/** The questions asked about files already in the folder. */
let asked: ExistingFilesQuestion[];

beforeEach(() => {
  asked = [];
});

/**
 * Real files in a temporary folder granted as "folder-1"; asked about files already there, the person answers
 * `answer` (by default nothing is expected to be there, and a question fails the test).
 */
function realDeps(overrides: Partial<SaveFilesToFolderDeps> = {}, answer?: ExistingFilesAnswer): SaveFilesToFolderDeps {
  return {
    folderPath: (id) => Promise.resolve(id === 'folder-1' ? folder : null),
    isFolder: async (path) => (await stat(path)).isDirectory(),
    exists: (path) => lstat(path).then(
      () => true,
      () => false,
    ),
    askAboutExisting: (question) => {
      asked.push(question);
      return answer === undefined ? Promise.reject(new Error('asked about files unexpectedly')) : Promise.resolve(answer);
    },
    writeFile: writeFileAtomically,
    t: createI18n({ language: 'en', strict: true }).getFixedT('en', 'files'),
    ...overrides,
  };
}

describe('saving many files into a chosen folder', () => {
  it('writes every file into the folder, asking nothing when none is there, and says which', async () => {
    const files = [calendar('Trip - Joe Anderson.ics'), calendar('Trip - 王伟.ics')];
    await expect(saveFilesToFolder({ folderId: 'folder-1', files }, realDeps())).resolves.toEqual({
      status: 'saved',
      location: folder,
      saved: ['Trip - Joe Anderson.ics', 'Trip - 王伟.ics'],
    });
    expect(asked).toEqual([]);
    expect(readdirSync(folder).sort()).toEqual(['Trip - Joe Anderson.ics', 'Trip - 王伟.ics']);
    expect(readdirSync(root)).toEqual(['Calendars']);
  });

  it('asks once before replacing files already in the folder, naming how many, and replaces them whole when told to', async () => {
    writeFileSync(join(folder, 'Trip - Joe Anderson.ics'), 'old');
    writeFileSync(join(folder, 'Trip - 王伟.ics'), 'old');
    const files = [calendar('Trip - Joe Anderson.ics'), calendar('Trip - Chen Jing.ics'), calendar('Trip - 王伟.ics')];
    await expect(saveFilesToFolder({ folderId: 'folder-1', files }, realDeps({}, 'replace'))).resolves.toEqual({
      status: 'saved',
      location: folder,
      saved: ['Trip - Joe Anderson.ics', 'Trip - Chen Jing.ics', 'Trip - 王伟.ics'],
    });
    expect(asked).toEqual([{ folder, existing: ['Trip - Joe Anderson.ics', 'Trip - 王伟.ics'], keptAs: 'Trip - Joe Anderson (2).ics' }]);
    expect(readdirSync(folder).sort()).toEqual(['Trip - Chen Jing.ics', 'Trip - Joe Anderson.ics', 'Trip - 王伟.ics']);
    expect(readFileSync(join(folder, 'Trip - Joe Anderson.ics'), 'utf8')).toBe(files[0]!.content);
    expect(readdirSync(root)).toEqual(['Calendars']);
  });

  it('keeps both when told to: the files there untouched, the new ones under the next free number', async () => {
    writeFileSync(join(folder, 'Trip - Joe Anderson.ics'), 'old Joe');
    writeFileSync(join(folder, 'Trip - Joe Anderson (2).ics'), 'older copy');
    writeFileSync(join(folder, 'Trip - 王伟.ics'), 'old 王伟');
    // The page's own next name must not be taken by a copy either.
    const files = [calendar('Trip - Joe Anderson.ics'), calendar('Trip - 王伟.ics'), calendar('Trip - 王伟 (2).ics')];
    const result = await saveFilesToFolder({ folderId: 'folder-1', files }, realDeps({}, 'keep-both'));
    // The page is told which of its files were saved, by the names it gave them.
    expect(result).toEqual({ status: 'saved', location: folder, saved: files.map((file) => file.name) });
    expect(asked[0]?.keptAs).toBe('Trip - Joe Anderson (3).ics');
    expect(readdirSync(folder).sort()).toEqual(
      ['Trip - Joe Anderson.ics', 'Trip - Joe Anderson (2).ics', 'Trip - Joe Anderson (3).ics', 'Trip - 王伟.ics', 'Trip - 王伟 (2).ics', 'Trip - 王伟 (3).ics'].sort(),
    );
    expect(readFileSync(join(folder, 'Trip - Joe Anderson.ics'), 'utf8')).toBe('old Joe');
    expect(readFileSync(join(folder, 'Trip - Joe Anderson (2).ics'), 'utf8')).toBe('older copy');
    expect(readFileSync(join(folder, 'Trip - 王伟.ics'), 'utf8')).toBe('old 王伟');
    expect(readFileSync(join(folder, 'Trip - Joe Anderson (3).ics'), 'utf8')).toBe(files[0]!.content);
    expect(readFileSync(join(folder, 'Trip - 王伟 (3).ics'), 'utf8')).toBe(files[1]!.content);
    expect(readFileSync(join(folder, 'Trip - 王伟 (2).ics'), 'utf8')).toBe(files[2]!.content);
  });

  it('writes nothing at all when the person cancels', async () => {
    writeFileSync(join(folder, 'Trip - Joe Anderson.ics'), 'old');
    const files = [calendar('Trip - Chen Jing.ics'), calendar('Trip - Joe Anderson.ics')];
    await expect(saveFilesToFolder({ folderId: 'folder-1', files }, realDeps({}, 'cancel'))).resolves.toEqual({ status: 'cancelled' });
    expect(readdirSync(folder)).toEqual(['Trip - Joe Anderson.ics']);
    expect(readFileSync(join(folder, 'Trip - Joe Anderson.ics'), 'utf8')).toBe('old');
  });

  it('writes nothing, and says why, when the question cannot be asked', async () => {
    writeFileSync(join(folder, 'Trip - Joe Anderson.ics'), 'old');
    const deps = realDeps({ askAboutExisting: () => Promise.reject(new Error('no window')) });
    await expect(saveFilesToFolder({ folderId: 'folder-1', files: [calendar('Trip - Joe Anderson.ics')] }, deps)).resolves.toEqual({
      status: 'failed',
      message: `Nothing was saved: the question about the files already in ${folder} could not be shown: no window`,
      saved: [],
    });
    expect(readFileSync(join(folder, 'Trip - Joe Anderson.ics'), 'utf8')).toBe('old');
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
    const result = await saveFilesToFolder({ folderId: 'folder-1', files: [calendar('Trip - Joe Anderson.ics')] }, realDeps({}, 'replace'));
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

describe('the question about files already in the folder', () => {
  const question = (existing: string[]): ExistingFilesQuestion => ({ folder: '/home/ana/Calendars', existing, keptAs: `${existing[0]!.slice(0, -4)} (2).ics` });
  const menu = (language: 'en' | 'zh-CN') => createI18n({ language, strict: true }).getFixedT(language, 'menu');

  it('names the file, or how many there are, and what keeping both would call the new one', () => {
    expect(existingFilesQuestionBox(question(['Trip - Li Wei.ics']), menu('en'))).toEqual({
      type: 'question',
      title: 'Replace files?',
      message: '“Trip - Li Wei.ics” is already in /home/ana/Calendars.',
      detail: 'Replace them with the new files, keep both (the new ones get a number, such as “Trip - Li Wei (2).ics”), or cancel and save nothing.',
      buttons: ['Replace', 'Keep both', 'Cancel'],
      defaultId: 2,
      cancelId: 2,
      noLink: true,
    });
    expect(existingFilesQuestionBox(question(['Trip - Li Wei.ics', 'a.ics', 'b.ics']), menu('en')).message).toBe(
      '3 of these files are already in /home/ana/Calendars, such as “Trip - Li Wei.ics”.',
    );
  });

  it('is asked in Chinese when the page shows Chinese', () => {
    const box = existingFilesQuestionBox(question(['行程 - 王伟.ics', 'a.ics']), menu('zh-CN'));
    expect(box.title).toBe('替换文件？');
    expect(box.message).toBe('/home/ana/Calendars中已有2个同名文件，例如“行程 - 王伟.ics”。');
    expect(box.buttons).toEqual(['替换', '都保留', '取消']);
  });

  it('takes its buttons in order, and anything else (the box closed) as cancel', () => {
    expect([0, 1, 2, 3, -1].map(existingFilesAnswer)).toEqual(['replace', 'keep-both', 'cancel', 'cancel', 'cancel']);
  });
});

describe('a numbered name for a copy', () => {
  it('puts the number before the extension', () => {
    expect(numberedName('Trip - Li Wei.ics', 2)).toBe('Trip - Li Wei (2).ics');
    expect(numberedName('notes', 3)).toBe('notes (3)');
    expect(numberedName('2026.03 trip.pdf', 12)).toBe('2026.03 trip (12).pdf');
  });

  it('cuts a long name so that it stays a name every file system takes', () => {
    const name = numberedName(`${'天'.repeat(250)}.ics`, 2);
    expect(name).toMatch(/^天+ \(2\)\.ics$/);
    expect(isPlainFileName(name)).toBe(true);
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
