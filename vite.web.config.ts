/** The renderer as a plain web app: `npm run web` serves it, the e2e suite drives its build in Chromium. */
import { defineConfig } from 'vite';
import { rendererConfig } from './scripts/renderer-vite.ts';

const config = rendererConfig('dist-web');

export default defineConfig({
  ...config,
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
