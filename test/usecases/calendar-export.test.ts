import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { PlannerDatabase } from '../../src/storage/database';
import {
  chooseCalendarFolder,
  saveCityCalendar,
  saveMemberCalendars,
  savePersonCalendar,
  saveTripCalendar,
} from '../../src/usecases/calendar-export';
import { aTestPlatform, type TestPlatform } from '../builders/test-platform';
import { databaseHash } from '../storage/database-hash';
import { aDatabaseWithTheSampleTrip } from './sample-data';
import { localeOf } from '../../src/i18n/locale';
import { testI18n } from '../builders/words';
import { expectNoneOf, loggedWithoutTimes } from '../builders/logged-entries';

const english = localeOf(testI18n('en'), 'en');

/** The moment of the export: every file's DTSTAMP, and when each person was sent theirs. */
const EXPORTED_AT = '2016-11-01T09:00:00.000Z';

/** The people whose calendar is recorded as sent at {@link EXPORTED_AT}. */
async function sentAtThisExport(db: PlannerDatabase, tripId: string): Promise<string[]> {
  const memberships = await db.memberships.where('tripId').equals(tripId).toArray();
  return memberships.filter((membership) => membership.calendarExportedAt === EXPORTED_AT).map((membership) => membership.personId).sort();
}

async function aTripToExport(platform: TestPlatform = aTestPlatform()) {
  const world = await aDatabaseWithTheSampleTrip();
  const memberIds = world.bundle.memberships.map((membership) => membership.personId);
  return { ...world, platform, memberIds, needs: { repositories: world.repos, platform, locale: english, now: EXPORTED_AT } };
}

describe('saving the trip’s or a city’s calendar', () => {
  it('saves everything on the trip in one file, and records no one as sent', async () => {
    const { db, needs, platform, bundle } = await aTripToExport();
    const before = await databaseHash(db);

    const saved = await saveTripCalendar(needs, bundle);

    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    expect(saved.value.fileName).toBe('Liverpool City Region trade mission to China.ics');
    expect(saved.value.eventCount).toBeGreaterThan(0);
    expect(saved.value.path).toBe(`/home/organiser/${saved.value.fileName}`);
    expect(platform.saved[0]?.content).toContain('BEGIN:VCALENDAR');
    expect(await databaseHash(db)).toBe(before);
  });

  it('saves one city’s calendar, named for the city', async () => {
    const { needs, bundle } = await aTripToExport();
    const tianjin = bundle.stops.find((stop) => stop.name === 'Tianjin')!;

    const saved = await saveCityCalendar(needs, bundle, tianjin.id);

    expect(saved.ok && saved.value.fileName).toBe('Liverpool City Region trade mission to China - Tianjin.ics');
  });

  it('says a city not on the route cannot be exported, and saves nothing', async () => {
    const { needs, bundle, platform } = await aTripToExport();

    const saved = await saveCityCalendar(needs, bundle, 'no-such-city');

    expect(!saved.ok && saved.error.kind).toBe('not-exportable');
    expect(platform.saved).toEqual([]);
  });
});

describe('saving one person’s calendar', () => {
  it('records it as sent to them once it is saved', async () => {
    const { db, needs, bundle, tripId, memberIds } = await aTripToExport();
    const person = memberIds[0]!;

    const saved = await savePersonCalendar(needs, bundle, person);

    expect(saved.ok).toBe(true);
    expect(await sentAtThisExport(db, tripId)).toEqual([person]);
  });

  it('records nothing when the person cancels the save', async () => {
    const { db, needs, bundle, memberIds, platform } = await aTripToExport();
    platform.nextSave('cancel');
    const before = await databaseHash(db);

    const saved = await savePersonCalendar(needs, bundle, memberIds[0]!);

    expect(saved).toEqual({ ok: false, error: { kind: 'cancelled' } });
    expect(await databaseHash(db)).toBe(before);
  });

  it('records nothing when the file cannot be written, and carries the reason', async () => {
    const { db, needs, bundle, memberIds, platform } = await aTripToExport();
    platform.nextSave({ fail: 'The disk is full.' });
    const before = await databaseHash(db);

    const saved = await savePersonCalendar(needs, bundle, memberIds[0]!);

    expect(saved).toEqual({ ok: false, error: { kind: 'failed', reason: 'The disk is full.' } });
    expect(await databaseHash(db)).toBe(before);
  });
});

