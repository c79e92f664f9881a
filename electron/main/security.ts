/**
 * Applies the security policy (web-contents-policy.ts) to every web contents the app ever creates
 * (windows, developer tools, anything a future feature adds) and to the default session.
 */
import { app, session, shell } from 'electron';
import { applySessionPolicy, applyWebContentsPolicy } from './web-contents-policy';

/** Must run before the app is ready, so that every renderer, including the first, is sandboxed. */
export function setupSecurity(allowedOrigins: readonly string[]): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) =>
    applyWebContentsPolicy(contents, allowedOrigins, (url) => shell.openExternal(url)),
  );
  void app.whenReady().then(() => applySessionPolicy(session.defaultSession));
}
