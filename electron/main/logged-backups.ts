/**
 * The backups main asks the page for by itself (on a timer, before quitting) are saved by main, so main logs
 * their outcome. Those the page asks for (Back up now, before a restore) are logged by the page's use cases.
 */
import type { SaveAutomaticBackupRequest, SaveAutomaticBackupResult } from '../shared/ipc-contract';
import type { LogEntry } from '../shared/log-entries';

type SaveBackup = (request: SaveAutomaticBackupRequest) => Promise<SaveAutomaticBackupResult>;

export interface BackupLoggingDeps {
  write(entry: LogEntry): void;
  /** Milliseconds on a clock that only goes forward. */
  now(): number;
}

/** `save`, with the outcome of each backup written to the log: its reason, size and time, never its content. */
export function withBackupsLogged(save: SaveBackup, deps: BackupLoggingDeps): SaveBackup {
  return async (request) => {
    const started = deps.now();
    const outcome = (result: 'done' | 'failed', sizeBytes: number | null, problem: 'write-failed' | 'exception' | null) =>
      deps.write({
        event: 'backup',
        what: request.reason,
        outcome: result,
        problem,
        messageCode: null,
        sizeBytes,
        durationMs: Math.round(deps.now() - started),
      });
    try {
      const result = await save(request);
      if (result.status === 'saved') outcome('done', result.backup.sizeBytes, null);
      else outcome('failed', null, 'write-failed');
      return result;
    } catch (error) {
      outcome('failed', null, 'exception');
      throw error;
    }
  };
}
