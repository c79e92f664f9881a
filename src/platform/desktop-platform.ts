/** The desktop implementation: every call goes through the named functions the preload exposes. */
import type { DesktopApi } from '../../electron/shared/ipc-contract';
import type { Platform } from './platform';

export function createDesktopPlatform(desktop: DesktopApi): Platform {
  return {
    kind: 'desktop',
    saveFile: (request) => desktop.saveFile(request),
    saveFiles: ({ folderId, files }) =>
      folderId === null
        ? Promise.resolve({ status: 'unknown-folder', message: 'Choose the folder to save into.' })
        : desktop.saveFilesToFolder({ folderId, files }),
    chooseFolder: () => desktop.chooseFolder(),
    openExternal: (url) => desktop.openExternal(url),
    onMenuCommand: (listener) => desktop.onMenuCommand(listener),
    // Main builds the menu and titles its dialogs in the page's language; a refusal changes nothing here.
    setLanguage: (language) => void desktop.setLanguage(language).catch(() => undefined),
    automaticBackups: {
      where: 'in the Backups folder of the app’s data folder',
      list: () => desktop.listAutomaticBackups(),
      save: (request) => desktop.saveAutomaticBackup(request),
      read: (id) => desktop.readAutomaticBackup(id),
      showFolder: () => desktop.showAutomaticBackups(),
      onBackupRequest: (makeBackup) => desktop.onBackupRequest(makeBackup),
    },
  };
}
