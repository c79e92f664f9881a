/**
 * The main screens in Simplified Chinese, for looking at the Chinese interface: `npm run screenshots` (after
 * `npm run build:web`). A browser set to zh-CN, so the app starts in Chinese; the Shenzhen sample as a Chinese
 * organiser keeps it, then the Liverpool sample (a UK organiser's data) in the same Chinese interface.
 * Writes PNGs to docs/screenshots/zh-CN.
 */
import { test, type Page } from '@playwright/test';

const out = 'docs/screenshots/zh-CN';
const shenzhen = '深圳市赴北美、欧洲和以色列科技创新交流团';
const liverpool = 'Liverpool City Region trade mission to China';

test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });

async function shoot(page: Page, name: string, fullPage = false) {
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage });
}

test('screens in Chinese @zh', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByText('规划您的第一个代表团行程').waitFor();
  await shoot(page, 'first-run');

  await page.getByRole('button', { name: '新建行程' }).first().click();
  const tripForm = page.getByRole('dialog', { name: '新建行程' });
  await tripForm.getByLabel('名称').fill('成都高新区合作交流团');
  await tripForm.getByRole('textbox', { name: /^开始日期/ }).fill('2027-02-31');
  await tripForm.getByRole('textbox', { name: /^结束日期/ }).fill('2027-02-20');
  await tripForm.getByRole('button', { name: '创建行程' }).click();
  await shoot(page, 'trip-form-errors');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '放弃修改' }).click();

  await page.getByRole('button', { name: '载入深圳示例行程' }).click();
  await page.getByRole('heading', { name: shenzhen }).waitFor();
  await shoot(page, 'trip', true);

  await page.getByRole('tab', { name: '路线' }).click();
  await page.getByRole('img', { name: /^行程地图/ }).waitFor();
  await page.waitForTimeout(1500);
  await shoot(page, 'route');
  // The journeys, below the map, clear of the sticky header.
  await page.getByRole('heading', { name: '交通', exact: true }).evaluate((heading) => {
    heading.scrollIntoView();
    window.scrollBy(0, -80);
  });
  await shoot(page, 'route-journeys');
  await page.getByRole('button', { name: /至.+的操作$/ }).first().click();
  await page.getByRole('menuitem', { name: '编辑' }).click();
  await shoot(page, 'journey-form');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '波士顿的操作' }).first().click();
  await page.getByRole('menuitem', { name: '编辑' }).click();
  await shoot(page, 'city-form');
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: '日程' }).click();
  await page.locator('.programme-day').first().waitFor();
  await shoot(page, 'programme');
  await page.getByRole('button', { name: /^在.+添加活动$/ }).first().click();
  const booking = page.getByRole('dialog', { name: '新建活动' });
  await booking.getByRole('textbox', { name: /^名称/ }).fill('参访斯坦福大学创业孵化器');
  await booking.getByRole('textbox', { name: '开始' }).fill('1430');
  await shoot(page, 'engagement-form');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '放弃修改' }).click();

  await page.getByRole('link', { name: '深圳（旧金山）海外创新中心揭牌仪式' }).first().click();
  await page.getByRole('heading', { name: '深圳（旧金山）海外创新中心揭牌仪式' }).waitFor();
  await shoot(page, 'engagement', true);

  await page.getByRole('tab', { name: '人员' }).click();
  await page.getByRole('table').first().waitFor();
  await shoot(page, 'people');
  await page.getByRole('link', { name: '王海涛' }).first().click();
  await page.getByRole('heading', { name: /王海涛/ }).waitFor();
  await shoot(page, 'person-programme');

  await page.getByRole('tab', { name: '汇总' }).click();
  await shoot(page, 'rollups', true);
  await page.getByRole('tab', { name: /^检查/ }).click();
  await shoot(page, 'checks', true);
  await page.getByRole('tab', { name: '日历' }).click();
  await shoot(page, 'calendars', true);

  await page.getByRole('link', { name: '通讯录', exact: true }).click();
  await page.getByRole('table').first().waitFor();
  await shoot(page, 'directory');
  await page.getByRole('link', { name: '深圳市科技创新委员会' }).first().click();
  await page.getByRole('heading', { name: '深圳市科技创新委员会' }).waitFor();
  await shoot(page, 'organisation');

  await page.getByRole('link', { name: '跟进事项', exact: true }).click();
  await page.getByRole('table').first().waitFor();
  await shoot(page, 'follow-ups');

  await page.getByRole('link', { name: '备份', exact: true }).click();
  await shoot(page, 'backups');
  await page.getByRole('link', { name: '设置', exact: true }).click();
  await shoot(page, 'settings');

  // A UK organiser's trip in the Chinese interface.
  await page.getByRole('button', { name: '应用菜单' }).click();
  await page.getByRole('menuitem', { name: '加载示例行程' }).click();
  await page.getByRole('heading', { name: liverpool }).waitFor();
  await page.getByRole('link', { name: '行程', exact: true }).click();
  await page.getByRole('table', { name: '行程' }).waitFor();
  await shoot(page, 'trips');
  await page.getByRole('link', { name: liverpool }).click();
  await page.getByRole('tab', { name: '路线' }).click();
  await page.getByRole('img', { name: /^行程地图/ }).waitFor();
  await page.waitForTimeout(1500);
  await shoot(page, 'liverpool-route');
  await page.getByRole('tab', { name: '日程' }).click();
  await page.locator('.programme-day').first().waitFor();
  await shoot(page, 'liverpool-programme');
  await page.getByRole('tab', { name: /^检查/ }).click();
  await shoot(page, 'liverpool-checks');
});
