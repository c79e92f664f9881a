import { defineConfig, devices } from '@playwright/test';

/**
 * `npm run bench:browser`: the app as a person meets it, at full size, in Debian's Chromium, beside raw
 * IndexedDB in the same run (test/bench-browser). Not part of `npm test`: it takes minutes and asserts no time.
 */
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 4181);

export default defineConfig({
  testDir: 'test/bench-browser',
  testMatch: /\.bench\.ts$/,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 60 * 60_000,
  expect: { timeout: 120_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1400, height: 900 },
    timezoneId: 'Europe/London',
    locale: 'en-GB',
    acceptDownloads: true,
    launchOptions: {
      executablePath,
      args: [
        '--disable-gpu',
        '--disable-quic',
        '--disable-sync',
        '--disable-background-networking',
        '--no-first-run',
        '--enable-precise-memory-info',
        '--js-flags=--expose-gc',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
