import { describe, expect, it } from 'vitest';
import {
  contactRemovalRefusalMessage,
  deletionRefusalMessage,
  emptyContactDraft,
  emptyOrganisationDraft,
  findSimilarOrganisations,
  NO_DIRECTORY_FILTERS,
  normaliseWebsite,
  secureWebsite,
  organisationDraftNamed,
  organisationMatches,
  organisationNameKey,
  organisationSchema,
  organisationToDraft,
  parseContactDraft,
  parseOrganisationDraft,
  validateContactDraft,
  validateOrganisationDraft,
  type ContactDraft,
  type Organisation,
  type OrganisationDraft,
} from '../../../../src/domain/directory/organisation';
import { inChinese, inEnglish } from '../../../builders/words';

const anOrganisationDraft = (overrides: Partial<OrganisationDraft> = {}): OrganisationDraft => ({
  ...emptyOrganisationDraft(),
  name: 'Zhengxin Group',
  nameLocal: '正信集团',
  ...overrides,
});

const aContactDraft = (overrides: Partial<ContactDraft> = {}): ContactDraft => ({
  ...emptyContactDraft(),
  name: 'Zhihua Feng',
  ...overrides,
});

function anOrganisation(overrides: Partial<Organisation> = {}): Organisation {
  return {
    id: 'zhengxin',
    name: 'Zhengxin Group',
    nameLocal: '正信集团',
    type: 'company',
    sector: 'Investment and industrial development',
    city: 'Tianjin',
    country: 'CN',
    website: '',
    address: '',
    addressLocal: '',
    notes: '',
    tags: ['partner', 'sensors'],
    archived: false,
    sample: false,
    createdAt: '2026-11-21T09:00:00.000Z',
    updatedAt: '2026-11-21T09:00:00.000Z',
    ...overrides,
  };
}

