/**
 * An organiser builds the Liverpool mission's six-city route from an empty database, typing as a person
 * does, and reads the programme: local times where things happen, home (London) times beside them. The
 * browser runs in Los Angeles time, so nothing here can pass by reading the machine's zone.
 */
import { expect, test } from './fixtures';
import { addCity, addHotel, addJourney, fillDate, text } from './steps';

test('the six-city route is built by typing, and the programme shows local and home times', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'New trip' }).click();
  const tripForm = page.getByRole('dialog', { name: 'New trip' });
  await text(tripForm, /^Name/).fill('Liverpool City Region trade mission to China');
  await fillDate(tripForm, 'Start date', '5 Nov 2016');
  await fillDate(tripForm, 'End date', '19 Nov 2016');
  await tripForm.getByRole('combobox', { name: 'Home city' }).fill('Liverpool');
  await page.getByRole('option', { name: /^Liverpool.*United Kingdom/ }).click();
  await expect(tripForm.getByRole('combobox', { name: /^Home time zone/ })).toHaveValue('Europe/London');
  await tripForm.getByRole('button', { name: 'Create trip' }).click();

  await page.getByRole('tab', { name: 'Route' }).click();
  await addCity(page, 'Kunming', /^Kunming/, '6 Nov 2016', '9 Nov 2016');
  await addCity(page, 'Chongq', /^Chongqing/, '9 Nov 2016', '11 Nov 2016');
  await addCity(page, '天津', /^Tianjin/, '11 Nov 2016', '13 Nov 2016');
  await addCity(page, 'Beijing', /^Beijing/, '13 Nov 2016', '15 Nov 2016');
  await addCity(page, 'Qingdao', /^Qingdao/, '15 Nov 2016', '17 Nov 2016');
  await addCity(page, 'Shanghai', /^Shanghai/, '17 Nov 2016', '19 Nov 2016');

  const cities = page.getByRole('table', { name: 'Cities on the route' }).getByRole('row');
  await expect(cities).toHaveCount(6);
  await expect(cities.nth(2)).toContainText('3. Tianjin');
  await expect(cities.nth(2)).toContainText('天津');
  await expect(cities.nth(2)).toContainText('Asia/Shanghai (UTC+8)');
  await expect(page.getByText(/^13 nights without a hotel/)).toBeVisible();

  await addJourney(page, {
    from: 'Home (Liverpool)',
    to: 'Kunming',
    number: 'HU7908',
    departs: ['5 Nov 2016', '13:15'],
    arrives: ['6 Nov 2016', '13:45'],
  });
  await addJourney(page, {
    from: 'Kunming',
    to: 'Chongqing',
    number: 'MU5857',
    departs: ['9 Nov 2016', '10:20'],
    arrives: ['9 Nov 2016', '11:35'],
  });
  await addJourney(page, {
    from: 'Tianjin',
    to: 'Beijing',
    mode: 'Train',
    number: 'C2014',
    departs: ['13 Nov 2016', '10:00'],
    arrives: ['13 Nov 2016', '10:33'],
  });
  await addJourney(page, {
    from: 'Shanghai',
    to: 'Home (Liverpool)',
    number: 'MU551',
    departs: ['19 Nov 2016', '13:05'],
    arrives: ['19 Nov 2016', '17:35'],
  });
  const journeys = page.getByRole('table', { name: 'Journeys' });
  await expect(journeys.getByRole('row', { name: /HU7908/ })).toContainText('16 h 30 min');
  await expect(journeys.getByRole('row', { name: /HU7908/ })).toContainText('+1 day');
  await expect(journeys.getByRole('row', { name: /MU551/ })).toContainText('12 h 30 min');

  for (const [city, hotel, local] of [
    ['Kunming', 'Dianchi Lakeside Hotel', '滇池湖畔酒店'],
    ['Chongqing', 'Jiefangbei Riverside Hotel', '解放碑江畔酒店'],
    ['Tianjin', 'Haihe Bund Hotel', '海河外滩酒店'],
    ['Beijing', 'Jianguomen Garden Hotel', '建国门花园酒店'],
    ['Qingdao', 'May Fourth Square Seaview Hotel', '五四广场海景酒店'],
    ['Shanghai', "Jing'an Garden Hotel", '静安花园酒店'],
  ] as const) {
    await addHotel(page, city, hotel, local);
  }
  await expect(page.getByText(/without a hotel/)).toBeHidden();

  await page.getByRole('tab', { name: 'Programme' }).click();
  const day = (title: RegExp) => page.locator('.programme-day').filter({ has: page.getByRole('heading', { name: title }) });

  const leaving = day(/^Day 1 · Sat 5 Nov 2016/);
  await expect(leaving).toContainText('13:15 Liverpool');
  await expect(leaving).toContainText('arrives 13:45 local time (+1 day)');

  const arriving = day(/^Day 2 · Sun 6 Nov 2016 · Kunming/);
  await expect(arriving).toContainText('13:45 Kunming');
  await expect(arriving).toContainText('05:45 Liverpool');
  await expect(arriving).toContainText('Check in: Dianchi Lakeside Hotel');

  const travelDay = day(/^Day 5 · Wed 9 Nov 2016 · Kunming → Chongqing/);
  await expect(travelDay).toContainText('Travel day');
  await expect(travelDay).toContainText('10:20 Kunming');
  await expect(travelDay).toContainText('02:20 Liverpool');

  const home = day(/^Day 15 · Sat 19 Nov 2016 · Shanghai/);
  await expect(home).toContainText('13:05 Shanghai');
  await expect(home).toContainText('05:05 Liverpool');
  await expect(home).toContainText('arrives 17:35 local time');
});

test('the route map draws countries, cities and journeys from bundled data, asking no other host', async ({ page, baseURL }) => {
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL ?? '') && !request.url().startsWith('data:')) elsewhere.push(request.url());
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await page.getByRole('tab', { name: 'Route' }).click();
  const map = page.getByRole('img', { name: /^Route map: Liverpool, then 1 Kunming, 2 Chongqing, 3 Tianjin/ });
  await expect(map).toBeVisible();
  // Coastlines are drawn once the bundled Natural Earth data (750 kB, loaded on demand) has been read, which
  // takes seconds on a busy machine.
  await expect(page.locator('.route-map__land')).toHaveAttribute('d', /^M.{1000,}/, { timeout: 20_000 });
  await expect(page.locator('.route-map__leg')).not.toHaveCount(0);
  expect(elsewhere).toEqual([]);
});

test('moving a city’s dates offers to move its engagements, which keep their local times', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await page.getByRole('tab', { name: 'Route' }).click();
  await page.getByRole('button', { name: 'Actions for Tianjin' }).click();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Tianjin' });
  await fillDate(dialog, 'Arrival date', '12 Nov 2016');
  await fillDate(dialog, 'Departure date', '14 Nov 2016');
  await dialog.getByRole('button', { name: 'Save city' }).click();
  const offer = page.getByRole('dialog', { name: 'Move Tianjin’s engagements too?' });
  await expect(offer).toContainText('now starts 1 day later');
  await offer.getByRole('button', { name: 'Move engagements' }).click();

  await page.getByRole('tab', { name: 'Programme' }).click();
  const sunday = page.locator('.programme-day').filter({ has: page.getByRole('heading', { name: /Sun 13 Nov 2016/ }) });
  await expect(sunday).toContainText('10:00 Tianjin');
  await expect(sunday).toContainText('Sensor City – Zhengxin Group MoU signing ceremony');
  await expect(sunday).toContainText('02:00 Liverpool');
});
