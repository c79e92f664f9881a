import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inChinese, inEnglish } from '../builders/words';
import { parseBackup, type Backup } from '../../src/domain/files/backup';
import { APP_IDENTITY } from '../../src/storage/backup-repository';
import { openDatabase } from '../../src/storage/database';
import { declareSchema } from '../../src/storage/schema';
import { databaseHash } from './database-hash';
import { freshRepositories } from './test-database';
import { CURRENT_SCHEMA_VERSION, LOCAL_TABLES, SCHEMA_HISTORY, STORED_TABLES } from '../../src/domain/schema/schema-history';

async function withSample() {
  const { db, repos } = freshRepositories();
  await repos.sample.load();
  await repos.calendars.rememberFolder({ id: 'folder-1', label: 'Calendars' });
  return { db, repos };
}

function parsed(text: string): Backup {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(inEnglish(result.error.message));
  return result.value;
}

describe('backup format and the schema history', () => {
  it('backups are of the current schema version and hold every table of it but this computer’s own', async () => {
    const { repos } = await withSample();
    const document = JSON.parse(await repos.backups.exportAll()) as { schemaVersion: number; tables: object };
    expect(document.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    const latest = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!;
    const ofThePlan = Object.keys(latest.stores).filter((table) => !(LOCAL_TABLES as readonly string[]).includes(table));
    expect([...STORED_TABLES].sort()).toEqual(ofThePlan.sort());
    expect(Object.keys(document.tables).sort()).toEqual(ofThePlan.sort());
    expect([...LOCAL_TABLES].sort()).toEqual(['changes', 'syncClashes', 'syncState', 'tripFileBases']);
  });

  it('names the app version of package.json', () => {
    const manifest = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version: string };
    expect(APP_IDENTITY.version).toBe(manifest.version);
  });
});

describe('backup and restore', () => {
  it('the sample trip backed up and restored into an empty database is the same, table by table', async () => {
    const source = await withSample();
    const text = await source.repos.backups.exportAll();
    const target = freshRepositories();

    const result = await target.repos.backups.restoreReplace(parsed(text));

    expect(result.ok).toBe(true);
    for (const table of STORED_TABLES) {
      const before = await source.db.table(table).orderBy(':id').toArray();
      const after = await target.db.table(table).orderBy(':id').toArray();
      expect(after, table).toEqual(before);
    }
    expect(await databaseHash(target.db)).toBe(await databaseHash(source.db));
  });

  it('names the app, the schema version and the time of the backup', async () => {
    const { repos } = await withSample();
    const document = JSON.parse(await repos.backups.exportAll());
    expect(document).toMatchObject({
      format: 'delegation-planner-backup',
      formatVersion: 1,
      app: APP_IDENTITY,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: expect.stringMatching(/^2026-11-21T/),
    });
  });

  it('replacing takes away what the backup does not hold', async () => {
    const empty = freshRepositories();
    const emptyBackup = parsed(await empty.repos.backups.exportAll());
    const { db, repos } = await withSample();

    expect((await repos.backups.restoreReplace(emptyBackup)).ok).toBe(true);

    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
  });

  it('merging adds the backup’s records and keeps the others, replacing those with the same id', async () => {
    const { db, repos } = await withSample();
    const backup = parsed(await repos.backups.exportAll());
    const trip = (await db.trips.toArray())[0]!;
    await db.trips.update(trip.id, { name: 'Renamed since the backup' });
    await db.settings.put({ key: 'only-here', value: 1 });

    const result = await repos.backups.restoreMerge(backup);

    expect(result.ok).toBe(true);
    expect((await db.trips.get(trip.id))?.name).toBe(trip.name);
    expect(await db.settings.get('only-here')).toEqual({ key: 'only-here', value: 1 });
  });

  it('a restore that fails part-way changes nothing', async () => {
    const { db, repos } = await withSample();
    const backup = parsed(await repos.backups.exportAll());
    // Two memberships of one person in one trip: the database's unique index refuses the second, after
    // every other table has already been cleared and written in the same transaction.
    const [first, second] = backup.tables.memberships;
    const clash: Backup = {
      ...backup,
      tables: { ...backup.tables, memberships: [first!, { ...second!, personId: first!.personId }] },
    };
    await db.trips.update(backup.tables.trips[0]!.id, { name: 'Changed after the backup' });
    const before = await databaseHash(db);

    const replaced = await repos.backups.restoreReplace(clash);
    const merged = await repos.backups.restoreMerge(clash);

    expect(replaced.ok).toBe(false);
    expect(merged.ok).toBe(false);
    if (!replaced.ok) expect(inEnglish(replaced.error)).toMatch(/nothing was changed/);
    expect(await databaseHash(db)).toBe(before);
  });
  it('a disk that fills up during a restore is named as such, and nothing changes', async () => {
    const { db, repos } = await withSample();
    const backup = parsed(await repos.backups.exportAll());
    await db.people.limit(1).modify({ notes: 'Added after the backup' });
    const before = await databaseHash(db);
    db.engagements.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    const result = await repos.backups.restoreReplace(backup);

    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(inEnglish(result.error)).toBe(
        'The backup could not be restored, and nothing was changed: there is not enough storage space on this computer for it.',
      );
      expect(inChinese(result.error)).toBe('备份未能恢复，数据未作任何更改：本机存储空间不足。');
    }
    expect(await databaseHash(db)).toBe(before);
  });
});

