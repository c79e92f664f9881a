import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inChinese, inEnglish } from '../builders/words';
import { parseBackup } from '../../src/domain/files/backup';
import { emptyOrganisationDraft } from '../../src/domain/directory/organisation';
import { parseTripFile, TRIP_FILE_DIRECTORY_TABLES, TRIP_FILE_OWNED_TABLES, type TripFile } from '../../src/domain/files/trip-file';
import { BASES_KEPT_PER_TRIP } from '../../src/domain/files/trip-file-base';
import { recordKey } from '../../src/domain/files/trip-import-plan';
import type { Engagement } from '../../src/domain/engagements/engagement';
import { zonedTimeOrThrow } from '../../src/domain/shared/time';
import type { Clock } from '../../src/storage/clock';
import { TRIP_OWNED_TABLES } from '../../src/domain/schema/schema-history';
import type { PlannerDatabase } from '../../src/storage/database';
import type { Repositories } from '../../src/storage/repositories';
import { databaseHash } from './database-hash';
import { freshRepositories, sequentialClock } from './test-database';

/** A second machine: its own clock, whose ids never meet the first machine's. */
function colleagueClock(): Clock {
  let counter = 0;
  return { ...sequentialClock('2026-12-01T09:00:00.000Z'), newId: () => `colleague-${++counter}` };
}

/** A database holding the sample trip, and the trip's id. */
async function withSample(clock?: Clock) {
  const { db, repos } = freshRepositories(clock);
  const loaded = await repos.sample.load();
  return { db, repos, tripId: loaded.tripId };
}

async function exported(repos: Repositories, tripId: string): Promise<string> {
  const result = await repos.tripFiles.exportTrip(tripId);
  if (!result.ok) throw new Error(inEnglish(result.error));
  return result.value.text;
}

function parsed(text: string): TripFile {
  const result = parseTripFile(text);
  if (!result.ok) throw new Error(inEnglish(result.error.message));
  return result.value;
}

/** What the app does with a file: read it, and import it only when it is a trip file. */
async function importFile(repos: Repositories, text: string) {
  const file = parseTripFile(text);
  if (!file.ok) return file;
  return repos.tripFiles.applyImport(file.value);
}

/** The trip's own records, table by table, sorted by id. */
async function tripRecords(db: PlannerDatabase, tripId: string) {
  const records: Record<string, unknown[]> = { trips: [await db.trips.get(tripId)] };
  for (const table of TRIP_OWNED_TABLES) {
    records[table] = await db.table(table).where('tripId').equals(tripId).sortBy('id');
  }
  return records;
}

describe('the trip file and the database', () => {
  it('holds every table that belongs to a trip', () => {
    expect([...TRIP_FILE_OWNED_TABLES]).toEqual([...TRIP_OWNED_TABLES]);
  });
});

describe('exporting a trip', () => {
  it('proposes the trip’s name as the file name', async () => {
    const { repos, tripId } = await withSample();
    const result = await repos.tripFiles.exportTrip(tripId);
    expect(result.ok && result.value.fileName).toBe('Liverpool City Region trade mission to China.trip.json');
  });

  it('brings the people, organisations and contacts the trip refers to, and no others', async () => {
    const { db, repos, tripId } = await withSample();
    await repos.directory.createOrganisation({ ...emptyOrganisationDraft(), name: 'Unrelated Holdings' });
    const file = parsed(await exported(repos, tripId));

    const memberIds = (await db.memberships.where('tripId').equals(tripId).toArray()).map((membership) => membership.personId);
    expect(file.tables.people.map((person) => person.id).sort()).toEqual([...memberIds].sort());
    const engagements = await db.engagements.where('tripId').equals(tripId).toArray();
    const organisationIds = new Set(file.tables.organisations.map((organisation) => organisation.id));
    for (const id of engagements.flatMap((engagement) => engagement.organisationIds)) expect(organisationIds.has(id)).toBe(true);
    for (const person of file.tables.people) if (person.organisationId) expect(organisationIds.has(person.organisationId)).toBe(true);
    const contactIds = new Set(file.tables.contacts.map((contact) => contact.id));
    for (const id of engagements.flatMap((engagement) => engagement.contactIds)) expect(contactIds.has(id)).toBe(true);
    expect(file.tables.organisations.map((organisation) => organisation.name)).not.toContain('Unrelated Holdings');
  });

  it('refuses a trip that is not there', async () => {
    const { repos } = freshRepositories();
    const exported = await repos.tripFiles.exportTrip('no-such-trip');
    expect(exported.ok).toBe(false);
    if (!exported.ok) expect(inEnglish(exported.error)).toBe('This trip no longer exists: it may have been deleted.');
  });
});

