import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bundleResponseHeaders,
  contentTypeFor,
  resolveBundleRequest,
} from '../../../electron/main/bundle-request';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../../electron/shared/content-security-policy';

const root = '/opt/delegation-planner/resources/app.asar/out/renderer';

function fileFor(url: string): string | undefined {
  const resolved = resolveBundleRequest(url, root, path.posix);
  return resolved.kind === 'file' ? resolved.filePath : undefined;
}

describe('serving the bundled renderer', () => {
  it('serves index.html for the bare origin and for the root path', () => {
    expect(fileFor('app://bundle')).toBe(`${root}/index.html`);
    expect(fileFor('app://bundle/')).toBe(`${root}/index.html`);
  });

  it('serves files in sub-folders', () => {
    expect(fileFor('app://bundle/assets/index-Bx2.js')).toBe(`${root}/assets/index-Bx2.js`);
  });

  it('ignores the query and the hash route', () => {
    expect(fileFor('app://bundle/index.html?v=2#/trips/7')).toBe(`${root}/index.html`);
  });

  it('decodes percent-encoded names', () => {
    expect(fileFor('app://bundle/fonts/Noto%20Sans.woff2')).toBe(`${root}/fonts/Noto Sans.woff2`);
  });

  it('accepts the host in any case, as Chromium may hand it over', () => {
    expect(fileFor('app://BUNDLE/index.html')).toBe(`${root}/index.html`);
  });

  it('gives each file its content type', () => {
    expect(resolveBundleRequest('app://bundle/assets/a.js', root, path.posix)).toMatchObject({
      kind: 'file',
      contentType: 'text/javascript; charset=utf-8',
    });
  });
});

describe('refusing requests outside the renderer folder', () => {
  it.each([
    ['a plain parent reference', 'app://bundle/../../etc/passwd'],
    ['an encoded parent reference', 'app://bundle/%2e%2e/%2e%2e/etc/passwd'],
    ['an encoded slash', 'app://bundle/..%2f..%2fetc%2fpasswd'],
    ['a double-encoded slash', 'app://bundle/assets/..%252f..%252fsecret'],
    ['an encoded backslash', 'app://bundle/..%5c..%5cWindows%5cwin.ini'],
    ['an encoded NUL', 'app://bundle/index.html%00.png'],
  ])('never leaves the folder with %s', (_what, url) => {
    const resolved = resolveBundleRequest(url, root, path.posix);
    if (resolved.kind === 'file') {
      expect(resolved.filePath.startsWith(`${root}/`)).toBe(true);
    } else {
      expect(resolved.status).toBe(404);
    }
  });

  it('refuses an encoded slash that would otherwise climb out of the folder', () => {
    expect(resolveBundleRequest('app://bundle/..%2f..%2fetc%2fpasswd', root, path.posix)).toMatchObject({
      kind: 'refused',
      status: 404,
    });
  });

  it('refuses Windows separators and drive letters when running on Windows', () => {
    const windowsRoot = 'C:\\Program Files\\Delegation Planner\\resources\\app.asar\\out\\renderer';
    for (const url of ['app://bundle/..%5c..%5csecret.txt', 'app://bundle/C:%5cWindows%5cwin.ini', 'app://bundle/D:x']) {
      expect(resolveBundleRequest(url, windowsRoot, path.win32).kind).toBe('refused');
    }
    expect(resolveBundleRequest('app://bundle/assets/a.css', windowsRoot, path.win32)).toMatchObject({
      kind: 'file',
      filePath: `${windowsRoot}\\assets\\a.css`,
    });
  });

  it('refuses other hosts, other schemes and ports', () => {
    for (const url of ['app://evil/index.html', 'app://bundle:8080/index.html', 'file:///etc/passwd', 'https://bundle/']) {
      expect(resolveBundleRequest(url, root, path.posix)).toMatchObject({ kind: 'refused', status: 404 });
    }
  });

  it('refuses malformed addresses and malformed percent-encoding as bad requests', () => {
    expect(resolveBundleRequest('not a url', root, path.posix)).toMatchObject({ kind: 'refused', status: 400 });
    expect(resolveBundleRequest('app://bundle/%E0%A4%A', root, path.posix)).toMatchObject({
      kind: 'refused',
      status: 400,
    });
  });
});

describe('content types', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['app.JS', 'text/javascript; charset=utf-8'],
    ['style.css', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['icon.png', 'image/png'],
    ['font.woff2', 'font/woff2'],
    ['data.bin', 'application/octet-stream'],
    ['README', 'application/octet-stream'],
  ])('serves %s as %s', (name, type) => {
    expect(contentTypeFor(name)).toBe(type);
  });
});

describe('response headers', () => {
  it('carry the Content-Security-Policy and forbid content sniffing on every file', () => {
    expect(bundleResponseHeaders('text/html; charset=utf-8')).toEqual({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
      'X-Content-Type-Options': 'nosniff',
    });
  });
});
