import { describe, expect, it } from 'vitest';
import { importCalendarEvents, MAX_CALENDAR_FILE_BYTES, previewCalendarFile } from '../../src/usecases/calendar-import';
import { createCalendarWorker } from '../../src/usecases/calendar-worker';
import { databaseHash } from '../storage/database-hash';
import { aDatabaseWithTheSampleTrip, fixture } from './sample-data';
import { localeOf } from '../../src/i18n/locale';
import { inChinese, inEnglish, testI18n } from '../builders/words';
import { aTestPlatform } from '../builders/test-platform';
import { expectNoneOf, loggedWithoutTimes } from '../builders/logged-entries';

const english = localeOf(testI18n('en'), 'en');
/** The calendar worker's work, done on the page, as where no worker can start. */
const onPage = createCalendarWorker(null);

/** A chosen file holding `content`, as the browser hands it over. */
const aFile = (content: string | Uint8Array) => new File([content as BlobPart], 'invitation.ics', { type: 'text/calendar' });

describe('previewing a calendar file', () => {
  it('refuses a file too large to be an invitation before reading it', async () => {
    const { bundle } = await aDatabaseWithTheSampleTrip();
    const tooLarge = { size: MAX_CALENDAR_FILE_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('read a file it should not have')) };

    expect(await previewCalendarFile(tooLarge, bundle, english, onPage)).toEqual({ ok: false, error: { kind: 'too-large', maxBytes: MAX_CALENDAR_FILE_BYTES } });
  });

  it('says where a file that is not a whole calendar goes wrong', async () => {
    const { bundle } = await aDatabaseWithTheSampleTrip();

    const preview = await previewCalendarFile(aFile(fixture('calendars/cut-short.ics')), bundle, english, onPage);

    expect(!preview.ok && preview.error.kind).toBe('unreadable');
    expect(!preview.ok && preview.error.kind === 'unreadable' && inEnglish(preview.error.reason)).toMatch(/line 3/);
  });

  it('reads a Chinese title whole when a folded line splits one of its characters between its bytes', async () => {
    const { bundle } = await aDatabaseWithTheSampleTrip();
    const utf8 = new TextEncoder();
    const before = utf8.encode(
      ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:meeting@qingdao.example', 'DTSTART:20161116T010000Z', 'DTEND:20161116T020000Z', 'SUMMARY:青岛市商'].join('\r\n'),
    );
    const after = utf8.encode('局会见\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n');
    // 务 is three bytes: the line is folded (CRLF and a space) after its first, as a writer folding by bytes does.
    const split = utf8.encode('务');
    const bytes = new Uint8Array([...before, split[0]!, 0x0d, 0x0a, 0x20, split[1]!, split[2]!, ...after]);

    const preview = await previewCalendarFile(aFile(bytes), bundle, english, onPage);

    if (!preview.ok) throw new Error(JSON.stringify(preview.error));
    expect(preview.value.events.map((event) => event.title)).toEqual(['青岛市商务局会见']);
    expect(preview.value.drafts.map((draft) => draft.title)).toEqual(['青岛市商务局会见']);
  });

  it('finds the city of the trip each event goes to', async () => {
    const { bundle } = await aDatabaseWithTheSampleTrip();

    const preview = await previewCalendarFile(aFile(fixture('calendars/zhengxin-invitation.ics')), bundle, english, onPage);

    if (!preview.ok) throw new Error(JSON.stringify(preview.error));
    const tianjin = bundle.stops.find((stop) => stop.name === 'Tianjin');
    expect(preview.value.events.map((event) => event.stopId)).toEqual([tianjin?.id, null]);
  });
});