describe('importing a trip into another database', () => {
  it('gives the same trip records and directory records as the database it was exported from', async () => {
    const source = await withSample();
    const file = parsed(await exported(source.repos, source.tripId));
    const target = freshRepositories(colleagueClock());

    const plan = await target.repos.tripFiles.planImport(file);
    const result = await target.repos.tripFiles.applyImport(file);

    expect(plan.kind).toBe('new');
    expect(result.ok).toBe(true);
    expect(await tripRecords(target.db, source.tripId)).toEqual(await tripRecords(source.db, source.tripId));
    for (const table of TRIP_FILE_DIRECTORY_TABLES) {
      const ids = file.tables[table].map((record) => record.id);
      expect(await target.db.table(table).orderBy(':id').toArray(), table).toEqual(
        (await source.db.table(table).bulkGet(ids)).sort((a, b) => (a.id < b.id ? -1 : 1)),
      );
    }
    // The trip exported again from the colleague's database is the same file, but for when it was made and
    // which version it is.
    const again = parsed(await exported(target.repos, source.tripId));
    const unversioned = ({ createdAt: _createdAt, versionId: _versionId, baseId: _baseId, ...rest }: TripFile) => rest;
    expect(unversioned(again)).toEqual(unversioned(file));
  });

  it('the same file imported twice changes nothing the second time', async () => {
    const source = await withSample();
    const text = await exported(source.repos, source.tripId);
    const target = freshRepositories(colleagueClock());
    await importFile(target.repos, text);
    const before = await databaseHash(target.db);

    const result = await importFile(target.repos, text);

    expect(result.ok && result.value.hasChanges).toBe(false);
    expect(await databaseHash(target.db)).toBe(before);
  });
});

