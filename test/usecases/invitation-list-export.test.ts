import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { personToDraft } from '../../src/domain/people/person-rules';
import { localeOf } from '../../src/i18n/locale';
import { exportInvitationList, MAX_SPREADSHEET_PEOPLE, type InvitationListChoice } from '../../src/usecases/invitation-list-export';
import { generateDataset } from '../builders/large-dataset';
import { aTestPlatform } from '../builders/test-platform';
import { testI18n } from '../builders/words';
import { databaseHash } from '../storage/database-hash';
import { aDatabaseWithTheSampleTrip } from './sample-data';
import { loggedWithoutTimes } from '../builders/logged-entries';

const english = localeOf(testI18n('en'), 'en');
const chinese = localeOf(testI18n('zh-CN'), 'zh-CN');
const locales = { reader: english, english, chinese };

const choice = (overrides: Partial<InvitationListChoice> = {}): InvitationListChoice => ({
  format: 'csv',
  headers: 'en',
  onlyVisaNotSettled: false,
  ...overrides,
});

describe('exporting a trip’s invitation-letter list', () => {
  it('saves CSV with a byte-order mark, named for the trip, and changes nothing', async () => {
    const { db, repos, tripId } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform();
    const before = await databaseHash(db);

    const exported = await exportInvitationList({ repositories: repos, platform }, tripId, choice(), locales);

    expect(exported).toEqual({
      ok: true,
      value: { path: '/home/organiser/Liverpool City Region trade mission to China invitation-letter list.csv', people: 20, passportsFlagged: 1 },
    });
    const content = platform.saved[0]!.content;
    expect(content.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(content.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]!.slice(0, 3)).toEqual(['Family name (as in passport)', 'Given names (as in passport)', 'Name in Chinese characters']);
    const kerr = rows.find((row) => row[0] === 'Kerr')!;
    expect(kerr.at(-1)).toContain('less than 6 months after the trip ends');
    expect(await databaseHash(db)).toBe(before);
  });

  it('writes the headers in Chinese, or in both languages, for a Chinese host', async () => {
    const { repos, tripId } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform();

    await exportInvitationList({ repositories: repos, platform }, tripId, choice({ headers: 'zh-CN' }), locales);
    await exportInvitationList({ repositories: repos, platform }, tripId, choice({ headers: 'both' }), locales);

    const [zh, both] = platform.saved.map((file) => Papa.parse<string[]>(file.content.slice(1), { skipEmptyLines: true }).data);
    expect(zh![0]![0]).toBe('姓（护照）');
    expect(zh!.find((row) => row[0] === 'Anderson')![10]).toMatch(/^昆明 2016-11-0\d至/);
    expect(both![0]![0]).toBe('Family name (as in passport) / 姓（护照）');
    expect(both!.find((row) => row[0] === 'Anderson')![10]).toMatch(/^Kunming 昆明 /);
  });

  it('saves a spreadsheet whose cells are all text, which a spreadsheet reader reads back', async () => {
    const { repos, tripId } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform();
    const anderson = (await repos.people.roster(tripId)).find((entry) => entry.person.name === 'Joe Anderson')!.person;
    await repos.people.savePerson(anderson.id, { ...personToDraft(anderson), jobTitle: '=1+1' });

    const exported = await exportInvitationList({ repositories: repos, platform }, tripId, choice({ format: 'xlsx', headers: 'zh-CN' }), locales);

    expect(exported.ok && exported.value.path).toBe('/home/organiser/Liverpool City Region trade mission to China invitation-letter list.xlsx');
    const bytes = platform.saved[0]!.bytes!;
    const rows = await readSheet(Buffer.from(bytes));
    expect(rows[0]![0]).toBe('姓（护照）');
    expect(rows).toHaveLength(21);
    const kerr = rows.find((row) => row[0] === 'Kerr')!;
    expect(kerr[6]).toBe('497150329');
    expect(kerr.at(-1)).toContain('距行程结束不足6个月');
    expect(rows.find((row) => row[0] === 'Anderson')![8]).toBe('=1+1');
    const sheet = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
    expect(sheet).not.toContain('<f>');
  });

  it('can hold only the people whose visa is not yet settled', async () => {
    const { repos, tripId } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform();

    const exported = await exportInvitationList({ repositories: repos, platform }, tripId, choice({ onlyVisaNotSettled: true }), locales);

    expect(exported.ok && exported.value.people).toBe(1);
    expect(platform.saved[0]!.content).toContain('Price');
  });

  it('asks for CSV rather than a spreadsheet when the list is longer than a spreadsheet here can hold', async () => {
    const { db, repos, tripId } = await aDatabaseWithTheSampleTrip();
    const people = generateDataset({ trips: 1, people: MAX_SPREADSHEET_PEOPLE, engagementsPerTrip: 0, membersPerTrip: 0 }).people;
    await db.people.bulkAdd(people);
    await db.memberships.bulkAdd(
      people.map((person) => ({ id: `m-${person.id}`, tripId, personId: person.id, role: 'delegate' as const, stopIds: [], notes: '', calendarExportedAt: null })),
    );
    const platform = aTestPlatform();

    const spreadsheet = await exportInvitationList({ repositories: repos, platform }, tripId, choice({ format: 'xlsx' }), locales);
    const csv = await exportInvitationList({ repositories: repos, platform }, tripId, choice({ format: 'csv' }), locales);

    expect(spreadsheet).toEqual({ ok: false, error: { kind: 'too-many-for-spreadsheet', max: MAX_SPREADSHEET_PEOPLE } });
    expect(csv.ok && csv.value.people).toBe(MAX_SPREADSHEET_PEOPLE + 20);
    expect(platform.saved).toHaveLength(1);
  });

  it('says when the save was cancelled, and when the trip has gone', async () => {
    const { repos, tripId } = await aDatabaseWithTheSampleTrip();

    const cancelled = await exportInvitationList({ repositories: repos, platform: aTestPlatform().nextSave('cancel') }, tripId, choice(), locales);
    const gone = await exportInvitationList({ repositories: repos, platform: aTestPlatform() }, 'no-such-trip', choice(), locales);

    expect(cancelled).toEqual({ ok: false, error: { kind: 'cancelled' } });
    expect(gone).toEqual({ ok: false, error: { kind: 'trip-gone' } });
  });
});

describe('an invitation-letter list in the log', () => {
  it('logs the list saved with its size, and a trip gone, never a name or a passport number', async () => {
    const { db, repos, tripId } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform();

    await exportInvitationList({ repositories: repos, platform }, tripId, choice(), locales);
    await exportInvitationList({ repositories: repos, platform }, 'no-such-trip', choice(), locales);

    expect(loggedWithoutTimes(platform.logged)).toEqual([
      { event: 'export', what: 'invitation-list', outcome: 'done', problem: null, messageCode: null, files: 1, sizeBytes: new Blob([platform.saved[0]!.content]).size, durationMs: 0 },
      { event: 'export', what: 'invitation-list', outcome: 'refused', problem: 'gone', messageCode: null, files: 0, sizeBytes: null, durationMs: 0 },
    ]);
    const people = await db.people.toArray();
    const text = JSON.stringify(platform.logged);
    for (const person of people) {
      expect(text).not.toContain(person.name);
      if (person.passportNumber) expect(text).not.toContain(person.passportNumber);
    }
  });
});
