/**
 * The application menu, built as a plain template so its contents can be checked without Electron. Its words
 * are the interface's (the `menu` catalogue), in the language the page shows: it is built again when the page
 * switches. Commands that belong to the page (trips, backups, settings, the sample data) are handed to
 * `sendCommand`, which forwards them to the renderer; everything else uses Electron's built-in roles, named
 * in the same language.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';
import type { MenuCommand } from '../shared/ipc-contract';

export interface MenuTemplateOptions {
  appName: string;
  platform: NodeJS.Platform;
  /** Reload and developer tools exist only in unpackaged builds. */
  isPackaged: boolean;
  /** The `menu` catalogue's words in the page's language. */
  t: TFunction<'menu'>;
  sendCommand: (command: MenuCommand) => void;
  /** The log file, which Help ▸ Show Log File shows in the system's file manager (`shell.showItemInFolder`). */
  logFilePath: string;
  showItemInFolder: (path: string) => void;
}

export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const { t } = options;
  const isMac = options.platform === 'darwin';
  const name = options.appName;
  const command = (label: string, menuCommand: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => options.sendCommand(menuCommand),
  });
  const about: MenuItemConstructorOptions = { role: 'about', label: t('about', { name }) };
  const settings = command(t('settings'), 'show-settings', 'CmdOrCtrl+,');

  const appMenu: MenuItemConstructorOptions = {
    label: name,
    submenu: [
      about,
      { type: 'separator' },
      // macOS keeps an app's settings in its app menu, under About.
      settings,
      { type: 'separator' },
      { role: 'services', label: t('services') },
      { type: 'separator' },
      { role: 'hide', label: t('hide', { name }) },
      { role: 'hideOthers', label: t('hideOthers') },
      { role: 'unhide', label: t('showAll') },
      { type: 'separator' },
      { role: 'quit', label: t('quit', { name }) },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: t('file'),
    submenu: [
      command(t('newTrip'), 'new-trip', 'CmdOrCtrl+N'),
      command(t('importTrip'), 'import-trip'),
      command(t('trips'), 'show-trips'),
      { type: 'separator' },
      // No shortcuts here: these are occasional, and a stray key should never start a restore.
      command(t('backUp'), 'back-up'),
      command(t('restore'), 'restore'),
      command(t('showBackups'), 'show-backups'),
      { type: 'separator' },
      command(t('loadSample'), 'load-sample-trip'),
      command(t('loadShenzhenSample'), 'load-shenzhen-sample-trip'),
      command(t('removeSample'), 'remove-sample-data'),
      { type: 'separator' },
      // Elsewhere settings are the last thing before leaving; on macOS they are in the app menu.
      ...(isMac ? [] : [settings, { type: 'separator' } as const]),
      // On macOS quitting lives in the app menu; File ends with closing the window.
      isMac ? { role: 'close', label: t('close') } : { role: 'quit', label: t('exit') },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: t('edit'),
    submenu: [
      { role: 'undo', label: t('undo') },
      { role: 'redo', label: t('redo') },
      { type: 'separator' },
      { role: 'cut', label: t('cut') },
      { role: 'copy', label: t('copy') },
      { role: 'paste', label: t('paste') },
      { role: 'selectAll', label: t('selectAll') },
    ],
  };

  const developerItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ role: 'reload', label: t('reload') }, { role: 'toggleDevTools', label: t('devTools') }, { type: 'separator' }];
  const viewMenu: MenuItemConstructorOptions = {
    label: t('view'),
    submenu: [
      ...developerItems,
      { role: 'resetZoom', label: t('actualSize') },
      { role: 'zoomIn', label: t('zoomIn') },
      { role: 'zoomOut', label: t('zoomOut') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('fullScreen') },
    ],
  };

  // Its own items (minimise, zoom, the windows) are Electron's; only the menu's name is given here.
  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu', label: t('window') };

  // The file itself is selected in its folder, ready to attach to a message when something went wrong.
  const showLogFile: MenuItemConstructorOptions = {
    label: t('showLogFile'),
    click: () => options.showItemInFolder(options.logFilePath),
  };
  // macOS shows About in the app menu, where people look for it; elsewhere it belongs under Help.
  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: t('help'),
    submenu: isMac ? [showLogFile] : [showLogFile, { type: 'separator' }, about],
  };

  return isMac
    ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu]
    : [fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