describe('organisation form rules', () => {
  it('accepts an organisation with just its English name', () => {
    expect(validateOrganisationDraft(anOrganisationDraft({ nameLocal: '' }))).toEqual({});
  });

  it('requires the English name, even when the local name is given', () => {
    expect(inEnglish(validateOrganisationDraft(anOrganisationDraft({ name: '   ' })).name!)).toBe(
      'Give the organisation its name in English.',
    );
  });

  it('takes a two-letter country code in either case, or none, and saves it in capitals', () => {
    expect(validateOrganisationDraft(anOrganisationDraft({ country: '' }))).toEqual({});
    expect(inEnglish(validateOrganisationDraft(anOrganisationDraft({ country: 'China' })).country!)).toMatch(/two-letter/);
    expect(inEnglish(validateOrganisationDraft(anOrganisationDraft({ country: 'C1' })).country!)).toMatch(/CN/);
    const parsed = parseOrganisationDraft(anOrganisationDraft({ country: ' cn ' }));
    expect(parsed.ok && parsed.value.country).toBe('CN');
  });

  it('adds https:// to a website typed as a bare domain, and keeps https:// as typed', () => {
    expect(normaliseWebsite('www.zhengxin.example')).toBe('https://www.zhengxin.example');
    expect(normaliseWebsite(' zhengxin.example/en ')).toBe('https://zhengxin.example/en');
    expect(normaliseWebsite('example.com:8080/about')).toBe('https://example.com:8080/about');
    expect(normaliseWebsite('HTTPS://www.gov.uk')).toBe('HTTPS://www.gov.uk');
    expect(normaliseWebsite('')).toBe('');
    const parsed = parseOrganisationDraft(anOrganisationDraft({ website: 'zhengxin.example' }));
    expect(parsed.ok && parsed.value.website).toBe('https://zhengxin.example');
  });

  it('refuses websites that are not web addresses, naming what was typed', () => {
    for (const typed of ['javascript:alert(1)', 'mailto:info@example.com', 'ftp://files.example.com', 'zhengxin', 'www.zheng xin.cn', 'https://', '//example.com']) {
      expect(normaliseWebsite(typed), typed).toBeNull();
    }
    expect(inEnglish(validateOrganisationDraft(anOrganisationDraft({ website: 'ftp://files.example.com' })).website!)).toBe(
      '“ftp://files.example.com” is not a web address. Type it like www.example.com or https://www.example.com.',
    );
  });

  it('refuses an http:// website, which the app would not open, and offers its https address instead', () => {
    expect(normaliseWebsite('http://old.example.cn')).toBeNull();
    expect(parseOrganisationDraft(anOrganisationDraft({ website: 'http://old.example.cn' })).ok).toBe(false);
    expect(secureWebsite(' http://old.example.cn/en?lang=zh ')).toBe('https://old.example.cn/en?lang=zh');
    expect(secureWebsite('https://old.example.cn')).toBeNull();
    expect(secureWebsite('http://')).toBeNull();
    expect(secureWebsite('http://old example.cn')).toBeNull();
    const refusal = validateOrganisationDraft(anOrganisationDraft({ website: 'http://old.example.cn' })).website!;
    expect(inEnglish(refusal)).toBe(
      '“http://old.example.cn” would not open: the app opens websites over https only. Use its https address, or leave the field empty.',
    );
    expect(inChinese(refusal)).toBe('“http://old.example.cn”无法打开：本应用只打开 https 网址。请改用其 https 网址，或留空。');
  });

  it('trims tags and keeps one of each, whatever the case', () => {
    const parsed = parseOrganisationDraft(anOrganisationDraft({ tags: [' partner ', 'Sensors', 'PARTNER', '', 'sensors', 'IFB  2016'] }));
    expect(parsed.ok && parsed.value.tags).toEqual(['partner', 'Sensors', 'IFB 2016']);
  });

  it('trims what it saves, and what it saves fits the stored record', () => {
    const parsed = parseOrganisationDraft(anOrganisationDraft({ name: '  Zhengxin Group ', city: ' Tianjin ' }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.name).toBe('Zhengxin Group');
    expect(parsed.value.city).toBe('Tianjin');
    const record = { ...parsed.value, id: 'x', archived: false, sample: false, createdAt: '', updatedAt: '' };
    expect(organisationSchema.safeParse(record).success).toBe(true);
  });

  it('edits an organisation as it is stored', () => {
    const organisation = anOrganisation({ website: 'https://zhengxin.example' });
    expect(parseOrganisationDraft(organisationToDraft(organisation))).toEqual({
      ok: true,
      value: organisationToDraft(organisation),
    });
  });
});

describe('contact form rules', () => {
  it('requires a name and nothing else', () => {
    expect(validateContactDraft(aContactDraft())).toEqual({});
    expect(inEnglish(validateContactDraft(aContactDraft({ name: ' ' })).name!)).toBe('Give the contact’s name in English.');
  });

  it('checks an e-mail address only when one is given', () => {
    expect(validateContactDraft(aContactDraft({ email: 'zhihua.feng@zhengxin.example' }))).toEqual({});
    expect(inEnglish(validateContactDraft(aContactDraft({ email: 'zhihua.feng' })).email!)).toBe(
      '“zhihua.feng” is not an e-mail address. Type it like name@example.com.',
    );
    expect(inEnglish(validateContactDraft(aContactDraft({ email: 'feng@zhengxin' })).email!)).toMatch(/not an e-mail address/);
  });

  it('takes phone numbers as people write them, but not words', () => {
    for (const phone of ['+86 22 6555 0301', '(0151) 496-0100', '+44 151 496 0100 ext 12']) {
      expect(validateContactDraft(aContactDraft({ phone })), phone).toEqual({});
    }
    expect(inEnglish(validateContactDraft(aContactDraft({ phone: 'ask reception' })).phone!)).toMatch(/digits/);
  });

  it('keeps each language once, trimmed', () => {
    const parsed = parseContactDraft(aContactDraft({ languages: ['Mandarin', ' English ', 'mandarin', ''] }));
    expect(parsed.ok && parsed.value.languages).toEqual(['Mandarin', 'English']);
  });
});

describe('similar organisations', () => {
  const directory = [
    anOrganisation(),
    anOrganisation({ id: 'sensor-city', name: 'Sensor City', nameLocal: '' }),
    anOrganisation({ id: 'zhangjiang', name: 'Zhangjiang Hi-Tech Park', nameLocal: '张江高科技园区' }),
    anOrganisation({ id: 'cafe', name: 'Café Société', nameLocal: '' }),
  ];
  const found = (name: string, nameLocal = '') =>
    findSimilarOrganisations(name, nameLocal, directory).map((organisation) => organisation.id);

  it('finds Zhengxin Group however its English name is typed', () => {
    expect(found('zhengxin group ltd')).toEqual(['zhengxin']);
    expect(found('ZHENGXIN GROUP')).toEqual(['zhengxin']);
    expect(found('Zhengxin Group Co., Ltd.')).toEqual(['zhengxin']);
    expect(found('  Zhengxin-Group ')).toEqual(['zhengxin']);
  });

  it('finds it by its Chinese name, in either field, with or without the legal form', () => {
    expect(found('', '正信集团')).toEqual(['zhengxin']);
    expect(found('正信集团')).toEqual(['zhengxin']);
    expect(found('', '正信集团有限公司')).toEqual(['zhengxin']);
  });

  it('ignores accents, punctuation and a leading “the”', () => {
    expect(found('Cafe Societe')).toEqual(['cafe']);
    expect(found('The Sensor City')).toEqual(['sensor-city']);
    expect(found('Zhangjiang Hi Tech Park')).toEqual(['zhangjiang']);
  });

  it('does not call different organisations the same', () => {
    expect(found('Zhengxin')).toEqual([]);
    expect(found('Sensor City Tianjin')).toEqual([]);
    expect(found('', '正信')).toEqual([]);
    expect(found('Ltd')).toEqual([]);
    expect(found('', '')).toEqual([]);
    expect(found('!!!')).toEqual([]);
  });

  it('keys names without what does not tell organisations apart', () => {
    expect(organisationNameKey('Zhengxin Group Co., Ltd.')).toBe('zhengxingroup');
    expect(organisationNameKey('Ａｃｍｅ　Ｌｔｄ')).toBe('acme');
    expect(organisationNameKey('Ltd')).toBe('ltd');
  });
});

describe('searching and filtering the directory', () => {
  const zhengxin = anOrganisation();
  const matches = (query: string, filters = NO_DIRECTORY_FILTERS, contacts: string[] = []) =>
    organisationMatches(zhengxin, query, filters, contacts);

  it('finds an organisation by its name in either script, sector, city, tag or a contact’s name', () => {
    for (const query of ['zhengxin', '正信', 'industrial', 'tianjin', 'SENSORS']) expect(matches(query), query).toBe(true);
    expect(matches('feng', NO_DIRECTORY_FILTERS, ['Zhihua Feng', '冯志华'])).toBe(true);
    expect(matches('冯', NO_DIRECTORY_FILTERS, ['Zhihua Feng', '冯志华'])).toBe(true);
    expect(matches('feng')).toBe(false);
  });

  it('needs every word of the search to match somewhere', () => {
    expect(matches('zhengxin tianjin')).toBe(true);
    expect(matches('zhengxin shanghai')).toBe(false);
    expect(matches('  ')).toBe(true);
  });

  it('filters by type, country and tag', () => {
    expect(matches('', { ...NO_DIRECTORY_FILTERS, type: 'company' })).toBe(true);
    expect(matches('', { ...NO_DIRECTORY_FILTERS, type: 'government' })).toBe(false);
    expect(matches('', { ...NO_DIRECTORY_FILTERS, country: 'CN' })).toBe(true);
    expect(matches('', { ...NO_DIRECTORY_FILTERS, country: 'GB' })).toBe(false);
    expect(matches('', { ...NO_DIRECTORY_FILTERS, tag: 'Partner' })).toBe(true);
    expect(matches('', { ...NO_DIRECTORY_FILTERS, tag: 'part' })).toBe(false);
  });

  it('hides archived organisations unless asked to show them', () => {
    const archived = anOrganisation({ archived: true });
    expect(organisationMatches(archived, 'zhengxin', NO_DIRECTORY_FILTERS)).toBe(false);
    expect(organisationMatches(archived, 'zhengxin', { ...NO_DIRECTORY_FILTERS, showArchived: true })).toBe(true);
  });
});

describe('refusals', () => {
  it('explains why Zhengxin Group cannot be deleted and offers archiving', () => {
    const refusal = deletionRefusalMessage(anOrganisation(), { engagementCount: 2, tripCount: 1, peopleCount: 0 });
    expect(inEnglish(refusal)).toBe(
      'Zhengxin Group has 2 engagements in 1 trip, so it cannot be deleted. Archive it instead to hide it from pickers while keeping its history.',
    );
    expect(inChinese(refusal)).toBe(
      'Zhengxin Group在1个行程中有2项活动，因此无法删除。可改为归档：归档后不再出现在选择列表中，历史记录仍会保留。',
    );
  });

  it('names the people who represent an organisation, and does not offer to archive what is archived', () => {
    const refusal = deletionRefusalMessage(anOrganisation({ name: 'Sensor City', archived: true }), {
      engagementCount: 1,
      tripCount: 1,
      peopleCount: 2,
    });
    expect(inEnglish(refusal)).toBe(
      'Sensor City has 1 engagement in 1 trip and is the organisation of 2 people in the directory, so it cannot be deleted. It is archived already: hidden from pickers, with its history kept.',
    );
    expect(inChinese(refusal)).toBe(
      'Sensor City在1个行程中有1项活动，名录中还有2人隶属于该机构，因此无法删除。该机构已归档：不再出现在选择列表中，历史记录仍保留。',
    );
  });

  it('names the person who represents an organisation that has no engagements', () => {
    const refusal = deletionRefusalMessage(anOrganisation(), { engagementCount: 0, tripCount: 0, peopleCount: 1 });
    expect(inEnglish(refusal)).toBe(
      'Zhengxin Group is the organisation of 1 person in the directory, so it cannot be deleted. Archive it instead to hide it from pickers while keeping its history.',
    );
    expect(inChinese(refusal)).toMatch(/^名录中有1人隶属于Zhengxin Group，因此无法删除。/);
  });

  it('explains why a contact cannot be removed', () => {
    expect(inEnglish(contactRemovalRefusalMessage({ name: 'Zhihua Feng' }, 2))).toBe(
      'Zhihua Feng is listed in 2 engagements, so they cannot be removed. Take them off those engagements first, or edit their details instead.',
    );
    expect(inEnglish(contactRemovalRefusalMessage({ name: 'Zhihua Feng' }, 1))).toBe(
      'Zhihua Feng is listed in 1 engagement, so they cannot be removed. Take them off that engagement first, or edit their details instead.',
    );
    expect(inChinese(contactRemovalRefusalMessage({ name: '冯志华' }, 2))).toBe(
      '冯志华已列入2项活动，因此无法移除。请先将其从相关活动中移除，或改为编辑其信息。',
    );
  });
});

describe('the form rules in Chinese', () => {
  it('word every refusal for a Chinese reader, naming what was typed', () => {
    const organisation = validateOrganisationDraft(
      anOrganisationDraft({ name: '', country: 'China', website: 'ftp://files.example.com' }),
    );
    expect(inChinese(organisation.name!)).toBe('请填写机构的英文名称。');
    expect(inChinese(organisation.country!)).toBe('请填写两个字母的国家代码，例如中国为CN，英国为GB。');
    expect(inChinese(organisation.website!)).toContain('“ftp://files.example.com”不是网址');
    const contact = validateContactDraft(aContactDraft({ name: 'x'.repeat(201), email: 'zhihua.feng', phone: 'ask reception' }));
    expect(inChinese(contact.name!)).toBe('名称不能超过200个字符。');
    expect(inEnglish(contact.name!)).toBe('Keep the name under 200 characters.');
    expect(inChinese(contact.email!)).toBe('“zhihua.feng”不是电子邮箱地址。请按 name@example.com 的格式填写。');
    expect(inChinese(contact.phone!)).toBe('只能填写数字、空格和开头的+号，例如 +86 22 6555 0301。');
  });
});

describe('an organisation created from a search for it', () => {
  it('takes an English name as typed into the English name', () => {
    expect(organisationDraftNamed('  Tianjin Port Group ')).toEqual({ ...emptyOrganisationDraft(), name: 'Tianjin Port Group' });
  });

  it('takes a name in Chinese script into the local name', () => {
    expect(organisationDraftNamed('天津港集团')).toEqual({ ...emptyOrganisationDraft(), nameLocal: '天津港集团' });
  });
});
