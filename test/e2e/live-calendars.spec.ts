/**
 * Live calendars, as an organiser uses them, against a real CalDAV server (Debian's Radicale, started by the
 * test on 127.0.0.1 with the CORS headers the browser build needs): Settings → Calendar server, a wrong
 * password first, then the right one; Calendars → Publish changes → every calendar *Published*; an engagement
 * moved in its form → *Changes not yet published (1)* for those who attend it, the others still *Published*;
 * publish again → *Published*. Then the delegate's calendar is read back from the server, as a phone would,
 * and parsed: the moved engagement is there once, at its new local time.
 *
 * Publishing by itself once switched on: after an edit, and when the computer comes back online; a change
 * someone made on the server reported, and published over only when the organiser asks. And the same section
 * and states in Chinese.
 */
import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import { listCollection, putOnServer, readFromServer, startRadicale, type Credentials, type Radicale } from '../support/radicale';
import { expectNoEnglish } from './chinese-text';
import { expect, forgetExpectedErrors, test } from './fixtures';

const TRIP = 'Liverpool City Region trade mission to China';
const MOU = 'Sensor City – Zhengxin Group MoU signing ceremony';
const USER = 'delegation';
const PASSWORD = 'planner-secret';
const credentials: Credentials = { username: USER, password: PASSWORD };
/** The page's origin, which Radicale must allow (see playwright.config.ts). */
const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

/** Publishing every calendar of the sample trip (some 800 events, each its own request) to a local Radicale. */
const PUBLISHING = { timeout: 360_000 };
/** Testing an account: a few requests (and Radicale's pause after a wrong password). */
const TESTING = { timeout: 30_000 };

/**
 * What Chromium logs by itself, as console errors, for answers the app expects: the 401 of the wrong password
 * tried on purpose, and tsdav's look at /.well-known/caldav, which Radicale answers with a redirect that a
 * browser may not follow across CORS (tsdav then asks the address it was given, which answers).
 */
const EXPECTED_NETWORK_ERRORS = [
  /^Failed to load resource: the server responded with a status of 401 \(Unauthorized\)$/,
  /^Access to fetch at 'http:\/\/127\.0\.0\.1:\d+\/\.well-known\/caldav' from origin '[^']+' has been blocked by CORS policy: Response to preflight request doesn't pass access control check: Redirect is not allowed for a preflight request\.$/,
  /^Failed to load resource: net::ERR_FAILED$/,
];

/** The 412 of an event changed on the server, written to with the ETag the app last saw. */
const CHANGED_ON_SERVER = /^Failed to load resource: the server responded with a status of 412 \(Precondition Failed\)$/;
/** What the page loads while the browser is offline on purpose (its icon, on each change of screen). */
const OFFLINE = /^Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/;

function forgetExpectedNetworkErrors(errors: string[], alsoExpected: readonly RegExp[] = []): void {
  forgetExpectedErrors(errors, [...EXPECTED_NETWORK_ERRORS, ...alsoExpected]);
}

/** A Radicale of this test's own, so that no other test's calendars are on it. */
const withServer = test.extend<{ radicale: Radicale }>({
  // Playwright reads the fixtures a fixture needs from its first argument's pattern: this one needs none.
  // eslint-disable-next-line no-empty-pattern
  radicale: async ({}, use) => {
    const radicale = await startRadicale({ users: { [USER]: PASSWORD }, corsOrigin: ORIGIN });
    try {
      await use(radicale);
    } finally {
      await radicale.dispose();
    }
  },
});

type Event = InstanceType<typeof ICAL.Event>;

/** The calendars in the user's calendar home, by display name, as a CalDAV client finds them (PROPFIND). */
async function calendarsOnServer(radicale: Radicale): Promise<Map<string, string>> {
  const home = radicale.homeUrl(USER);
  const response = await fetch(home, {
    method: 'PROPFIND',
    headers: {
      authorization: `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`,
      depth: '1',
      'content-type': 'application/xml; charset=utf-8',
    },
    body: '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:displayname/></d:prop></d:propfind>',
  });
  expect(response.status).toBe(207);
  const found = new Map<string, string>();
  for (const [, part] of (await response.text()).matchAll(/<(?:\w+:)?response\b[^>]*>([\s\S]*?)<\/(?:\w+:)?response>/g)) {
    const href = /<(?:\w+:)?href>([^<]*)</.exec(part ?? '')?.[1];
    const name = /<(?:\w+:)?displayname>([^<]*)</.exec(part ?? '')?.[1];
    if (href && name) found.set(name.replace(/&amp;/g, '&'), new URL(href, home).href);
  }
  return found;
}

