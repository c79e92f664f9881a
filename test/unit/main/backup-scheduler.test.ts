import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type BackupSchedulerDeps,
  CATCH_UP_DELAY_MS,
  createBackupScheduler,
  LEAVING_ANSWER_WAIT_MS,
  LEAVING_SAVE_WAIT_MS,
  nodeTimers,
  SCHEDULED_ANSWER_WAIT_MS,
} from '../../../electron/main/backup-scheduler';
import { AUTOMATIC_BACKUP_INTERVAL_MS } from '../../../electron/shared/automatic-backups';
import type {
  BackupRequest,
  SaveAutomaticBackupRequest,
  SaveAutomaticBackupResult,
} from '../../../electron/shared/ipc-contract';

const backupText = '{"format":"delegation-planner-backup"}';

function savedResult(request: SaveAutomaticBackupRequest): SaveAutomaticBackupResult {
  return {
    status: 'saved',
    backup: { id: 'b', createdAt: '2026-11-21T10:30:00.000Z', reason: request.reason, sizeBytes: request.content.length },
    removed: [],
  };
}

/** A scheduler whose window records each request, and an app that records quitting. */
function schedulerWith(overrides: Partial<BackupSchedulerDeps> = {}) {
  const sent: BackupRequest[] = [];
  const saved: SaveAutomaticBackupRequest[] = [];
  const warnings: string[] = [];
  let quits = 0;
  let ids = 0;
  const scheduler = createBackupScheduler({
    timers: nodeTimers,
    send: (request) => {
      sent.push(request);
      return true;
    },
    save: (request) => {
      saved.push(request);
      return Promise.resolve(savedResult(request));
    },
    quit: () => {
      quits += 1;
    },
    newRequestId: () => `request-${++ids}`,
    // A backup made just now: no catch-up backup unless a test says otherwise.
    newestBackupAt: () => Promise.resolve(new Date().toISOString()),
    warn: (message) => warnings.push(message),
    ...overrides,
  });
  return { scheduler, sent, saved, warnings, quits: () => quits };
}

function quitEvent() {
  return { prevented: false, preventDefault() { this.prevented = true; } };
}

