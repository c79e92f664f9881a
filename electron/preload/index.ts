/**
 * The bridge between the page and the desktop shell. It exposes exactly the named functions of
 * `DesktopApi` as `window.desktop`; the page never sees `ipcRenderer`, so it can call nothing else.
 * Runs sandboxed: this file is bundled to one CommonJS script that requires only 'electron'.
 */
import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import { type DesktopApi, IPC_CHANNELS, MENU_COMMANDS, type MenuCommand } from '../shared/ipc-contract';

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

const api = {
  saveFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, request),
  chooseFolder: () => ipcRenderer.invoke(IPC_CHANNELS.chooseFolder),
  saveFilesToFolder: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveFilesToFolder, request),
  openExternal: (url) => ipcRenderer.invoke(IPC_CHANNELS.openExternal, url),
  appInfo: () => ipcRenderer.invoke(IPC_CHANNELS.appInfo),
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
