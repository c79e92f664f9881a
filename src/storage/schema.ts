/**
 * The migration list of src/domain/schema, declared to Dexie: each version's tables and indexes, and its row
 * upgrades run over every row of their tables inside the version-change transaction (which IndexedDB aborts
 * whole if any of them fails, leaving the data at its old version).
 */
import type { Dexie } from 'dexie';
import { CURRENT_SCHEMA_VERSION, SCHEMA_HISTORY } from '../domain/schema/schema-history';

/** Declares every version up to `upTo` (the current one unless given; tests open older databases with it). */
export function declareSchema(db: Dexie, upTo: number = CURRENT_SCHEMA_VERSION): void {
  for (const step of SCHEMA_HISTORY) {
    if (step.version > upTo) break;
    const declared = db.version(step.version).stores(step.stores);
    const upgrades = Object.entries(step.upgrade ?? {});
    if (upgrades.length === 0) continue;
    declared.upgrade((tx) =>
      Promise.all(
        upgrades.map(([table, upgradeRow]) =>
          tx
            .table(table)
            .toCollection()
            .modify((row: Record<string, unknown>, ref: { value: Record<string, unknown> }) => {
              ref.value = upgradeRow(row);
            }),
        ),
      ),
    );
  }
}
