/**
 * Screenshots of screens with the sample trip loaded, in a language, for looking at them (not a test):
 *
 *   npx vite preview --config vite.web.config.ts --port 4180 --strictPort &   (after npm run build:web)
 *   node scripts/look.mjs --base http://127.0.0.1:4180 --lang zh-CN --out /tmp/shots overview= route=route people=people
 *
 * Each `name=path` is a screen: a path under the sample trip (`route`, `people`, `checks`) or, starting with `/`,
 * a path of the app (`/directory`, `/backups`, `/settings`). `--full` takes whole pages; `--width`, `--height`.
 */
/* global process, console, localStorage */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const base = option('base', 'http://127.0.0.1:4180');
const language = option('lang', 'zh-CN');
const out = option('out', '/tmp/shots');
const full = args.includes('--full');
const screens = args.filter((arg) => arg.includes('=') && !arg.startsWith('--'));
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-quic', '--disable-sync', '--disable-background-networking', '--no-first-run'],
});
const page = await browser.newPage({
  viewport: { width: Number(option('width', 1400)), height: Number(option('height', 900)) },
  locale: language,
  timezoneId: 'America/Los_Angeles',
});
page.on('console', (message) => {
  if (message.type() === 'error') console.error('console error:', message.text());
});
await page.addInitScript(() => localStorage.setItem('delegation-planner:strict-catalogues', '1'));
await page.goto(`${base}/`);
await page.evaluate((lng) => localStorage.setItem('delegation-planner:language', lng), language);
await page.reload();
// The first-run screen offers the sample trip; its button is the first one that loads a sample.
await page.getByRole('button', { name: /sample|示例/i }).first().click();
await page.waitForURL(/#\/trips\/[^/]+$/);
const tripUrl = page.url();
for (const screen of screens) {
  const [name, path] = screen.split('=');
  await page.goto(path.startsWith('/') ? `${base}/#${path}` : path ? `${tripUrl}/${path}` : tripUrl);
  await page.waitForTimeout(900);
  const file = `${out}/${language}-${name}.png`;
  await page.screenshot({ path: file, fullPage: full });
  console.warn(file);
}
await browser.close();
