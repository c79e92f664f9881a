import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  hasPassportFlag,
  invitationList,
  invitationListCsv,
  invitationListTable,
  type InvitationListWords,
} from '../../../../src/domain/people/invitation-list';
import { forSpreadsheets } from '../../../../src/domain/files/csv-safety';
import type { Person } from '../../../../src/domain/people/person';
import type { City } from '../../../../src/domain/route/city';
import { buildSampleTrip } from '../../../../src/domain/trip/sample-trip';
import { SAMPLE_TRIP_FILES, SHENZHEN_SAMPLE_TRIP_FILES } from '../../../../src/domain/trip/sample-trip-tables';
import type { TripBundle } from '../../../../src/domain/trip/trip-bundle';
import { inChinese, inEnglish, testI18n } from '../../../builders/words';

function sample(shenzhen = false): TripBundle {
  let counter = 0;
  return buildSampleTrip({ now: '2026-01-01T00:00:00.000Z', newId: () => `id-${++counter}` }, shenzhen ? SHENZHEN_SAMPLE_TRIP_FILES : SAMPLE_TRIP_FILES);
}

const english = testI18n('en').getFixedT('en', 'people');
const chinese = testI18n('zh-CN').getFixedT('zh-CN', 'people');

const inEnglishWords: InvitationListWords = {
  header: (column) => english(`invitationList.column.${column}`),
  city: (city: City) => city.name,
  organisation: (organisation) => organisation.name,
  word: inEnglish,
};

const inChineseWords: InvitationListWords = {
  header: (column) => chinese(`invitationList.column.${column}`),
  city: (city: City) => city.nameLocal || city.name,
  organisation: (organisation) => organisation.nameLocal || organisation.name,
  word: inChinese,
};

const rowOf = (bundle: TripBundle, name: string) => {
  const person = bundle.people.find((candidate) => candidate.name === name)!;
  return invitationList(bundle).rows.find((row) => row.personId === person.id)!;
};

