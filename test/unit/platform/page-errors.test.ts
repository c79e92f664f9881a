import { describe, expect, it } from 'vitest';
import type { PageLogEntry } from '../../../electron/shared/log-entries';
import { logUncaughtErrors } from '../../../src/platform/page-errors';

function aPageLoggingErrors() {
  const page = new EventTarget();
  const logged: PageLogEntry[] = [];
  logUncaughtErrors(page, { log: (entry) => logged.push(entry) });
  return { page, logged };
}

function thrown(): TypeError {
  const error = new TypeError('Cannot read "passport" of Wei Zhang');
  error.stack = 'TypeError: Cannot read "passport" of Wei Zhang\n    at passportLine (app://bundle/assets/people-BxY12.js:3:1024)';
  return error;
}

describe('the page’s errors nobody caught', () => {
  it('logs a script’s error by its name and stack, without its message', () => {
    const { page, logged } = aPageLoggingErrors();

    page.dispatchEvent(Object.assign(new Event('error'), { error: thrown() }));

    expect(logged).toEqual([
      { event: 'error', process: 'renderer', name: 'TypeError', code: null, stack: ['at passportLine (app://bundle/assets/people-BxY12.js:3:1024)'] },
    ]);
    expect(JSON.stringify(logged)).not.toContain('Wei Zhang');
  });

  it('logs a promise rejected with no one to handle it', () => {
    const { page, logged } = aPageLoggingErrors();

    page.dispatchEvent(Object.assign(new Event('unhandledrejection'), { reason: thrown() }));

    expect(logged).toMatchObject([{ event: 'error', process: 'renderer', name: 'TypeError' }]);
  });

  it('logs a rejection with a value that is no error, without the value', () => {
    const { page, logged } = aPageLoggingErrors();

    page.dispatchEvent(Object.assign(new Event('unhandledrejection'), { reason: 'Wei Zhang, E12345678' }));

    expect(logged).toEqual([{ event: 'error', process: 'renderer', name: 'Error', code: null, stack: [] }]);
  });
});
