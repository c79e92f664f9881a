/**
 * What every web contents and the session are allowed to do. Denied by default: a page may only move
 * within the app's own origins, never opens windows, never embeds webviews and is granted no browser
 * permissions. Electron objects are passed in, so the policy is tested against stand-ins.
 */
import type { Session, WebContents } from 'electron';
import { isOnAllowedOrigin } from './app-origin';
import { isSafeExternalUrl } from './external-url';

type PolicedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;
type PolicedSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

export function applyWebContentsPolicy(
  contents: PolicedContents,
  allowedOrigins: readonly string[],
  openExternal: (url: string) => Promise<void>,
): void {
  const stayInsideApp = (event: { url: string; preventDefault(): void }): void => {
    if (!isOnAllowedOrigin(event.url, allowedOrigins)) event.preventDefault();
  };
  contents.on('will-navigate', stayInsideApp);
  contents.on('will-redirect', stayInsideApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());

  contents.setWindowOpenHandler(({ url }) => {
    // Links with target=_blank end up here: safe ones go to the system's own app, none opens a window.
    if (isSafeExternalUrl(url)) {
      // A link this system has no handler for is not worth an error dialog: the click does nothing.
      openExternal(url).catch(() => undefined);
    }
    return { action: 'deny' };
  });
}

export function applySessionPolicy(target: PolicedSession): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
}