describe('importing a newer copy of a trip that is here', () => {
  /** The sample sent to a colleague, who edits it and sends it back. */
  async function roundTrip() {
    const mine = await withSample();
    const colleague = freshRepositories(colleagueClock());
    expect((await importFile(colleague.repos, await exported(mine.repos, mine.tripId))).ok).toBe(true);
    return { mine, colleague, tripId: mine.tripId };
  }

  it('updates records by id, removes what the colleague removed, adds what they added, and reports it', async () => {
    const { mine, colleague, tripId } = await roundTrip();
    const db = colleague.db;
    const tianjin = (await db.stops.where('tripId').equals(tripId).toArray()).find((stop) => stop.name === 'Tianjin')!;
    await db.stops.update(tianjin.id, { arrivalDate: '2016-11-10' });
    const [first, second] = await db.engagements.where('tripId').equals(tripId).sortBy('start.utc');
    await colleague.repos.engagements.setOutcome(first!.id, 'Agreed a follow-up visit in spring');
    await colleague.repos.engagements.remove(second!.id);
    const hotel = (await db.accommodations.where('tripId').equals(tripId).first())!;
    await colleague.repos.route.removeHotel(hotel.id);
    const newcomer = await colleague.repos.directory.createOrganisation({
      ...emptyOrganisationDraft(),
      name: 'Tianjin Port Authority',
      nameLocal: '天津港',
      type: 'government',
      city: 'Tianjin',
      country: 'CN',
    });
    if (!newcomer.ok) throw new Error('not created');
    await db.engagements.update(first!.id, { organisationIds: [...first!.organisationIds, newcomer.value.id] });
    const newer = parsed(await exported(colleague.repos, tripId));

    const preview = await mine.repos.tripFiles.planImport(newer);
    const result = await mine.repos.tripFiles.applyImport(newer);

    expect(result.ok).toBe(true);
    expect(preview.kind).toBe('update');
    expect(preview.tables.stops.updated.map((record) => inEnglish(record.description))).toEqual(['Tianjin: arrival date']);
    expect(preview.tables.engagements.updated.map((record) => inEnglish(record.description))).toEqual([`${first!.title}: organisations, outcome`]);
    expect(preview.tables.engagements.removed.map((record) => record.id)).toEqual([second!.id]);
    expect(preview.tables.accommodations.removed.map((record) => record.id)).toEqual([hotel.id]);
    expect(preview.tables.organisations.added.map((record) => record.label)).toEqual(['Tianjin Port Authority']);
    expect(preview.summary.map(inEnglish)).toContain('1 organisation added: Tianjin Port Authority.');
    expect(await tripRecords(mine.db, tripId)).toEqual(await tripRecords(colleague.db, tripId));
    expect(await mine.db.organisations.get(newcomer.value.id)).toEqual(newcomer.value);
  });

  it('keeps directory records the newer copy no longer refers to', async () => {
    const { mine, colleague, tripId } = await roundTrip();
    const membership = (await colleague.db.memberships.where('tripId').equals(tripId).first())!;
    await colleague.repos.people.removeMember(membership.id);
    const newer = parsed(await exported(colleague.repos, tripId));

    const result = await mine.repos.tripFiles.applyImport(newer);

    expect(result.ok && result.value.tables.memberships.removed.map((record) => record.id)).toEqual([membership.id]);
    expect(await mine.db.memberships.get(membership.id)).toBeUndefined();
    expect(await mine.db.people.get(membership.personId)).toBeDefined();
  });

  it('where the trip was also changed here, the preview flags those changes and the import takes the file’s version', async () => {
    const { mine, colleague, tripId } = await roundTrip();
    const engagement = (await colleague.db.engagements.where('tripId').equals(tripId).first())!;
    await colleague.repos.engagements.setOutcome(engagement.id, 'Their outcome');
    const newer = parsed(await exported(colleague.repos, tripId));
    // Later still, on this computer: the same engagement, and a record of my own.
    await mine.db.engagements.update(engagement.id, { outcome: 'My outcome', updatedAt: '2027-01-01T00:00:00.000Z' });
    await mine.db.trips.update(tripId, { updatedAt: '2027-01-01T00:00:00.000Z' });

    const preview = await mine.repos.tripFiles.planImport(newer);
    const result = await mine.repos.tripFiles.applyImport(newer);

    expect(preview.changedHere).toBe(true);
    expect(preview.tables.engagements.updated.map((record) => ({ ...record, fields: record.fields.map(inEnglish) }))).toEqual([
      expect.objectContaining({ id: engagement.id, fields: ['outcome'], changedHere: true }),
    ]);
    expect(inEnglish(preview.warnings[0]!)).toMatch(/^Changed on this computer since the file was made, and replaced by the file’s version: /);
    expect(result.ok).toBe(true);
    expect((await mine.db.engagements.get(engagement.id))?.outcome).toBe('Their outcome');
  });

  it('applies what is there when it is applied, not what the preview saw', async () => {
    const { mine, colleague, tripId } = await roundTrip();
    const newer = parsed(await exported(colleague.repos, tripId));
    const preview = await mine.repos.tripFiles.planImport(newer);
    const engagement = (await mine.db.engagements.where('tripId').equals(tripId).first())!;
    await mine.repos.engagements.setOutcome(engagement.id, 'Written after the preview');

    const result = await mine.repos.tripFiles.applyImport(newer);

    expect(preview.hasChanges).toBe(false);
    expect(result.ok && result.value.tables.engagements.updated.map((record) => record.id)).toEqual([engagement.id]);
    expect((await mine.db.engagements.get(engagement.id))?.outcome).toBe(engagement.outcome);
  });
});