/** Lets the promises started by an answer run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('backups on a timer', () => {
  it('makes one soon after starting when the newest automatic backup is older than the interval', async () => {
    const old = new Date(Date.now() - AUTOMATIC_BACKUP_INTERVAL_MS - 1).toISOString();
    const { scheduler, sent } = schedulerWith({ newestBackupAt: () => Promise.resolve(old) });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(CATCH_UP_DELAY_MS - 1);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([{ requestId: 'request-1', reason: 'scheduled' }]);
  });

  it('makes one soon after starting when there is none yet, or the folder cannot be read', async () => {
    for (const newestBackupAt of [() => Promise.resolve(null), () => Promise.reject(new Error('EACCES'))]) {
      const { scheduler, sent } = schedulerWith({ newestBackupAt });
      scheduler.start();
      await vi.advanceTimersByTimeAsync(CATCH_UP_DELAY_MS);
      expect(sent).toHaveLength(1);
      scheduler.stop();
    }
  });

  it('waits for the interval when the newest backup is recent', async () => {
    const { scheduler, sent } = schedulerWith();
    scheduler.start();
    await vi.advanceTimersByTimeAsync(CATCH_UP_DELAY_MS * 2);
    expect(sent).toEqual([]);
  });

  it('asks the window for a backup every three hours and saves its answer', async () => {
    const { scheduler, sent, saved } = schedulerWith();
    scheduler.start();
    await vi.advanceTimersByTimeAsync(AUTOMATIC_BACKUP_INTERVAL_MS - 1);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([{ requestId: 'request-1', reason: 'scheduled' }]);
    scheduler.receiveResponse({ requestId: 'request-1', content: backupText });
    await settle();
    expect(saved).toEqual([{ content: backupText, reason: 'scheduled' }]);
    scheduler.receiveResponse({ requestId: 'request-2', content: backupText });
    await vi.advanceTimersByTimeAsync(AUTOMATIC_BACKUP_INTERVAL_MS);
    expect(sent.map((request) => request.requestId)).toEqual(['request-1', 'request-2']);
  });

  it('saves an answer the page gives as bytes', async () => {
    const { scheduler, saved } = schedulerWith();
    scheduler.start();
    await vi.advanceTimersByTimeAsync(AUTOMATIC_BACKUP_INTERVAL_MS);
    const bytes = new TextEncoder().encode(backupText);
    scheduler.receiveResponse({ requestId: 'request-1', content: bytes });
    await settle();
    expect(saved).toEqual([{ content: bytes, reason: 'scheduled' }]);
  });

  it('saves nothing when the page answers that it could not make one', async () => {
    const { scheduler, saved } = schedulerWith();
    scheduler.start();
    await vi.advanceTimersByTimeAsync(AUTOMATIC_BACKUP_INTERVAL_MS);
    scheduler.receiveResponse({ requestId: 'request-1', content: null });
    await settle();
    expect(saved).toEqual([]);
  });

  it('does not ask a page still busy with the last request, and gives that up after two minutes', async () => {
    const { scheduler, sent, warnings } = schedulerWith();
    scheduler.start();
    await vi.advanceTimersByTimeAsync(AUTOMATIC_BACKUP_INTERVAL_MS);
    expect(sent).toHaveLength(1);
    expect(SCHEDULED_ANSWER_WAIT_MS).toBeLessThan(AUTOMATIC_BACKUP_INTERVAL_MS);
    await vi.advanceTimersByTimeAsync(SCHEDULED_ANSWER_WAIT_MS);
    expect(warnings).toEqual(['No scheduled backup: the window did not answer within 120 s.']);
    await vi.advanceTimersByTimeAsync(AUTOMATIC_BACKUP_INTERVAL_MS);
    expect(sent).toHaveLength(2);
  });

  it('keeps asking when there is no window, without waiting for an answer', async () => {
    const { scheduler, warnings } = schedulerWith({ send: () => false });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(AUTOMATIC_BACKUP_INTERVAL_MS * 2);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['an answer to no request', { requestId: 'guessed', content: backupText }],
    ['an answer that is not text', { requestId: 'request-1', content: { trips: [] } }],
    ['an answer with more than it should carry', { requestId: 'request-1', content: backupText, path: '/etc/passwd' }],
    ['no answer at all', undefined],
  ])('saves nothing for %s', async (_what, payload) => {
    const { scheduler, saved } = schedulerWith();
    scheduler.start();
    await vi.advanceTimersByTimeAsync(AUTOMATIC_BACKUP_INTERVAL_MS);
    scheduler.receiveResponse(payload);
    await settle();
    expect(saved).toEqual([]);
  });

  it('notes a backup that could not be saved', async () => {
    const { scheduler, warnings } = schedulerWith({
      save: () => Promise.resolve({ status: 'failed', message: 'ENOSPC: no space left on device' }),
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(AUTOMATIC_BACKUP_INTERVAL_MS);
    scheduler.receiveResponse({ requestId: 'request-1', content: backupText });
    await settle();
    expect(warnings).toEqual(['The scheduled backup was not saved: ENOSPC: no space left on device']);
  });

  it('stops asking once stopped', async () => {
    const { scheduler, sent } = schedulerWith();
    scheduler.start();
    scheduler.stop();
    await vi.advanceTimersByTimeAsync(AUTOMATIC_BACKUP_INTERVAL_MS * 3);
    expect(sent).toEqual([]);
  });
});

describe('a backup before quitting', () => {
  it('holds the quit, waits for the window’s backup, saves it, then quits', async () => {
    const { scheduler, sent, saved, quits } = schedulerWith();
    const event = quitEvent();
    scheduler.beforeQuit(event);
    expect(event.prevented).toBe(true);
    expect(sent).toEqual([{ requestId: 'request-1', reason: 'quit' }]);
    await vi.advanceTimersByTimeAsync(LEAVING_ANSWER_WAIT_MS - 1);
    expect(quits()).toBe(0);
    scheduler.receiveResponse({ requestId: 'request-1', content: backupText });
    await settle();
    expect(saved).toEqual([{ content: backupText, reason: 'quit' }]);
    expect(quits()).toBe(1);
  });

  it('lets the quit that follows through', async () => {
    const { scheduler, quits } = schedulerWith();
    scheduler.beforeQuit(quitEvent());
    scheduler.receiveResponse({ requestId: 'request-1', content: backupText });
    await settle();
    expect(quits()).toBe(1);
    const second = quitEvent();
    scheduler.beforeQuit(second);
    expect(second.prevented).toBe(false);
  });

  it('quits at once when asked to quit again while the backup is being made', () => {
    const { scheduler, sent } = schedulerWith();
    scheduler.beforeQuit(quitEvent());
    const again = quitEvent();
    scheduler.beforeQuit(again);
    expect(again.prevented).toBe(false);
    expect(sent).toHaveLength(1);
  });

  it('quits after ten seconds without an answer, saving nothing', async () => {
    const { scheduler, saved, quits } = schedulerWith();
    scheduler.beforeQuit(quitEvent());
    await vi.advanceTimersByTimeAsync(LEAVING_ANSWER_WAIT_MS - 1);
    expect(quits()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(quits()).toBe(1);
    scheduler.receiveResponse({ requestId: 'request-1', content: backupText });
    await settle();
    expect(saved).toEqual([]);
  });

  it('quits at once when there is no window to ask', async () => {
    const { scheduler, quits } = schedulerWith({ send: () => false });
    scheduler.beforeQuit(quitEvent());
    await settle();
    expect(quits()).toBe(1);
  });

  it('quits when the page has no backup to give, or it cannot be saved', async () => {
    const none = schedulerWith();
    none.scheduler.beforeQuit(quitEvent());
    none.scheduler.receiveResponse({ requestId: 'request-1', content: null });
    await settle();
    expect(none.quits()).toBe(1);

    const failing = schedulerWith({ save: () => Promise.reject(new Error('EACCES: permission denied')) });
    failing.scheduler.beforeQuit(quitEvent());
    failing.scheduler.receiveResponse({ requestId: 'request-1', content: backupText });
    await settle();
    expect(failing.quits()).toBe(1);
    expect(failing.warnings).toEqual(['The quit backup was not saved: EACCES: permission denied']);
  });

  it('does not wait for ever for a backup that is slow to be written', async () => {
    const { scheduler, quits } = schedulerWith({ save: () => new Promise(() => undefined) });
    scheduler.beforeQuit(quitEvent());
    scheduler.receiveResponse({ requestId: 'request-1', content: backupText });
    await vi.advanceTimersByTimeAsync(LEAVING_SAVE_WAIT_MS - 1);
    expect(quits()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(quits()).toBe(1);
  });

  it('asks nothing more on the timer once quitting has begun', async () => {
    const { scheduler, sent } = schedulerWith();
    scheduler.start();
    scheduler.beforeQuit(quitEvent());
    await vi.advanceTimersByTimeAsync(AUTOMATIC_BACKUP_INTERVAL_MS * 2);
    expect(sent.map((request) => request.reason)).toEqual(['quit']);
  });
});

describe('a backup before the window closes', () => {
  /** A window whose close() emits `close` again, as Electron's does. */
  function windowOf(scheduler: ReturnType<typeof schedulerWith>['scheduler']) {
    const window = {
      closed: false,
      lastEvent: quitEvent(),
      close() {
        this.lastEvent = quitEvent();
        scheduler.beforeWindowClose(window, this.lastEvent);
        if (!this.lastEvent.prevented) this.closed = true;
      },
    };
    return window;
  }

  it('holds the window’s first close until the backup is saved, then closes it', async () => {
    const { scheduler, sent, saved } = schedulerWith();
    const window = windowOf(scheduler);
    window.close();
    expect(window.closed).toBe(false);
    expect(sent).toEqual([{ requestId: 'request-1', reason: 'quit' }]);
    scheduler.receiveResponse({ requestId: 'request-1', content: backupText });
    await settle();
    expect(saved).toEqual([{ content: backupText, reason: 'quit' }]);
    expect(window.closed).toBe(true);
  });

  it('makes one backup, not two, when the app quits while the window is closing', async () => {
    const { scheduler, sent, saved, quits } = schedulerWith();
    const window = windowOf(scheduler);
    window.close();
    scheduler.beforeQuit(quitEvent());
    scheduler.receiveResponse({ requestId: 'request-1', content: backupText });
    await settle();
    expect(sent).toHaveLength(1);
    expect(saved).toHaveLength(1);
    expect(window.closed).toBe(true);
    expect(quits()).toBe(1);
  });

  it('lets the window close at once while the app is quitting', () => {
    const { scheduler, sent } = schedulerWith();
    scheduler.beforeQuit(quitEvent());
    const window = windowOf(scheduler);
    window.close();
    expect(window.closed).toBe(true);
    expect(sent).toHaveLength(1);
  });

  it('asks again before a later window closes (macOS keeps running without one)', async () => {
    const { scheduler, sent } = schedulerWith();
    const first = windowOf(scheduler);
    first.close();
    await vi.advanceTimersByTimeAsync(LEAVING_ANSWER_WAIT_MS);
    expect(first.closed).toBe(true);
    const second = windowOf(scheduler);
    second.close();
    expect(second.closed).toBe(false);
    expect(sent.map((request) => request.requestId)).toEqual(['request-1', 'request-2']);
  });
});
