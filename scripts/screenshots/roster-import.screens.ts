/**
 * The roster import's preview, in English and in Chinese, for the README and for looking at it: a partner's
 * registration form saved by Excel on Windows (Windows-1252, semicolons, title and first and last names in
 * their own columns), whose dates read either way and one of whose rows cannot be read. The preview says how
 * the file was read, asks how its dates are written, and lists the rows it will leave out.
 * `E2E_PORT=<port> npx playwright test --config playwright.screenshots.config.ts scripts/screenshots/roster-import.screens.ts`
 * (after `npm run build:web`) writes docs/screenshots/roster-import.png and docs/screenshots/zh-CN/roster-import.png.
 */
import { test, type Page } from '@playwright/test';

const FORM = [
  'Title;First name;Last name;E-mail;Organisation;Gender;Date of birth;Nationality;Passport No.;Passport expiry',
  'Ms;Siobhán;Ó Briain;siobhan.obriain@enterprise-ireland.example;Enterprise Ireland;F;03/04/1980;Irish;PD9182734;11/02/2031',
  'Mr;José;Müller;jose.mueller@fraunhofer.example;Fraunhofer IPT;M;11/02/1985;German;C4F7K9L2M;06/07/2030',
  'Dr;Zoë;Brontë;zoe.bronte@leeds.example;University of Leeds;F;06/07/1990;British;561234987;09/10/2033',
  'Mr;François;Lefèvre;francois.lefevre@bpifrance.example;Bpifrance;M;9th Oct 1972;French;19AB12345;03/04/2029',
  'Ms;Ana;Núñez;ana.nunez@;ICEX;F;05/08/1983;Spanish;PAA123456;12/12/2032',
  'Mr;Søren;Ærø;soren.aero@dtu.example;DTU;M;01/02/1977;Danish;208811234;02/01/2031',
].join('\r\n');

/** As Excel on a Western European Windows saves it: every letter here is one Windows-1252 byte. */
const file = { name: 'partner-registration.csv', mimeType: 'text/csv', buffer: Buffer.from(`${FORM}\r\n`, 'latin1') };

async function shootPreview(page: Page, words: { importCsv: string; choose: string; dialog: string }, path: string) {
  await page.setViewportSize({ width: 1400, height: 1700 });
  await page.getByRole('button', { name: words.importCsv }).first().click();
  const dialog = page.getByRole('dialog', { name: words.dialog });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: words.choose }).click();
  await (await chooser).setFiles(file);
  await dialog.getByRole('radiogroup').waitFor();
  await page.waitForTimeout(500);
  await dialog.screenshot({ path });
}

test.describe('in English', () => {
  test('the roster import preview', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Load sample trip' }).click();
    await page.getByRole('tab', { name: 'People' }).click();
    await shootPreview(page, { importCsv: 'Import CSV', choose: 'Choose a CSV file', dialog: 'Import a roster from CSV' }, 'docs/screenshots/roster-import.png');
  });
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  test('the roster import preview @zh', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '载入深圳示例行程' }).click();
    await page.getByRole('tab', { name: '人员' }).click();
    await shootPreview(page, { importCsv: '导入 CSV', choose: '选择 CSV 文件', dialog: '从 CSV 导入人员名单' }, 'docs/screenshots/zh-CN/roster-import.png');
  });
});
