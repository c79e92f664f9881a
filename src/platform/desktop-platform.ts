/** The desktop implementation: every call goes through the named functions the preload exposes. */
import type { DesktopApi } from '../../electron/shared/ipc-contract';
import { createI18n } from '../i18n/i18n';
import type { BackupContent, Platform } from './platform';

/** A backup's content as it crosses to main: a Blob becomes its bytes (read without decoding them to text). */
async function forMain(content: BackupContent): Promise<string | Uint8Array> {
  return typeof content === 'string' ? content : new Uint8Array(await content.arrayBuffer());
}

export function createDesktopPlatform(desktop: DesktopApi): Platform {
  // Its own words follow the interface's language, which the page tells it (setLanguage).
  const words = createI18n({ language: typeof navigator === 'undefined' ? [] : navigator.languages });
  return {
    kind: 'desktop',
    saveFile: (request) => desktop.saveFile(request),
    saveFiles: ({ folderId, files }) =>
      folderId === null
        ? Promise.resolve({ status: 'unknown-folder', message: words.t('files:platform.chooseFolder') })
        : desktop.saveFilesToFolder({ folderId, files }),
    chooseFolder: () => desktop.chooseFolder(),
    openExternal: (url) => desktop.openExternal(url),
    savePdf: (request) => desktop.savePdf(request),
    savePdfToFolder: (request) => desktop.savePdfToFolder(request),
    onMenuCommand: (listener) => desktop.onMenuCommand(listener),
    // Main builds the menu and titles its dialogs in the page's language; a refusal changes nothing here.
    setLanguage: (language) => {
      void words.changeLanguage(language);
      void desktop.setLanguage(language).catch(() => undefined);
    },
    calendarServer: {
      account: () => desktop.caldavAccount(),
      connect: (request) => desktop.caldavConnect(request),
      disconnect: () => desktop.caldavDisconnect(),
      // Main writes a calendar's events in one request; its progress is the calendar's.
      push: (push) => desktop.caldavPush(push),
      removeCalendar: (url) => desktop.caldavRemoveCalendar(url),
    },
    // Main makes the requests and keeps the password and the team key; a local folder is one chosen with chooseFolder.
    teamSpace: {
      foldersAllowed: true,
      space: () => desktop.teamSpace(),
      connect: (request) => desktop.teamSpaceConnect(request),
      disconnect: () => desktop.teamSpaceDisconnect(),
      teamKey: () => desktop.teamKey(),
      keepTeamKey: (key) => desktop.keepTeamKey(key),
      files: {
        list: (folder) => desktop.teamSpaceList(folder),
        read: (path) => desktop.teamSpaceRead(path),
        write: (path, content) => desktop.teamSpaceWrite(path, content),
        remove: (path) => desktop.teamSpaceRemove(path),
      },
    },
    // Main writes the entry into the log file, or refuses it; either way the page goes on as it was.
    log: (entry) => void desktop.log(entry).catch(() => undefined),
    automaticBackups: {
      list: () => desktop.listAutomaticBackups(),
      save: async ({ content, reason }) => desktop.saveAutomaticBackup({ content: await forMain(content), reason }),
      read: (id) => desktop.readAutomaticBackup(id),
      showFolder: () => desktop.showAutomaticBackups(),
      onBackupRequest: (makeBackup) =>
        desktop.onBackupRequest(async (reason) => {
          const content = await makeBackup(reason);
          return content === null ? null : forMain(content);
        }),
    },
  };
}
