/** A fingerprint of a whole database, to show that a refused import or restore changed nothing. */
import { createHash } from 'node:crypto';
import type { Dexie } from 'dexie';
import { LOCAL_TABLES } from '../../src/domain/schema/schema-history';

/** JSON with every object's keys sorted, so equal data gives equal text whatever order it was written in. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonical(field)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * A hash of every data table of the database, each sorted by its primary key. The change log is left out: it
 * records what happened (an undo, say, is two entries), not what the data is.
 */
export async function databaseHash(db: Dexie): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  const local: readonly string[] = LOCAL_TABLES;
  for (const table of [...db.tables].filter((one) => !local.includes(one.name)).sort((a, b) => a.name.localeCompare(b.name))) {
    tables[table.name] = await table.orderBy(':id').toArray();
  }
  return createHash('sha256').update(canonical(tables)).digest('hex');
}
