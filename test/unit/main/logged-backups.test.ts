import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withRelativeStack } from '../../../electron/main/log-entry-check';
import { withBackupsLogged } from '../../../electron/main/logged-backups';
import type { AutomaticBackupInfo, SaveAutomaticBackupResult } from '../../../electron/shared/ipc-contract';
import { errorLogEntry, type LogEntry } from '../../../electron/shared/log-entries';

/** A clock that moves 250 ms each time it is read. */
function aSteppingClock() {
  let ms = 1_000;
  return () => (ms += 250);
}

const saved: AutomaticBackupInfo = {
  id: 'Delegation Planner 2026-11-21T0900Z scheduled.json',
  createdAt: '2026-11-21T09:00:00.000Z',
  reason: 'scheduled',
  sizeBytes: 16_700_000,
};

describe('the backups main makes by itself, in the log', () => {
  it('logs a scheduled backup saved, with its size and how long it took, never its content or name', async () => {
    const written: LogEntry[] = [];
    const save = withBackupsLogged(() => Promise.resolve({ status: 'saved', backup: saved, removed: [] }), { write: (entry) => written.push(entry), now: aSteppingClock() });

    await save({ content: '{"trips":[{"name":"Shenzhen innovation tour"}]}', reason: 'scheduled' });

    expect(written).toEqual([
      { event: 'backup', what: 'scheduled', outcome: 'done', problem: null, messageCode: null, sizeBytes: 16_700_000, durationMs: 250 },
    ]);
    expect(JSON.stringify(written)).not.toContain('Shenzhen');
    expect(JSON.stringify(written)).not.toContain(saved.id);
  });

  it('logs a quit backup that could not be written, and hands its failure back as it was', async () => {
    const written: LogEntry[] = [];
    const failure: SaveAutomaticBackupResult = { status: 'failed', message: 'No space left in /home/wei.zhang/.config' };
    const save = withBackupsLogged(() => Promise.resolve(failure), { write: (entry) => written.push(entry), now: aSteppingClock() });

    expect(await save({ content: '{}', reason: 'quit' })).toBe(failure);

    expect(written).toEqual([
      { event: 'backup', what: 'quit', outcome: 'failed', problem: 'write-failed', messageCode: null, sizeBytes: null, durationMs: 250 },
    ]);
  });

  it('logs a backup that threw, and throws on', async () => {
    const written: LogEntry[] = [];
    const save = withBackupsLogged(() => Promise.reject(new Error('EIO')), { write: (entry) => written.push(entry), now: aSteppingClock() });

    await expect(save({ content: '{}', reason: 'scheduled' })).rejects.toThrow('EIO');

    expect(written).toMatchObject([{ event: 'backup', what: 'scheduled', outcome: 'failed', problem: 'exception' }]);
  });
});

describe('an error in main, in the log', () => {
  it('keeps its name, its system code and where in the app it happened, without its message or the folders', () => {
    const appFolder = '/home/wei.zhang/Applications/Delegation Planner/resources/app.asar';
    const error = Object.assign(new Error("ENOSPC: no space left on device, write '/home/wei.zhang/Documents/Zhang Wei passport.pdf'"), { code: 'ENOSPC' });
    error.stack = [
      `Error: ${error.message}`,
      `    at writeFileAtomically (${pathToFileURL(appFolder).href}/out/main/index.js:812:11)`,
      '    at async Promise.all (index 0)',
    ].join('\n');

    const entry = withRelativeStack(errorLogEntry(error, 'main'), [pathToFileURL(appFolder).href, appFolder]);

    expect(entry).toEqual({
      event: 'error',
      process: 'main',
      name: 'Error',
      code: 'ENOSPC',
      stack: ['at writeFileAtomically (out/main/index.js:812:11)', 'at async Promise.all (index 0)'],
    });
  });

  it('logs what was thrown even when it is no error', () => {
    expect(errorLogEntry('Wei Zhang E12345678', 'main')).toEqual({ event: 'error', process: 'main', name: 'Error', code: null, stack: [] });
  });
});