describe('saving every delegate’s calendar', () => {
  it('downloads one zip in the browser and records everyone as sent', async () => {
    const { db, needs, bundle, tripId, memberIds, platform } = await aTripToExport(aTestPlatform().onTheWeb());

    const saved = await saveMemberCalendars(needs, bundle);

    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    expect(saved.value.archiveName).toBe('Liverpool City Region trade mission to China calendars.zip');
    expect(saved.value.location).toBe(saved.value.archiveName);
    expect(saved.value.sentPersonIds).toHaveLength(memberIds.length);
    expect(platform.saved.map((file) => file.name)).toEqual([saved.value.archiveName]);
    const inZip = unzipSync(platform.saved[0]!.bytes!);
    expect(Object.keys(inZip)).toHaveLength(memberIds.length);
    for (const text of Object.values(inZip)) expect(strFromU8(text)).toMatch(/^BEGIN:VCALENDAR\r\n[^]*END:VCALENDAR\r\n$/);
    expect(await sentAtThisExport(db, tripId)).toEqual([...memberIds].sort());
  });

  it('tells how many calendars are written, and saves and records nothing when cancelled', async () => {
    const { db, needs, bundle, platform } = await aTripToExport(aTestPlatform().onTheWeb());
    const before = await databaseHash(db);
    const controller = new AbortController();
    const heard: string[] = [];

    const saved = await saveMemberCalendars(needs, bundle, undefined, {
      signal: controller.signal,
      onProgress: (progress) => {
        heard.push(progress.stage === 'writing' ? `${progress.written}/${progress.total}` : progress.stage);
        if (progress.stage === 'zipping') controller.abort();
      },
    });

    expect(saved).toEqual({ ok: false, error: { kind: 'cancelled' } });
    const total = bundle.memberships.length;
    expect(heard).toEqual([...Array.from({ length: total }, (_, index) => `${index + 1}/${total}`), 'zipping']);
    expect(platform.saved).toEqual([]);
    expect(await databaseHash(db)).toBe(before);
  });

  it('saves and records only the people chosen', async () => {
    const { db, needs, bundle, tripId, memberIds, platform } = await aTripToExport(aTestPlatform().onTheWeb());
    const chosen = new Set(memberIds.slice(0, 2));

    const saved = await saveMemberCalendars(needs, bundle, chosen);

    expect(saved.ok && saved.value.sentPersonIds).toEqual([...chosen]);
    expect(Object.keys(unzipSync(platform.saved[0]!.bytes!))).toHaveLength(2);
    expect(await sentAtThisExport(db, tripId)).toEqual([...chosen].sort());
  });

  it('records only the calendars saved before a file failed', async () => {
    const { db, needs, bundle, tripId, memberIds } = await aTripToExport();
    needs.platform.nextSave({ failAfter: 3, fail: 'The disk is full.' });

    const saved = await saveMemberCalendars(needs, bundle);

    expect(saved.ok).toBe(false);
    if (saved.ok || saved.error.kind !== 'partly-saved') throw new Error('expected some to be saved');
    expect(saved.error.reason).toBe('The disk is full.');
    expect(saved.error.sentPersonIds).toHaveLength(3);
    expect(await sentAtThisExport(db, tripId)).toEqual([...saved.error.sentPersonIds].sort());
    expect(memberIds.length).toBeGreaterThan(3);
  });

  it('saves and records nothing when the person, asked about calendars already in the folder, cancels', async () => {
    const { db, needs, bundle, platform } = await aTripToExport();
    await saveMemberCalendars(needs, bundle);
    const before = await databaseHash(db);
    const savedBefore = platform.saved.length;
    platform.nextSave('cancel');

    const saved = await saveMemberCalendars({ ...needs, now: '2016-11-02T09:00:00.000Z' }, bundle);

    expect(saved).toEqual({ ok: false, error: { kind: 'cancelled' } });
    expect(platform.saved).toHaveLength(savedBefore);
    expect(await databaseHash(db)).toBe(before);
  });

  it('asks the desktop for a folder once, and saves into it again next time without asking', async () => {
    const { needs, bundle, platform, repos } = await aTripToExport();

    const first = await saveMemberCalendars(needs, bundle);
    const second = await saveMemberCalendars(needs, bundle);

    expect(platform.foldersAsked).toBe(1);
    expect(first.ok && first.value.location).toBe('/home/organiser/folder-1');
    expect(second.ok && second.value.location).toBe('/home/organiser/folder-1');
    expect(await repos.calendars.folder()).toEqual({ id: 'folder-1', label: '/home/organiser/folder-1' });
  });

  it('asks for the folder again when the one remembered is gone', async () => {
    const { needs, bundle, platform, repos } = await aTripToExport();
    await saveMemberCalendars(needs, bundle);
    platform.forgetFolders();

    const saved = await saveMemberCalendars(needs, bundle);

    expect(platform.foldersAsked).toBe(2);
    expect(saved.ok && saved.value.location).toBe('/home/organiser/folder-2');
    expect((await repos.calendars.folder())?.id).toBe('folder-2');
  });

  it('stops, saying why, when the folder chosen again cannot be written into either, recording no one as sent', async () => {
    const { db, needs, bundle, platform } = await aTripToExport();
    await saveMemberCalendars(needs, bundle);
    platform.loseFoldersOnceChosen();
    const sentBefore = await db.memberships.toArray();
    const savedBefore = platform.saved.length;

    const saved = await saveMemberCalendars(needs, bundle);

    expect(platform.foldersAsked).toBe(2);
    expect(saved).toEqual({ ok: false, error: { kind: 'folder-unavailable', reason: 'Choose the folder to save into.' } });
    expect(platform.saved).toHaveLength(savedBefore);
    expect(await db.memberships.toArray()).toEqual(sentBefore);
  });

  it('saves and records nothing when no folder is chosen', async () => {
    const { db, needs, bundle, platform } = await aTripToExport();
    platform.nextFolder({ status: 'cancelled' });
    const before = await databaseHash(db);

    const saved = await saveMemberCalendars(needs, bundle);

    expect(saved).toEqual({ ok: false, error: { kind: 'no-folder', notChosen: { kind: 'cancelled' } } });
    expect(platform.saved).toEqual([]);
    expect(await databaseHash(db)).toBe(before);
  });

  it('does nothing when none of the people chosen is on the trip', async () => {
    const { db, needs, bundle, platform } = await aTripToExport();
    const before = await databaseHash(db);

    expect(await saveMemberCalendars(needs, bundle, new Set(['nobody']))).toEqual({ ok: false, error: { kind: 'nobody-chosen' } });
    expect(platform.foldersAsked).toBe(0);
    expect(await databaseHash(db)).toBe(before);
  });
});

