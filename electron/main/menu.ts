/**
 * The application menu, built as a plain template so its contents can be checked without Electron.
 * Commands that belong to the page (trips, backups, the sample data) are handed to `sendCommand`, which
 * forwards them to the renderer; everything else uses Electron's built-in roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc-contract';

export interface MenuTemplateOptions {
  appName: string;
  platform: NodeJS.Platform;
  /** Reload and developer tools exist only in unpackaged builds. */
  isPackaged: boolean;
  sendCommand: (command: MenuCommand) => void;
}

export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const command = (label: string, menuCommand: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => options.sendCommand(menuCommand),
  });
  const about: MenuItemConstructorOptions = { role: 'about', label: `About ${options.appName}` };

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      about,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('New Trip', 'new-trip', 'CmdOrCtrl+N'),
      command('Import Trip…', 'import-trip'),
      command('Trips', 'show-trips'),
      { type: 'separator' },
      // No shortcuts here: these are occasional, and a stray key should never start a restore.
      command('Back Up…', 'back-up'),
      command('Restore from Backup…', 'restore'),
      command('Show Automatic Backups', 'show-backups'),
      { type: 'separator' },
      command('Load Sample Trip', 'load-sample-trip'),
      command('Remove Sample Data', 'remove-sample-data'),
      { type: 'separator' },
      // On macOS quitting lives in the app menu; File ends with closing the window.
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const developerItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...developerItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu' };

  // macOS shows About in the app menu, where people look for it; elsewhere it belongs under Help.
  const helpMenu: MenuItemConstructorOptions = { role: 'help', submenu: [about] };

  return isMac
    ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu]
    : [fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
