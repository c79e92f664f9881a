import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  serialiseWindowState,
  type WindowState,
} from '../../../electron/main/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const monitorOnTheRight = { x: 1440, y: 0, width: 2560, height: 1415 };

function placed(x: number, y: number, width: number, height: number, isMaximised = false): WindowState {
  return { bounds: { x, y, width, height }, isMaximised };
}

describe('reading the remembered window state', () => {
  it('reads what was saved', () => {
    const saved = placed(100, 80, 1200, 760, true);
    expect(parseWindowState(serialiseWindowState(saved))).toEqual(saved);
  });

  it('uses the defaults when nothing was saved yet', () => {
    expect(parseWindowState(null)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it.each([
    ['a truncated file', '{"x":100,"y":80,"wid'],
    ['an empty file', ''],
    ['JSON that is not an object', '[1280, 800]'],
    ['JSON null', 'null'],
    ['a size given as text', '{"width":"1280","height":800}'],
    ['a zero width', '{"width":0,"height":800}'],
    ['an absurd size', '{"width":1e9,"height":800}'],
    ['a maximised flag that is not a boolean', '{"width":1280,"height":800,"isMaximised":"yes"}'],
  ])('uses the defaults for %s', (_what, text) => {
    expect(parseWindowState(text)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('keeps the size but drops a position that has only one coordinate', () => {
    expect(parseWindowState('{"x":40,"width":1000,"height":700}')).toEqual({
      bounds: { width: 1000, height: 700 },
      isMaximised: false,
    });
  });

  it('rounds fractional pixels from high-density displays', () => {
    expect(parseWindowState('{"x":10.4,"y":20.6,"width":999.5,"height":700.2}').bounds).toEqual({
      x: 10,
      y: 21,
      width: 1000,
      height: 700,
    });
  });
});

describe('fitting the window to the displays present now', () => {
  it('leaves a window that fits its display where it was', () => {
    const onMonitor = placed(1600, 100, 1800, 1100, true);
    expect(fitToDisplays(onMonitor, [laptop, monitorOnTheRight], laptop)).toEqual(onMonitor);
  });

  it('brings a window from an unplugged monitor back to the centre of the primary display', () => {
    const onMonitor = placed(1600, 100, 1200, 800);
    expect(fitToDisplays(onMonitor, [laptop], laptop)).toEqual(placed(120, 38, 1200, 800));
  });

  it('shrinks a window saved on a large monitor to fit the laptop screen', () => {
    const large = placed(1500, 20, 2400, 1300);
    expect(fitToDisplays(large, [laptop], laptop)).toEqual(placed(0, 0, 1440, 875));
  });

  it('moves a window that hangs off the edge fully onto its display', () => {
    const hanging = placed(1000, 500, 1000, 600);
    expect(fitToDisplays(hanging, [laptop], laptop)).toEqual(placed(440, 275, 1000, 600));
  });

  it('puts a window spanning two displays on the one it covers most', () => {
    const spanning = placed(1200, 100, 1000, 700);
    expect(fitToDisplays(spanning, [laptop, monitorOnTheRight], laptop)).toEqual(placed(1440, 100, 1000, 700));
  });

  it('respects a work area that does not start at zero, such as one below a menu bar', () => {
    const belowMenuBar = { x: 0, y: 25, width: 1440, height: 850 };
    expect(fitToDisplays(placed(100, 0, 1000, 700), [belowMenuBar], belowMenuBar).bounds.y).toBe(25);
  });

  it('shrinks a window that has never been placed, and leaves its position to Electron', () => {
    const small = { x: 0, y: 0, width: 1024, height: 600 };
    expect(fitToDisplays(DEFAULT_WINDOW_STATE, [small], small)).toEqual({
      bounds: { width: 1024, height: 600 },
      isMaximised: false,
    });
  });

  it('keeps the maximised flag', () => {
    expect(fitToDisplays(placed(5000, 5000, 800, 600, true), [laptop], laptop).isMaximised).toBe(true);
  });
});

describe('the window state file', () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'window-state-'));
  });

  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('round-trips through the file and leaves no temporary file behind', () => {
    const file = join(folder, 'window-state.json');
    saveWindowState(file, placed(30, 40, 1300, 850, true));
    expect(loadWindowState(file)).toEqual(placed(30, 40, 1300, 850, true));
    expect(readdirSync(folder)).toEqual(['window-state.json']);
  });

  it('keeps its field names, which are stored on people’s machines', () => {
    const file = join(folder, 'window-state.json');
    saveWindowState(file, placed(1, 2, 1000, 700));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 1, y: 2, width: 1000, height: 700, isMaximised: false });
  });

  it('gives the defaults for a missing or corrupt file', () => {
    expect(loadWindowState(join(folder, 'missing.json'))).toEqual(DEFAULT_WINDOW_STATE);
    const corrupt = join(folder, 'window-state.json');
    writeFileSync(corrupt, '\u0000\u0000garbage');
    expect(loadWindowState(corrupt)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('gives up quietly when the folder cannot be written', () => {
    expect(() => saveWindowState(join(folder, 'no-such-folder', 'window-state.json'), DEFAULT_WINDOW_STATE)).not.toThrow();
  });
});
