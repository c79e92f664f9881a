import { defineConfig, devices } from '@playwright/test';

/**
 * The e2e suite drives the web build of the renderer (served by `vite preview`) in Debian's Chromium.
 * PLAYWRIGHT_CHROMIUM_PATH points elsewhere (for example at Playwright's own browser) on other machines.
 */
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';
/** E2E_PORT lets two working copies on one machine run their suites at once without sharing a server. */
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  // Two workers on a shared CI machine: give the page a little longer than the default five seconds.
  expect: { timeout: 10_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1400, height: 900 },
    timezoneId: 'America/Los_Angeles',
    locale: 'en-GB',
    // A failed test's trace keeps its actions, console, network and page snapshots, but not the filmstrip of
    // screenshots: taking one at every paint more than doubled the time of a test here (route.spec.ts: 1.6 min
    // against 52 s). The screenshot at the failure is still kept.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: ['--disable-gpu', '--disable-quic', '--disable-sync', '--disable-background-networking', '--no-first-run'],
    },
  },
  // The whole suite under British English; the time fields again under US English, whose 12-hour clock the
  // browser's own time control would follow; the Chinese journeys under a Chinese browser, which the app
  // follows on first run.
  projects: [
    { name: 'en-GB', grepInvert: /@zh/ },
    { name: 'en-US', use: { locale: 'en-US' }, grep: /@time-fields/ },
    { name: 'zh-CN', use: { locale: 'zh-CN', timezoneId: 'Asia/Shanghai' }, grep: /@zh/ },
  ],
  // The same build twice, on two ports: two origins, so two organisers' computers (each its own database and
  // storage) in one test, as the team-sync test needs (SECOND_ORIGIN in test/e2e/team-sync.spec.ts).
  webServer: [port, port + 1].map((at) => ({
    command: `npx vite preview --config vite.web.config.ts --port ${at} --strictPort`,
    url: `http://127.0.0.1:${at}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  })),
});
