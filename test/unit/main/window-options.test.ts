import { describe, expect, it } from 'vitest';
import { createWindowOptions } from '../../../electron/main/window-options';
import { DEFAULT_WINDOW_STATE } from '../../../electron/main/window-state';

const preloadPath = '/opt/delegation-planner/out/preload/index.cjs';

function optionsFor(overrides: Partial<Parameters<typeof createWindowOptions>[0]> = {}) {
  return createWindowOptions({
    preloadPath,
    state: DEFAULT_WINDOW_STATE,
    isPackaged: true,
    title: 'Delegation Planner',
    dark: false,
    ...overrides,
  });
}

describe('the window a person sees', () => {
  it('runs the page sandboxed, isolated from the preload and without Node.js', () => {
    expect(optionsFor().webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and experimental or insecure features off', () => {
    expect(optionsFor().webPreferences).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(optionsFor().webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('is the colour of the page in the system’s appearance before the page draws, so nothing flashes white in the dark', () => {
    expect(optionsFor().backgroundColor).toBe('#ffffff');
    expect(optionsFor({ dark: true }).backgroundColor).toBe('#242424');
  });

  it('loads the built preload script', () => {
    expect(optionsFor().webPreferences?.preload).toBe(preloadPath);
  });

  it('has developer tools only in an unpackaged build', () => {
    expect(optionsFor({ isPackaged: true }).webPreferences?.devTools).toBe(false);
    expect(optionsFor({ isPackaged: false }).webPreferences?.devTools).toBe(true);
  });

  it('opens where it was last closed', () => {
    const options = optionsFor({
      state: { bounds: { x: 1940, y: 60, width: 1400, height: 900 }, isMaximised: false },
    });
    expect(options).toMatchObject({ x: 1940, y: 60, width: 1400, height: 900 });
  });

  it('leaves the position to Electron, which centres it, the first time', () => {
    const options = optionsFor();
    expect(options).toMatchObject({ width: 1280, height: 800 });
    expect(options).not.toHaveProperty('x');
    expect(options).not.toHaveProperty('y');
  });

  it('stays hidden until the page is ready to show', () => {
    expect(optionsFor().show).toBe(false);
  });
});
