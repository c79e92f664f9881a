/**
 * Remembers where the main window was: size, position and whether it was maximised, in a small JSON file
 * in the user-data folder. What is read back is untrusted (hand-edited, truncated by a crash, written on a
 * machine with other monitors), so it is parsed defensively and fitted to the displays present now.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';

export const WINDOW_STATE_FILE_NAME = 'window-state.json';

export interface WindowBounds {
  /** Absent when the window has never been placed: Electron then centres it. */
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: WindowBounds;
  isMaximised: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = {
  bounds: { width: 1280, height: 800 },
  isMaximised: false,
};

const SAVE_DELAY_MS = 500;

const coordinate = z.number().min(-100_000).max(100_000);
const length = z.number().min(1).max(100_000);

/** The stored file. Field names are persisted in users' folders: do not rename. */
const storedWindowStateSchema = z.object({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: length,
  height: length,
  isMaximised: z.boolean().optional(),
});

/** Reads the stored JSON; anything missing, corrupt or out of range gives the defaults. */
export function parseWindowState(text: string | null): WindowState {
  if (text === null) return DEFAULT_WINDOW_STATE;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
  const parsed = storedWindowStateSchema.safeParse(json);
  if (!parsed.success) return DEFAULT_WINDOW_STATE;
  const { x, y, width, height, isMaximised } = parsed.data;
  const position = x !== undefined && y !== undefined ? { x: Math.round(x), y: Math.round(y) } : {};
  return {
    bounds: { ...position, width: Math.round(width), height: Math.round(height) },
    isMaximised: isMaximised ?? false,
  };
}

export function serialiseWindowState(state: WindowState): string {
  return JSON.stringify({ ...state.bounds, isMaximised: state.isMaximised });
}

/**
 * Places the saved window on the display it overlaps most, shrunk to that display's work area and moved
 * fully inside it. A window that overlaps no display (its monitor was unplugged) is centred on the primary
 * display instead.
 */
export function fitToDisplays(
  state: WindowState,
  workAreas: readonly Rectangle[],
  primaryWorkArea: Rectangle,
): WindowState {
  const { x, y } = state.bounds;
  if (x === undefined || y === undefined) {
    return { ...state, bounds: shrinkTo(state.bounds, primaryWorkArea) };
  }
  const saved = { x, y, width: state.bounds.width, height: state.bounds.height };
  const home = displayOverlappingMost(saved, workAreas);
  if (home === null) {
    const size = shrinkTo(saved, primaryWorkArea);
    return {
      ...state,
      bounds: {
        x: primaryWorkArea.x + Math.round((primaryWorkArea.width - size.width) / 2),
        y: primaryWorkArea.y + Math.round((primaryWorkArea.height - size.height) / 2),
        ...size,
      },
    };
  }
  const size = shrinkTo(saved, home);
  return {
    ...state,
    bounds: {
      x: clamp(x, home.x, home.x + home.width - size.width),
      y: clamp(y, home.y, home.y + home.height - size.height),
      ...size,
    },
  };
}

/** The state stored at `filePath`, or the defaults when there is none or it cannot be read. */
export function loadWindowState(filePath: string): WindowState {
  let text: string | null;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch {
    text = null;
  }
  return parseWindowState(text);
}

/**
 * Writes through a temporary file and a rename, so a crash mid-write leaves the previous state rather
 * than half a file.
 */
export function saveWindowState(filePath: string, state: WindowState): void {
  const temporaryPath = `${filePath}.tmp`;
  try {
    writeFileSync(temporaryPath, serialiseWindowState(state), 'utf8');
    renameSync(temporaryPath, filePath);
  } catch {
    // Losing the window size is not worth interrupting the person; the defaults apply next time.
  }
}

/**
 * Saves the window's state a moment after it stops moving or resizing, and once more as it closes.
 * The normal bounds are stored even when maximised, so un-maximising restores the size the person chose.
 */
export function trackWindowState(browserWindow: BrowserWindow, filePath: string): void {
  const capture = (): WindowState => ({
    bounds: browserWindow.getNormalBounds(),
    isMaximised: browserWindow.isMaximized(),
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const saveSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => saveWindowState(filePath, capture()), SAVE_DELAY_MS);
  };
  browserWindow.on('resize', saveSoon);
  browserWindow.on('move', saveSoon);
  browserWindow.on('maximize', saveSoon);
  browserWindow.on('unmaximize', saveSoon);
  browserWindow.on('close', () => {
    clearTimeout(timer);
    saveWindowState(filePath, capture());
  });
}

function displayOverlappingMost(bounds: Rectangle, workAreas: readonly Rectangle[]): Rectangle | null {
  let best: Rectangle | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(bounds, area);
    if (overlap > bestArea) {
      best = area;
      bestArea = overlap;
    }
  }
  return best;
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function shrinkTo(size: { width: number; height: number }, area: Rectangle): { width: number; height: number } {
  return { width: Math.min(size.width, area.width), height: Math.min(size.height, area.height) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
