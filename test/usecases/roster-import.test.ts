import { describe, expect, it } from 'vitest';
import { guessMapping, readRosterCsv } from '../../src/domain/files/roster-csv';
import { parseRosterRows } from '../../src/domain/files/roster-rows';
import type { City } from '../../src/domain/route/city';
import { importRoster } from '../../src/usecases/roster-import';
import { aCityDraft } from '../builders/city-draft';
import { aTripDraft } from '../builders/trip-draft';
import { databaseHash } from '../storage/database-hash';
import { freshRepositories } from '../storage/test-database';
import { fixture } from './sample-data';
import { inChinese, inEnglish } from '../builders/words';
import { worded } from '../unit/domain/files/roster-test-files';
import { aTestPlatform } from '../builders/test-platform';
import { expectNoneOf, loggedWithoutTimes } from '../builders/logged-entries';

const ROUTE = [
  ['Kunming', '2016-11-06', '2016-11-09'],
  ['Chongqing', '2016-11-09', '2016-11-11'],
  ['Tianjin', '2016-11-11', '2016-11-13'],
  ['Beijing', '2016-11-13', '2016-11-15'],
  ['Qingdao', '2016-11-15', '2016-11-17'],
  ['Shanghai', '2016-11-17', '2016-11-19'],
] as const;

/** A trip with its route and nobody on it yet, in an empty directory. */
async function anEmptyTrip() {
  const { db, repos } = freshRepositories();
  const trip = await repos.trips.create(aTripDraft().named('Liverpool City Region trade mission to China').from('2016-11-05').to('2016-11-19').build());
  if (!trip.ok) throw new Error('The trip was not created.');
  const stops: City[] = [];
  for (const [name, arrivalDate, departureDate] of ROUTE) {
    const stop = await repos.route.addCity(trip.value.id, aCityDraft(name, arrivalDate, departureDate));
    if (!stop.ok) throw new Error('The city was not added.');
    stops.push(stop.value);
  }
  return { db, repos, tripId: trip.value.id, stops };
}

/** The people of the clean Liverpool roster, checked against the trip's route as the preview does. */
function theCleanRoster(stops: readonly City[]) {
  const table = readRosterCsv(fixture('rosters/liverpool-clean.csv'));
  if (!table.ok) throw new Error(inEnglish(table.error));
  return parseRosterRows(table.value, guessMapping(table.value.headers), stops).people;
}

describe('importing a roster', () => {
  it('adds every checked person to the trip at once, and counts them', async () => {
    const { repos, tripId, stops } = await anEmptyTrip();
    const people = theCleanRoster(stops);

    const imported = await importRoster({ repositories: repos, platform: aTestPlatform() }, tripId, people);

    if (!imported.ok) throw new Error(JSON.stringify(imported.error));
    expect(imported.value.summary).toMatchObject({ created: people.length, updated: 0, addedToTrip: people.length, alreadyOnTrip: 0 });
    expect((await repos.trips.getBundle(tripId))?.memberships).toHaveLength(people.length);
  });

  it('can be undone, leaving the trip and the directory exactly as they were', async () => {
    const { db, repos, tripId, stops } = await anEmptyTrip();
    const before = await databaseHash(db);

    const imported = await importRoster({ repositories: repos, platform: aTestPlatform() }, tripId, theCleanRoster(stops));
    if (!imported.ok) throw new Error(JSON.stringify(imported.error));

    expect(await imported.value.change.revert()).toEqual({ ok: true, value: undefined });
    expect(await databaseHash(db)).toBe(before);
  });

  it('is refused, changing nothing, when the trip is gone', async () => {
    const { db, repos, tripId, stops } = await anEmptyTrip();
    const people = theCleanRoster(stops);
    await repos.trips.remove(tripId);
    const before = await databaseHash(db);

    const imported = await importRoster({ repositories: repos, platform: aTestPlatform() }, tripId, people);

    expect(worded(imported)).toEqual({ ok: false, error: { kind: 'refused', reason: 'This trip is no longer there: nothing was imported.' } });
    expect(await databaseHash(db)).toBe(before);
  });

  it('does nothing when nobody can be imported', async () => {
    const { db, repos, tripId } = await anEmptyTrip();
    const before = await databaseHash(db);

    expect(await importRoster({ repositories: repos, platform: aTestPlatform() }, tripId, [])).toEqual({ ok: false, error: { kind: 'nobody-to-import' } });
    expect(await databaseHash(db)).toBe(before);
  });
});

describe('importing a roster when the disk is full', () => {
  it('says nothing was imported because storage is full, in both languages, and changes nothing', async () => {
    const { db, repos, tripId, stops } = await anEmptyTrip();
    const people = theCleanRoster(stops);
    const before = await databaseHash(db);
    // The import's first write fails as a full disk makes it fail.
    db.people.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    const imported = await importRoster({ repositories: repos, platform: aTestPlatform() }, tripId, people);

    expect(worded(imported)).toEqual({
      ok: false,
      error: { kind: 'refused', reason: 'This computer’s storage is full, so nothing was imported. Free some space on the disk, then import the file again.' },
    });
    expect(worded(imported, inChinese)).toEqual({
      ok: false,
      error: { kind: 'refused', reason: '本机存储空间已满，未导入任何内容。请先清理磁盘空间，再重新导入该文件。' },
    });
    expect(await databaseHash(db)).toBe(before);
  });
});

describe('a roster import in the log', () => {
  it('logs how many people were imported, never who', async () => {
    const { repos, tripId, stops } = await anEmptyTrip();
    const people = theCleanRoster(stops);
    const platform = aTestPlatform();

    await importRoster({ repositories: repos, platform }, tripId, people);

    expect(loggedWithoutTimes(platform.logged)).toEqual([
      { event: 'import', what: 'roster', outcome: 'done', problem: null, messageCode: null, records: people.length, durationMs: 0 },
    ]);
    expectNoneOf([...people.map((person) => person.name), 'Liverpool'], platform.logged);
  });

  it('logs a full disk as a refusal with the code of the message the person read', async () => {
    const { db, repos, tripId, stops } = await anEmptyTrip();
    const platform = aTestPlatform();
    db.people.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    await importRoster({ repositories: repos, platform }, tripId, theCleanRoster(stops));

    expect(loggedWithoutTimes(platform.logged)).toEqual([
      { event: 'import', what: 'roster', outcome: 'refused', problem: 'refused', messageCode: 'people:import.refused.storageFull', records: 0, durationMs: 0 },
    ]);
  });
});
