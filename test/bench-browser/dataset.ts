/**
 * The full-size database as a backup file, made once per run: 50 trips of 400 engagements and 40 members,
 * 2,000 people, 200 organisations (test/builders/large-dataset.ts), in the app's backup format.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BackupTables } from '../../src/domain/files/backup';
import { CURRENT_SCHEMA_VERSION } from '../../src/domain/schema/schema-history';
import { FULL_SIZE, generateDataset, type DatasetSize } from '../builders/large-dataset';

export interface BenchBackup {
  path: string;
  text: string;
  size: DatasetSize;
  records: number;
}

export function fullSizeBackup(size: DatasetSize = FULL_SIZE): BenchBackup {
  const dataset = generateDataset(size);
  const tables: BackupTables = {
    trips: dataset.trips.map((trip) => trip.trip),
    stops: dataset.trips.flatMap((trip) => trip.stops),
    segments: dataset.trips.flatMap((trip) => trip.segments),
    accommodations: dataset.trips.flatMap((trip) => trip.accommodations),
    organisations: dataset.organisations,
    contacts: [],
    people: dataset.people,
    memberships: dataset.trips.flatMap((trip) => trip.memberships),
    engagements: dataset.trips.flatMap((trip) => trip.engagements),
    followUps: dataset.trips.flatMap((trip) => trip.followUps),
    settings: [],
    acknowledgements: dataset.trips.flatMap((trip) => trip.acknowledgements),
    rooms: dataset.trips.flatMap((trip) => trip.rooms),
    resources: dataset.trips.flatMap((trip) => trip.resources),
    assignments: dataset.trips.flatMap((trip) => trip.assignments),
  };
  // The envelope backup.ts's createBackup writes, spelled out: Playwright's loader cannot import the modules
  // behind it (they import JSON without an import attribute). The app's restore checks it as any backup.
  const text = JSON.stringify({
    format: 'delegation-planner-backup',
    formatVersion: 1,
    app: { name: 'Delegation Planner', version: '0.1.0' },
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: '2026-11-21T09:00:00.000Z',
    tables,
  });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'bench-browser-')), 'Delegation Planner backup full size.json');
  writeFileSync(file, text);
  const records = Object.values(tables).reduce((count, rows) => count + rows.length, 0);
  return { path: file, text, size, records };
}
