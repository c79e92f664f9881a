/**
 * The options every app window is created with. The webPreferences are the renderer's security boundary:
 * the page runs sandboxed, isolated from the preload, with no Node.js, and reaches the system only through
 * the named functions of the preload.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowState } from './window-state';

export const MIN_WINDOW_WIDTH = 800;
export const MIN_WINDOW_HEIGHT = 560;

export interface WindowOptionsInput {
  /** Absolute path of the built preload script (out/preload/index.cjs). */
  preloadPath: string;
  /** Where the window should appear, already fitted to the current displays. */
  state: WindowState;
  /** Packaged builds have no developer tools. */
  isPackaged: boolean;
  title: string;
  /** Whether the system is in its dark appearance (nativeTheme.shouldUseDarkColors): the frame before the page draws. */
  dark: boolean;
}

/** The page's own background in each scheme (Mantine's body colours), so the frame does not flash another. */
export const WINDOW_BACKGROUND = { light: '#ffffff', dark: '#242424' } as const;

export function createWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  const { bounds } = input.state;
  return {
    title: input.title,
    width: bounds.width,
    height: bounds.height,
    // Without a position Electron centres the window on the primary display.
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    // Shown on 'ready-to-show', so the person never sees an empty white frame.
    show: false,
    backgroundColor: input.dark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
    webPreferences: {
      preload: input.preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      devTools: !input.isPackaged,
    },
  };
}
