/**
 * Screens of people's passports and the invitation-letter list, in English and in Chinese: the person form, the
 * person page with its passport details masked, and the invitation-list dialog. `npx playwright test --config
 * playwright.screenshots.config.ts scripts/screenshots/people-passport.screens.ts` after `npm run build:web`.
 * Writes docs/screenshots/person-passport.png and invitation-list.png (for the README) and the rest beside them.
 */
import { test, type Page } from '@playwright/test';

/** The dialog whole: a tall window for the moment, so that nothing of the form is scrolled out of sight. */
async function shootDialog(page: Page, path: string) {
  await page.setViewportSize({ width: 1400, height: 2000 });
  await page.waitForTimeout(500);
  await page.getByRole('dialog').first().screenshot({ path });
  await page.setViewportSize({ width: 1400, height: 900 });
}

async function shoot(page: Page, path: string, fullPage = false) {
  for (let tries = 0; tries < 30 && (await page.locator('.mantine-Notification-root').count()) > 0; tries++) {
    await page.waitForTimeout(500);
  }
  await page.waitForTimeout(500);
  await page.screenshot({ path, fullPage });
}

test.describe('in English', () => {
  test('screens of passports and the invitation-letter list', async ({ page }) => {
    test.setTimeout(120_000);
    const out = 'docs/screenshots';
    await page.goto('/');
    await page.getByRole('button', { name: 'Load sample trip' }).click();
    await page.getByRole('heading', { name: 'Liverpool City Region trade mission to China' }).waitFor();
    await page.getByRole('tab', { name: 'People' }).click();
    await page.getByRole('table', { name: 'People on this trip' }).waitFor();
    await shoot(page, `${out}/roster-names-to-confirm.png`);

    await page.getByRole('link', { name: 'Meilin Zhang' }).click();
    await page.getByRole('heading', { name: 'Programme for Meilin Zhang' }).waitFor();
    await shoot(page, `${out}/person-passport.png`);

    await page.getByRole('button', { name: 'Edit details' }).click();
    await page.getByRole('dialog', { name: 'Edit Meilin Zhang' }).waitFor();
    await shootDialog(page, `${out}/person-form-passport.png`);
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: 'People' }).first().click();
    await page.getByRole('button', { name: 'Invitation-letter list' }).click();
    await page.getByRole('dialog', { name: 'Invitation-letter list' }).waitFor();
    await shoot(page, `${out}/invitation-list.png`);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Briefing book' }).click();
    await page.getByRole('dialog', { name: 'Briefing book' }).getByRole('checkbox', { name: 'Include passport details' }).waitFor();
    await shootDialog(page, `${out}/book-options-passport.png`);
    // Daniel Kerr's own book, with his passport in the contacts in emergencies.
    const options = page.getByRole('dialog', { name: 'Briefing book' });
    await options.getByRole('combobox', { name: 'Whose book' }).click();
    await page.getByRole('option', { name: 'Daniel Kerr (Delegate)' }).click();
    for (const part of ['Cover', 'The route at a glance', 'Who’s who', 'Day by day', 'Hotels', 'Travel']) {
      await options.getByRole('checkbox', { name: part }).uncheck();
    }
    await options.getByRole('checkbox', { name: 'Include passport details' }).check();
    await options.getByRole('button', { name: 'Show the book' }).click();
    const yourPassport = page.getByRole('heading', { name: 'Your passport' }).filter({ visible: true }).first();
    await yourPassport.scrollIntoViewIfNeeded();
    await shoot(page, `${out}/book-your-passport.png`);
    await page.getByRole('link', { name: 'Back to the trip' }).click();

    await page.getByRole('link', { name: 'Backups', exact: true }).click();
    await page.getByText('A backup file holds everyone’s passport numbers').waitFor();
    await shoot(page, `${out}/backups-passport-warning.png`);
  });
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });

  test('screens of passports and the invitation-letter list @zh', async ({ page }) => {
    test.setTimeout(120_000);
    const out = 'docs/screenshots/zh-CN';
    await page.goto('/');
    await page.getByRole('button', { name: '载入利物浦示例行程' }).click();
    await page.getByRole('heading', { name: 'Liverpool City Region trade mission to China' }).waitFor();
    await page.getByRole('tab', { name: '人员' }).click();
    await page.getByRole('link', { name: 'Meilin Zhang' }).click();
    await page.getByRole('heading', { name: /Meilin Zhang/ }).first().waitFor();
    await shoot(page, `${out}/person-passport.png`);

    await page.getByRole('button', { name: '编辑信息' }).click();
    await page.getByRole('dialog').first().waitFor();
    await shootDialog(page, `${out}/person-form-passport.png`);
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: '人员' }).first().click();
    await page.getByRole('button', { name: '邀请函名单' }).click();
    await page.getByRole('dialog', { name: '邀请函名单' }).waitFor();
    await shoot(page, `${out}/invitation-list.png`);
  });
});