/** Every event of a calendar on the server, each resource read and parsed as a phone's client would. */
async function eventsOnServer(collection: string): Promise<Event[]> {
  const resources = await listCollection(collection, credentials);
  if (!resources) throw new Error(`No calendar at ${collection}`);
  const texts = await Promise.all(resources.map((resource) => readFromServer(resource.href, credentials)));
  return texts.flatMap((text) =>
    new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)),
  );
}

async function connect(page: Page, radicale: Radicale) {
  const card = page.getByRole('region', { name: 'Calendar server' });
  await card.getByRole('textbox', { name: 'Server address' }).fill(radicale.url);
  await card.getByRole('textbox', { name: 'User name' }).fill(USER);

  // A wrong password first: nothing is kept, and the message says what is wrong and where.
  await card.getByLabel('Password or app password').fill('not-the-password');
  await card.getByLabel('Password or app password').press('Enter');
  await expect(card.getByRole('alert')).toContainText(`The user name or password is wrong for ${radicale.url}`, TESTING);
  await expect(card.getByText(/^Connected as/)).toBeHidden();

  await card.getByLabel('Password or app password').fill(PASSWORD);
  await card.getByRole('button', { name: 'Test and save' }).click();
  await expect(card.getByText(`Connected as ${USER}`)).toBeVisible(TESTING);
  await expect(card.getByText('Password kept until the browser is closed.')).toBeVisible();
  await expect(card.getByRole('alert')).toBeHidden();
}

async function moveEngagement(page: Page, title: string, starts: string) {
  await page.getByRole('tab', { name: 'Programme' }).click();
  await page.getByRole('link', { name: title }).first().click();
  await page.getByRole('button', { name: 'Edit engagement' }).click();
  const editing = page.getByRole('dialog', { name: 'Edit engagement' });
  await editing.getByLabel('Starts').fill(starts);
  await editing.getByRole('button', { name: 'Save engagement' }).click();
  await expect(editing).toBeHidden();
}

