/**
 * The briefing book as a delegate holds it: built from the sample trip, printed to PDF by Chromium, and read back
 * with poppler's pdftotext, as a person would read the paper.
 */
import { expect, test } from './fixtures';
import { pdfPages } from './pdf';
import { openBook } from './steps';

test('a delegate who joins in Beijing gets a book of their part of the trip, with nobody else’s personal data', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await expect(page.getByRole('heading', { name: 'Liverpool City Region trade mission to China' })).toBeVisible();

  await openBook(page, 'Fiona Gallagher (Delegate)', /^Delegate’s/);
  await expect(page.getByRole('heading', { name: 'Day by day', exact: true })).toBeVisible();
  const pages = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const text = pages.join('\n');

  expect(pages.length).toBeGreaterThan(3);
  // The contents give each part's page, as laid out.
  const hotelsPage = /Hotels · (\d+)/.exec(pages[0]!)?.[1];
  expect(hotelsPage).toBeDefined();
  expect(pages[Number(hotelsPage) - 1]).toMatch(/^Hotels$/m);
  expect(text).toContain('For Fiona Gallagher');
  // Her engagements' objectives, and not those of the cities before she joins.
  expect(text).toContain('Explore a soft-landing programme');
  expect(text).not.toContain('Thank Kunming for its delegation');
  // The Beijing hotel in Chinese, with its taxi card in the driver's language too.
  expect(text).toContain('北京市朝阳区建国门外大街22号');
  expect(text).toContain('请带我去');
  expect(text).toContain('Please take me to');
  // Who to call: the embassy in Beijing.
  expect(text).toMatch(/British Embassy Beijing[\s\S]*Phone \+86/);
  expect(text).toContain('Emergency numbers: police 110 · ambulance 120 · fire 119');
  // Nobody else's phone or dietary need.
  expect(text).not.toContain('+44 7700 900210');
  expect(text).not.toContain('Peanut');
  expect(text).not.toContain('Meals and dietary needs');
  // The running head and the page numbers.
  expect(pages[1]).toContain('Liverpool City Region trade mission to China');
  expect(pages[1]).toMatch(/\b2 \/ \d+\b/);
  // As many sheets as the book has pages: no blank one after the last.
  expect(pages.at(-1)).toContain(`${pages.length} / ${pages.length}`);
});

test('the organiser’s edition holds the meals’ dietary needs by name and marks what is missing', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await expect(page.getByRole('heading', { name: 'Liverpool City Region trade mission to China' })).toBeVisible();
  // A meeting left without objectives: the book still prints, and only the organiser's edition says so.
  await page.getByRole('tab', { name: 'Programme' }).click();
  await page.getByRole('link', { name: 'Meeting with the Qingdao Municipal Bureau of Commerce' }).click();
  await page.getByRole('button', { name: 'Edit engagement' }).click();
  const editing = page.getByRole('dialog', { name: 'Edit engagement' });
  await editing.getByRole('textbox', { name: 'Objectives' }).fill('');
  await editing.getByRole('button', { name: 'Save engagement' }).click();
  await expect(editing).toBeHidden();

  await openBook(page, 'The whole delegation', /^Organiser’s/, ['Care and documents', 'Meals and dietary needs']);
  await expect(page.getByRole('heading', { name: 'Meals and dietary needs' })).toBeVisible();
  const text = pdfPages(await page.pdf({ preferCSSPageSize: true })).join('\n');
  expect(text).toContain('Organiser’s edition');
  expect(text).toMatch(/Chris Ng: Peanut and tree nut allergy/);
  expect(text).toContain('+44 7700 900210');
  // What the organiser needs to hand when something goes wrong.
  expect(text).toContain('Care and documents');
  expect(text.replace(/\s+/g, ' ')).toContain('walks with a stick on long site visits');
  // Once, for the Qingdao meeting: the free afternoon in Shanghai needs none.
  expect(text.match(/Missing: no objectives entered/g)).toHaveLength(1);

  // The delegate's edition of the same plan marks nothing.
  await page.getByRole('link', { name: 'Back to the trip' }).click();
  await openBook(page, 'Daniel Kerr (Delegate)', /^Delegate’s/);
  const delegates = pdfPages(await page.pdf({ preferCSSPageSize: true })).join('\n');
  expect(delegates).toContain('Meeting with the Qingdao Municipal Bureau of Commerce');
  expect(delegates).not.toContain('Missing:');
});

test('a host programme for a Chinese partner speaks Chinese first, with English beside it', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await expect(page.getByRole('heading', { name: 'Liverpool City Region trade mission to China' })).toBeVisible();
  await page.getByRole('button', { name: 'Briefing book' }).click();
  const dialog = page.getByRole('dialog', { name: 'Briefing book' });
  await dialog.getByRole('combobox', { name: 'Host programme for' }).click();
  await page.getByRole('option', { name: 'Zhengxin Group' }).click();
  await dialog.getByRole('button', { name: 'Show the host programme' }).click();
  await expect(page.getByRole('heading', { name: /正信集团/, level: 1 })).toBeVisible();

  // Lines run as the page wraps them: read as one run of words.
  const text = pdfPages(await page.pdf({ preferCSSPageSize: true })).join('\n').replace(/\s+/g, ' ');
  expect(text).toContain('访问日程');
  expect(text).toMatch(/来访人员\s+Who comes/);
  expect(text).toContain('Sensor City – Zhengxin Group MoU signing ceremony');
  expect(text).toContain('10:00–11:00 Saturday, 12 November 2016');
  expect(text).toContain('Joe Anderson');
  expect(text).toMatch(/代表团联系人\s+Contact for the delegation/);
  expect(text).toContain('Ellen Cutler');
  // Who comes, never what they eat or how to reach them privately.
  expect(text).not.toContain('Peanut');
  expect(text).not.toContain('+44 7700 900210');
});
