import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, SCHEMA_HISTORY } from '../../src/domain/schema/schema-history';
import SHIPPED from './shipped-schema.json';
import { freshDatabase } from './test-database';

/**
 * What has shipped (shipped-schema.json, a frozen copy made when each version was released). A version in it
 * may never change or disappear from SCHEMA_HISTORY: users' databases were created with it, and only an upgrade
 * path from it keeps their data. When a new version ships, its stores are added there, and a backup of it to
 * test/fixtures/backups.
 */
const shipped: Record<string, Record<string, string>> = SHIPPED;
// Not `new URL(..., import.meta.url)`: under happy-dom, `URL` is the DOM's, which node:fs does not take.
const FROZEN_BACKUPS = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/backups');

describe('schema history', () => {
  it('keeps every shipped version exactly as it shipped', () => {
    for (const [version, stores] of Object.entries(shipped)) {
      expect(SCHEMA_HISTORY.find((step) => step.version === Number(version))?.stores).toEqual(stores);
    }
  });

  it('only ever adds versions, in increasing order', () => {
    const versions = SCHEMA_HISTORY.map((step) => step.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(CURRENT_SCHEMA_VERSION).toBe(Math.max(...versions));
  });

  it('opens an empty database at the current version with every table', async () => {
    const db = freshDatabase();
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const latest = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!;
    expect(db.tables.map((table) => table.name).sort()).toEqual(Object.keys(latest.stores).sort());
    db.close();
  });

  it('has a frozen backup of every shipped version, to prove old files still restore', () => {
    const frozen = readdirSync(FROZEN_BACKUPS).filter((name) => /^schema-v\d+\.json$/.test(name));
    expect(frozen.map((name) => Number(/\d+/.exec(name)![0])).sort((a, b) => a - b)).toEqual(Object.keys(shipped).map(Number));
  });
});
