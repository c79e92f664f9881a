import { describe, expect, it } from 'vitest';
import { withFileSaveLogged } from '../../src/usecases/operation-log';
import { aTestPlatform } from '../builders/test-platform';
import { loggedWithoutTimes } from '../builders/logged-entries';

const CSV = 'Organisation,Action\nZhengxin Group,Send the MoU\n';

describe('a file a screen saves, in the log', () => {
  it('logs a briefing book saved as PDF, and one whose save was cancelled', async () => {
    const platform = aTestPlatform();

    await withFileSaveLogged(platform, 'book', null, () => Promise.resolve({ status: 'saved', path: '/home/organiser/Wei Zhang briefing book.pdf' }));
    await withFileSaveLogged(platform, 'book', null, () => Promise.resolve({ status: 'cancelled' }));

    expect(loggedWithoutTimes(platform.logged)).toEqual([
      { event: 'export', what: 'book', outcome: 'done', problem: null, messageCode: null, files: 1, sizeBytes: null, durationMs: 0 },
      { event: 'export', what: 'book', outcome: 'cancelled', problem: null, messageCode: null, files: 0, sizeBytes: null, durationMs: 0 },
    ]);
    expect(JSON.stringify(platform.logged)).not.toContain('Wei Zhang');
  });

  it('logs the follow-ups CSV that could not be written, without the platform’s words', async () => {
    const platform = aTestPlatform().nextSave({ fail: 'Could not write /home/organiser/Zhengxin follow-ups.csv' });

    const result = await withFileSaveLogged(platform, 'follow-ups-csv', new Blob([CSV]).size, () =>
      platform.saveFile({ suggestedName: 'Zhengxin follow-ups.csv', content: CSV, filters: [] }),
    );

    expect(result.status).toBe('failed');
    expect(loggedWithoutTimes(platform.logged)).toEqual([
      { event: 'export', what: 'follow-ups-csv', outcome: 'failed', problem: 'write-failed', messageCode: null, files: 0, sizeBytes: null, durationMs: 0 },
    ]);
    expect(JSON.stringify(platform.logged)).not.toContain('Zhengxin');
  });

  it('logs a save that threw as a failure, with the error’s name and stack but not its message, and throws on', async () => {
    const platform = aTestPlatform();
    const error = new RangeError('Invalid string length for the rooming list of Hotel Wei Zhang');

    await expect(withFileSaveLogged(platform, 'rooming-list', 12, () => Promise.reject(error))).rejects.toBe(error);

    const [errorEntry, outcome] = loggedWithoutTimes(platform.logged);
    expect(errorEntry).toMatchObject({ event: 'error', process: 'renderer', name: 'RangeError', code: null });
    expect(outcome).toEqual({ event: 'export', what: 'rooming-list', outcome: 'failed', problem: 'exception', messageCode: null, files: 0, sizeBytes: null, durationMs: 0 });
    expect(JSON.stringify(platform.logged)).not.toContain('Wei Zhang');
  });
});
