import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { applySessionPolicy, applyWebContentsPolicy } from '../../../electron/main/web-contents-policy';

type OpenHandler = (details: { url: string }) => { action: string };

/** Stands in for a WebContents: real event emission, and a record of the window-open handler. */
class FakeContents extends EventEmitter {
  openHandler: OpenHandler | undefined;

  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler;
  }

  /** Emits like Electron: the event object carries the URL and can be cancelled. */
  attempt(eventName: string, url: string): boolean {
    let prevented = false;
    this.emit(eventName, { url, preventDefault: () => (prevented = true) });
    return prevented;
  }
}

function policed(allowedOrigins = ['app://bundle']) {
  const contents = new FakeContents();
  const opened: string[] = [];
  applyWebContentsPolicy(contents as unknown as WebContents, allowedOrigins, (url) => {
    opened.push(url);
    return Promise.resolve();
  });
  return { contents, opened };
}

describe('navigation', () => {
  it('lets the page move within the app', () => {
    expect(policed().contents.attempt('will-navigate', 'app://bundle/index.html#/trips')).toBe(false);
  });

  it('stops the page from navigating to a web site', () => {
    expect(policed().contents.attempt('will-navigate', 'https://evil.example/')).toBe(true);
  });

  it('stops the page from navigating to a local file or a dropped file', () => {
    expect(policed().contents.attempt('will-navigate', 'file:///home/ana/trip.html')).toBe(true);
  });

  it('stops a redirect that leaves the app', () => {
    expect(policed().contents.attempt('will-redirect', 'https://evil.example/')).toBe(true);
  });

  it('allows the dev server only when it is one of the allowed origins', () => {
    expect(policed(['app://bundle', 'http://localhost:5173']).contents.attempt('will-navigate', 'http://localhost:5173/')).toBe(
      false,
    );
    expect(policed().contents.attempt('will-navigate', 'http://localhost:5173/')).toBe(true);
  });

  it('never attaches a webview', () => {
    expect(policed().contents.attempt('will-attach-webview', 'app://bundle/index.html')).toBe(true);
  });
});

describe('new windows', () => {
  it('never opens one, and sends a safe link to the system browser instead', () => {
    const { contents, opened } = policed();
    expect(contents.openHandler?.({ url: 'https://example.org/agenda' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.org/agenda']);
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'http://example.org/', 'app://bundle/index.html'])(
    'neither opens nor hands %s to the system',
    (url) => {
      const { contents, opened } = policed();
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
      expect(opened).toEqual([]);
    },
  );
});

describe('browser permissions', () => {
  type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
  type CheckHandler = () => boolean;

  function policedSession() {
    const installed: { request?: unknown; check?: unknown; device?: unknown } = {};
    applySessionPolicy({
      setPermissionRequestHandler: (handler) => {
        installed.request = handler;
      },
      setPermissionCheckHandler: (handler) => {
        installed.check = handler;
      },
      setDevicePermissionHandler: (handler) => {
        installed.device = handler;
      },
    });
    return {
      request: installed.request as RequestHandler,
      check: installed.check as CheckHandler,
      device: installed.device as CheckHandler,
    };
  }

  it.each(['geolocation', 'media', 'notifications', 'clipboard-read', 'openExternal'])(
    'refuses a request for %s',
    (permission) => {
      const answers: boolean[] = [];
      policedSession().request({}, permission, (granted) => answers.push(granted));
      expect(answers).toEqual([false]);
    },
  );

  it('answers every permission check and device check with no', () => {
    const { check, device } = policedSession();
    expect(check()).toBe(false);
    expect(device()).toBe(false);
  });
});
