/**
 * Screens of the live calendars, in English and in Chinese, against a real CalDAV server (Debian's Radicale,
 * started here on 127.0.0.1 with the CORS headers the browser build needs): Settings → Calendar server with a
 * wrong password's message, then connected; the Calendars tab's live section while it publishes, after an
 * engagement moved (who has changes not yet published), and the question before publishing over a change
 * someone made on the server. Writes PNGs to docs/screenshots and docs/screenshots/zh-CN.
 */
import { test, type Page } from '@playwright/test';
import { listCollection, putOnServer, readFromServer, startRadicale, type Radicale } from '../../test/support/radicale';

const USER = 'delegation';
const PASSWORD = 'planner-secret';
const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
const LIVERPOOL = 'Liverpool City Region trade mission to China';
const MOU = 'Sensor City – Zhengxin Group MoU signing ceremony';
const SHENZHEN = '深圳市赴北美、欧洲和以色列科技创新交流团';
const LAUNCH = '深圳（旧金山）海外创新中心揭牌仪式';

async function shoot(page: Page, path: string, fullPage = false) {
  await page.mouse.move(10, 10);
  // A whole page is taken from its top, so that the fixed header is drawn there once.
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(500);
  await page.screenshot({ path, fullPage });
}

/** The page scrolled to its end: the Settings screen's last card. */
async function shootEnd(page: Page, path: string) {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await shoot(page, path);
}

/** Waits until the notifications that are up have gone, so that they hide nothing. */
async function notificationsGone(page: Page) {
  await page.mouse.move(10, 10);
  await page.getByRole('alert').last().waitFor({ state: 'hidden', timeout: 20_000 });
}

interface Words {
  settings: string;
  card: string;
  address: string;
  user: string;
  password: string;
  test: string;
  disconnect: string;
  someOnServer: string;
  calendars: string;
  live: string;
  connect: string;
  publish: string;
  published: string;
  programme: string;
  editEngagement: string;
  starts: string;
  save: string;
  overwriteFor: (name: string) => string;
  overwriteTitle: string;
}

const ENGLISH: Words = {
  settings: 'Settings',
  card: 'Calendar server',
  address: 'Server address',
  user: 'User name',
  password: 'Password or app password',
  test: 'Test and save',
  disconnect: 'Disconnect',
  someOnServer: 'Published, but some events were changed on the server',
  calendars: 'Calendars',
  live: 'Live calendars',
  connect: 'Connect in Settings',
  publish: 'Publish changes',
  published: 'Calendars published',
  programme: 'Programme',
  editEngagement: 'Edit engagement',
  starts: 'Starts',
  save: 'Save engagement',
  overwriteFor: (name) => `Publish over the changes on the server for ${name}`,
  overwriteTitle: 'Publish over the changes on the server?',
};

const CHINESE: Words = {
  settings: '设置',
  card: '日历服务器',
  address: '服务器地址',
  user: '用户名',
  password: '密码或应用专用密码',
  test: '测试并保存',
  disconnect: '断开连接',
  someOnServer: '已发布，但有些事件已在服务器上被修改',
  calendars: '日历',
  live: '实时日历',
  connect: '前往设置连接',
  publish: '发布变更',
  published: '日历已发布',
  programme: '日程',
  editEngagement: '编辑活动',
  starts: '开始',
  save: '保存活动',
  overwriteFor: (name) => `覆盖服务器上${name}日历的修改`,
  overwriteTitle: '覆盖服务器上的修改？',
};

/** The calendars tab → Settings: a wrong password first, then the right one; back to the tab. */
async function connect(page: Page, words: Words, radicale: Radicale, out: string) {
  await page.getByRole('tab', { name: words.calendars }).click();
  const live = page.getByRole('region', { name: words.live });
  await live.waitFor();
  await shoot(page, `${out}/calendars-live-none.png`);
  await live.getByRole('link', { name: words.connect }).click();
  const card = page.getByRole('region', { name: words.card });
  await card.getByRole('textbox', { name: words.address }).fill(radicale.url);
  await card.getByRole('textbox', { name: words.user }).fill(USER);
  await card.getByLabel(words.password).fill('not-the-password');
  await card.getByRole('button', { name: words.test }).click();
  await card.getByRole('alert').waitFor();
  await shootEnd(page, `${out}/settings-calendar-server-problem.png`);
  await card.getByLabel(words.password).fill(PASSWORD);
  await card.getByRole('button', { name: words.test }).click();
  await card.getByRole('button', { name: words.disconnect }).waitFor();
  await notificationsGone(page);
  await shootEnd(page, `${out}/settings-calendar-server.png`);
  await page.goBack();
  return live;
}

