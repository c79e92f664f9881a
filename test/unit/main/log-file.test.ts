import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import nodePath from 'node:path';
import log from 'electron-log/node';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPageLogEntry } from '../../../electron/main/log-entry-check';
import { createAppLog, LOG_FILE_NAME, LOG_FOLDER_NAME, MAX_LOG_FILE_BYTES } from '../../../electron/main/log-file';
import { errorLogEntry, type LogEntry } from '../../../electron/shared/log-entries';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A log in a data folder of its own, written by a logger of its own, with nothing on the console. */
function aLogInANewDataFolder() {
  const userData = mkdtempSync(nodePath.join(tmpdir(), 'delegation-planner-log-'));
  folders.push(userData);
  const logger = log.create({ logId: `test-${folders.length}-${Date.now()}` });
  logger.transports.console.level = false;
  return { userData, logger, appLog: createAppLog(logger, userData) };
}

const backupSaved: LogEntry = {
  event: 'backup',
  what: 'scheduled',
  outcome: 'done',
  problem: null,
  messageCode: null,
  sizeBytes: 16_700_000,
  durationMs: 2_310,
};

describe('the log file', () => {
  it('is in the logs folder of the app’s data folder', () => {
    const { userData, appLog } = aLogInANewDataFolder();
    expect(appLog.path).toBe(nodePath.join(userData, LOG_FOLDER_NAME, LOG_FILE_NAME));
  });

  it('holds each entry on a line of its own, as JSON after the time and level', () => {
    const { appLog } = aLogInANewDataFolder();

    appLog.write(backupSaved);
    appLog.write({ event: 'error', process: 'main', name: 'Error', code: 'ENOSPC', stack: ['at write (out/main/index.js:1:2)'] });

    const lines = readFileSync(appLog.path, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\] \[info\] /);
    expect(JSON.parse(lines[0]!.replace(/^\[[^\]]+\] \[info\] /, ''))).toEqual(backupSaved);
    expect(lines[1]).toContain('[error] {"event":"error"');
  });

  it(`rotates past ${MAX_LOG_FILE_BYTES / 1024 / 1024} MB: the file before is kept as main.old.log, and no more`, () => {
    const { appLog } = aLogInANewDataFolder();
    const oldFile = appLog.path.replace(/\.log$/, '.old.log');

    const entries = Math.ceil((MAX_LOG_FILE_BYTES * 2.5) / (JSON.stringify(backupSaved).length + 32));
    for (let written = 0; written < entries; written += 1) appLog.write(backupSaved);

    expect(statSync(oldFile).size).toBeGreaterThan(MAX_LOG_FILE_BYTES * 0.9);
    expect(statSync(oldFile).size).toBeLessThan(MAX_LOG_FILE_BYTES + 1024);
    expect(statSync(appLog.path).size).toBeLessThanOrEqual(MAX_LOG_FILE_BYTES + 1024);
    expect(readdirSync(nodePath.dirname(appLog.path)).sort()).toEqual(['main.log', 'main.old.log']);
  });

  it('holds none of the personal data an error from the page had in hand', () => {
    const { appLog } = aLogInANewDataFolder();
    const error = new Error('Wei Zhang (passport E12345678, "severe peanut allergy") is not in /home/wei.zhang/Documents/Acme visit.csv');
    error.stack = `Error: ${error.message}\n    at readRoster (app://bundle/assets/people-BxY12.js:3:1024)\n    at file:///home/wei.zhang/Documents/Acme%20visit/x.js:1:1`;

    const checked = checkPageLogEntry(errorLogEntry(error, 'renderer'), { isMessageCode: () => false, roots: ['app://bundle/'] });
    if (checked.status === 'refused') throw new Error(checked.message);
    appLog.write(checked.entry);

    const text = readFileSync(appLog.path, 'utf8');
    expect(text).toContain('at readRoster (assets/people-BxY12.js:3:1024)');
    for (const personal of ['Wei', 'Zhang', 'E12345678', 'peanut', 'Documents', 'Acme', 'home']) expect(text).not.toContain(personal);
  });

  it('sends entries nowhere but the file: not to the page’s developer tools, nor to a server', () => {
    const { logger } = aLogInANewDataFolder();
    const on = Object.entries(logger.transports).filter(([, transport]) => transport && transport.level !== false);
    expect(on.map(([name]) => name)).toEqual(['file']);
  });
});