describe('a colleague’s copy of a trip exchanged before, merged field by field', () => {
  /** Exports the trip as a file that is then saved, as the Export button does: its base is kept. */
  async function sent(repos: Repositories, tripId: string): Promise<TripFile> {
    const result = await repos.tripFiles.exportTrip(tripId);
    if (!result.ok) throw new Error(inEnglish(result.error));
    await repos.tripFiles.keepBase(result.value.base);
    return parsed(result.value.text);
  }

  /** An engagement's times moved to the afternoon of its day. */
  function earlier(engagement: Engagement) {
    const day = engagement.start.local.slice(0, 10);
    return { start: zonedTimeOrThrow(`${day}T16:00`, engagement.start.zone), end: zonedTimeOrThrow(`${day}T17:00`, engagement.end.zone) };
  }

  /** The sample sent to a colleague and imported there. */
  async function exchanged() {
    const mine = await withSample();
    const colleague = freshRepositories(colleagueClock());
    const file = await sent(mine.repos, mine.tripId);
    expect((await colleague.repos.tripFiles.applyImport(file)).ok).toBe(true);
    const db = colleague.db;
    const tripId = mine.tripId;
    const engagement = (await db.engagements.where('tripId').equals(tripId).sortBy('start.utc'))[0]!;
    const hotel = (await db.accommodations.where('tripId').equals(tripId).sortBy('id'))[0]!;
    return { mine, colleague, tripId, file, engagement, hotel };
  }

  it('a file saved names the version it is and the version it was made from, and keeps its base here', async () => {
    const { db, repos, tripId } = await withSample();
    const unsaved = await repos.tripFiles.exportTrip(tripId);
    expect(await db.tripFileBases.count()).toBe(0);

    const first = await sent(repos, tripId);
    const second = await sent(repos, tripId);

    expect(unsaved.ok && parsed(unsaved.value.text).baseId).toBeUndefined();
    expect(first.versionId).toEqual(expect.any(String));
    expect(first.baseId).toBeUndefined();
    expect(second.baseId).toBe(first.versionId);
    expect((await db.tripFileBases.toArray()).map((base) => [base.id, base.direction])).toEqual(
      [[first.versionId, 'sent'], [second.versionId, 'sent']].sort(),
    );
  });

  it('keeps the time the colleague changed and the venue changed here; a note both changed stays mine unless I take theirs', async () => {
    for (const side of ['mine', 'theirs'] as const) {
      const { mine, colleague, tripId, engagement, hotel } = await exchanged();
      await colleague.db.engagements.update(engagement.id, { ...earlier(engagement), updatedAt: '2026-12-02T09:00:00.000Z' });
      await colleague.db.accommodations.update(hotel.id, { notes: 'Late check-out agreed' });
      const reply = await sent(colleague.repos, tripId);
      await mine.db.engagements.update(engagement.id, { 'venue.name': 'Green Lake Hotel' });
      await mine.db.accommodations.update(hotel.id, { notes: 'Breakfast from 06:30' });

      const preview = await mine.repos.tripFiles.planImport(reply);
      const [clashing] = preview.tables.accommodations.updated;
      const result = await mine.repos.tripFiles.applyImport(reply, side === 'theirs' ? { [recordKey('accommodations', hotel.id)]: { notes: 'theirs' } } : {});

      expect(preview.mergedWith?.direction).toBe('sent');
      expect(preview.warnings).toEqual([]);
      expect(clashing?.clashes).toEqual([expect.objectContaining({ field: 'notes', mine: 'Breakfast from 06:30', theirs: 'Late check-out agreed' })]);
      expect(result.ok).toBe(true);
      const merged = await mine.db.engagements.get(engagement.id);
      expect([merged?.start, merged?.venue.name]).toEqual([earlier(engagement).start, 'Green Lake Hotel']);
      expect((await mine.db.accommodations.get(hotel.id))?.notes).toBe(side === 'mine' ? 'Breakfast from 06:30' : 'Late check-out agreed');
      // The reply is now the version both hold.
      expect((await mine.db.tripFileBases.get(reply.versionId!))?.direction).toBe('received');
    }
  });

  it('a hotel deleted here that the colleague changed is kept, and one deleted here they left alone stays deleted', async () => {
    const { mine, colleague, tripId, hotel } = await exchanged();
    const other = (await mine.db.accommodations.where('tripId').equals(tripId).sortBy('id'))[1]!;
    await colleague.db.accommodations.update(hotel.id, { notes: 'Rooms on the 12th floor' });
    const reply = await sent(colleague.repos, tripId);
    await mine.repos.route.removeHotel(hotel.id);
    await mine.repos.route.removeHotel(other.id);

    const result = await mine.repos.tripFiles.applyImport(reply);

    expect(result.ok && result.value.warnings.map(inEnglish)).toEqual([`Deleted on this computer but changed in the file since, so kept: ${hotel.name}.`]);
    expect((await mine.db.accommodations.get(hotel.id))?.notes).toBe('Rooms on the 12th floor');
    expect(await mine.db.accommodations.get(other.id)).toBeUndefined();
  });

  it('an engagement the colleague deleted and I changed is kept; one I added is kept', async () => {
    const { mine, colleague, tripId, engagement } = await exchanged();
    await colleague.repos.engagements.remove(engagement.id);
    const reply = await sent(colleague.repos, tripId);
    await mine.repos.engagements.setOutcome(engagement.id, 'Agreed a visit in spring');
    await mine.db.engagements.add({ ...engagement, id: 'engagement-mine', title: 'Breakfast with the consul' });

    const result = await mine.repos.tripFiles.applyImport(reply);

    expect(result.ok && result.value.warnings.map(inEnglish)).toEqual([
      `Deleted in the file but changed on this computer since, so kept: ${engagement.title}.`,
    ]);
    expect((await mine.db.engagements.get(engagement.id))?.outcome).toBe('Agreed a visit in spring');
    expect(await mine.db.engagements.get('engagement-mine')).toBeDefined();
  });

  it('a file of an older build, without version ids, replaces the records here as before', async () => {
    const { mine, colleague, tripId, hotel } = await exchanged();
    await colleague.db.accommodations.update(hotel.id, { notes: 'Late check-out agreed' });
    const { versionId: _versionId, baseId: _baseId, ...older } = await sent(colleague.repos, tripId);
    await mine.db.accommodations.update(hotel.id, { notes: 'Breakfast from 06:30', phone: '+86 871 0000 0000' });

    const result = await mine.repos.tripFiles.applyImport(older);

    expect(result.ok && result.value.mergedWith).toBeNull();
    expect(await mine.db.accommodations.get(hotel.id)).toEqual(older.tables.accommodations.find((stay) => stay.id === hotel.id));
    expect((await mine.db.tripFileBases.toArray()).filter((base) => base.direction === 'received')).toEqual([]);
  });

  it('undoing a merged import puts every record back, and forgets the version it received', async () => {
    const { mine, colleague, tripId, engagement } = await exchanged();
    await colleague.db.engagements.update(engagement.id, earlier(engagement));
    const reply = await sent(colleague.repos, tripId);
    await mine.db.engagements.update(engagement.id, { 'venue.name': 'Green Lake Hotel' });
    const before = await databaseHash(mine.db);
    const basesBefore = await mine.db.tripFileBases.toArray();

    const captured = await mine.repos.captureChanges(() => mine.repos.tripFiles.applyImport(reply));
    expect(captured.value.ok).toBe(true);
    expect((await captured.revert()).ok).toBe(true);

    expect(await databaseHash(mine.db)).toBe(before);
    expect(await mine.db.tripFileBases.toArray()).toEqual(basesBefore);
  });

  it('keeps only the last few versions of a trip, and none once the trip is deleted', async () => {
    const { db, repos, tripId } = await withSample();
    for (let count = 0; count < BASES_KEPT_PER_TRIP + 3; count++) await sent(repos, tripId);
    const last = await sent(repos, tripId);

    expect(await db.tripFileBases.count()).toBe(BASES_KEPT_PER_TRIP);
    expect(await db.tripFileBases.get(last.versionId!)).toBeDefined();
    await repos.trips.remove(tripId);
    expect(await db.tripFileBases.count()).toBe(0);
  });

  it('a backup holds no versions of trips, and erasing all data erases them', async () => {
    const { db, repos, tripId } = await withSample();
    await sent(repos, tripId);

    const backup = parseBackup(await repos.backups.exportAll());
    await repos.backups.eraseAll();

    expect(backup.ok && Object.keys(backup.value.tables)).not.toContain('tripFileBases');
    expect(await db.tripFileBases.count()).toBe(0);
  });
});