describe('choosing the folder for every delegate’s calendar', () => {
  it('remembers the folder chosen', async () => {
    const { needs, repos } = await aTripToExport();

    const chosen = await chooseCalendarFolder(needs);

    expect(chosen).toEqual({ ok: true, value: { id: 'folder-1', label: '/home/organiser/folder-1' } });
    expect(await repos.calendars.folder()).toEqual({ id: 'folder-1', label: '/home/organiser/folder-1' });
  });

  it('keeps the folder remembered before when the dialog fails', async () => {
    const { needs, repos, platform } = await aTripToExport();
    await chooseCalendarFolder(needs);
    platform.nextFolder({ status: 'failed', message: 'No dialog.' });

    expect(await chooseCalendarFolder(needs)).toEqual({ ok: false, error: { kind: 'failed', reason: 'No dialog.' } });
    expect((await repos.calendars.folder())?.id).toBe('folder-1');
  });
});

describe('calendar exports in the log', () => {
  it('logs the trip’s calendar saved with its size, never its name', async () => {
    const { needs, platform, bundle } = await aTripToExport();

    await saveTripCalendar(needs, bundle);

    expect(loggedWithoutTimes(platform.logged)).toEqual([
      { event: 'export', what: 'calendar', outcome: 'done', problem: null, messageCode: null, files: 1, sizeBytes: new Blob([platform.saved[0]!.content]).size, durationMs: 0 },
    ]);
    expectNoneOf(['Liverpool', 'organiser', '.json', '.csv', '.ics'], platform.logged);
  });

  it('logs every delegate’s calendars with how many were saved', async () => {
    const { needs, bundle, memberIds, platform } = await aTripToExport(aTestPlatform().onTheWeb());

    await saveMemberCalendars(needs, bundle);

    expect(loggedWithoutTimes(platform.logged)).toEqual([
      { event: 'export', what: 'calendars', outcome: 'done', problem: null, messageCode: null, files: memberIds.length, sizeBytes: null, durationMs: 0 },
    ]);
  });

  it('logs the calendars saved before a file failed', async () => {
    const { needs, bundle, platform } = await aTripToExport(aTestPlatform().nextSave({ failAfter: 3, fail: 'The disk is full.' }));

    await saveMemberCalendars(needs, bundle);

    expect(loggedWithoutTimes(platform.logged)).toMatchObject([{ event: 'export', what: 'calendars', outcome: 'failed', problem: 'write-failed', files: 3 }]);
  });
});
