import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

async function openDirectory(page: Page) {
  await page.getByRole('link', { name: 'Directory', exact: true }).click();
}

async function createOrganisation(page: Page, name: string) {
  await page.getByRole('button', { name: 'New organisation' }).click();
  const dialog = page.getByRole('dialog', { name: 'New organisation' });
  await dialog.getByLabel('Name in English').fill(name);
  await dialog.getByRole('button', { name: 'Create organisation' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
}

test('an organiser adds a partner with a contact, and adding it again by its Chinese name offers the one already there', async ({
  page,
}) => {
  await page.goto('/');
  await openDirectory(page);
  await expect(page.getByText('Your directory of partners')).toBeVisible();
  await page.getByRole('button', { name: 'New organisation' }).click();

  const dialog = page.getByRole('dialog', { name: 'New organisation' });
  await dialog.getByRole('button', { name: 'Create organisation' }).click();
  await expect(dialog.getByText('Give the organisation its name in English.')).toBeVisible();

  await dialog.getByLabel('Name in English').fill('Tianjin Binhai Innovation Park');
  await dialog.getByLabel('Name in local script').fill('天津滨海创新园');
  await dialog.getByRole('combobox', { name: 'Type' }).click();
  await page.getByRole('option', { name: 'Technology park or incubator' }).click();
  await dialog.getByLabel('City').fill('Tianjin');
  await dialog.getByLabel('Country code').fill('cn');
  await expect(dialog.getByText('China', { exact: true })).toBeVisible();
  await dialog.getByLabel('Website').fill('binhai-park.example');
  await dialog.getByRole('combobox', { name: 'Tags' }).fill('partner');
  await dialog.getByRole('combobox', { name: 'Tags' }).press('Enter');
  await dialog.getByRole('combobox', { name: 'Tags' }).press('Tab');
  await dialog.getByRole('button', { name: 'Create organisation' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('heading', { name: 'Tianjin Binhai Innovation Park' })).toBeFocused();
  await expect(page.getByText('天津滨海创新园')).toBeVisible();
  const details = page.getByRole('table', { name: 'Details' });
  await expect(details).toContainText('China (CN)');
  await expect(details.getByRole('link', { name: 'https://binhai-park.example' })).toBeVisible();

  await page.getByRole('button', { name: 'Add contact' }).click();
  const contactDialog = page.getByRole('dialog', { name: 'New contact at Tianjin Binhai Innovation Park' });
  await contactDialog.getByLabel('Name in English').fill('Liu Yang');
  await contactDialog.getByLabel('Name in local script').fill('刘洋');
  await contactDialog.getByLabel('Title').fill('Director, International Cooperation');
  await contactDialog.getByLabel('Email').fill('liu.yang@binhai');
  await contactDialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(contactDialog.getByText('“liu.yang@binhai” is not an e-mail address.', { exact: false })).toBeVisible();
  await expect(contactDialog.getByLabel('Email')).toBeFocused();
  await contactDialog.getByLabel('Email').fill('liu.yang@binhai-park.example');
  await contactDialog.getByLabel('Phone').fill('+86 22 6555 0808');
  await contactDialog.getByRole('combobox', { name: 'Languages' }).fill('Mandarin');
  await contactDialog.getByRole('combobox', { name: 'Languages' }).press('Enter');
  await contactDialog.getByRole('combobox', { name: 'Languages' }).press('Tab');
  await contactDialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(contactDialog).toBeHidden();

  const contacts = page.getByRole('table', { name: 'Contacts' });
  await expect(contacts.getByRole('row', { name: /Liu Yang 刘洋/ })).toContainText('Mandarin');
  await expect(contacts.getByRole('link', { name: 'liu.yang@binhai-park.example' })).toHaveAttribute(
    'href',
    'mailto:liu.yang@binhai-park.example',
  );
  await expect(contacts.getByRole('link', { name: '+86 22 6555 0808' })).toHaveAttribute('href', 'tel:+862265550808');

  await page.getByRole('link', { name: 'All organisations' }).click();
  const row = page.getByRole('row', { name: /Tianjin Binhai Innovation Park/ });
  await expect(row).toContainText('Technology park or incubator');
  await expect(row).toContainText('Tianjin, China');
  await expect(row).toContainText('partner');

  // The same partner again, by its Chinese name: the form points at the one already there.
  await page.getByRole('button', { name: 'New organisation' }).click();
  await dialog.getByLabel('Name in English').fill('Binhai Park');
  await expect(dialog.getByText('is already in the directory')).toBeHidden();
  await dialog.getByLabel('Name in local script').fill('天津滨海创新园');
  await expect(dialog.getByText('Tianjin Binhai Innovation Park is already in the directory')).toBeVisible();

  // Saving does not quietly make a second one: it takes a separate, explicit choice.
  await dialog.getByRole('button', { name: 'Create organisation' }).click();
  await expect(dialog.getByRole('button', { name: 'Create a separate organisation' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Open it' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Open it' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Tianjin Binhai Innovation Park' })).toBeVisible();

  await page.getByRole('link', { name: 'All organisations' }).click();
  await expect(page.getByRole('table', { name: 'Organisations' }).getByRole('row')).toHaveCount(2);
});

test('Zhengxin Group, which has engagements, cannot be deleted but can be archived, hidden and shown again', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await expect(page.getByRole('heading', { name: 'Liverpool City Region trade mission to China' })).toBeVisible();
  await openDirectory(page);

  const zhengxin = page.getByRole('table', { name: 'Organisations' }).getByRole('row', { name: /Zhengxin Group/ });
  await expect(zhengxin).toContainText('正信集团');
  await expect(zhengxin).toContainText('Tianjin, China');

  // Search finds it by a contact's name; `/` goes to the search box.
  await page.keyboard.press('/');
  await expect(page.getByRole('textbox', { name: 'Search the directory' })).toBeFocused();
  await page.keyboard.type('feng');
  await expect(page.getByRole('table', { name: 'Organisations' }).getByRole('row')).toHaveCount(2);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Actions for Zhengxin Group' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const refusal = page.getByRole('dialog', { name: 'Zhengxin Group cannot be deleted' });
  await expect(refusal).toContainText(
    'Zhengxin Group has 2 engagements in 1 trip, so it cannot be deleted. Archive it instead to hide it from pickers while keeping its history.',
  );
  await refusal.getByRole('button', { name: 'Archive' }).click();
  await expect(refusal).toBeHidden();

  await expect(zhengxin).toBeHidden();
  await expect(page.getByText('1 archived organisation is hidden.')).toBeVisible();
  await page.getByRole('switch', { name: 'Show archived' }).click();
  await expect(zhengxin).toBeVisible();
  await expect(zhengxin).toContainText('Archived');

  // Its history is kept, and leads back to the trip's programme.
  await zhengxin.getByRole('link', { name: 'Zhengxin Group' }).click();
  await expect(page.getByRole('heading', { name: 'Zhengxin Group' })).toBeVisible();
  const history = page.getByRole('table', { name: 'Engagement history' });
  const signing = history.getByRole('row', { name: /MoU signing ceremony/ });
  await expect(signing).toContainText('Sat 12 Nov 2016, 10:00');
  await expect(signing).toContainText('Tianjin');
  await expect(signing).toContainText('Signing ceremony');
  await expect(signing).toContainText('Confirmed');
  await signing.getByRole('link', { name: 'Liverpool City Region trade mission to China' }).click();
  await expect(page).toHaveURL(/\/programme$/);
});

test('an organisation nothing refers to is deleted after confirmation, and comes back with undo', async ({ page }) => {
  await page.goto('/');
  await openDirectory(page);
  await createOrganisation(page, 'Kunming Tea Exporters');
  await page.getByRole('link', { name: 'All organisations' }).click();

  await page.getByRole('button', { name: 'Actions for Kunming Tea Exporters' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete “Kunming Tea Exporters”?' });
  await confirm.getByRole('button', { name: 'Delete organisation' }).click();

  await expect(page.getByText('Your directory of partners')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Restored “Kunming Tea Exporters”')).toBeVisible();
  await expect(page.getByRole('row', { name: /Kunming Tea Exporters/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('row', { name: /Kunming Tea Exporters/ })).toBeVisible();
});

test('an http:// website is not saved as typed: the organiser is told it would not open, and uses its https address in one click', async ({
  page,
}) => {
  await page.goto('/');
  await openDirectory(page);
  await page.getByRole('button', { name: 'New organisation' }).click();
  const dialog = page.getByRole('dialog', { name: 'New organisation' });
  await dialog.getByLabel('Name in English').fill('Tianjin Port Group');
  await dialog.getByLabel('Website').fill('http://www.tianjinport.example/en');
  await expect(dialog.getByText('The app opens websites over https only.')).toBeVisible();
  const useSecure = dialog.getByRole('button', { name: 'Use https://www.tianjinport.example/en' });
  await expect(useSecure).toBeVisible();

  await dialog.getByRole('button', { name: 'Create organisation' }).click();
  await expect(
    dialog.getByText('“http://www.tianjinport.example/en” would not open: the app opens websites over https only.', { exact: false }),
  ).toBeVisible();
  await expect(dialog.getByLabel('Website')).toBeFocused();

  await useSecure.click();
  await expect(dialog.getByLabel('Website')).toHaveValue('https://www.tianjinport.example/en');
  await expect(dialog.getByText('would not open', { exact: false })).toBeHidden();
  await expect(useSecure).toBeHidden();
  await dialog.getByRole('button', { name: 'Create organisation' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: 'Details' }).getByRole('link', { name: 'https://www.tianjinport.example/en' })).toBeVisible();
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('an organiser working in Chinese adds a partner and a contact, and reads the rules in Chinese', async ({ page }) => {
    await page.goto('/#/directory');
    await expect(page.getByRole('heading', { name: '您的合作机构名录' })).toBeVisible();
    await page.getByRole('button', { name: '新建机构' }).click();

    const dialog = page.getByRole('dialog', { name: '新建机构' });
    await dialog.getByLabel('当地文字名称').fill('天津滨海创新园');
    await dialog.getByLabel('国家代码').fill('China');
    await dialog.getByRole('button', { name: '创建机构' }).click();
    await expect(dialog.getByText('请填写机构的英文名称。')).toBeVisible();
    await expect(dialog.getByText('请填写两个字母的国家代码，例如中国为CN，英国为GB。')).toBeVisible();

    await dialog.getByLabel('英文名称').fill('Tianjin Binhai Innovation Park');
    await dialog.getByRole('combobox', { name: '类型' }).click();
    await page.getByRole('option', { name: '科技园区或孵化器' }).click();
    await dialog.getByLabel('城市').fill('天津');
    await dialog.getByLabel('国家代码').fill('cn');
    await expect(dialog.getByText('中国', { exact: true })).toBeVisible();
    await dialog.getByLabel('网站').fill('http://binhai-park.example');
    await expect(dialog.getByText('本应用只打开 https 网址。')).toBeVisible();
    await dialog.getByRole('button', { name: '改用 https://binhai-park.example' }).click();
    await expect(dialog.getByLabel('网站')).toHaveValue('https://binhai-park.example');
    await dialog.getByRole('button', { name: '创建机构' }).click();
    await expect(dialog).toBeHidden();

    await expect(page.getByRole('heading', { name: 'Tianjin Binhai Innovation Park' })).toBeFocused();
    await expect(page.getByRole('table', { name: '基本信息' })).toContainText('中国（CN）');

    await page.getByRole('button', { name: '添加联络人' }).click();
    const contactDialog = page.getByRole('dialog', { name: '为Tianjin Binhai Innovation Park新增联络人' });
    await contactDialog.getByLabel('英文姓名').fill('Liu Yang');
    await contactDialog.getByLabel('电子邮箱').fill('liu.yang@binhai');
    await contactDialog.getByRole('button', { name: '添加联络人' }).click();
    await expect(contactDialog.getByText('“liu.yang@binhai”不是电子邮箱地址。', { exact: false })).toBeVisible();
    await contactDialog.getByLabel('电子邮箱').fill('liu.yang@binhai-park.example');
    await contactDialog.getByRole('combobox', { name: '语言' }).fill('普通');
    await page.getByRole('option', { name: '普通话' }).click();
    await contactDialog.getByRole('combobox', { name: '语言' }).press('Tab');
    await contactDialog.getByRole('button', { name: '添加联络人' }).click();
    await expect(contactDialog).toBeHidden();
    await expect(page.getByRole('table', { name: '联络人' })).toContainText('普通话');

    await page.getByRole('link', { name: '全部机构' }).click();
    const row = page.getByRole('row', { name: /Tianjin Binhai Innovation Park/ });
    await expect(row).toContainText('科技园区或孵化器');
    await expect(row).toContainText('天津，中国');
    await page.getByRole('textbox', { name: '搜索机构名录' }).fill('nowhere at all');
    await expect(page.getByText('没有符合搜索和筛选条件的机构。')).toBeVisible();
  });
});
