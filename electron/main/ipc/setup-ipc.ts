/**
 * Registers one handler per channel of the IPC contract. Each handler first checks that the message comes
 * from the app's own page, then hands the raw arguments to a plain function that validates them and
 * returns a result value; nothing the page sends is trusted before that.
 */
import { randomUUID } from 'node:crypto';
import { lstat, mkdir, stat } from 'node:fs/promises';
import nodePath from 'node:path';
import { app, type BrowserWindow, dialog, ipcMain, safeStorage, shell } from 'electron';
import type { i18n as I18n } from 'i18next';
import {
  type AppInfo,
  type CalDavConnectResult,
  type CalDavRemoveResult,
  type KeptCalDavAccount,
  type LogEntryResult,
  type PushOutcome,
  type ChooseFolderResult,
  IPC_CHANNELS,
  type ListAutomaticBackupsResult,
  type OpenExternalResult,
  type ReadAutomaticBackupResult,
  type SaveAutomaticBackupResult,
  type SaveFileResult,
  type SaveFilesResult,
  type SetLanguageResult,
} from '../../shared/ipc-contract';
import type { AutomaticBackups } from '../automatic-backups';
import type { BackupScheduler } from '../backup-scheduler';
import { createFolderGrants, GRANTED_FOLDERS_FILE_NAME, readTextOrNull } from '../granted-folders';
import { createCalDavServer } from '../../../src/caldav/caldav-server';
import { CALDAV_ACCOUNT_FILE_NAME, createCalDavAccounts, type Keychain } from '../caldav-accounts';
import { createFolderFiles } from '../folder-space-files';
import { createTeamSpace, TEAM_SPACE_FILE_NAME } from '../team-space';
import { createWebDavFiles } from '../../../src/platform/webdav-files';
import { chooseFolder } from './choose-folder';
import type { LogEntry } from '../../shared/log-entries';
import { logPageEntry } from './log-entry';
import { openExternal } from './open-external';
import { saveFile, writeFileAtomically } from './save-file';
import { savePdf, savePdfToFolder } from './save-pdf';
import {
  type ExistingFilesQuestion,
  existingFilesAnswer,
  existingFilesQuestionBox,
  saveFilesToFolder,
} from './save-files-to-folder';
import { teamSpaceHandlers } from './team-space-handlers';
import { createSenderCheck, UNTRUSTED_SENDER_MESSAGE } from './trusted-sender';
import { setLanguage } from '../language';

export interface IpcOptions {
  getMainWindow: () => BrowserWindow | null;
  allowedOrigins: readonly string[];
  automaticBackups: AutomaticBackups;
  /** Receives the page's answers to its requests for a backup. */
  backupScheduler: BackupScheduler;
  /** Main's words (menu, dialog titles), switched to the page's language when the page says it. */
  i18n: I18n;
  /** The log file, and the app's own folders and addresses its stack frames are made relative to. */
  log: { write(entry: LogEntry): void; roots: readonly string[] };
}

