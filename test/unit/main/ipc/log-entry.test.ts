import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { logPageEntry } from '../../../../electron/main/ipc/log-entry';
import { createSenderCheck } from '../../../../electron/main/ipc/trusted-sender';
import { errorLogEntry, type LogEntry, MAX_LOG_ENTRY_CHARS } from '../../../../electron/shared/log-entries';
import { createI18n } from '../../../../src/i18n/i18n';

const APP_FOLDER = '/home/wei.zhang/Applications/Delegation Planner/resources/app.asar';
const mainFrame = { processId: 4, routingId: 1, url: 'app://bundle/index.html#/trips/42' };
const window = { webContents: { mainFrame } };
const fromTheApp = { senderFrame: mainFrame } as unknown as IpcMainInvokeEvent;
const english = createI18n({ language: 'en', strict: true });

function logFile() {
  const written: LogEntry[] = [];
  return {
    written,
    /** Everything the file holds, as it is written: one JSON object a line. */
    text: () => written.map((entry) => JSON.stringify(entry)).join('\n'),
    deps: {
      isTrusted: createSenderCheck(() => window as never, ['app://bundle']),
      isMessageCode: (code: string) => english.exists(code, { lng: 'en' }),
      roots: [`file://${encodeURI(APP_FOLDER)}`, APP_FOLDER, 'app://bundle/'],
      write: (entry: LogEntry) => written.push(entry),
    },
  };
}

const rosterImported = {
  event: 'import',
  what: 'roster',
  outcome: 'done',
  problem: null,
  messageCode: null,
  records: 20,
  durationMs: 412,
} as const;

describe('the page’s entries for the log file', () => {
  it('writes an import’s outcome from the app’s own page', () => {
    const file = logFile();

    expect(logPageEntry(fromTheApp, rosterImported, file.deps)).toEqual({ status: 'logged' });

    expect(file.written).toEqual([rosterImported]);
  });

  it.each([
    ['a sub-frame of the page', { ...mainFrame, routingId: 7 }],
    ['another renderer process', { ...mainFrame, processId: 9 }],
    ['a web page the window was navigated to', { ...mainFrame, url: 'https://evil.example/' }],
    ['a frame that is gone', null],
  ])('refuses %s, writing nothing', (_what, senderFrame) => {
    const file = logFile();

    const result = logPageEntry({ senderFrame } as unknown as IpcMainInvokeEvent, rosterImported, file.deps);

    expect(result).toMatchObject({ status: 'refused' });
    expect(file.written).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['free text', 'Imported Wei Zhang, passport E12345678'],
    ['nothing', undefined],
    ['an event of no known kind', { ...rosterImported, event: 'note' }],
    ['a name beside the counts', { ...rosterImported, person: 'Wei Zhang' }],
    ['a file name beside the counts', { ...rosterImported, fileName: 'Zhang family passports.csv' }],
    ['a name where a kind belongs', { ...rosterImported, what: 'Wei Zhang' }],
    ['words where a count belongs', { ...rosterImported, records: 'twenty people from Shenzhen' }],
    ['a negative count', { ...rosterImported, records: -1 }],
    ['a fractional duration', { ...rosterImported, durationMs: 1.5 }],
    ['a problem of no known kind', { ...rosterImported, outcome: 'failed', problem: 'E12345678 was refused' }],
    ['an error claiming to be main’s', { ...errorLogEntry(new TypeError('x'), 'renderer'), process: 'main' }],
    ['an error whose name is a sentence', { ...errorLogEntry(new TypeError('x'), 'renderer'), name: 'Wei Zhang has no passport' }],
    ['an error with its message', { ...errorLogEntry(new TypeError('x'), 'renderer'), message: 'Wei Zhang has no passport' }],
    ['a stack line that is no frame', { ...errorLogEntry(new TypeError('x'), 'renderer'), stack: ['TypeError: Wei Zhang has no passport'] }],
  ])('refuses %s, writing nothing', (_what, entry) => {
    const file = logFile();

    expect(logPageEntry(fromTheApp, entry, file.deps)).toMatchObject({ status: 'refused' });

    expect(file.written).toEqual([]);
  });

  it(`refuses an entry of more than ${MAX_LOG_ENTRY_CHARS} characters, however well formed`, () => {
    const file = logFile();
    const error = { ...errorLogEntry(new TypeError('x'), 'renderer'), stack: Array.from({ length: 30 }, () => `at f (${'a'.repeat(400)}.js:1:1)`) };

    expect(logPageEntry(fromTheApp, error, file.deps)).toMatchObject({ status: 'refused' });
    expect(file.written).toEqual([]);
  });

  it('refuses an entry that is not plain data', () => {
    const file = logFile();
    const cyclic: Record<string, unknown> = { ...rosterImported };
    cyclic['self'] = cyclic;

    expect(logPageEntry(fromTheApp, cyclic, file.deps)).toMatchObject({ status: 'refused' });
    expect(file.written).toEqual([]);
  });

  it('keeps the code of the message the person read, and drops one the catalogues do not hold', () => {
    const file = logFile();
    const refused = { ...rosterImported, outcome: 'refused', problem: 'storage-full', records: 0 } as const;

    logPageEntry(fromTheApp, { ...refused, messageCode: 'people:import.refused.storageFull' }, file.deps);
    logPageEntry(fromTheApp, { ...refused, messageCode: 'Wei Zhang E12345678' }, file.deps);

    expect(file.written.map((entry) => 'messageCode' in entry && entry.messageCode)).toEqual(['people:import.refused.storageFull', null]);
  });
});

describe('an error from the page in the log file', () => {
  function thrownInThePage(): Error {
    const error = new TypeError('Cannot read properties of undefined (reading "passport") for Wei Zhang, E12345678');
    error.stack = [
      'TypeError: Cannot read properties of undefined (reading "passport") for Wei Zhang,',
      'E12345678, in /home/wei.zhang/Documents/Acme visit/roster.csv',
      '    at passportLine (app://bundle/assets/people-BxY12.js:3:1024)',
      '    at file:///home/wei.zhang/Documents/Acme%20visit/extension.js:1:10',
      '    at read (C:\\Users\\Wei Zhang\\AppData\\Local\\Temp\\roster worker.js:7:3)',
      '    at async Promise.all (index 0)',
    ].join('\n');
    return error;
  }

  it('keeps the error’s name and the frames in the app’s own files, relative to the app', () => {
    const file = logFile();

    expect(logPageEntry(fromTheApp, errorLogEntry(thrownInThePage(), 'renderer'), file.deps)).toEqual({ status: 'logged' });

    expect(file.written).toEqual([
      {
        event: 'error',
        process: 'renderer',
        name: 'TypeError',
        code: null,
        stack: [
          'at passportLine (assets/people-BxY12.js:3:1024)',
          'at extension.js:1:10',
          'at read (roster worker.js:7:3)',
          'at async Promise.all (index 0)',
        ],
      },
    ]);
  });

  it('writes no name, passport number, folder or message from the error', () => {
    const file = logFile();

    logPageEntry(fromTheApp, errorLogEntry(thrownInThePage(), 'renderer'), file.deps);

    for (const personal of ['Wei Zhang', 'wei.zhang', 'E12345678', 'Acme', 'Documents', 'Users', 'Cannot read', 'home']) {
      expect(file.text()).not.toContain(personal);
    }
  });
});
