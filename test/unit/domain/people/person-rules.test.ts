import { describe, expect, it } from 'vitest';
import { inChinese, inEnglish } from '../../../builders/words';
import { inDelegationOrder, personSchema, type Person } from '../../../../src/domain/people/person';
import {
  describeRoutePart,
  emptyPersonDraft,
  parsePersonDraft,
  personMatches,
  personToDraft,
  routePartEnds,
  sameEmail,
  citiesBetween,
  validatePersonDraft,
  type PersonDraft,
} from '../../../../src/domain/people/person-rules';

const aPersonDraft = (overrides: Partial<PersonDraft> = {}): PersonDraft => ({
  ...emptyPersonDraft(),
  name: 'Joanne Anderson',
  ...overrides,
});

const aPerson = (overrides: Partial<Person> = {}): Person =>
  personSchema.parse({
    id: 'p1',
    ...emptyPersonDraft(),
    name: 'Joanne Anderson',
    passportExpiry: null,
    dateOfBirth: null,
    passportIssueDate: null,
    nameAsEntered: null,
    sample: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  });

// Positions deliberately out of array order: route order is by position.
const route = [
  { id: 'qingdao', position: 3, name: 'Qingdao' },
  { id: 'beijing', position: 1, name: 'Beijing' },
  { id: 'shanghai', position: 0, name: 'Shanghai' },
  { id: 'tianjin', position: 2, name: 'Tianjin' },
];

describe('the person form', () => {
  it('needs only a name', () => {
    expect(validatePersonDraft(aPersonDraft())).toEqual({});
    expect(inEnglish(validatePersonDraft(aPersonDraft({ name: '  ' })).name!)).toMatch(/name/);
  });

  it('refuses an e-mail address that is not one, and accepts none', () => {
    expect(inEnglish(validatePersonDraft(aPersonDraft({ email: 'joanne at example' })).email!)).toMatch(/not an e-mail address/);
    expect(inChinese(validatePersonDraft(aPersonDraft({ email: 'joanne at example' })).email!)).toBe(
      '“joanne at example”不是有效的电子邮箱地址，请检查后重新填写。',
    );
    expect(validatePersonDraft(aPersonDraft({ email: 'joanne@example.com' })).email).toBeUndefined();
    expect(validatePersonDraft(aPersonDraft({ email: '' })).email).toBeUndefined();
  });

  it('refuses a passport expiry that is not a real date, naming what was typed', () => {
    expect(inEnglish(validatePersonDraft(aPersonDraft({ passportExpiry: '2029-02-30' })).passportExpiry!)).toMatch(/“2029-02-30” is not a date/);
    expect(inEnglish(validatePersonDraft(aPersonDraft({ passportExpiry: 'next year' })).passportExpiry!)).toMatch(/not a date/);
    expect(inEnglish(validatePersonDraft(aPersonDraft({ passportExpiry: '1066-10-14' })).passportExpiry!)).toMatch(/between/);
    expect(validatePersonDraft(aPersonDraft({ passportExpiry: '2029-11-05' })).passportExpiry).toBeUndefined();
  });

  it('refuses a visa status that is not one of the list', () => {
    const draft = { ...aPersonDraft(), visaStatus: 'pending' } as unknown as PersonDraft;
    expect(inEnglish(validatePersonDraft(draft).visaStatus!)).toMatch(/visa/);
  });

  it('saves a trimmed draft with no passport expiry as null', () => {
    const parsed = parsePersonDraft(aPersonDraft({ name: '  Joanne   Anderson ', email: ' jo@example.com ', dietary: ' Vegetarian ' }));
    expect(parsed).toEqual({
      ok: true,
      value: expect.objectContaining({
        name: 'Joanne Anderson',
        email: 'jo@example.com',
        dietary: 'Vegetarian',
        passportExpiry: null,
      }),
    });
  });

  it('round-trips a person through the draft', () => {
    const person = aPerson({ passportExpiry: '2030-01-31', visaStatus: 'applied', nameLocal: '乔安妮' });
    const draft = personToDraft(person);
    expect(draft.passportExpiry).toBe('2030-01-31');
    const parsed = parsePersonDraft(draft);
    expect(parsed.ok && parsed.value).toMatchObject({ passportExpiry: '2030-01-31', visaStatus: 'applied', nameLocal: '乔安妮' });
    expect(personToDraft(aPerson()).passportExpiry).toBe('');
  });

  it('compares e-mail addresses ignoring case and spaces, and never matches an empty one', () => {
    expect(sameEmail(' Jo@Example.com', 'jo@example.com ')).toBe(true);
    expect(sameEmail('', '')).toBe(false);
  });
});

