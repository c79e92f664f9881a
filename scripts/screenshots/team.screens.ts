/**
 * The team space, in English and in Chinese: the folder's form, the passphrase that makes the space, and the
 * space open on the first organiser's computer after both organisers changed the welcome banquet's time while
 * apart (two copies of the app on two origins, a real Apache WebDAV folder). Writes docs/screenshots/team-connect.png,
 * team-passphrase.png and team-space.png, and their zh-CN counterparts.
 */
import { test, type Browser, type Page } from '@playwright/test';
import { startWebDavServer, type WebDavServer } from '../../test/support/webdav-server';

const port = Number(process.env.E2E_PORT ?? 4173);
const ORIGINS = [`http://127.0.0.1:${port}`, `http://127.0.0.1:${port + 1}`];
const USER = 'liverpool-team';
const PASSWORD = 'app-password-7f3k';
const PASSPHRASE = 'Mersey ferries cross to Birkenhead';
const BANQUET = 'Welcome banquet hosted by the Kunming Municipal Government';

const WORDS = {
  en: {
    settings: 'Settings', yourName: 'Your name', saveName: 'Save name', organisers: ['Ada Brennan', 'Ben Okafor'], trips: 'Trips',
    load: 'Load sample trip', team: 'Team', url: 'Folder address', user: 'User name', password: /^App password/, connect: 'Connect',
    passphrase: /^Passphrase( \*)?$/, again: /^Passphrase again/, create: 'Create the team space', join: 'Open the team space',
    share: 'Share Liverpool City Region trade mission to China', syncNow: 'Sync now', trip: 'Liverpool City Region trade mission to China',
    programme: 'Programme', edit: 'Edit engagement', starts: 'Starts', save: 'Save engagement', dir: 'docs/screenshots',
  },
  zh: {
    settings: '设置', yourName: '您的姓名', saveName: '保存姓名', organisers: ['李娜', '王强'], trips: '行程',
    load: '载入利物浦示例行程', team: '团队', url: '文件夹地址', user: '用户名', password: /^应用密码/, connect: '连接',
    passphrase: /^口令( \*)?$/, again: /^再次输入口令/, create: '创建团队空间', join: '打开团队空间',
    share: '共享 Liverpool City Region trade mission to China', syncNow: '立即同步', trip: 'Liverpool City Region trade mission to China',
    programme: '日程', edit: '编辑活动', starts: '开始', save: '保存活动', dir: 'docs/screenshots/zh-CN',
  },
};
type Words = (typeof WORDS)['en'];

async function organiser(page: Page, words: Words, index: number, webdav: WebDavServer, shots: boolean) {
  await page.goto('/');
  if (index === 0) {
    await page.getByRole('button', { name: words.load }).first().click();
    await page.getByRole('heading', { name: words.trip, level: 2 }).waitFor();
  }
  await page.getByRole('link', { name: words.settings }).click();
  await page.getByRole('textbox', { name: words.yourName }).fill(words.organisers[index]!);
  await page.getByRole('button', { name: words.saveName }).click();
  await page.getByRole('link', { name: words.team, exact: true }).click();
  await page.getByRole('textbox', { name: words.url }).fill(webdav.url);
  await page.getByRole('textbox', { name: words.user }).fill(USER);
  await page.getByLabel(words.password).fill(PASSWORD);
  if (shots) await page.screenshot({ path: `${words.dir}/team-connect.png` });
  await page.getByRole('button', { name: words.connect }).click();
  await page.getByLabel(words.passphrase).fill(PASSPHRASE);
  if (index === 0) await page.getByLabel(words.again).fill(PASSPHRASE);
  if (shots) await page.screenshot({ path: `${words.dir}/team-passphrase.png` });
  await page.getByRole('button', { name: index === 0 ? words.create : words.join }).click();
  await page.getByRole('button', { name: words.syncNow }).waitFor();
}

async function moveBanquet(page: Page, words: Words, starts: string) {
  await page.getByRole('link', { name: words.trips, exact: true }).click();
  await page.getByRole('link', { name: words.trip }).click();
  await page.getByRole('tab', { name: words.programme }).click();
  await page.getByRole('link', { name: BANQUET }).click();
  await page.getByRole('button', { name: words.edit }).click();
  const editing = page.getByRole('dialog', { name: words.edit });
  await editing.getByLabel(words.starts, { exact: true }).fill(starts);
  await editing.getByRole('button', { name: words.save }).click();
  await editing.waitFor({ state: 'hidden' });
}

async function syncNow(page: Page, words: Words) {
  await page.getByRole('link', { name: words.team, exact: true }).click();
  await page.getByRole('button', { name: words.syncNow }).click();
  await page.waitForTimeout(1_500);
}

async function walk(browser: Browser, words: Words, locale: string, timezoneId: string) {
  const webdav = await startWebDavServer({ users: { [USER]: PASSWORD }, corsOrigins: ORIGINS });
  try {
    const [ada, ben] = await Promise.all(ORIGINS.map(async (baseURL) => (await browser.newContext({ baseURL, locale, timezoneId, viewport: { width: 1400, height: 1000 } })).newPage()));
    await organiser(ada!, words, 0, webdav, true);
    await ada!.getByRole('switch', { name: words.share }).click();
    await syncNow(ada!, words);
    await organiser(ben!, words, 1, webdav, false);
    await syncNow(ben!, words);
    await ada!.context().setOffline(true);
    await ben!.context().setOffline(true);
    await moveBanquet(ada!, words, '18:30');
    await moveBanquet(ben!, words, '19:30');
    await ada!.context().setOffline(false);
    await ben!.context().setOffline(false);
    await syncNow(ada!, words);
    await syncNow(ben!, words);
    await syncNow(ada!, words);
    // The notifications close by themselves: the screen, uncovered.
    await ada!.waitForTimeout(6_000);
    await ada!.screenshot({ path: `${words.dir}/team-space.png`, fullPage: true });
  } finally {
    await webdav.dispose();
  }
}

test('the team space: connecting, the passphrase, and a clash to review', async ({ browser }) => {
  test.setTimeout(240_000);
  await walk(browser, WORDS.en, 'en-GB', 'Europe/London');
});

test('the team space in Chinese @zh', async ({ browser }) => {
  test.setTimeout(240_000);
  await walk(browser, WORDS.zh, 'zh-CN', 'Asia/Shanghai');
});
