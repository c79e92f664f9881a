/** The page's one backup worker (src/usecases/backup-worker.ts), started the first time a backup is read or made. */
import { createBackupWorker } from '../../usecases/backup-worker';

export const backupWorker = createBackupWorker();
