/**
 * `npm run bench`: the backup round trip at full size. The generated database of 50 trips, 2,000 people and
 * 20,000 engagements is backed up, the file parsed and restored into an empty database, and the two compared
 * table by table once when this module loads (it throws if they differ). Runs on fake-indexeddb in Node,
 * slower than a browser's IndexedDB: read the times as an upper bound. No test ever asserts a time.
 */
import { bench, describe } from 'vitest';
import { parseBackup } from '../../src/domain/files/backup';
import { parseTripFile } from '../../src/domain/files/trip-file';
import type { PlannerDatabase } from '../../src/storage/database';
import { createRepositories } from '../../src/storage/repositories';
import { generateDataset } from '../builders/large-dataset';
import { freshDatabase } from '../storage/test-database';
import { STORED_TABLES } from '../../src/domain/schema/schema-history';

const dataset = generateDataset();
const source = freshDatabase('backup-source');

await source.transaction('rw', source.tables, async () => {
  await source.people.bulkAdd(dataset.people);
  await source.organisations.bulkAdd(dataset.organisations);
  for (const trip of dataset.trips) {
    await source.trips.add(trip.trip);
    await source.stops.bulkAdd(trip.stops);
    await source.segments.bulkAdd(trip.segments);
    await source.accommodations.bulkAdd(trip.accommodations);
    await source.memberships.bulkAdd(trip.memberships);
    await source.engagements.bulkAdd(trip.engagements);
  }
});

async function timed<T>(run: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

const exported = await timed(() => createRepositories(source).backups.exportAll());
const parsedBackup = await timed(() => parseBackup(exported.value));
if (!parsedBackup.value.ok) throw new Error(`backup bench: the backup was refused: ${parsedBackup.value.error.message}`);
const backup = parsedBackup.value.value;

const target = freshDatabase('backup-target');
const restored = await timed(() => createRepositories(target).backups.restoreReplace(backup));
if (!restored.value.ok) throw new Error(`backup bench: the restore failed: ${restored.value.error.code}`);

async function tableText(db: PlannerDatabase, table: string): Promise<string> {
  return JSON.stringify(await db.table(table).orderBy(':id').toArray());
}
for (const table of STORED_TABLES) {
  if ((await tableText(target, table)) !== (await tableText(source, table))) {
    throw new Error(`backup bench: the restored ${table} differ from the original`);
  }
}

const counts = `${backup.tables.trips.length} trips, ${backup.tables.people.length} people, ${backup.tables.engagements.length} engagements`;
console.warn(
  `backup bench (${counts}, ${(exported.value.length / 1024 / 1024).toFixed(1)} MB): export ${exported.ms.toFixed(0)} ms, parse ${parsedBackup.ms.toFixed(0)} ms, restore into an empty database ${restored.ms.toFixed(0)} ms; restored database deep-equal to the original`,
);

// Undo of a whole merge: every record the merge writes is read first (change-capture.ts), then put back.
const targetRepositories = createRepositories(target);
const merged = await timed(() => targetRepositories.captureChanges(() => targetRepositories.backups.restoreMerge(backup)));
const reverted = await timed(() => merged.value.revert());
if (!reverted.value.ok) throw new Error(`backup bench: the merge could not be undone: ${reverted.value.error}`);
console.warn(
  `backup bench: merge of the whole backup with undo recorded ${merged.ms.toFixed(0)} ms (${merged.value.touched} records), undo ${reverted.ms.toFixed(0)} ms`,
);

// One trip of the full database as a file, planned and imported on a colleague's empty database.
const tripId = dataset.trips[0]!.trip.id;
const sourceRepositories = createRepositories(source);
const tripExport = await timed(() => sourceRepositories.tripFiles.exportTrip(tripId));
if (!tripExport.value.ok) throw new Error(`backup bench: the trip was not exported: ${tripExport.value.error}`);
const tripFile = parseTripFile(tripExport.value.value.text);
if (!tripFile.ok) throw new Error(`backup bench: the trip file was refused: ${tripFile.error.message}`);
const colleague = createRepositories(freshDatabase('trip-target'));
const planned = await timed(() => colleague.tripFiles.planImport(tripFile.value));
const applied = await timed(() => colleague.tripFiles.applyImport(tripFile.value));
if (!applied.value.ok) throw new Error(`backup bench: the trip was not imported: ${applied.value.error}`);
console.warn(
  `backup bench: one trip (${tripFile.value.tables.engagements.length} engagements, ${tripFile.value.tables.people.length} people) exported ${tripExport.ms.toFixed(0)} ms, import planned ${planned.ms.toFixed(0)} ms, applied ${applied.ms.toFixed(0)} ms`,
);

describe('backup of 50 trips, 2,000 people, 20,000 engagements', () => {
  bench('parse and check the backup file', () => {
    parseBackup(exported.value);
  }, { iterations: 3, time: 0 });

  bench('back up the whole database', async () => {
    await createRepositories(source).backups.exportAll();
  }, { iterations: 3, time: 0 });
});