describe('importing the events of a calendar file', () => {
  async function theInvitation() {
    const world = await aDatabaseWithTheSampleTrip();
    const preview = await previewCalendarFile(aFile(fixture('calendars/zhengxin-invitation.ics')), world.bundle, english, onPage);
    if (!preview.ok) throw new Error(JSON.stringify(preview.error));
    return { ...world, events: preview.value.events };
  }

  it('adds the events that can be imported, counting them and naming their cities', async () => {
    const { repos, tripId, bundle, events } = await theInvitation();

    const imported = await importCalendarEvents({ repositories: repos, platform: aTestPlatform() }, tripId, events);

    if (!imported.ok) throw new Error(JSON.stringify(imported.error));
    expect(imported.value).toMatchObject({ added: 1, updated: 0, stopIds: [bundle.stops.find((stop) => stop.name === 'Tianjin')?.id] });
    const after = await repos.trips.getBundle(tripId);
    expect(after?.engagements.map((engagement) => engagement.title)).toContain('Tour of the Zhengxin sensor plant');
  });

  it('can be undone, leaving the database exactly as it was', async () => {
    const { db, repos, tripId, events } = await theInvitation();
    const before = await databaseHash(db);

    const imported = await importCalendarEvents({ repositories: repos, platform: aTestPlatform() }, tripId, events);
    if (!imported.ok) throw new Error(JSON.stringify(imported.error));

    expect(await imported.value.change.revert()).toEqual({ ok: true, value: undefined });
    expect(await databaseHash(db)).toBe(before);
  });

  it('does nothing when no event that can be imported is chosen', async () => {
    const { db, repos, tripId, events } = await theInvitation();
    const before = await databaseHash(db);

    const blocked = events.filter((event) => event.draft === null);
    expect(await importCalendarEvents({ repositories: repos, platform: aTestPlatform() }, tripId, blocked)).toEqual({ ok: false, error: { kind: 'nothing-chosen' } });
    expect(await databaseHash(db)).toBe(before);
  });

  it('is refused, changing nothing, when the trip is gone', async () => {
    const { db, repos, tripId, events } = await theInvitation();
    await repos.trips.remove(tripId);
    const before = await databaseHash(db);

    const imported = await importCalendarEvents({ repositories: repos, platform: aTestPlatform() }, tripId, events);

    expect(imported.ok).toBe(false);
    if (imported.ok || imported.error.kind !== 'refused') throw new Error('The import was not refused.');
    expect(inEnglish(imported.error.reason)).toBe('This trip no longer exists: it may have been deleted.');
    expect(await databaseHash(db)).toBe(before);
  });

  it('says no event was imported when the disk is full, in both languages, and changes nothing', async () => {
    const { db, repos, tripId, events } = await theInvitation();
    const before = await databaseHash(db);
    // The import's first write fails as a full disk makes it fail.
    db.engagements.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    const imported = await importCalendarEvents({ repositories: repos, platform: aTestPlatform() }, tripId, events);

    if (imported.ok || imported.error.kind !== 'refused') throw new Error('The import was not refused.');
    expect(inEnglish(imported.error.reason)).toBe(
      'This computer’s storage is full, so no event was imported. Free some space on the disk, then import the file again.',
    );
    expect(inChinese(imported.error.reason)).toBe('本机存储空间已满，未导入任何活动。请先清理磁盘空间，再重新导入该文件。');
    expect(await databaseHash(db)).toBe(before);
  });
});

describe('a calendar import in the log', () => {
  it('logs how many engagements were imported, never their titles', async () => {
    const world = await aDatabaseWithTheSampleTrip();
    const preview = await previewCalendarFile(aFile(fixture('calendars/zhengxin-invitation.ics')), world.bundle, english, onPage);
    if (!preview.ok) throw new Error(JSON.stringify(preview.error));
    const platform = aTestPlatform();

    await importCalendarEvents({ repositories: world.repos, platform }, world.tripId, preview.value.events);

    expect(loggedWithoutTimes(platform.logged)).toEqual([
      { event: 'import', what: 'calendar', outcome: 'done', problem: null, messageCode: null, records: 1, durationMs: 0 },
    ]);
    expectNoneOf(['Zhengxin', 'Tianjin'], platform.logged);
  });

  it('logs an import with no event chosen as having nothing to do', async () => {
    const { repos, tripId } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform();

    await importCalendarEvents({ repositories: repos, platform }, tripId, []);

    expect(loggedWithoutTimes(platform.logged)).toMatchObject([{ event: 'import', what: 'calendar', outcome: 'refused', problem: 'nothing-to-do', records: 0 }]);
  });
});
