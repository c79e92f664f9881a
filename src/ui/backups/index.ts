/** The Backups screen, and the backup status and data actions the app frame's menu and sidebar use. */
export { BackupsScreen } from './BackupsScreen';
export { BackupStatusProvider, useBackupStatus } from './backup-status';
export { useDataActions } from './use-data-actions';
