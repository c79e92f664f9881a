/**
 * Entry point of the main process: lifecycle wiring only. Each capability (security policy, app://
 * protocol, IPC, menu, window, automatic backups) is set up by its own module; this file decides when.
 */
import { randomUUID } from 'node:crypto';
import nodePath from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, type BrowserWindow } from 'electron';
import { type BackupRequest, IPC_CHANNELS } from '../shared/ipc-contract';
import { allowedOriginsFor, chooseRendererSource, isOnAllowedOrigin } from './app-origin';
import { registerAppScheme, setupAppProtocol } from './app-protocol';
import { setupApplicationMenu } from './application-menu';
import { createMainI18n } from './language';
import { languageFor } from '../../src/i18n/i18n';
import { AUTOMATIC_BACKUPS_FOLDER_NAME, automaticBackupsOnDisk } from './automatic-backups';
import { createBackupScheduler, nodeTimers } from './backup-scheduler';
import { setupIpc } from './ipc/setup-ipc';
import { createMainWindow } from './main-window';
import { setupSecurity } from './security';
import { setupLog } from './setup-log';
import { withBackupsLogged } from './logged-backups';

const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const rendererRoot = fileURLToPath(new URL('../renderer', import.meta.url));

function main(): void {
  // A second copy would open the same IndexedDB database from a second process; hand over to the first.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  const source = chooseRendererSource(app.isPackaged, process.env['ELECTRON_RENDERER_URL']);
  const allowedOrigins = allowedOriginsFor(source);
  const log = setupLog(allowedOrigins);
  let mainWindow: BrowserWindow | null = null;
  const getMainWindow = (): BrowserWindow | null => mainWindow;

  // Main's words: English until the app is ready and the system's languages are known, then the page's.
  const i18n = createMainI18n([]);
  const automaticBackups = automaticBackupsOnDisk(nodePath.join(app.getPath('userData'), AUTOMATIC_BACKUPS_FOLDER_NAME), () =>
    i18n.getFixedT(null, 'files'),
  );
  /** Asks the window's page for a backup; false when there is no page of the app's own to ask. */
  const askForBackup = (request: BackupRequest): boolean => {
    const window = mainWindow;
    if (window === null || window.isDestroyed() || window.webContents.isCrashed()) return false;
    if (!isOnAllowedOrigin(window.webContents.getURL(), allowedOrigins)) return false;
    window.webContents.send(IPC_CHANNELS.backupRequest, request);
    return true;
  };
  const backupScheduler = createBackupScheduler({
    timers: nodeTimers,
    send: askForBackup,
    save: withBackupsLogged((request) => automaticBackups.save(request), { write: log.write, now: () => performance.now() }),
    quit: () => app.quit(),
    newRequestId: randomUUID,
    newestBackupAt: async () => {
      const listed = await automaticBackups.list();
      return listed.status === 'listed' ? (listed.backups[0]?.createdAt ?? null) : null;
    },
    warn: (message) => console.warn(message),
  });

  const openMainWindow = (): void => {
    const browserWindow = createMainWindow({ source, preloadPath });
    // The page holds the data, so closing its window waits for a last backup.
    browserWindow.on('close', (event) => backupScheduler.beforeWindowClose(browserWindow, event));
    browserWindow.on('closed', () => {
      if (mainWindow === browserWindow) mainWindow = null;
    });
    mainWindow = browserWindow;
  };

  registerAppScheme();
  setupSecurity(allowedOrigins);

  void app.whenReady().then(() => {
    // The system's languages are known once the app is ready; the page then says which one it shows.
    void i18n.changeLanguage(languageFor(app.getPreferredSystemLanguages()));
    setupIpc({ getMainWindow, allowedOrigins, automaticBackups, backupScheduler, i18n, log });
    setupAppProtocol(rendererRoot);
    setupApplicationMenu(getMainWindow, i18n, log.path);
    openMainWindow();
    backupScheduler.start();
    app.on('activate', () => {
      if (mainWindow === null) openMainWindow();
    });
  });

  app.on('before-quit', (event) => backupScheduler.beforeQuit(event));

  app.on('second-instance', () => {
    // On macOS the app may be running with no window; starting it again should show one.
    if (mainWindow === null) {
      if (app.isReady()) openMainWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    // macOS apps stay running without windows until the person quits from the menu or the dock.
    if (process.platform !== 'darwin') app.quit();
  });

}

main();
