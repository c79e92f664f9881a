/**
 * The app:// protocol that serves the built renderer. Registering the scheme as standard and secure gives
 * the page a real, stable origin (app://bundle) with IndexedDB, fetch and a Content-Security-Policy,
 * which file:// pages do not reliably get.
 */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME } from './app-origin';
import { bundleResponseHeaders, resolveBundleRequest } from './bundle-request';

/** Must run before the app is ready: Chromium fixes scheme privileges at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves files of `rendererRoot` on app://bundle/…; runs once the app is ready. */
export function setupAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const resolved = resolveBundleRequest(request.url, rendererRoot);
    if (resolved.kind === 'refused') {
      return new Response(null, { status: resolved.status });
    }
    try {
      const body = await readFile(resolved.filePath);
      return new Response(body, { status: 200, headers: bundleResponseHeaders(resolved.contentType) });
    } catch {
      // Missing files, folders and unreadable files all look the same to the page: not found.
      return new Response(null, { status: 404 });
    }
  });
}