describe('bad backup files leave the database as it was', () => {
  /** What the app does with a file: parse it, and restore only when it is a backup. */
  async function restoreFile(repos: ReturnType<typeof freshRepositories>['repos'], text: string, mode: 'replace' | 'merge') {
    const backup = parseBackup(text);
    if (!backup.ok) return backup;
    return mode === 'replace' ? repos.backups.restoreReplace(backup.value) : repos.backups.restoreMerge(backup.value);
  }

  it.each([
    ['a truncated file', (text: string) => text.slice(0, Math.floor(text.length * 0.7)), 'truncated'],
    ['a file from a newer schema', (text: string) => text.replace(/"schemaVersion":\d+/, `"schemaVersion":${CURRENT_SCHEMA_VERSION + 1}`), 'newer-schema'],
    ['a file that is not a backup', () => 'Name,Email\nAda,ada@example.org\n', 'not-json'],
    ['JSON that is not a backup', () => '{"trips":[{"id":"t"}]}', 'not-a-backup'],
    [
      'a file holding an invalid record',
      (text: string) => {
        const document = JSON.parse(text);
        document.tables.engagements[3].start = { local: 'soon', zone: 'Asia/Shanghai' };
        return JSON.stringify(document);
      },
      'invalid-record',
    ],
  ] as const)('%s is refused and changes nothing', async (_name, damage, kind) => {
    const { db, repos } = await withSample();
    const text = await repos.backups.exportAll();
    // Some change after the backup, so that a restore would be visible.
    await db.people.limit(1).modify({ notes: 'Added after the backup' });
    const before = await databaseHash(db);

    for (const mode of ['replace', 'merge'] as const) {
      const result = await restoreFile(repos, damage(text), mode);
      expect(result.ok).toBe(false);
      if (!result.ok && 'kind' in result.error) expect(result.error.kind).toBe(kind);
    }

    expect(await databaseHash(db)).toBe(before);
  });

  it('random and mutated files never throw and, when refused, never change the database', async () => {
    const { db, repos } = await withSample();
    const text = await repos.backups.exportAll();
    await db.people.limit(1).modify({ notes: 'Added after the backup' });
    const before = await databaseHash(db);
    const tables = STORED_TABLES.filter((table) => table !== 'settings');

    const damaged = fc.oneof(
      fc.string(),
      fc.json(),
      fc.integer({ min: 0, max: text.length - 1 }).map((length) => text.slice(0, length)),
      fc
        .tuple(fc.constantFrom(...tables), fc.nat(), fc.nat(), fc.oneof(fc.constant(undefined), fc.anything()))
        .map(([table, recordIndex, fieldIndex, value]) => {
          const document = JSON.parse(text);
          const rows = document.tables[table] as Record<string, unknown>[];
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
      fc.asyncProperty(damaged, fc.constantFrom('replace' as const, 'merge' as const), async (file, mode) => {
        const result = await restoreFile(repos, file, mode);
        if (result.ok) {
          // A change that is still a valid backup was restored: put the database back for the next run.
          const original = parseBackup(text);
          if (!original.ok) throw new Error(inEnglish(original.error.message));
          await repos.backups.restoreReplace(original.value);
          await db.people.limit(1).modify({ notes: 'Added after the backup' });
        }
        expect(await databaseHash(db)).toBe(before);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

/** The fields of a person that schema version 7 added. */
const PERSON_FIELDS_OF_VERSION_7 = [
  'title',
  'givenNames',
  'familyName',
  'nameOrder',
  'nameAsEntered',
  'nameToConfirm',
  'sex',
  'dateOfBirth',
  'placeOfBirth',
  'passportNumber',
  'passportIssueDate',
  'passportAuthority',
  'visaType',
];

describe('backups made by earlier versions', () => {
  /** The sample's rows as the app of `version` stored them: without the fields later versions added. */
  async function rowsAtVersion(version: number): Promise<Record<string, Record<string, unknown>[]>> {
    const { repos } = await withSample();
    const tables = JSON.parse(JSON.stringify(await repos.backups.readAll())) as Record<string, Record<string, unknown>[]>;
    if (version < 2) for (const trip of tables['trips']!) delete trip['home'];
    if (version < 3) {
      for (const trip of tables['trips']!) delete trip['conflictBufferMinutes'];
      delete tables['acknowledgements'];
    }
    if (version < 4) for (const membership of tables['memberships']!) delete membership['calendarExportedEvents'];
    if (version < 7) {
      for (const person of tables['people']!) for (const field of PERSON_FIELDS_OF_VERSION_7) delete person[field];
      for (const table of ['rooms', 'resources', 'assignments']) delete tables[table];
    }
    return tables;
  }

  it.each(SCHEMA_HISTORY.slice(0, -1).map((step) => step.version))(
    'a backup of schema version %i restores to the same database as that version upgraded in place',
    async (version) => {
      const rows = await rowsAtVersion(version);
      // The database as the app of that version left it, then opened by today's app, which upgrades it.
      const indexedDB = new IDBFactory();
      const old = new Dexie('upgraded', { indexedDB, IDBKeyRange });
      declareSchema(old, version);
      await old.transaction('rw', old.tables, async () => {
        for (const [table, tableRows] of Object.entries(rows)) await old.table(table).bulkAdd(tableRows);
      });
      old.close();
      const upgraded = openDatabase('upgraded', { indexedDB, IDBKeyRange });
      await upgraded.open();

      // The same rows as a backup of that version, restored into an empty database.
      const document = { format: 'delegation-planner-backup', formatVersion: 1, app: APP_IDENTITY, schemaVersion: version, createdAt: '2026-01-01T00:00:00.000Z', tables: rows };
      const target = freshRepositories();
      expect((await target.repos.backups.restoreReplace(parsed(JSON.stringify(document)))).ok).toBe(true);

      expect(await databaseHash(target.db)).toBe(await databaseHash(upgraded));
    },
  );
});
