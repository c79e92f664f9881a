/**
 * The heavy part of reading a backup file and of writing the whole database as one: parsing 16 MB of JSON,
 * checking 40,000 zoned times, and reading every table for an automatic backup. These are plain functions,
 * tested as such; a Web Worker runs them (backup-work.worker.ts, reached through backup-worker.ts) so that
 * the page stays responsive while they run, and the page runs them itself where it has no worker.
 *
 * A backup read here stays here until the page takes it part by part: a part is small enough that the page
 * receives it without a long pause, where the whole backup at once would freeze it for as long as a parse.
 */
import { parseBackup, type Backup, type BackupProblem, type BackupTables, type ReadingProgress } from '../domain/files/backup';
import { STORED_TABLES, type StoredTableName } from '../domain/schema/schema-history';
import { exportStoredData } from '../storage/raw-export';

/** Records in one part of a backup handed to the page. */
export const PART_SIZE = 500;

/** A backup without its records: what the page receives first. */
export type BackupHeader = Omit<Backup, 'tables'>;

/** The records `start` to `end` (not included) of one table. */
export interface PartBounds {
  table: StoredTableName;
  start: number;
  end: number;
}

export interface BackupPart {
  table: StoredTableName;
  rows: unknown[];
}

export type ReadOutcome = { ok: true; header: BackupHeader; parts: number; records: number } | { ok: false; problem: BackupProblem };

/** Splits every table into parts of at most `size` records, table by table in the stored order. */
export function partsOf(tables: BackupTables, size: number = PART_SIZE): PartBounds[] {
  const parts: PartBounds[] = [];
  for (const table of STORED_TABLES) {
    const count = tables[table].length;
    for (let start = 0; start < count; start += size) parts.push({ table, start, end: Math.min(start + size, count) });
  }
  return parts;
}

/** Every table empty, to be filled part by part. */
export function emptyTables(): BackupTables {
  return Object.fromEntries(STORED_TABLES.map((table) => [table, []])) as unknown as BackupTables;
}

/** Adds a part's records to the tables being put together. */
export function addPart(tables: BackupTables, part: BackupPart): void {
  const rows = tables[part.table] as unknown[];
  for (const row of part.rows) rows.push(row);
}

export interface BackupWork {
  /** Reads and checks the text of a backup file (or the file itself), and keeps it to be taken in parts. */
  read(source: Blob | string, onProgress?: ReadingProgress): Promise<ReadOutcome>;
  /** Part `index` of the backup read last; the last part taken lets the backup go. */
  part(index: number): BackupPart;
  /**
   * The whole stored database as a backup file (read with plain IndexedDB), a Blob of its text; null when it
   * cannot be read. A Blob crosses from the worker to the page without being copied: 16 MB of text took the
   * page's thread 0.1 s to receive, and as bytes 0.4 s to decode.
   */
  exportStored(name: string, onTableRead?: (read: number, tables: number) => void): Promise<Blob | null>;
}

export function createBackupWork(): BackupWork {
  let held: { backup: Backup; parts: PartBounds[] } | null = null;
  return {
    async read(source, onProgress) {
      held = null;
      onProgress?.({ stage: 'reading' });
      const text = typeof source === 'string' ? source : await source.text();
      const parsed = parseBackup(text, onProgress);
      if (!parsed.ok) return { ok: false, problem: parsed.error };
      const { tables, ...header } = parsed.value;
      const parts = partsOf(tables);
      held = { backup: parsed.value, parts };
      return { ok: true, header, parts: parts.length, records: parts.reduce((sum, part) => sum + part.end - part.start, 0) };
    },
    part(index) {
      if (!held) throw new Error('No backup has been read.');
      const bounds = held.parts[index];
      if (!bounds) throw new Error(`The backup has no part ${index}.`);
      const rows = (held.backup.tables[bounds.table] as unknown[]).slice(bounds.start, bounds.end);
      if (index === held.parts.length - 1) held = null;
      return { table: bounds.table, rows };
    },
    async exportStored(name, onTableRead) {
      const exported = await exportStoredData({ name, ...(onTableRead ? { onTableRead } : {}) });
      return exported.ok ? new Blob([exported.value.text], { type: 'application/json' }) : null;
    },
  };
}
