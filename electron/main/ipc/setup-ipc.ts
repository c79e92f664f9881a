/**
 * Registers one handler per channel of the IPC contract. Each handler first checks that the message comes
 * from the app's own page, then hands the raw arguments to a plain function that validates them and
 * returns a result value; nothing the page sends is trusted before that.
 */
import { app, type BrowserWindow, dialog, ipcMain, shell } from 'electron';
import { type AppInfo, IPC_CHANNELS, type OpenExternalResult, type SaveFileResult } from '../../shared/ipc-contract';
import { openExternal } from './open-external';
import { saveFile, writeFileAtomically } from './save-file';
import { createSenderCheck } from './trusted-sender';

const UNTRUSTED_SENDER_MESSAGE = 'Refused: the request did not come from the app window.';

export interface IpcOptions {
  getMainWindow: () => BrowserWindow | null;
  allowedOrigins: readonly string[];
}

export function setupIpc(options: IpcOptions): void {
  const isTrusted = createSenderCheck(options.getMainWindow, options.allowedOrigins);

  ipcMain.handle(IPC_CHANNELS.saveFile, (event, request: unknown): Promise<SaveFileResult> => {
    if (!isTrusted(event)) return Promise.resolve({ status: 'failed', message: UNTRUSTED_SENDER_MESSAGE });
    const parent = options.getMainWindow();
    return saveFile(request, {
      defaultFolder: app.getPath('documents'),
      showSaveDialog: (dialogOptions) =>
        parent === null ? dialog.showSaveDialog(dialogOptions) : dialog.showSaveDialog(parent, dialogOptions),
      writeFile: writeFileAtomically,
    });
  });

  ipcMain.handle(IPC_CHANNELS.openExternal, (event, url: unknown): Promise<OpenExternalResult> => {
    if (!isTrusted(event)) return Promise.resolve({ status: 'refused', message: UNTRUSTED_SENDER_MESSAGE });
    return openExternal(url, { openExternal: (checkedUrl) => shell.openExternal(checkedUrl) });
  });

  ipcMain.handle(IPC_CHANNELS.appInfo, (event): AppInfo => {
    // AppInfo has no refusal variant in the contract, so an untrusted caller gets a rejected promise.
    if (!isTrusted(event)) throw new Error(UNTRUSTED_SENDER_MESSAGE);
    return { name: app.getName(), version: app.getVersion(), platform: process.platform };
  });
}
