/**
 * The Web Worker that reads backup files and writes the database as one, off the page's thread. A thin wrapper:
 * the work is backup-work.ts's, and backup-worker.ts is the page's side.
 */
// First: before any module it imports makes a zod schema.
import '../zod-without-eval';
import { expose } from 'comlink';
import { createBackupWork } from './backup-work';

expose(createBackupWork());
