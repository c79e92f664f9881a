import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { createSenderCheck, isMainFrameOf, isTrustedSender } from '../../../../electron/main/ipc/trusted-sender';

const bundleOnly = ['app://bundle'];
const withDevServer = ['app://bundle', 'http://localhost:5173'];

describe('which pages may call the desktop functions', () => {
  it('trusts the bundled page, whatever route it shows', () => {
    expect(isTrustedSender('app://bundle/index.html#/trips/42', bundleOnly)).toBe(true);
  });

  it('trusts the dev server only while it is the page being shown', () => {
    expect(isTrustedSender('http://localhost:5173/', withDevServer)).toBe(true);
    expect(isTrustedSender('http://localhost:5173/', bundleOnly)).toBe(false);
  });

  it.each([
    ['a web page', 'https://evil.example/'],
    ['a local file', 'file:///tmp/index.html'],
    ['another app:// host', 'app://other/index.html'],
    ['a blank frame', 'about:blank'],
    ['a data URL', 'data:text/html,hi'],
    ['an empty URL', ''],
    ['a frame that is gone', undefined],
  ])('refuses %s', (_what, url) => {
    expect(isTrustedSender(url, withDevServer)).toBe(false);
  });
});

describe('which frame may call the desktop functions', () => {
  const window = { webContents: { mainFrame: { processId: 4, routingId: 1 } } };

  it('accepts the main frame of the app window', () => {
    expect(isMainFrameOf({ processId: 4, routingId: 1 }, window)).toBe(true);
  });

  it('refuses a sub-frame of the same page', () => {
    expect(isMainFrameOf({ processId: 4, routingId: 7 }, window)).toBe(false);
  });

  it('refuses a frame in another renderer process', () => {
    expect(isMainFrameOf({ processId: 9, routingId: 1 }, window)).toBe(false);
  });

  it('refuses when the frame is gone or the window is closed', () => {
    expect(isMainFrameOf(null, window)).toBe(false);
    expect(isMainFrameOf({ processId: 4, routingId: 1 }, null)).toBe(false);
  });
});

describe('the check every handler runs first', () => {
  const mainFrame = { processId: 4, routingId: 1, url: 'app://bundle/index.html' };
  const window = { webContents: { mainFrame } };
  const check = createSenderCheck(() => window as never, bundleOnly);
  const eventFrom = (senderFrame: unknown) => ({ senderFrame }) as unknown as IpcMainInvokeEvent;

  it('passes a message from the app window’s own page', () => {
    expect(check(eventFrom(mainFrame))).toBe(true);
  });

  it('refuses the main frame once it has navigated away from the app', () => {
    expect(check(eventFrom({ ...mainFrame, url: 'https://evil.example/' }))).toBe(false);
  });

  it('refuses an app:// iframe inside the window', () => {
    expect(check(eventFrom({ processId: 4, routingId: 3, url: 'app://bundle/index.html' }))).toBe(false);
  });

  it('refuses a message whose frame has already been destroyed', () => {
    expect(check(eventFrom(null))).toBe(false);
  });
});