describe('imports that are refused leave the database as it was', () => {
  it('a file whose records are, here, part of another trip is refused and changes nothing', async () => {
    const { db, repos, tripId } = await withSample();
    const file = parsed(await exported(repos, tripId));
    // The same records under another trip's id: as if the file were made from a copy of this trip.
    const copy: TripFile = {
      ...file,
      trip: { ...file.trip, id: 'trip-copy' },
      tables: {
        ...file.tables,
        ...Object.fromEntries(
          TRIP_FILE_OWNED_TABLES.map((table) => [table, file.tables[table].map((record) => ({ ...record, tripId: 'trip-copy' }))]),
        ),
      },
    };
    const before = await databaseHash(db);

    const result = await repos.tripFiles.applyImport(copy);

    expect(result.ok).toBe(false);
    if (!result.ok) expect(inEnglish(result.error)).toMatch(/^This file cannot be imported: .* is, on this computer, part of another trip/);
    expect(await databaseHash(db)).toBe(before);
  });

  it('a disk that fills up during an import is named as such, and nothing changes', async () => {
    const source = await withSample();
    const file = parsed(await exported(source.repos, source.tripId));
    const { db, repos } = freshRepositories(colleagueClock());
    await repos.trips.create({
      name: 'Busan mission',
      purpose: '',
      homeZone: 'Europe/London',
      home: null,
      startDate: '2027-04-01',
      endDate: '2027-04-08',
      status: 'planning',
      notes: '',
      conflictBufferMinutes: 45,
    });
    const before = await databaseHash(db);
    db.engagements.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    const result = await repos.tripFiles.applyImport(file);

    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(inEnglish(result.error)).toBe('The trip could not be imported, and nothing was changed: there is not enough storage space on this computer for it.');
      expect(inChinese(result.error)).toBe('无法导入该行程，未做任何改动：本机存储空间不足。');
    }
    expect(await databaseHash(db)).toBe(before);
  });

  it.each([
    ['a truncated file', (text: string) => text.slice(0, Math.floor(text.length * 0.6)), 'truncated'],
    ['an empty file', () => '', 'empty'],
    ['a file from a newer schema', (text: string) => text.replace(/"schemaVersion":\d+/, '"schemaVersion":99'), 'newer-schema'],
    ['a file that is not a trip', () => 'Name,Email\nAda,ada@example.org\n', 'not-json'],
    ['a backup of the whole database', () => '{"format":"delegation-planner-backup","formatVersion":1}', 'whole-backup'],
    [
      'a file holding an invalid record',
      (text: string) => {
        const document = JSON.parse(text);
        document.tables.engagements[3].start = { local: 'soon', zone: 'Asia/Shanghai' };
        return JSON.stringify(document);
      },
      'invalid-record',
    ],
    [
      'a file holding a record of another trip',
      (text: string) => {
        const document = JSON.parse(text);
        document.tables.stops[0].tripId = 'another-trip';
        return JSON.stringify(document);
      },
      'other-trip',
    ],
    [
      'a file holding a member whose person it does not hold',
      (text: string) => {
        const document = JSON.parse(text);
        document.tables.people = [];
        return JSON.stringify(document);
      },
      'dangling-reference',
    ],
  ] as const)('%s is refused and changes nothing', async (_name, damage, kind) => {
    const { db, repos, tripId } = await withSample();
    const text = await exported(repos, tripId);
    // Changes after the export, so that an import would be visible.
    await db.people.limit(1).modify({ notes: 'Added after the export', updatedAt: '2027-01-01T00:00:00.000Z' });
    await db.stops.limit(1).modify({ notes: 'Added after the export' });
    const before = await databaseHash(db);

    const result = await importFile(repos, damage(text));

    expect(result.ok).toBe(false);
    if (!result.ok && 'kind' in result.error) expect(result.error.kind).toBe(kind);
    expect(await databaseHash(db)).toBe(before);
  });

  it('random and altered trip files never throw and, when refused, never change the database', async () => {
    const { db, repos, tripId } = await withSample();
    const text = await exported(repos, tripId);
    const snapshot = await repos.backups.exportAll();
    const restore = async () => {
      const backup = parseBackup(snapshot);
      if (!backup.ok) throw new Error(inEnglish(backup.error.message));
      await repos.backups.restoreReplace(backup.value);
    };
    await db.stops.limit(1).modify({ notes: 'Added after the export' });
    const changedSnapshot = await repos.backups.exportAll();
    const before = await databaseHash(db);
    const tables = ['trip', ...TRIP_FILE_DIRECTORY_TABLES, ...TRIP_FILE_OWNED_TABLES] as const;

    const damaged = fc.oneof(
      fc.string(),
      fc.json(),
      fc.integer({ min: 0, max: text.length - 1 }).map((length) => text.slice(0, length)),
      fc
        .tuple(fc.constantFrom(...tables), fc.nat(), fc.nat(), fc.oneof(fc.constant(undefined), fc.anything()))
        .map(([table, recordIndex, fieldIndex, value]) => {
          const document = JSON.parse(text);
          const rows = (table === 'trip' ? [document.trip] : document.tables[table]) as Record<string, unknown>[];
          if (rows.length === 0) return '';
          const row = rows[recordIndex % rows.length]!;
          const fields = Object.keys(row);
          const field = fields[fieldIndex % fields.length]!;
          if (value === undefined) delete row[field];
          else row[field] = value;
          return JSON.stringify(document);
        }),
    );

    await fc.assert(
      fc.asyncProperty(damaged, async (file) => {
        const result = await importFile(repos, file);
        if (result.ok) {
          // A change that is still a valid trip file was imported: put the database back for the next run.
          await restore();
          const changed = parseBackup(changedSnapshot);
          if (!changed.ok) throw new Error(inEnglish(changed.error.message));
          await repos.backups.restoreReplace(changed.value);
          // A restore leaves this computer's copies of files exchanged as they are: the one imported goes too.
          await db.tripFileBases.clear();
        }
        expect(await databaseHash(db)).toBe(before);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
