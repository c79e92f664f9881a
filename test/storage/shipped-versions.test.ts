/**
 * Every shipped version of the data, read through the one migration list both ways it can arrive: a database
 * left on disk by the app of that version, opened by today's app, and a backup file made by it, restored. The
 * backups in test/fixtures/backups are frozen copies of what each version wrote; both paths must end in the
 * same database, every record valid for today's code.
 */
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../builders/words';
import { parseBackup } from '../../src/domain/files/backup';
import { checkTableRecords } from '../../src/domain/files/record-checks';
import { CURRENT_SCHEMA_VERSION, STORED_TABLES, type RawTables } from '../../src/domain/schema/schema-history';
import { openDatabase } from '../../src/storage/database';
import { declareSchema } from '../../src/storage/schema';
import { databaseHash } from './database-hash';
import SHIPPED from './shipped-schema.json';
import { freshRepositories } from './test-database';

// Not `new URL(..., import.meta.url)`: under happy-dom, `URL` is the DOM's, which node:fs does not take.
const FROZEN_BACKUPS = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/backups');

const frozenBackup = (version: number) => readFileSync(join(FROZEN_BACKUPS, `schema-v${version}.json`), 'utf8');

/** A database exactly as the app of `version` left it, holding `tables`. */
async function databaseOfVersion(version: number, tables: RawTables, indexedDB: IDBFactory): Promise<void> {
  const old = new Dexie('shipped', { indexedDB, IDBKeyRange });
  declareSchema(old, version);
  await old.open();
  expect(old.verno).toBe(version);
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

describe.each(Object.keys(SHIPPED).map(Number))('data of shipped schema version %i', (version) => {
  const document = JSON.parse(frozenBackup(version)) as { schemaVersion: number; tables: RawTables };

  it('is what the frozen backup of that version holds', () => {
    expect(document.schemaVersion).toBe(version);
  });

  it('read from its backup, comes up to date with every record valid and none lost', () => {
    const parsed = parseBackup(frozenBackup(version));
    if (!parsed.ok) throw new Error(inEnglish(parsed.error.message));
    expect(parsed.value.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    const tables = parsed.value.tables as unknown as RawTables;
    expect(checkTableRecords(tables, STORED_TABLES).ok).toBe(true);
    for (const [table, rows] of Object.entries(document.tables)) expect(tables[table as keyof RawTables], table).toHaveLength(rows.length);
  });

  it('opened as a database by today’s app, ends the same as its backup restored', async () => {
    const indexedDB = new IDBFactory();
    await databaseOfVersion(version, document.tables, indexedDB);
    const upgraded = openDatabase('shipped', { indexedDB, IDBKeyRange });
    await upgraded.open();
    expect(upgraded.verno).toBe(CURRENT_SCHEMA_VERSION);

    const parsed = parseBackup(frozenBackup(version));
    if (!parsed.ok) throw new Error(inEnglish(parsed.error.message));
    const restored = freshRepositories();
    expect((await restored.repos.backups.restoreReplace(parsed.value)).ok).toBe(true);

    expect(await databaseHash(upgraded)).toBe(await databaseHash(restored.db));
    upgraded.close();
  });
});
