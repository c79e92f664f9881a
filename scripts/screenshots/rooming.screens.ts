/**
 * The Rooming tab and a hotel's rooming list as printed, in English and in Chinese: `E2E_PORT=… npx playwright
 * test --config playwright.screenshots.config.ts scripts/screenshots/rooming.screens.ts` (after `npm run
 * build:web`). The sample trip, whose delegation is split between two Beijing hotels. The list is printed to
 * PDF by Chromium and its first page turned into a PNG with poppler's pdftoppm, so what is looked at is the
 * paper. Writes docs/screenshots/rooming*.png and docs/screenshots/zh-CN/rooming*.png.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, type Page } from '@playwright/test';

async function shoot(page: Page, file: string, fullPage = false) {
  // Notifications (the sample loaded) are gone before a screen is taken.
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
  await page.waitForTimeout(500);
  await page.screenshot({ path: file, fullPage });
}

/** Prints the page to PDF and keeps its first sheet as `file`. */
async function printFirstPage(page: Page, file: string) {
  const folder = path.dirname(file);
  mkdirSync(folder, { recursive: true });
  const pdf = `${file}.pdf`;
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const stem = `${path.basename(file, '.png')}-tmp`;
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdf, path.join(folder, stem)]);
  const made = readdirSync(folder).find((name) => name.startsWith(stem));
  if (made) renameSync(path.join(folder, made), file);
  rmSync(pdf);
}

/** The Beijing hotels, where the delegation is split: the second's card in view under the first. */
async function beijing(page: Page, heading: RegExp) {
  await page.getByRole('heading', { name: heading }).evaluate((element) => {
    element.scrollIntoView();
    window.scrollBy(0, -90);
  });
}

test('the rooming tab and a rooming list, in English', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await page.getByRole('heading', { name: 'Liverpool City Region trade mission to China' }).waitFor();
  await page.getByRole('tab', { name: 'Rooming' }).click();
  await page.getByRole('heading', { name: 'Room-nights for the budget' }).waitFor();
  await beijing(page, /Beijing · Haidian Scholars Hotel/);
  await shoot(page, 'docs/screenshots/rooming.png');

  // The twin two delegates share, in the room form.
  await page.getByRole('button', { name: 'Actions for room 11 at Jianguomen Garden Hotel' }).click();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  await page.getByRole('dialog', { name: 'Edit a room at Jianguomen Garden Hotel' }).waitFor();
  await shoot(page, 'docs/screenshots/rooming-form.png');
  await page.keyboard.press('Escape');

  // Professor Harland's room taken away: he is listed without one, to be given one with a click.
  await page.getByRole('button', { name: 'Actions for room 1 at Haidian Scholars Hotel' }).click();
  await page.getByRole('menuitem', { name: 'Remove' }).click();
  await beijing(page, /Beijing · Haidian Scholars Hotel/);
  await page.getByRole('list', { name: 'Without a room at Haidian Scholars Hotel' }).waitFor();
  await shoot(page, 'docs/screenshots/rooming-without-room.png');
  await page.getByRole('button', { name: 'Give Professor Richard Harland a room at Haidian Scholars Hotel' }).click();

  await page.getByRole('link', { name: 'Rooming list of Jianguomen Garden Hotel' }).click();
  await page.getByRole('heading', { name: /Jianguomen Garden Hotel/ }).first().waitFor();
  await printFirstPage(page, 'docs/screenshots/rooming-list.png');
});

test('the rooming tab and a rooming list, in Chinese @zh', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByRole('button', { name: '载入利物浦示例行程' }).click();
  await page.getByRole('heading', { name: 'Liverpool City Region trade mission to China' }).waitFor();
  await page.getByRole('tab', { name: '住房' }).click();
  await page.getByRole('heading', { name: '预算用间夜数' }).waitFor();
  await beijing(page, /北京 · Haidian Scholars Hotel/);
  await shoot(page, 'docs/screenshots/zh-CN/rooming.png');
  await page.getByRole('link', { name: 'Haidian Scholars Hotel的住房名单' }).click();
  await page.getByRole('heading', { name: /海淀学苑酒店/ }).first().waitFor();
  await printFirstPage(page, 'docs/screenshots/zh-CN/rooming-list.png');
});
