/** The Backups screen, and the backup status and data actions the app frame's menu and sidebar use. */
import { lazyScreen } from '../shared/lazy-screen';
export const BackupsScreen = lazyScreen(() => import('./BackupsScreen'), 'BackupsScreen');
export { BackupStatusProvider, useBackupStatus } from './backup-status';
export { useDataActions } from './use-data-actions';
