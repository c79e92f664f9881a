/**
 * The renderer's Vite settings, shared by the desktop build (electron.vite.config.ts) and the plain web
 * build (vite.web.config.ts), so that the browser tests exercise exactly the page the desktop app shows.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from '../electron/shared/content-security-policy.ts';

// electron-vite bundles this file into the project root and rewrites import.meta.url but not import.meta.dirname.
const root = fileURLToPath(new URL('..', import.meta.url));

/** Adds the Content-Security-Policy to the built page; the dev server injects inline scripts, so not there. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'delegation-planner:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export function rendererConfig(outDir: string): UserConfig {
  return {
    root: resolve(root, 'src'),
    base: './',
    plugins: [react(), contentSecurityPolicy()],
    build: {
      outDir: resolve(root, outDir),
      emptyOutDir: true,
      rollupOptions: { input: resolve(root, 'src/index.html') },
      chunkSizeWarningLimit: 2000,
    },
  };
}
