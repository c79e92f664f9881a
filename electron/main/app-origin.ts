/**
 * Where the renderer comes from, and which origins count as "the app" for navigation and IPC checks.
 *
 * The packaged page is served from app://bundle. That origin is also the permanent home of the user's
 * IndexedDB database: Chromium keys storage by origin, so renaming the scheme or the host would leave
 * every existing trip behind in a database the app no longer opens. Do not rename either.
 */

/** Do not rename: part of the storage origin. */
export const APP_SCHEME = 'app';
/** Do not rename: part of the storage origin. */
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export type RendererSource =
  | { kind: 'bundle'; url: string }
  | { kind: 'dev-server'; url: string };

/**
 * The packaged app always shows its own bundle. Only an unpackaged app (run by `electron-vite dev`) follows
 * ELECTRON_RENDERER_URL, so an environment variable can never point an installed copy at another page.
 */
export function chooseRendererSource(isPackaged: boolean, devServerUrl: string | undefined): RendererSource {
  if (!isPackaged && devServerUrl !== undefined) {
    const parsed = parseUrl(devServerUrl);
    if (parsed !== null && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) {
      return { kind: 'dev-server', url: parsed.href };
    }
  }
  return { kind: 'bundle', url: APP_ENTRY_URL };
}

/** The origins the window may show and accept messages from: the bundle, plus the dev server when in use. */
export function allowedOriginsFor(source: RendererSource): string[] {
  const origins = [APP_ORIGIN];
  if (source.kind === 'dev-server') {
    const devOrigin = originOf(source.url);
    if (devOrigin !== null) origins.push(devOrigin);
  }
  return origins;
}

/**
 * `scheme://host[:port]` of a URL, or null when it has none. Node's URL reports the origin of schemes it
 * does not know (such as app:) as "null", so for those the origin is built from the parts.
 */
export function originOf(url: string): string | null {
  const parsed = parseUrl(url);
  if (parsed === null) return null;
  if (parsed.origin !== 'null') return parsed.origin;
  if (parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host.toLowerCase()}`;
}

/** Whether `url` belongs to one of `allowedOrigins`: same scheme, host and port, nothing looser. */
export function isOnAllowedOrigin(url: string, allowedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && allowedOrigins.includes(origin);
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