withServer(
  'an organiser connects the agency’s calendar server, publishes, moves an engagement and publishes the change; the phone’s calendar has the new time',
  async ({ page, radicale, consoleErrors }) => {
    test.setTimeout(900_000);
    await page.goto('/');
    await page.getByRole('button', { name: 'Load sample trip' }).click();
    await expect(page.getByRole('heading', { name: TRIP })).toBeVisible();

    // Without an account the tab says where to connect one.
    await page.getByRole('tab', { name: 'Calendars' }).click();
    const live = page.getByRole('region', { name: 'Live calendars' });
    await live.getByRole('link', { name: 'Connect in Settings' }).click();
    await connect(page, radicale);
    await page.goBack();
    await expect(live).toContainText(`Published to ${radicale.url} as ${USER}.`);
    await expect(live).toContainText('21 calendars have changes not yet published.');
    const table = page.getByRole('table', { name: 'Calendars of the people on this trip' });
    const aisha = table.getByRole('row', { name: /Aisha Rahman/ });
    await expect(aisha).toContainText('Not published yet');

    await live.getByRole('button', { name: 'Publish changes' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Calendars published' })).toContainText(
      /Published 21 calendars, sent \d+ changes\./,
      PUBLISHING,
    );
    await expect(live.getByText('Published', { exact: true })).toBeVisible();
    await expect(live).toContainText('Every calendar is published: nothing to publish.');
    await expect(live.getByRole('button', { name: 'Publish changes' })).toBeDisabled();
    const rows = table.getByRole('row').filter({ has: page.getByRole('link') });
    await expect(rows).toHaveCount(20);
    await expect(rows.filter({ hasText: /Published/ })).toHaveCount(20);

    const calendars = await calendarsOnServer(radicale);
    const aishaCalendar = calendars.get(`${TRIP} – Aisha Rahman`);
    expect(aishaCalendar, [...calendars.keys()].join('\n')).toBeDefined();
    const before = await eventsOnServer(aishaCalendar!);
    const mouBefore = before.filter((event) => event.summary === MOU);
    expect(mouBefore).toHaveLength(1);
    expect(mouBefore[0]!.startDate.toJSDate().toISOString()).toBe('2016-11-12T02:00:00.000Z');

    // The signing moves to 10:30, in its form; only those who attend it have a change to publish.
    await moveEngagement(page, MOU, '10:30');
    await page.getByRole('tab', { name: 'Calendars' }).click();
    await expect(aisha).toContainText('Changes not yet published (1)');
    await expect(live.getByText('Changes not yet published (1)', { exact: true })).toBeVisible();
    const changed = await rows.filter({ hasText: 'Changes not yet published (1)' }).count();
    expect(changed).toBeGreaterThan(0);
    expect(changed).toBeLessThan(20);
    await expect(rows.filter({ hasText: /Published/ })).toHaveCount(20 - changed);
    await expect(live).toContainText(`${changed + 1} calendars have changes not yet published.`);

    await live.getByRole('button', { name: 'Publish changes' }).click();
    await expect(page.getByRole('alert').filter({ hasText: `Published ${changed + 1} calendars` })).toContainText(
      `Published ${changed + 1} calendars, sent ${changed + 1} changes.`,
      PUBLISHING,
    );
    await expect(aisha).toContainText('Published');
    await expect(rows.filter({ hasText: /Published/ })).toHaveCount(20);
    await expect(live.getByText('Published', { exact: true })).toBeVisible();

    // Read back as a phone would: the same event, once, at 10:30 in Tianjin (02:30Z).
    const after = await eventsOnServer(aishaCalendar!);
    const moved = after.filter((event) => event.summary === MOU);
    expect(moved).toHaveLength(1);
    expect(moved[0]!.uid).toBe(mouBefore[0]!.uid);
    expect(moved[0]!.startDate.toJSDate().toISOString()).toBe('2016-11-12T02:30:00.000Z');
    expect(moved[0]!.endDate.toJSDate().toISOString()).toBe('2016-11-12T03:30:00.000Z');
    expect(after.map((event) => event.uid).sort()).toEqual(before.map((event) => event.uid).sort());
    forgetExpectedNetworkErrors(consoleErrors);
  },
);

withServer(
  'switched on, changes publish themselves after an edit and when back online; a change made on the server is reported and published over only when asked',
  async ({ page, radicale, consoleErrors }) => {
    test.setTimeout(900_000);
    const trip = '深圳市赴北美、欧洲和以色列科技创新交流团';
    const launch = '深圳（旧金山）海外创新中心揭牌仪式';
    await page.goto('/');
    await page.getByRole('button', { name: 'Load the Shenzhen delegation sample' }).click();
    await expect(page.getByRole('heading', { name: trip })).toBeVisible();
    await page.getByRole('tab', { name: 'Calendars' }).click();
    const live = page.getByRole('region', { name: 'Live calendars' });
    await live.getByRole('link', { name: 'Connect in Settings' }).click();
    await connect(page, radicale);
    const automatic = page.getByRole('switch', { name: 'Publish changes automatically when online' });
    await automatic.click();
    await expect(automatic).toBeChecked();
    await page.goBack();
    await expect(live).toContainText('Changes are published automatically a few seconds after you stop editing.');

    // The first publish is asked for; after it, changes go by themselves.
    await live.getByRole('button', { name: 'Publish changes' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Calendars published' })).toBeVisible(PUBLISHING);
    const table = page.getByRole('table', { name: 'Calendars of the people on this trip' });
    const rows = table.getByRole('row').filter({ has: page.getByRole('link') });
    const people = await rows.count();
    await expect(rows.filter({ hasText: /Published/ })).toHaveCount(people);

    // Offline, an edit waits: nothing is tried, so nothing fails.
    await page.context().setOffline(true);
    await expect(live).toContainText('This computer is offline: changes wait until it is online.');
    await moveEngagement(page, launch, '10:30');
    await page.getByRole('tab', { name: 'Calendars' }).click();
    const waiting = rows.filter({ hasText: 'Changes not yet published (1)' });
    await expect(waiting.first()).toBeVisible();
    const changed = await waiting.count();
    // Longer than the wait after an edit (5 s): still waiting, not failed.
    await page.waitForTimeout(7_000);
    await expect(waiting).toHaveCount(changed);
    await expect(table.getByText(/^Failed/)).toHaveCount(0);

    // Back online, they are published without a click.
    await page.context().setOffline(false);
    await expect(page.getByRole('alert').filter({ hasText: `Changes to “${trip}” published` })).toContainText(
      `Published ${changed + 1} calendars, sent ${changed + 1} changes.`,
      PUBLISHING,
    );
    await expect(rows.filter({ hasText: /Published/ })).toHaveCount(people);

    // A colleague renames the launch in one delegate's calendar on the server.
    let theirs: { name: string; href: string; text: string } | null = null;
    for (const [name, collection] of await calendarsOnServer(radicale)) {
      if (!name.startsWith(`${trip} – `) || theirs) continue;
      for (const resource of (await listCollection(collection, credentials)) ?? []) {
        const text = (await readFromServer(resource.href, credentials)).replace(/\r\n[ \t]/g, '');
        if (text.includes(`SUMMARY:${launch}\r\n`)) theirs = { name: name.slice(trip.length + 3), href: resource.href, text };
      }
    }
    if (!theirs) throw new Error('No delegate’s calendar on the server holds the launch.');
    await putOnServer(theirs.href, theirs.text.replace(`SUMMARY:${launch}\r\n`, 'SUMMARY:Launch (moved by the host)\r\n'), credentials);

    // The launch moves again here: published by itself, but not over the colleague's change.
    await moveEngagement(page, launch, '11:00');
    await page.getByRole('tab', { name: 'Calendars' }).click();
    await expect(page.getByRole('alert').filter({ hasText: `“${trip}”: Published, but some events were changed on the server` })).toContainText(
      '1 calendar has events changed on the server by someone else: they were left as they are.',
      PUBLISHING,
    );
    const row = rows.filter({ hasText: theirs.name });
    await expect(row).toContainText('Changed on the server by someone else (1)');
    expect(await readFromServer(theirs.href, credentials)).toContain('SUMMARY:Launch (moved by the host)');

    // Published over it once the organiser has read what is lost.
    await row.getByRole('button', { name: `Publish over the changes on the server for ${theirs.name}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish over the changes on the server?' });
    await expect(dialog).toContainText(`Someone changed 1 event in ${theirs.name}’s calendar on the server since it was published from here: “${launch}”.`);
    await expect(dialog).toContainText('whatever was changed on the server is lost');
    await dialog.getByRole('button', { name: 'Publish over them' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Calendars published' })).toContainText('Published 1 calendar, sent 1 change.', PUBLISHING);
    await expect(row).toContainText('Published');
    const [event] = new ICAL.Component(ICAL.parse(await readFromServer(theirs.href, credentials)))
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent));
    expect(event!.summary).toBe(launch);
    // 11:00 in San Francisco on 6 November 2017, the day after its clocks went back: 19:00Z.
    expect(event!.startDate.toJSDate().toISOString()).toBe('2017-11-06T19:00:00.000Z');
    forgetExpectedNetworkErrors(consoleErrors, [CHANGED_ON_SERVER, OFFLINE]);
  },
);

withServer('@zh the calendar server in Settings and the live calendars’ states read in Chinese', async ({ page, radicale, consoleErrors }) => {
  test.setTimeout(900_000);
  const trip = '深圳市赴北美、欧洲和以色列科技创新交流团';
  await page.goto('/');
  await page.getByRole('button', { name: '载入深圳示例行程' }).click();
  await expect(page.getByRole('heading', { name: trip })).toBeVisible();

  await page.getByRole('tab', { name: '日历' }).click();
  const live = page.getByRole('region', { name: '实时日历' });
  await expect(live).toContainText('连接贵机构的日历服务器（CalDAV）');
  await expectNoEnglish(page, 'Calendars', [trip, 'CalDAV']);
  await live.getByRole('link', { name: '前往设置连接' }).click();
  const card = page.getByRole('region', { name: '日历服务器' });
  await card.getByRole('button', { name: '测试并保存' }).click();
  await expect(card.getByText('请输入以 https:// 或 http:// 开头的地址')).toBeVisible();
  await card.getByRole('textbox', { name: '服务器地址' }).fill(radicale.url);
  await card.getByRole('textbox', { name: '用户名' }).fill(USER);
  await card.getByLabel('密码或应用专用密码').fill('错误的密码');
  await card.getByRole('button', { name: '测试并保存' }).click();
  await expect(card.getByRole('alert')).toContainText('的用户名或密码不正确', TESTING);
  await expectNoEnglish(page, 'Settings', [radicale.url, USER, 'CalDAV', 'Nextcloud', 'Fastmail', 'Radicale', 'iCloud']);
  await card.getByLabel('密码或应用专用密码').fill(PASSWORD);
  await card.getByRole('button', { name: '测试并保存' }).click();
  await expect(card.getByText(`已以 ${USER} 身份连接`)).toBeVisible(TESTING);
  await expect(card.getByText('密码保留到关闭浏览器为止。')).toBeVisible();
  await expectNoEnglish(page, 'Settings', [radicale.url, USER, 'CalDAV', 'Nextcloud', 'Fastmail', 'Radicale', 'iCloud']);

  await page.goBack();
  await expect(live).toContainText(/\d+份日历有尚未发布的变更。/);
  await expect(live.getByText('尚未发布', { exact: true })).toBeVisible();
  await live.getByRole('button', { name: '发布变更' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '日历已发布' })).toContainText(/已发布\d+份日历，发送\d+处变更。/, PUBLISHING);
  await expect(live.getByText('已发布', { exact: true })).toBeVisible();
  await expect(live).toContainText('所有日历均已发布，没有需要发布的内容。');
  const table = page.getByRole('table', { name: '本行程人员的日历' });
  await expect(table.getByRole('columnheader', { name: '实时日历' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: '已发布' }).first()).toBeVisible();
  await expectNoEnglish(page, 'Calendars', [trip, radicale.url, USER]);
  forgetExpectedNetworkErrors(consoleErrors);
});
