/** Each test gets its own in-memory IndexedDB, so tests never see each other's data. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDatabase, type PlannerDatabase } from '../../src/storage/database';
import { createRepositories, type Repositories } from '../../src/storage/repositories';
import type { Clock } from '../../src/storage/clock';

export function sequentialClock(start = '2026-11-21T09:00:00.000Z'): Clock {
  let counter = 0;
  let tick = Date.parse(start);
  return {
    now: () => new Date((tick += 1000)).toISOString(),
    newId: () => `id-${String(++counter).padStart(5, '0')}`,
  };
}

export function freshDatabase(name = 'test'): PlannerDatabase {
  return openDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}

export function freshRepositories(clock: Clock = sequentialClock()): { db: PlannerDatabase; repos: Repositories } {
  const db = freshDatabase();
  return { db, repos: createRepositories(db, clock) };
}
