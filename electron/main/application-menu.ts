/**
 * Installs the application menu, in main's language, builds it again whenever that language changes, and
 * routes its page commands to the window in front.
 */
import { app, BrowserWindow, Menu, shell } from 'electron';
import type { i18n as I18n } from 'i18next';
import { IPC_CHANNELS, type MenuCommand } from '../shared/ipc-contract';
import { buildMenuTemplate } from './menu';

export function setupApplicationMenu(getMainWindow: () => BrowserWindow | null, i18n: I18n, logFilePath: string): void {
  app.setAboutPanelOptions({ applicationName: app.getName(), applicationVersion: app.getVersion() });
  const sendCommand = (command: MenuCommand): void => {
    const target = BrowserWindow.getFocusedWindow() ?? getMainWindow();
    target?.webContents.send(IPC_CHANNELS.menuCommand, command);
  };
  const install = (): void => {
    const template = buildMenuTemplate({
      appName: app.getName(),
      platform: process.platform,
      isPackaged: app.isPackaged,
      t: i18n.getFixedT(null, 'menu'),
      sendCommand,
      logFilePath,
      showItemInFolder: (path) => shell.showItemInFolder(path),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  install();
  i18n.on('languageChanged', install);
}
