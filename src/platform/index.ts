import type { DesktopApi } from '../../electron/shared/ipc-contract';
import { createDesktopPlatform } from './desktop-platform';
import type { Platform } from './platform';
import { createWebPlatform } from './web-platform';

declare global {
  interface Window {
    /** Present only inside the desktop app, put there by the preload script. */
    desktop?: DesktopApi;
  }
}

export type {
  AutomaticBackupInfo,
  AutomaticBackupReason,
  AutomaticBackups,
  ListAutomaticBackupsResult,
  Platform,
  SaveFilesResult,
} from './platform';

export function detectPlatform(): Platform {
  return window.desktop ? createDesktopPlatform(window.desktop) : createWebPlatform();
}