async function moveEngagement(page: Page, words: Words, title: string, starts: string) {
  await page.getByRole('tab', { name: words.programme }).click();
  await page.getByRole('link', { name: title }).first().click();
  await page.getByRole('button', { name: words.editEngagement }).click();
  const editing = page.getByRole('dialog', { name: words.editEngagement });
  await editing.getByLabel(words.starts).fill(starts);
  await editing.getByRole('button', { name: words.save }).click();
  await editing.waitFor({ state: 'hidden' });
  await page.getByRole('tab', { name: words.calendars }).click();
}

/** Someone else renames an event in the first delegate's calendar that holds it, on the server. */
async function changeOnServer(radicale: Radicale, trip: string, summary: string): Promise<string> {
  const credentials = { username: USER, password: PASSWORD };
  const home = radicale.homeUrl(USER);
  const response = await fetch(home, {
    method: 'PROPFIND',
    headers: { authorization: `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`, depth: '1' },
    body: '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:displayname/></d:prop></d:propfind>',
  });
  for (const [, part] of (await response.text()).matchAll(/<(?:\w+:)?response\b[^>]*>([\s\S]*?)<\/(?:\w+:)?response>/g)) {
    const href = /<(?:\w+:)?href>([^<]*)</.exec(part ?? '')?.[1];
    const name = /<(?:\w+:)?displayname>([^<]*)</.exec(part ?? '')?.[1]?.replace(/&amp;/g, '&');
    if (!href || !name?.startsWith(`${trip} – `)) continue;
    for (const resource of (await listCollection(new URL(href, home).href, credentials)) ?? []) {
      const text = (await readFromServer(resource.href, credentials)).replace(/\r\n[ \t]/g, '');
      if (!text.includes(`SUMMARY:${summary}\r\n`)) continue;
      await putOnServer(resource.href, text.replace(`SUMMARY:${summary}\r\n`, 'SUMMARY:Moved by the host\r\n'), credentials);
      return name.slice(trip.length + 3);
    }
  }
  throw new Error(`No calendar on the server holds ${summary}`);
}

async function liveCalendars(page: Page, words: Words, sample: string, trip: string, engagement: string, out: string) {
  test.setTimeout(600_000);
  const radicale = await startRadicale({ users: { [USER]: PASSWORD }, corsOrigin: ORIGIN });
  try {
    await page.goto('/');
    await page.getByRole('button', { name: sample }).click();
    await page.getByRole('heading', { name: trip }).waitFor();
    const live = await connect(page, words, radicale, out);

    await live.getByRole('button', { name: words.publish }).click();
    await live.getByRole('status').waitFor();
    await page.waitForTimeout(1_500);
    await shoot(page, `${out}/calendars-live-publishing.png`);
    await page.getByRole('alert').filter({ hasText: words.published }).waitFor({ timeout: 300_000 });
    await shoot(page, `${out}/calendars-live-published.png`);

    // One delegate's copy is changed on the server by someone else; then the engagement moves here.
    const name = await changeOnServer(radicale, trip, engagement);
    await moveEngagement(page, words, engagement, '10:30');
    await notificationsGone(page);
    await shoot(page, `${out}/calendars-live-changes.png`, true);

    // Published, but not over that change.
    await live.getByRole('button', { name: words.publish }).click();
    await page.getByRole('alert').filter({ hasText: words.someOnServer }).waitFor({ timeout: 120_000 });
    await shoot(page, `${out}/calendars-live-conflict-notice.png`);
    await notificationsGone(page);
    await shoot(page, `${out}/calendars-live-conflict.png`, true);
    await page.getByRole('button', { name: words.overwriteFor(name) }).click();
    await page.getByRole('dialog', { name: words.overwriteTitle }).waitFor();
    await shoot(page, `${out}/calendars-live-overwrite.png`);
  } finally {
    await radicale.dispose();
  }
}

test('screens of the live calendars', async ({ page }) => {
  await liveCalendars(page, ENGLISH, 'Load sample trip', LIVERPOOL, MOU, 'docs/screenshots');
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  test('screens of the live calendars in Chinese @zh', async ({ page }) => {
    await liveCalendars(page, CHINESE, '载入深圳示例行程', SHENZHEN, LAUNCH, 'docs/screenshots/zh-CN');
  });
});