describe('the invitation-letter list of a trip', () => {
  it('lists every member as the passport names them, the head of delegation first', () => {
    const bundle = sample();
    const list = invitationList(bundle);

    expect(list.rows).toHaveLength(20);
    expect(list.rows[0]).toMatchObject({ familyName: 'Anderson', givenNames: 'Joseph', sex: 'M', dateOfBirth: '1958-05-14' });
    expect(list.rows[0]!.passportNumber).toBe('533417892');
    expect(list.rows[0]!.organisation.name).toBe('Liverpool City Council');
  });

  it('flags a passport that expires within six months of the trip’s end, and no other', () => {
    const bundle = sample();
    const list = invitationList(bundle);

    expect(list.passportNeededUntil).toBe('2017-05-19');
    const flagged = list.rows.filter(hasPassportFlag).map((row) => row.familyName);
    expect(flagged).toEqual(['Kerr']);
    const [, kerr] = invitationListTable({ ...list, rows: list.rows.filter(hasPassportFlag) }, inEnglishWords);
    expect(kerr!.at(-1)).toBe('Passport expires on 2017-04-30, less than 6 months after the trip ends (needed until 2017-05-19)');
  });

  it('flags a passport that has expired before the trip starts', () => {
    const bundle = sample();
    const kerr = bundle.people.find((person) => person.name === 'Daniel Kerr')!;
    kerr.passportExpiry = '2016-10-01';

    expect(rowOf(bundle, 'Daniel Kerr').flags).toEqual([{ kind: 'passport-expires-before-trip', expiry: '2016-10-01', neededUntil: '2017-05-19' }]);
  });

  it('flags a member missing a detail the host needs, naming each one', () => {
    const bundle = sample();
    const moss = bundle.people.find((person) => person.name === 'Helen Moss')!;
    Object.assign(moss, { dateOfBirth: null, passportNumber: '', sex: null } satisfies Partial<Person>);

    const row = rowOf(bundle, 'Helen Moss');
    expect(row.flags).toEqual([{ kind: 'missing', details: ['sex', 'dateOfBirth', 'passportNumber'] }]);
    const [, ...body] = invitationListTable({ ...invitationList(bundle), rows: [row] }, inEnglishWords);
    expect(body[0]!.at(-1)).toBe('Missing: sex, date of birth and passport number');
  });

  it('flags a name whose split into given and family names is a guess', () => {
    const bundle = sample();
    const zhang = rowOf(bundle, 'Meilin Zhang');
    expect(bundle.people.find((person) => person.name === 'Meilin Zhang')).toMatchObject({ nameAsEntered: 'Meilin Zhang', nameToConfirm: true });

    expect(zhang.flags).toEqual([{ kind: 'name-to-confirm' }]);
    expect(zhang.nameLocal).toBe('张美琳');
  });

  it('gives each member the cities they are in, with the route’s dates, and their first and last day', () => {
    const bundle = sample();
    const harland = rowOf(bundle, 'Professor Richard Harland');
    const kerr = rowOf(bundle, 'Daniel Kerr');

    expect(harland.visits.map((visit) => visit.city.name)).toEqual(['Beijing', 'Qingdao', 'Shanghai']);
    expect(harland.arrival).toBe(harland.visits[0]!.from);
    expect(kerr.visits.map((visit) => visit.city.name)).toEqual(['Kunming', 'Chongqing', 'Tianjin', 'Beijing', 'Qingdao']);
    expect(kerr.departure).toBe(kerr.visits.at(-1)!.to);
    const beijing = bundle.stops.find((stop) => stop.name === 'Beijing')!;

    const table = invitationListTable({ ...invitationList(bundle), rows: [harland] }, inEnglishWords);
    expect(table[1]![table[0]!.indexOf('Cities and dates of the visit')]).toMatch(
      new RegExp(`^Beijing ${beijing.arrivalDate} to ${beijing.departureDate}; Qingdao \\S+ to \\S+; Shanghai \\S+ to \\S+$`),
    );
    const inChineseTable = invitationListTable({ ...invitationList(bundle), rows: [harland] }, inChineseWords);
    expect(inChineseTable[1]![inChineseTable[0]!.indexOf('访问城市及日期')]).toMatch(new RegExp(`^北京 ${beijing.arrivalDate}至${beijing.departureDate}；青岛`));
  });

  it('can leave out the people whose visa is granted or not required', () => {
    const bundle = sample();
    const moss = bundle.people.find((person) => person.name === 'Helen Moss')!;
    moss.visaStatus = 'not-required';

    const list = invitationList(bundle, { onlyVisaNotSettled: true });
    expect(list.rows.map((row) => row.familyName)).toEqual(['Price']);
  });

  it('writes its headers in English or in Chinese', () => {
    const list = invitationList(sample());

    expect(invitationListTable(list, inEnglishWords)[0]).toEqual([
      'Family name (as in passport)',
      'Given names (as in passport)',
      'Name in Chinese characters',
      'Sex',
      'Date of birth',
      'Nationality',
      'Passport number',
      'Passport expiry date',
      'Job title',
      'Organisation',
      'Cities and dates of the visit',
      'First day',
      'Last day',
      'To check',
    ]);
    expect(invitationListTable(list, inChineseWords)[0]).toEqual([
      '姓（护照）',
      '名（护照）',
      '中文姓名',
      '性别',
      '出生日期',
      '国籍',
      '护照号码',
      '护照有效期至',
      '职务',
      '工作单位',
      '访问城市及日期',
      '抵达日期',
      '离开日期',
      '待核实',
    ]);
    const [, kerr] = invitationListTable({ ...list, rows: list.rows.filter(hasPassportFlag) }, inChineseWords);
    expect(kerr!.at(-1)).toBe('护照于2017-04-30到期，距行程结束不足6个月（须有效至2017-05-19）');
  });

  it('names a Chinese delegate in characters and in the passport’s pinyin', () => {
    const bundle = sample(true);
    const [head] = invitationList(bundle).rows;

    expect(head).toMatchObject({ familyName: 'Wang', givenNames: 'Haitao', nameLocal: '王海涛', passportNumber: 'E58219473' });
  });

  it('writes CSV a spreadsheet opens safely: no cell runs as a formula, Chinese survives, and it reads back', () => {
    const bundle = sample();
    const anderson = bundle.people.find((person) => person.name === 'Joe Anderson')!;
    anderson.jobTitle = '=HYPERLINK("http://evil.example","Mayor")';
    anderson.placeOfBirth = '+44';
    const table = invitationListTable(invitationList(bundle), inChineseWords);

    const csv = forSpreadsheets(invitationListCsv(table));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toHaveLength(21);
    expect(parsed[0]![0]).toBe('姓（护照）');
    const job = parsed[1]![parsed[0]!.indexOf('职务')]!;
    expect(job).toBe(`'=HYPERLINK("http://evil.example","Mayor")`);
    expect(parsed.find((row) => row[0] === 'Zhang')![2]).toBe('张美琳');
  });
});
