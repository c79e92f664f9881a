/**
 * Entry point of the main process: lifecycle wiring only. Each capability (security policy, app://
 * protocol, IPC, menu, window) is set up by its own module; this file decides when.
 */
import { fileURLToPath } from 'node:url';
import { app, type BrowserWindow } from 'electron';
import { allowedOriginsFor, chooseRendererSource } from './app-origin';
import { registerAppScheme, setupAppProtocol } from './app-protocol';
import { setupApplicationMenu } from './application-menu';
import { setupIpc } from './ipc/setup-ipc';
import { createMainWindow } from './main-window';
import { setupSecurity } from './security';

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
  let mainWindow: BrowserWindow | null = null;
  const getMainWindow = (): BrowserWindow | null => mainWindow;

  const openMainWindow = (): void => {
    const browserWindow = createMainWindow({ source, preloadPath });
    browserWindow.on('closed', () => {
      if (mainWindow === browserWindow) mainWindow = null;
    });
    mainWindow = browserWindow;
  };

  registerAppScheme();
  setupSecurity(allowedOrigins);
  setupIpc({ getMainWindow, allowedOrigins });

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

  void app.whenReady().then(() => {
    setupAppProtocol(rendererRoot);
    setupApplicationMenu(getMainWindow);
    openMainWindow();
    app.on('activate', () => {
      if (mainWindow === null) openMainWindow();
    });
  });
}

main();
