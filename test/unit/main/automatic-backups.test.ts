import nodePath from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type AutomaticBackupsDeps,
  createAutomaticBackups,
  MAX_AUTOMATIC_BACKUP_BYTES,
} from '../../../electron/main/automatic-backups';
import { automaticBackupFileName } from '../../../electron/shared/automatic-backups';
import type { Language } from '../../../src/i18n/catalogues';
import { createI18n } from '../../../src/i18n/i18n';

const folder = nodePath.join(nodePath.sep, 'home', 'ana', '.config', 'Delegation Planner', 'Backups');
const backupText = (trips = 1) => JSON.stringify({ format: 'delegation-planner-backup', tables: { trips: Array(trips).fill({}) } });

function failure(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/** An in-memory disk: files by full path, when each was last written, and the folders that exist. */
function fakeDisk(start = '2026-11-21T10:30:00.000Z', language: Language = 'en') {
  const files = new Map<string, string>();
  const modified = new Map<string, number>();
  const folders = new Set<string>();
  let now = new Date(start);
  const deps: AutomaticBackupsDeps = {
    folder,
    readDir: (path) => {
      if (!folders.has(path)) return Promise.reject(failure('ENOENT', `ENOENT: no such file or directory, scandir '${path}'`));
      const children = [...files.keys(), ...folders]
        .filter((entry) => nodePath.dirname(entry) === path)
        .map((entry) => nodePath.basename(entry));
      return Promise.resolve(children);
    },
    stat: (path) =>
      files.has(path) || folders.has(path)
        ? Promise.resolve({
            size: Buffer.byteLength(files.get(path) ?? ''),
            mtimeMs: modified.get(path) ?? now.getTime(),
            isFile: () => files.has(path),
          })
        : Promise.reject(failure('ENOENT', `ENOENT: no such file, stat '${path}'`)),
    readFile: (path) => {
      const content = files.get(path);
      return content === undefined ? Promise.reject(failure('ENOENT', `ENOENT: open '${path}'`)) : Promise.resolve(content);
    },
    writeFileAtomically: (path, content) => {
      if (!folders.has(nodePath.dirname(path))) return Promise.reject(failure('ENOENT', `ENOENT: open '${path}'`));
      files.set(path, typeof content === 'string' ? content : new TextDecoder().decode(content));
      modified.set(path, now.getTime());
      return Promise.resolve();
    },
    remove: (path) => {
      files.delete(path);
      return Promise.resolve();
    },
    makeFolder: (path) => {
      for (let current = path; !folders.has(current) && current !== nodePath.dirname(current); current = nodePath.dirname(current)) {
        folders.add(current);
      }
      return Promise.resolve();
    },
    now: () => now,
    words: () => createI18n({ language, strict: true }).getFixedT(language, 'files'),
  };
  return {
    deps,
    files,
    folders,
    /** Names in the backups folder, sorted. */
    names: () => [...files.keys()].filter((path) => nodePath.dirname(path) === folder).map((path) => nodePath.basename(path)).sort(),
    /** Puts a file in the backups folder, last written at `modifiedAt` (else now). */
    put: (name: string, content = backupText(), modifiedAt?: string) => {
      void deps.makeFolder(folder);
      files.set(nodePath.join(folder, name), content);
      modified.set(nodePath.join(folder, name), modifiedAt === undefined ? now.getTime() : Date.parse(modifiedAt));
    },
    setNow: (iso: string) => {
      now = new Date(iso);
    },
  };
}

describe('the automatic backups folder', () => {
  it('lists no backups before the first is saved, and makes no folder for that', async () => {
    const disk = fakeDisk();
    await expect(createAutomaticBackups(disk.deps).list()).resolves.toEqual({ status: 'listed', folder, backups: [] });
    expect(disk.folders.has(folder)).toBe(false);
  });

  it('saves a backup under a name of its date and reason, in a folder made for it, and lists it', async () => {
    const disk = fakeDisk();
    const backups = createAutomaticBackups(disk.deps);
    const content = backupText();
    const saved = await backups.save({ content, reason: 'quit' });
    const backup = {
      id: 'delegation-planner-2026-11-21T10-30-00-000Z-quit.json',
      createdAt: '2026-11-21T10:30:00.000Z',
      reason: 'quit',
      sizeBytes: Buffer.byteLength(content),
    };
    expect(saved).toEqual({ status: 'saved', backup, removed: [] });
    expect(disk.files.get(nodePath.join(folder, backup.id))).toBe(content);
    await expect(backups.list()).resolves.toEqual({ status: 'listed', folder, backups: [backup] });
    await expect(backups.read(backup.id)).resolves.toEqual({ status: 'read', content });
  });

  it('saves a backup the page sends as its UTF-8 bytes, as the same file its text would make', async () => {
    const disk = fakeDisk();
    const content = JSON.stringify({ city: '天津', note: 'Zürich' });
    const bytes = new TextEncoder().encode(`\n${content}\n`);
    const saved = await createAutomaticBackups(disk.deps).save({ content: bytes, reason: 'manual' });
    expect(saved.status === 'saved' && saved.backup.sizeBytes).toBe(bytes.byteLength);
    expect([...disk.files.values()]).toEqual([`\n${content}\n`]);
  });

  it('counts the size in bytes, as the file on disk has it', async () => {
    const content = JSON.stringify({ city: '天津', note: 'Zürich' });
    const saved = await createAutomaticBackups(fakeDisk().deps).save({ content, reason: 'manual' });
    expect(saved.status === 'saved' && saved.backup.sizeBytes).toBe(Buffer.byteLength(content, 'utf8'));
  });

  it('lists the newest first and leaves out every other file in the folder', async () => {
    const disk = fakeDisk();
    disk.put('delegation-planner-2026-11-20T08-00-00-000Z-scheduled.json');
    disk.put('delegation-planner-2026-11-21T09-00-00-000Z-before-restore.json');
    disk.put('notes.txt', 'mine');
    disk.put('.delegation-planner-2026-11-21T10-00-00-000Z-quit.json.1234.tmp', '{');
    await disk.deps.makeFolder(nodePath.join(folder, 'delegation-planner-2026-11-19T08-00-00-000Z-scheduled.json'));
    const listed = await createAutomaticBackups(disk.deps).list();
    expect(listed.status === 'listed' && listed.backups.map((backup) => [backup.createdAt, backup.reason])).toEqual([
      ['2026-11-21T09:00:00.000Z', 'before-restore'],
      ['2026-11-20T08:00:00.000Z', 'scheduled'],
    ]);
  });

  it('lets go of the backups the keeping rule no longer needs after each save, and of nothing else', async () => {
    const disk = fakeDisk();
    const hourly = Array.from({ length: 30 }, (_, hour) =>
      automaticBackupFileName(new Date(Date.parse('2026-11-20T04:00:00Z') + hour * 3_600_000), 'scheduled'),
    );
    for (const name of hourly) disk.put(name);
    disk.put('notes.txt', 'mine');
    const saved = await createAutomaticBackups(disk.deps).save({ content: backupText(), reason: 'scheduled' });
    if (saved.status !== 'saved') throw new Error(saved.message);
    // Kept: the newest six of the last 24 hours (the new one and 05:00 to 09:00 today) and yesterday's last, 23:00.
    expect(disk.names()).toEqual(
      [
        'delegation-planner-2026-11-20T23-00-00-000Z-scheduled.json',
        'delegation-planner-2026-11-21T05-00-00-000Z-scheduled.json',
        'delegation-planner-2026-11-21T06-00-00-000Z-scheduled.json',
        'delegation-planner-2026-11-21T07-00-00-000Z-scheduled.json',
        'delegation-planner-2026-11-21T08-00-00-000Z-scheduled.json',
        'delegation-planner-2026-11-21T09-00-00-000Z-scheduled.json',
        saved.backup.id,
        'notes.txt',
      ].sort(),
    );
    expect(saved.removed).toHaveLength(30 - 6);
    expect(saved.removed).not.toContain(saved.backup.id);
  });

  describe('temporary files a backup written when the app stopped left behind', () => {
    const leftover = '.delegation-planner-2026-11-21T08-00-00-000Z-scheduled.json.0b6f5c1e-3d2a-4c8b-9e7f-1a2b3c4d5e6f.tmp';
    const inProgress = '.delegation-planner-2026-11-21T10-29-00-000Z-manual.json.7c9d8e2f-5a4b-4d3c-8b1a-0f9e8d7c6b5a.tmp';

    function diskWithLeftovers() {
      const disk = fakeDisk();
      disk.put('delegation-planner-2026-11-21T09-00-00-000Z-scheduled.json');
      // Written two hours ago, and never renamed: the app stopped in between.
      disk.put(leftover, '{"tables":', '2026-11-21T08:30:00.000Z');
      // Being written this minute by a save that has not finished.
      disk.put(inProgress, '{"tables":', '2026-11-21T10:29:30.000Z');
      // The person's own files, even ones that look temporary, are not the app's.
      disk.put('notes.tmp', 'mine', '2026-01-01T00:00:00.000Z');
      disk.put('.notes.txt.1234.tmp', 'mine', '2026-01-01T00:00:00.000Z');
      disk.put('delegation-planner-2026-11-21T07-00-00-000Z-scheduled.json.0b6f5c1e-3d2a-4c8b-9e7f-1a2b3c4d5e6f.tmp', 'mine', '2026-01-01T00:00:00.000Z');
      return disk;
    }

    it('are removed when the folder is listed, once an hour old, and nothing else is', async () => {
      const disk = diskWithLeftovers();
      const listed = await createAutomaticBackups(disk.deps).list();
      expect(listed.status === 'listed' && listed.backups.map((backup) => backup.id)).toEqual([
        'delegation-planner-2026-11-21T09-00-00-000Z-scheduled.json',
      ]);
      expect(disk.names()).not.toContain(leftover);
      expect(disk.names()).toContain(inProgress);
      expect(disk.names()).toContain('notes.tmp');
      expect(disk.names()).toContain('.notes.txt.1234.tmp');
      expect(disk.names()).toHaveLength(5);
    });

    it('are removed when a backup is saved, and an hour later the one that was in progress too', async () => {
      const disk = diskWithLeftovers();
      const backups = createAutomaticBackups(disk.deps);
      const saved = await backups.save({ content: backupText(), reason: 'manual' });
      expect(saved.status).toBe('saved');
      expect(disk.names()).not.toContain(leftover);
      expect(disk.names()).toContain(inProgress);
      disk.setNow('2026-11-21T11:30:00.000Z');
      await backups.save({ content: backupText(), reason: 'scheduled' });
      expect(disk.names()).not.toContain(inProgress);
      expect(disk.names()).toContain('notes.tmp');
    });

    it('do not stop a listing or a save when one cannot be removed', async () => {
      const disk = diskWithLeftovers();
      const backups = createAutomaticBackups({
        ...disk.deps,
        remove: (path) => (path.endsWith('.tmp') ? Promise.reject(failure('EBUSY', 'EBUSY: resource busy')) : disk.deps.remove(path)),
      });
      await expect(backups.list()).resolves.toMatchObject({ status: 'listed' });
      await expect(backups.save({ content: backupText(), reason: 'manual' })).resolves.toMatchObject({ status: 'saved' });
      expect(disk.names()).toContain(leftover);
    });
  });

  it('keeps a backup made in the same millisecond as another beside it, instead of replacing it', async () => {
    const disk = fakeDisk();
    const backups = createAutomaticBackups(disk.deps);
    const [first, second] = await Promise.all([
      backups.save({ content: backupText(1), reason: 'scheduled' }),
      backups.save({ content: backupText(2), reason: 'scheduled' }),
    ]);
    expect(first.status === 'saved' && first.backup.createdAt).toBe('2026-11-21T10:30:00.000Z');
    expect(second.status === 'saved' && second.backup.createdAt).toBe('2026-11-21T10:30:00.001Z');
    expect(disk.names()).toHaveLength(2);
  });

  it('still reports a backup saved when an old one cannot be removed, and names only those removed', async () => {
    const disk = fakeDisk();
    disk.put('delegation-planner-2026-01-01T00-00-00-000Z-scheduled.json');
    disk.put('delegation-planner-2026-01-02T00-00-00-000Z-scheduled.json');
    const backups = createAutomaticBackups({
      ...disk.deps,
      remove: (path) =>
        path.includes('2026-01-01') ? Promise.reject(failure('EBUSY', 'EBUSY: resource busy')) : disk.deps.remove(path),
    });
    const saved = await backups.save({ content: backupText(), reason: 'scheduled' });
    expect(saved).toMatchObject({ status: 'saved', removed: ['delegation-planner-2026-01-02T00-00-00-000Z-scheduled.json'] });
  });

  it.each([
    ['no request', undefined],
    ['no reason', { content: backupText() }],
    ['a reason it does not know', { content: backupText(), reason: 'hourly' }],
    ['content that is not text', { content: { trips: [] }, reason: 'scheduled' }],
    ['content that is not a JSON object', { content: '[1, 2]', reason: 'scheduled' }],
    ['bytes that are not a JSON object', { content: new TextEncoder().encode('[1, 2]'), reason: 'scheduled' }],
    ['bytes cut short', { content: new TextEncoder().encode(backupText().slice(0, 20)), reason: 'scheduled' }],
    ['a lone brace as bytes', { content: new TextEncoder().encode(' { '), reason: 'scheduled' }],
    ['content cut short', { content: backupText().slice(0, 20), reason: 'scheduled' }],
    ['empty content', { content: '', reason: 'scheduled' }],
    ['a file name of the page’s choosing', { content: backupText(), reason: 'scheduled', name: '../../evil.json' }],
    ['content larger than 256 MB', { content: `{"a":"${'é'.repeat(MAX_AUTOMATIC_BACKUP_BYTES / 2)}"}`, reason: 'scheduled' }],
  ])('refuses to save %s, and writes nothing', async (_what, request) => {
    const disk = fakeDisk();
    const result = await createAutomaticBackups(disk.deps).save(request);
    expect(result).toEqual({ status: 'failed', message: expect.stringMatching(/^Invalid /) });
    expect(disk.files.size).toBe(0);
  });

  it('says where and why when a backup cannot be written, and leaves nothing behind', async () => {
    const disk = fakeDisk();
    const backups = createAutomaticBackups({
      ...disk.deps,
      writeFileAtomically: () => Promise.reject(failure('ENOSPC', 'ENOSPC: no space left on device')),
    });
    await expect(backups.save({ content: backupText(), reason: 'quit' })).resolves.toEqual({
      status: 'failed',
      message: `The automatic backup could not be saved in ${folder}: ENOSPC: no space left on device`,
    });
    expect(disk.files.size).toBe(0);
  });

  it('says so when the folder cannot be listed', async () => {
    const disk = fakeDisk();
    const backups = createAutomaticBackups({
      ...disk.deps,
      readDir: () => Promise.reject(failure('EACCES', 'EACCES: permission denied')),
    });
    await expect(backups.list()).resolves.toEqual({
      status: 'failed',
      message: `The automatic backups in ${folder} could not be listed: EACCES: permission denied`,
    });
  });

  it.each([
    ['a parent folder', '../granted-folders.json'],
    ['a backup’s name behind a parent folder', '../delegation-planner-2026-11-21T10-30-00-000Z-quit.json'],
    ['an absolute path', nodePath.join(folder, 'delegation-planner-2026-11-21T10-30-00-000Z-quit.json')],
    ['a Windows parent folder', '..\\delegation-planner-2026-11-21T10-30-00-000Z-quit.json'],
    ['another file in the folder', 'notes.txt'],
    ['a name that is not text', 42],
    ['no name', undefined],
  ])('refuses to read %s', async (_what, id) => {
    const disk = fakeDisk();
    disk.put('delegation-planner-2026-11-21T10-30-00-000Z-quit.json');
    disk.put('notes.txt', 'mine');
    disk.files.set(nodePath.join(nodePath.dirname(folder), 'granted-folders.json'), '{"folders":[]}');
    disk.files.set(nodePath.join(nodePath.dirname(folder), 'delegation-planner-2026-11-21T10-30-00-000Z-quit.json'), '{}');
    const result = await createAutomaticBackups(disk.deps).read(id);
    expect(result).toEqual({ status: 'failed', message: expect.stringMatching(/^Invalid request: /) });
  });

  it('refuses to read a backup that is not in the folder', async () => {
    const disk = fakeDisk();
    disk.put('delegation-planner-2026-11-21T10-30-00-000Z-quit.json');
    const id = 'delegation-planner-2026-11-20T10-30-00-000Z-quit.json';
    await expect(createAutomaticBackups(disk.deps).read(id)).resolves.toEqual({
      status: 'failed',
      message: `There is no automatic backup named ${id}.`,
    });
  });

  it('says so when a listed backup cannot be read', async () => {
    const disk = fakeDisk();
    const id = 'delegation-planner-2026-11-21T10-30-00-000Z-quit.json';
    disk.put(id);
    const backups = createAutomaticBackups({ ...disk.deps, readFile: () => Promise.reject(new Error('EIO: i/o error')) });
    await expect(backups.read(id)).resolves.toEqual({
      status: 'failed',
      message: `The automatic backup ${id} could not be read: EIO: i/o error`,
    });
  });

  it('makes the folder before showing it, and says why when it cannot be opened', async () => {
    const disk = fakeDisk();
    const backups = createAutomaticBackups(disk.deps);
    const opened: string[] = [];
    await expect(
      backups.show((path) => {
        opened.push(path);
        return Promise.resolve('');
      }),
    ).resolves.toEqual({ status: 'opened' });
    expect(opened).toEqual([folder]);
    expect(disk.folders.has(folder)).toBe(true);
    await expect(backups.show(() => Promise.resolve('No application is registered'))).resolves.toEqual({
      status: 'refused',
      message: `The folder ${folder} could not be opened: No application is registered`,
    });
  });

  it('says what went wrong in the language the page shows', async () => {
    const disk = fakeDisk('2026-11-21T10:30:00.000Z', 'zh-CN');
    const backups = createAutomaticBackups({ ...disk.deps, makeFolder: () => Promise.reject(new Error('ENOSPC')) });
    await expect(backups.save({ content: backupText(), reason: 'manual' })).resolves.toEqual({
      status: 'failed',
      message: `无法在${folder}中保存自动备份：ENOSPC`,
    });
    await expect(backups.read('delegation-planner-2026-01-02T00-00-00-000Z-scheduled.json')).resolves.toEqual({
      status: 'failed',
      message: '没有名为delegation-planner-2026-01-02T00-00-00-000Z-scheduled.json的自动备份。',
    });
  });
});
