/** Creates the app's window: secure options, remembered placement, and the renderer it shows. */
import { join } from 'node:path';
import { app, BrowserWindow, nativeTheme, screen } from 'electron';
import type { RendererSource } from './app-origin';
import { createWindowOptions } from './window-options';
import { fitToDisplays, loadWindowState, trackWindowState, WINDOW_STATE_FILE_NAME } from './window-state';

export interface MainWindowOptions {
  source: RendererSource;
  preloadPath: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const stateFile = join(app.getPath('userData'), WINDOW_STATE_FILE_NAME);
  const state = fitToDisplays(
    loadWindowState(stateFile),
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const browserWindow = new BrowserWindow(
    createWindowOptions({
      preloadPath: options.preloadPath,
      state,
      isPackaged: app.isPackaged,
      title: app.getName(),
      dark: nativeTheme.shouldUseDarkColors,
    }),
  );
  trackWindowState(browserWindow, stateFile);
  browserWindow.once('ready-to-show', () => {
    // maximize() also shows the window, so it comes first.
    if (state.isMaximised) browserWindow.maximize();
    browserWindow.show();
  });
  void browserWindow.loadURL(options.source.url);
  return browserWindow;
}