describe('finding a person', () => {
  const person = aPerson({ nameLocal: '乔安妮', email: 'mayor@liverpool.gov.uk', organisationName: 'Liverpool City Council' });

  it('finds them by any word of either name, their e-mail or their organisation, ignoring case and accents', () => {
    expect(personMatches(person, 'joanne')).toBe(true);
    expect(personMatches(person, '乔安')).toBe(true);
    expect(personMatches(person, 'MAYOR@')).toBe(true);
    expect(personMatches(person, 'liverpool council')).toBe(true);
    expect(personMatches(aPerson({ name: 'Zoë Müller' }), 'zoe muller')).toBe(true);
    expect(personMatches(person, 'anderson manchester')).toBe(false);
  });

  it('uses the directory’s name for their organisation when given', () => {
    expect(personMatches(person, 'zhengxin', 'Zhengxin Group')).toBe(true);
  });
});

describe('the part of the route a member joins', () => {
  it('takes the stops from where they join to where they leave, in route order', () => {
    expect(citiesBetween(route, 'beijing', 'qingdao')).toEqual(['beijing', 'tianjin', 'qingdao']);
    expect(citiesBetween(route, 'tianjin', 'tianjin')).toEqual(['tianjin']);
  });

  it('reads a missing end as the start or end of the route', () => {
    expect(citiesBetween(route, null, null)).toEqual(['shanghai', 'beijing', 'tianjin', 'qingdao']);
    expect(citiesBetween(route, 'tianjin', null)).toEqual(['tianjin', 'qingdao']);
    expect(citiesBetween(route, null, 'beijing')).toEqual(['shanghai', 'beijing']);
    expect(citiesBetween(route, 'gone', 'beijing')).toEqual(['shanghai', 'beijing']);
  });

  it('is empty when they would leave before they join', () => {
    expect(citiesBetween(route, 'qingdao', 'beijing')).toEqual([]);
  });

  it('finds the ends of an unbroken part, and none for a set with gaps', () => {
    expect(routePartEnds(route, ['tianjin', 'beijing'])).toEqual({ joinsAtStopId: 'beijing', leavesAfterStopId: 'tianjin' });
    expect(routePartEnds(route, ['shanghai', 'tianjin'])).toBeNull();
    expect(routePartEnds(route, [])).toBeNull();
  });

  it('describes it in a few words', () => {
    expect(inEnglish(describeRoutePart(route, ['shanghai', 'beijing', 'tianjin', 'qingdao']))).toBe('Whole route');
    expect(inEnglish(describeRoutePart(route, ['beijing', 'tianjin', 'qingdao']))).toBe('Joins at Beijing');
    expect(inEnglish(describeRoutePart(route, ['qingdao']))).toBe('Joins at Qingdao');
    expect(inEnglish(describeRoutePart(route, ['shanghai', 'beijing']))).toBe('Leaves after Beijing');
    expect(inEnglish(describeRoutePart(route, ['beijing', 'tianjin']))).toBe('Beijing to Tianjin');
    expect(inEnglish(describeRoutePart(route, ['tianjin']))).toBe('Tianjin only');
    expect(inChinese(describeRoutePart(route, ['beijing', 'tianjin']))).toBe('Beijing至Tianjin');
    expect(inChinese(describeRoutePart(route, ['beijing', 'tianjin', 'qingdao']))).toBe('自Beijing加入');
    expect(inChinese(describeRoutePart(route, ['shanghai', 'beijing', 'tianjin', 'qingdao']))).toBe('全程');
  });

  it('names the cities one by one, in route order, when the set has gaps', () => {
    expect(inEnglish(describeRoutePart(route, ['qingdao', 'shanghai', 'tianjin']))).toBe('Shanghai, Tianjin, Qingdao');
    expect(inChinese(describeRoutePart(route, ['qingdao', 'shanghai', 'tianjin']))).toBe('Shanghai、Tianjin、Qingdao');
  });

  it('ignores stops no longer on the route, and says when none is left', () => {
    expect(inEnglish(describeRoutePart(route, ['gone', 'beijing', 'tianjin', 'qingdao']))).toBe('Joins at Beijing');
    expect(inEnglish(describeRoutePart(route, []))).toBe('No cities');
    expect(inEnglish(describeRoutePart([], []))).toBe('Whole route');
  });
});

describe('delegation order', () => {
  it('lists the head of delegation first, then by role, then by name, whatever order the records come in', () => {
    const names: Record<string, string> = { a: 'Zoe Price', b: 'Joe Anderson', c: 'Ann Lee', d: 'Ben Cole', e: 'Al Dee' };
    const members = [
      { personId: 'a', role: 'delegate' as const },
      { personId: 'e', role: 'press' as const },
      { personId: 'c', role: 'delegate' as const },
      { personId: 'b', role: 'head' as const },
      { personId: 'd', role: 'organiser' as const },
    ];
    const ordered = inDelegationOrder(members, (id) => names[id]!).map((member) => names[member.personId]);
    expect(ordered).toEqual(['Joe Anderson', 'Ann Lee', 'Zoe Price', 'Ben Cole', 'Al Dee']);
    expect(inDelegationOrder([...members].reverse(), (id) => names[id]!)).toEqual(inDelegationOrder(members, (id) => names[id]!));
  });
});
