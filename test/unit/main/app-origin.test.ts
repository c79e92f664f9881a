import { describe, expect, it } from 'vitest';
import {
  allowedOriginsFor,
  APP_ENTRY_URL,
  APP_ORIGIN,
  chooseRendererSource,
  isOnAllowedOrigin,
  originOf,
} from '../../../electron/main/app-origin';

describe('the app origin', () => {
  it('is app://bundle, the origin that owns the IndexedDB database of every installed copy', () => {
    expect(APP_ORIGIN).toBe('app://bundle');
    expect(APP_ENTRY_URL).toBe('app://bundle/index.html');
  });
});

describe('choosing what the window shows', () => {
  it('shows the bundled page when no dev server is running', () => {
    expect(chooseRendererSource(false, undefined)).toEqual({ kind: 'bundle', url: APP_ENTRY_URL });
  });

  it('shows the dev server during development', () => {
    expect(chooseRendererSource(false, 'http://localhost:5173')).toEqual({
      kind: 'dev-server',
      url: 'http://localhost:5173/',
    });
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app, so an environment variable cannot redirect it', () => {
    expect(chooseRendererSource(true, 'http://localhost:5173').kind).toBe('bundle');
  });

  it('ignores a dev server address that is not an http URL', () => {
    expect(chooseRendererSource(false, 'file:///etc/passwd').kind).toBe('bundle');
    expect(chooseRendererSource(false, 'not a url').kind).toBe('bundle');
  });

  it('trusts only the bundle origin when showing the bundle', () => {
    expect(allowedOriginsFor({ kind: 'bundle', url: APP_ENTRY_URL })).toEqual(['app://bundle']);
  });

  it('also trusts the dev server origin, port included, during development', () => {
    expect(allowedOriginsFor(chooseRendererSource(false, 'http://localhost:5173/'))).toEqual([
      'app://bundle',
      'http://localhost:5173',
    ]);
  });
});

describe('origins of URLs', () => {
  it('are built from scheme and host for app: URLs, which Node reports as opaque', () => {
    expect(originOf('app://bundle/index.html#/trips')).toBe('app://bundle');
  });

  it('are null for URLs without a host or that do not parse', () => {
    expect(originOf('mailto:someone@example.org')).toBeNull();
    expect(originOf('::')).toBeNull();
  });

  it('match only the exact scheme, host and port', () => {
    const allowed = ['app://bundle', 'http://localhost:5173'];
    expect(isOnAllowedOrigin('app://bundle/assets/index.js', allowed)).toBe(true);
    expect(isOnAllowedOrigin('http://localhost:5173/src/main.tsx', allowed)).toBe(true);
    expect(isOnAllowedOrigin('http://localhost:5174/', allowed)).toBe(false);
    expect(isOnAllowedOrigin('app://bundle.evil.example/', allowed)).toBe(false);
    expect(isOnAllowedOrigin('app://other/index.html', allowed)).toBe(false);
    expect(isOnAllowedOrigin('https://bundle/', allowed)).toBe(false);
  });

  it('are not fooled by credentials that spell the app origin', () => {
    expect(isOnAllowedOrigin('https://app:bundle@evil.example/', ['app://bundle'])).toBe(false);
    expect(isOnAllowedOrigin('http://localhost:5173@evil.example/', ['http://localhost:5173'])).toBe(false);
  });
});
