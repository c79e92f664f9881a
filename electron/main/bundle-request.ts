/**
 * Maps an app://bundle request to a file inside the built renderer folder. This is the whole of what the
 * custom protocol may serve: anything that would reach outside the folder, or another host, is refused
 * here, before the file system is touched.
 */
import nodePath from 'node:path';
import { CONTENT_SECURITY_POLICY_HEADER } from '../shared/content-security-policy';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { isPlainFileName } from './plain-file-name';

export type BundleRequest =
  | { kind: 'file'; filePath: string; contentType: string }
  | { kind: 'refused'; status: 400 | 404; reason: string };

type PathApi = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'join' | 'extname' | 'sep'>;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

const FALLBACK_CONTENT_TYPE = 'application/octet-stream';

/** The Content-Type for a file name, by extension; unknown extensions are served as opaque bytes. */
export function contentTypeFor(fileName: string, pathApi: PathApi = nodePath): string {
  return CONTENT_TYPES[pathApi.extname(fileName).toLowerCase()] ?? FALLBACK_CONTENT_TYPE;
}

/**
 * Resolves `requestUrl` to a file under `rendererRoot`. `pathApi` defaults to the platform's path module;
 * tests pass `path.win32` to check Windows separators on any machine.
 */
export function resolveBundleRequest(
  requestUrl: string,
  rendererRoot: string,
  pathApi: PathApi = nodePath,
): BundleRequest {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refused(400, 'malformed URL');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST) {
    return refused(404, 'not the app bundle');
  }

  // The URL parser has already removed literal and %2e-encoded dot segments; what remains is decoded
  // segment by segment so that an encoded separator ("..%2f") cannot smuggle a new segment in.
  const rawSegments = url.pathname.split('/').filter((segment) => segment !== '');
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return refused(400, 'malformed percent-encoding');
    }
    if (!isPlainFileName(segment)) return refused(404, 'path segment is not a plain name');
    segments.push(segment);
  }
  if (url.pathname === '' || url.pathname.endsWith('/')) segments.push('index.html');

  const root = pathApi.resolve(rendererRoot);
  const filePath = pathApi.resolve(root, ...segments);
  const relative = pathApi.relative(root, filePath);
  if (relative === '' || relative.startsWith('..') || pathApi.isAbsolute(relative)) {
    return refused(404, 'outside the renderer folder');
  }
  return { kind: 'file', filePath, contentType: contentTypeFor(filePath, pathApi) };
}

/** Headers of every file the protocol serves: its type, no sniffing, and the page's security policy. */
export function bundleResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
    'X-Content-Type-Options': 'nosniff',
  };
}

function refused(status: 400 | 404, reason: string): BundleRequest {
  return { kind: 'refused', status, reason };
}
