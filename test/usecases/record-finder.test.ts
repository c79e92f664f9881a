/**
 * Finding people and engagements across every trip for the command palette: the records are read once and
 * searched at each key, read again after a change to what can be found (and only then), and a failed read is
 * tried again. (Workers do not run here: the page's side is tested with the work on the page, as where no
 * worker can start, and the work itself directly.)
 */
import { describe, expect, it } from 'vitest';
import { organisationDraftNamed } from '../../src/domain/directory/organisation';
import type { FindableRecord } from '../../src/storage/trip-repository';
import { createRecordFinder } from '../../src/usecases/record-finder';
import { createRecordFinding } from '../../src/usecases/record-finding';
import { aTripDraft } from '../builders/trip-draft';
import { aDatabaseWithTheSampleTrip } from './sample-data';

const joe: FindableRecord = { kind: 'person', id: 'p1', name: 'Joe Anderson', nameLocal: '乔·安德森', tripId: 't1', tripName: 'Mission', words: 'joe anderson\n乔·安德森' };

describe('finding records across the trips', () => {
  it('reads the records once for every key typed, and answers without their lower-cased words', async () => {
    let reads = 0;
    const finding = createRecordFinding(async () => {
      reads += 1;
      return [joe];
    });
    finding.prepare();
    expect(await finding.find('jo', 5)).toEqual([{ kind: 'person', id: 'p1', name: 'Joe Anderson', nameLocal: '乔·安德森', tripId: 't1', tripName: 'Mission' }]);
    expect(await finding.find('安德森', 5)).toHaveLength(1);
    expect(await finding.find('  ', 5)).toEqual([]);
    expect(reads).toBe(1);

    finding.changed();
    await finding.find('joe', 5);
    expect(reads).toBe(2);
  });

  it('tries again after a read that failed, rather than keeping the failure', async () => {
    let reads = 0;
    const finding = createRecordFinding(async () => {
      reads += 1;
      if (reads === 1) throw new Error('The database could not be read.');
      return [joe];
    });
    await expect(finding.find('joe', 5)).rejects.toThrow('could not be read');
    expect(await finding.find('joe', 5)).toHaveLength(1);
  });

  it('finds a trip’s people and engagements in the database, and nothing of a trip once it is deleted', async () => {
    const { repos, tripId } = await aDatabaseWithTheSampleTrip();
    const finder = createRecordFinder(repos.trips, repos.backups.databaseName, null);
    let told = 0;
    finder.onChange(() => (told += 1));

    expect(await finder.find('anderson', 20)).toEqual([expect.objectContaining({ kind: 'person', name: 'Joe Anderson', tripId })]);
    expect(await finder.find('MoU', 20)).toEqual([expect.objectContaining({ kind: 'engagement', title: 'Sensor City – Zhengxin Group MoU signing ceremony' })]);

    // A change elsewhere (a new trip, without people or engagements) is told too: trips are what the found are in.
    await repos.trips.create(aTripDraft().named('Shenzhen delegation to Boston').build());
    await expect.poll(() => told).toBeGreaterThan(0);

    await repos.trips.remove(tripId);
    expect(await finder.find('anderson', 20)).toEqual([]);
  });

  it('is not told of changes that cannot change what it finds', async () => {
    const { repos } = await aDatabaseWithTheSampleTrip();
    const finder = createRecordFinder(repos.trips, repos.backups.databaseName, null);
    let told = 0;
    finder.onChange(() => (told += 1));
    const saved = await repos.directory.createOrganisation(organisationDraftNamed('Harbin Ice Festival Office'));
    expect(saved.ok).toBe(true);
    await repos.trips.create(aTripDraft().named('A trip, to be sure the changes are told by now').build());
    await expect.poll(() => told).toBe(1);
  });
});
