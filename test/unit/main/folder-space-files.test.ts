/**
 * The team space in a local folder kept in step by a sync client: files written whole and read back, folders
 * made as writes need them, never the space's own folder (a drive unplugged is not an empty space), and no path
 * that leads out of it.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFolderFiles, failureOfFileError } from '../../../electron/main/folder-space-files';
import type { SpaceFiles, SpaceResult } from '../../../src/platform/team-space';

const bytes = (text: string) => new TextEncoder().encode(text);

function value<T>(result: SpaceResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.failure.problem}: ${result.failure.detail}`);
  return result.value;
}

const problem = (result: SpaceResult<unknown>) => (result.ok ? 'none' : result.failure.problem);

let parent: string;
let root: string;
let files: SpaceFiles;

beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'team-folder-'));
  root = join(parent, 'Team space');
  mkdirSync(root);
  files = createFolderFiles(root);
});
afterEach(() => rmSync(parent, { recursive: true, force: true }));

describe('a team space in a local folder', () => {
  it('reads back what was written into folders that did not exist, and lists each folder', async () => {
    value(await files.write('computers/ab12cd34ef56ab78/00000001.dpt', bytes('first change')));
    value(await files.write('summary.dpt', bytes('the summary')));

    expect(readFileSync(join(root, 'computers', 'ab12cd34ef56ab78', '00000001.dpt'), 'utf8')).toBe('first change');
    expect(new TextDecoder().decode(value(await files.read('computers/ab12cd34ef56ab78/00000001.dpt'))!)).toBe('first change');
    expect(value(await files.list('')).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: 'computers/', size: 0 },
      { name: 'summary.dpt', size: 11 },
    ]);
    expect(value(await files.list('computers/ab12cd34ef56ab78/'))).toEqual([{ name: '00000001.dpt', size: 12 }]);
  });

  it('replaces a file whole and leaves no temporary file beside it', async () => {
    value(await files.write('summary.dpt', bytes('a long first version')));
    value(await files.write('summary.dpt', bytes('short')));
    expect(readFileSync(join(root, 'summary.dpt'), 'utf8')).toBe('short');
    expect(readdirSync(root)).toEqual(['summary.dpt']);
  });

  it('does not list what a write cut short left behind', async () => {
    writeFileSync(join(root, '.summary.dpt.0b6f1c1e-3f63-4a43-9d0b-8d4f3b1c2a10.tmp'), 'half');
    expect(value(await files.list(''))).toEqual([]);
  });

  it('finds no file and an empty folder where nothing was written, and removes what is not there', async () => {
    expect(value(await files.read('nothing.dpt'))).toBeNull();
    expect(value(await files.read('no-folder/nothing.dpt'))).toBeNull();
    expect(value(await files.list('no-folder'))).toEqual([]);
    value(await files.remove('nothing.dpt'));
    value(await files.write('gone.dpt', bytes('x')));
    value(await files.remove('gone.dpt'));
    expect(existsSync(join(root, 'gone.dpt'))).toBe(false);
  });

  it('says the space cannot be reached when its folder is gone, and does not make it again', async () => {
    rmSync(root, { recursive: true });
    expect(problem(await files.list(''))).toBe('unreachable');
    expect(problem(await files.read('summary.dpt'))).toBe('unreachable');
    expect(problem(await files.write('computers/a/1.dpt', bytes('x')))).toBe('unreachable');
    expect(existsSync(root)).toBe(false);
  });

  it('refuses paths that could lead out of the folder, before touching the disk', async () => {
    writeFileSync(join(parent, 'outside.dpt'), 'outside');
    for (const path of ['../outside.dpt', '/etc/passwd', 'a/../../outside.dpt', 'Summary.dpt', 'a\\b.dpt', '', '.', 'a//b', 'nul', 'con.dpt', 'com1/a.dpt', 'summary.']) {
      expect(problem(await files.read(path)), path).toBe('refused');
      expect(problem(await files.write(path, bytes('x'))), path).toBe('refused');
      expect(problem(await files.remove(path)), path).toBe('refused');
    }
    expect(problem(await files.list('..'))).toBe('refused');
    expect(readFileSync(join(parent, 'outside.dpt'), 'utf8')).toBe('outside');
  });

  it('names a full disk, a refused write and anything else for what they are', () => {
    const error = (code: string) => Object.assign(new Error(code), { code });
    expect(failureOfFileError(error('ENOSPC'), 'x').problem).toBe('full');
    expect(failureOfFileError(error('EDQUOT'), 'x').problem).toBe('full');
    expect(failureOfFileError(error('EACCES'), 'x').problem).toBe('forbidden');
    expect(failureOfFileError(error('EPERM'), 'x').problem).toBe('forbidden');
    expect(failureOfFileError(error('EROFS'), 'x').problem).toBe('forbidden');
    expect(failureOfFileError(error('ENOENT'), 'x').problem).toBe('unreachable');
    expect(failureOfFileError(error('EIO'), 'x')).toEqual({ problem: 'server', status: null, detail: 'x: EIO' });
  });
});