export function setupIpc(options: IpcOptions): void {
  const isTrusted = createSenderCheck(options.getMainWindow, options.allowedOrigins);
  const { i18n } = options;
  const t = () => i18n.getFixedT(null, 'menu');
  const failures = () => i18n.getFixedT(null, 'files');

  ipcMain.handle(IPC_CHANNELS.setLanguage, (event, language: unknown): SetLanguageResult => {
    if (!isTrusted(event)) return { status: 'refused', message: UNTRUSTED_SENDER_MESSAGE };
    return setLanguage(language, (checked) => void i18n.changeLanguage(checked), i18n);
  });

  ipcMain.handle(IPC_CHANNELS.saveFile, (event, request: unknown): Promise<SaveFileResult> => {
    if (!isTrusted(event)) return Promise.resolve({ status: 'failed', message: UNTRUSTED_SENDER_MESSAGE });
    const parent = options.getMainWindow();
    return saveFile(request, {
      defaultFolder: app.getPath('documents'),
      title: t()('dialog.saveFile'),
      t: failures(),
      showSaveDialog: (dialogOptions) =>
        parent === null ? dialog.showSaveDialog(dialogOptions) : dialog.showSaveDialog(parent, dialogOptions),
      writeFile: writeFileAtomically,
    });
  });

  ipcMain.handle(IPC_CHANNELS.savePdf, (event, request: unknown): Promise<SaveFileResult> => {
    if (!isTrusted(event)) return Promise.resolve({ status: 'failed', message: UNTRUSTED_SENDER_MESSAGE });
    const parent = options.getMainWindow();
    return savePdf(request, {
      defaultFolder: app.getPath('documents'),
      title: t()('dialog.savePdf'),
      filterName: t()('dialog.pdfFilter'),
      t: failures(),
      showSaveDialog: (dialogOptions) =>
        parent === null ? dialog.showSaveDialog(dialogOptions) : dialog.showSaveDialog(parent, dialogOptions),
      // The page that asked is the one printed: the sender is checked above as the app's own window.
      printToPdf: async (pdfOptions) => new Uint8Array(await event.sender.printToPDF(pdfOptions)),
      writeFile: writeFileAtomically,
    });
  });

  const grantsPath = (): string => nodePath.join(app.getPath('userData'), GRANTED_FOLDERS_FILE_NAME);
  const grants = createFolderGrants({
    readText: () => readTextOrNull(grantsPath()),
    writeText: async (text) => {
      await mkdir(nodePath.dirname(grantsPath()), { recursive: true });
      await writeFileAtomically(grantsPath(), text);
    },
    newId: randomUUID,
  });

  /** Asks, over the app's window, what to do with files already in a granted folder. */
  const askAboutExisting = async (question: ExistingFilesQuestion) => {
    const parent = options.getMainWindow();
    const box = existingFilesQuestionBox(question, t());
    const { response } = await (parent === null ? dialog.showMessageBox(box) : dialog.showMessageBox(parent, box));
    return existingFilesAnswer(response);
  };
  // Anything at the path counts, a link that leads nowhere included, since writing would replace it; so does a
  // path that cannot be looked at (no permission): better asked about once too often than replaced unasked.
  const exists = (path: string) =>
    lstat(path).then(
      () => true,
      (error: unknown) => (error as { code?: unknown }).code !== 'ENOENT',
    );

  ipcMain.handle(IPC_CHANNELS.chooseFolder, (event): Promise<ChooseFolderResult> => {
    if (!isTrusted(event)) return Promise.resolve({ status: 'failed', message: UNTRUSTED_SENDER_MESSAGE });
    const parent = options.getMainWindow();
    return chooseFolder({
      defaultFolder: app.getPath('documents'),
      words: { title: t()('dialog.chooseFolder'), buttonLabel: t()('dialog.chooseFolderButton') },
      t: failures(),
      showOpenDialog: (dialogOptions) =>
        parent === null ? dialog.showOpenDialog(dialogOptions) : dialog.showOpenDialog(parent, dialogOptions),
      grant: (path) => grants.grant(path),
    });
  });

  ipcMain.handle(IPC_CHANNELS.savePdfToFolder, (event, request: unknown): Promise<SaveFilesResult> => {
    if (!isTrusted(event)) return Promise.resolve({ status: 'failed', message: UNTRUSTED_SENDER_MESSAGE, saved: [] });
    return savePdfToFolder(request, {
      folderPath: (id) => grants.pathOf(id),
      isFolder: async (path) => (await stat(path)).isDirectory(),
      t: failures(),
      exists,
      askAboutExisting,
      printToPdf: async (pdfOptions) => new Uint8Array(await event.sender.printToPDF(pdfOptions)),
      writeFile: writeFileAtomically,
    });
  });

  ipcMain.handle(IPC_CHANNELS.saveFilesToFolder, (event, request: unknown): Promise<SaveFilesResult> => {
    if (!isTrusted(event)) return Promise.resolve({ status: 'failed', message: UNTRUSTED_SENDER_MESSAGE, saved: [] });
    return saveFilesToFolder(request, {
      folderPath: (id) => grants.pathOf(id),
      isFolder: async (path) => (await stat(path)).isDirectory(),
      exists,
      askAboutExisting,
      writeFile: writeFileAtomically,
      t: failures(),
    });
  });

  ipcMain.handle(IPC_CHANNELS.openExternal, (event, url: unknown): Promise<OpenExternalResult> => {
    if (!isTrusted(event)) return Promise.resolve({ status: 'refused', message: UNTRUSTED_SENDER_MESSAGE });
    return openExternal(url, { openExternal: (checkedUrl) => shell.openExternal(checkedUrl), t: failures() });
  });

  const { automaticBackups, backupScheduler } = options;

  ipcMain.handle(IPC_CHANNELS.listAutomaticBackups, (event): Promise<ListAutomaticBackupsResult> => {
    if (!isTrusted(event)) return Promise.resolve({ status: 'failed', message: UNTRUSTED_SENDER_MESSAGE });
    return automaticBackups.list();
  });

  ipcMain.handle(IPC_CHANNELS.saveAutomaticBackup, (event, request: unknown): Promise<SaveAutomaticBackupResult> => {
    if (!isTrusted(event)) return Promise.resolve({ status: 'failed', message: UNTRUSTED_SENDER_MESSAGE });
    return automaticBackups.save(request);
  });

  ipcMain.handle(IPC_CHANNELS.readAutomaticBackup, (event, id: unknown): Promise<ReadAutomaticBackupResult> => {
    if (!isTrusted(event)) return Promise.resolve({ status: 'failed', message: UNTRUSTED_SENDER_MESSAGE });
    return automaticBackups.read(id);
  });

  ipcMain.handle(IPC_CHANNELS.showAutomaticBackups, (event): Promise<OpenExternalResult> => {
    if (!isTrusted(event)) return Promise.resolve({ status: 'refused', message: UNTRUSTED_SENDER_MESSAGE });
    return automaticBackups.show((path) => shell.openPath(path));
  });

  ipcMain.handle(IPC_CHANNELS.backupResponse, (event, response: unknown): void => {
    // Only the app's own page may hand main a backup to keep; anything else is dropped unread.
    if (!isTrusted(event)) return;
    backupScheduler.receiveResponse(response);
  });

  const keychain: Keychain = {
    // On Linux without a secret service Electron "encrypts" with a key written in the app: that keeps nothing safe.
    available: () => safeStorage.isEncryptionAvailable() && (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
    encrypt: (text) => new Uint8Array(safeStorage.encryptString(text)),
    decrypt: (data) => safeStorage.decryptString(Buffer.from(data)),
  };
  /** A file in the app's data folder, read as text or null and written whole. */
  const dataFile = (name: string) => {
    const filePath = (): string => nodePath.join(app.getPath('userData'), name);
    return {
      readText: () => readTextOrNull(filePath()),
      writeText: async (text: string) => {
        await mkdir(nodePath.dirname(filePath()), { recursive: true });
        await writeFileAtomically(filePath(), text);
      },
    };
  };
  const caldav = createCalDavAccounts({
    ...dataFile(CALDAV_ACCOUNT_FILE_NAME),
    keychain,
    createServer: (account, password) => createCalDavServer(account, password),
  });
  const caldavRefused = { problem: 'refused', status: null, detail: UNTRUSTED_SENDER_MESSAGE } as const;

  ipcMain.handle(IPC_CHANNELS.caldavAccount, (event): Promise<KeptCalDavAccount | null> => {
    if (!isTrusted(event)) return Promise.reject(new Error(UNTRUSTED_SENDER_MESSAGE));
    return caldav.account();
  });
  ipcMain.handle(IPC_CHANNELS.caldavConnect, (event, request: unknown): Promise<CalDavConnectResult> => {
    if (!isTrusted(event)) return Promise.resolve({ status: 'failed', failure: caldavRefused });
    return caldav.connect(request);
  });
  ipcMain.handle(IPC_CHANNELS.caldavDisconnect, (event): Promise<void> => {
    if (!isTrusted(event)) return Promise.reject(new Error(UNTRUSTED_SENDER_MESSAGE));
    return caldav.disconnect();
  });
  ipcMain.handle(IPC_CHANNELS.caldavPush, (event, push: unknown): Promise<PushOutcome> => {
    if (!isTrusted(event)) return Promise.resolve({ url: null, failure: caldavRefused, events: [] });
    return caldav.push(push);
  });
  ipcMain.handle(IPC_CHANNELS.caldavRemoveCalendar, (event, url: unknown): Promise<CalDavRemoveResult> => {
    if (!isTrusted(event)) return Promise.resolve({ status: 'failed', failure: caldavRefused });
    return caldav.removeCalendar(url);
  });

  const teamSpace = createTeamSpace({
    ...dataFile(TEAM_SPACE_FILE_NAME),
    keychain,
    folderPath: (id) => grants.pathOf(id),
    webdavFiles: (folder) => createWebDavFiles(folder),
    folderFiles: (path) => createFolderFiles(path),
  });
  for (const [channel, handler] of Object.entries(teamSpaceHandlers(teamSpace, isTrusted))) ipcMain.handle(channel, handler);

  ipcMain.handle(IPC_CHANNELS.log, (event, entry: unknown): LogEntryResult =>
    logPageEntry(event, entry, {
      isTrusted,
      // The catalogues are the closed set of message codes; the English one holds every key.
      isMessageCode: (code) => i18n.exists(code, { lng: 'en' }),
      roots: options.log.roots,
      write: (checked) => options.log.write(checked),
    }),
  );

  ipcMain.handle(IPC_CHANNELS.appInfo, (event): AppInfo => {
    // AppInfo has no refusal variant in the contract, so an untrusted caller gets a rejected promise.
    if (!isTrusted(event)) throw new Error(UNTRUSTED_SENDER_MESSAGE);
    return { name: app.getName(), version: app.getVersion(), platform: process.platform };
  });
}
