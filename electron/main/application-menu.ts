/** Installs the application menu and routes its page commands to the window in front. */
import { app, BrowserWindow, Menu } from 'electron';
import { IPC_CHANNELS, type MenuCommand } from '../shared/ipc-contract';
import { buildMenuTemplate } from './menu';

export function setupApplicationMenu(getMainWindow: () => BrowserWindow | null): void {
  app.setAboutPanelOptions({ applicationName: app.getName(), applicationVersion: app.getVersion() });
  const sendCommand = (command: MenuCommand): void => {
    const target = BrowserWindow.getFocusedWindow() ?? getMainWindow();
    target?.webContents.send(IPC_CHANNELS.menuCommand, command);
  };
  const template = buildMenuTemplate({
    appName: app.getName(),
    platform: process.platform,
    isPackaged: app.isPackaged,
    sendCommand,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
