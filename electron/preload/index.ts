/**
 * The bridge between the page and the desktop shell. It exposes exactly the named functions of
 * `DesktopApi` as `window.desktop`; the page never sees `ipcRenderer`, so it can call nothing else.
 * Runs sandboxed: this file is bundled to one CommonJS script that requires only 'electron'.
 */
import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import {
  AUTOMATIC_BACKUP_REASONS,
  type AutomaticBackupContent,
  type AutomaticBackupReason,
  type BackupRequest,
  type DesktopApi,
  IPC_CHANNELS,
  MENU_COMMANDS,
  type MenuCommand,
} from '../shared/ipc-contract';

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

function isBackupRequest(value: unknown): value is BackupRequest {
  if (typeof value !== 'object' || value === null) return false;
  const { requestId, reason } = value as Record<string, unknown>;
  return (
    typeof requestId === 'string' &&
    typeof reason === 'string' &&
    (AUTOMATIC_BACKUP_REASONS as readonly string[]).includes(reason)
  );
}

/** The backup's text or bytes, or null when the page could not make one: main then saves nothing and stops waiting. */
async function backupOrNull(
  makeBackup: (reason: AutomaticBackupReason) => Promise<AutomaticBackupContent | null>,
  reason: AutomaticBackupReason,
): Promise<AutomaticBackupContent | null> {
  try {
    const content = await makeBackup(reason);
    return typeof content === 'string' || content instanceof Uint8Array ? content : null;
  } catch {
    return null;
  }
}

const api = {
  saveFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, request),
  savePdf: (request) => ipcRenderer.invoke(IPC_CHANNELS.savePdf, request),
  savePdfToFolder: (request) => ipcRenderer.invoke(IPC_CHANNELS.savePdfToFolder, request),
  chooseFolder: () => ipcRenderer.invoke(IPC_CHANNELS.chooseFolder),
  saveFilesToFolder: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveFilesToFolder, request),
  openExternal: (url) => ipcRenderer.invoke(IPC_CHANNELS.openExternal, url),
  appInfo: () => ipcRenderer.invoke(IPC_CHANNELS.appInfo),
  listAutomaticBackups: () => ipcRenderer.invoke(IPC_CHANNELS.listAutomaticBackups),
  saveAutomaticBackup: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveAutomaticBackup, request),
  readAutomaticBackup: (id) => ipcRenderer.invoke(IPC_CHANNELS.readAutomaticBackup, id),
  showAutomaticBackups: () => ipcRenderer.invoke(IPC_CHANNELS.showAutomaticBackups),
  setLanguage: (language) => ipcRenderer.invoke(IPC_CHANNELS.setLanguage, language),
  caldavAccount: () => ipcRenderer.invoke(IPC_CHANNELS.caldavAccount),
  caldavConnect: (request) => ipcRenderer.invoke(IPC_CHANNELS.caldavConnect, request),
  caldavDisconnect: () => ipcRenderer.invoke(IPC_CHANNELS.caldavDisconnect),
  caldavPush: (push) => ipcRenderer.invoke(IPC_CHANNELS.caldavPush, push),
  caldavRemoveCalendar: (url) => ipcRenderer.invoke(IPC_CHANNELS.caldavRemoveCalendar, url),
  teamSpace: () => ipcRenderer.invoke(IPC_CHANNELS.teamSpace),
  teamSpaceConnect: (request) => ipcRenderer.invoke(IPC_CHANNELS.teamSpaceConnect, request),
  teamSpaceDisconnect: () => ipcRenderer.invoke(IPC_CHANNELS.teamSpaceDisconnect),
  teamKey: () => ipcRenderer.invoke(IPC_CHANNELS.teamKey),
  keepTeamKey: (key) => ipcRenderer.invoke(IPC_CHANNELS.keepTeamKey, key),
  teamSpaceList: (folder) => ipcRenderer.invoke(IPC_CHANNELS.teamSpaceList, folder),
  teamSpaceRead: (path) => ipcRenderer.invoke(IPC_CHANNELS.teamSpaceRead, path),
  teamSpaceWrite: (path, content) => ipcRenderer.invoke(IPC_CHANNELS.teamSpaceWrite, path, content),
  teamSpaceRemove: (path) => ipcRenderer.invoke(IPC_CHANNELS.teamSpaceRemove, path),
  log: (entry) => ipcRenderer.invoke(IPC_CHANNELS.log, entry),
  onBackupRequest(makeBackup) {
    // Main waits for an answer to every request (before quitting, for a few seconds), so one is always sent.
    const answer = (_event: IpcRendererEvent, request: unknown): void => {
      if (!isBackupRequest(request)) return;
      void backupOrNull(makeBackup, request.reason)
        .then((content) => ipcRenderer.invoke(IPC_CHANNELS.backupResponse, { requestId: request.requestId, content }))
        .catch(() => undefined);
    };
    ipcRenderer.on(IPC_CHANNELS.backupRequest, answer);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.backupRequest, answer);
    };
  },
  onMenuCommand(listener) {
    // The event object carries the sender and ports; the page receives only the command itself.
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(IPC_CHANNELS.menuCommand, forward);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.menuCommand, forward);
    };
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('desktop', api);
