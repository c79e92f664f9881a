/**
 * Two pieces of the team sync's merge that need no database: a log compacted to what it decides, for snapshots
 * and for a trip's first sending; and the clashes among changes, the edits of one field made on two computers
 * where neither had seen the other's, which the merge settles by clock and lists for review with the value that
 * lost.
 */
import equal from 'fast-deep-equal';
import { CREATED, DELETED, mergeChanges, type FieldChange, type MergedState } from '../history/field-changes';
import type { LogPositions } from './sync-log';

/**
 * The changes that decide the records `changes` make: per record, the latest change of each field (a creation
 * once, however many fields it still decides), or only the deletion of a record deleted after it was last
 * created. Merging the result gives the same records as merging every change, in fewer of them. Oldest first.
 */
export function compactChanges(changes: Iterable<FieldChange>): FieldChange[] {
  const state: MergedState = new Map();
  mergeChanges(state, changes);
  const kept = new Map<string, FieldChange>();
  for (const records of state.values()) {
    for (const fields of records.values()) {
      const created = fields.get(CREATED);
      const deleted = fields.get(DELETED);
      if (deleted && (!created || deleted.hlc > created.hlc)) {
        kept.set(deleted.id, deleted);
        continue;
      }
      for (const change of fields.values()) kept.set(change.id, change);
    }
  }
  return [...kept.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Where a change was sent from: its computer's log and segment, and how far that computer had read the others then. */
export interface ChangeOrigin {
  node: string;
  /** Its segment; Infinity for a change of this computer not sent yet. */
  seq: number;
  seen: LogPositions;
}

export interface ClashSide {
  changeId: string;
  hlc: string;
  organiser: string;
  value: unknown;
}

/** One field edited on two computers, neither knowing of the other's edit: what was kept and what lost. */
export interface SyncClash {
  /** The losing change's id: the same clash has the same id on every computer that finds it. */
  id: string;
  table: string;
  recordId: string;
  field: string;
  kept: ClashSide;
  lost: ClashSide;
}

function side(change: FieldChange): ClashSide {
  return { changeId: change.id, hlc: change.hlc, organiser: change.organiser, value: change.value };
}

/** Whether the computer that made `later` had read the log segment `earlier` was sent in. */
function knew(earlier: ChangeOrigin, later: ChangeOrigin): boolean {
  return (later.seen[earlier.node] ?? 0) >= earlier.seq;
}

/**
 * The clashes among one record's changes that a sync brings (`fresh`) and those this computer held before
 * (`here`): per field, each other computer's last change of it that lost to the field's latest change although
 * the two were made apart (neither computer had read the other's) and set different values. A computer's
 * earlier changes of the field are values its organiser replaced herself: what she lost is her last one, and if
 * that is the value kept, nothing was lost. Changes whose origin is unknown (received at an earlier sync) are
 * never called clashes, and neither are creations and deletions.
 */
export function findClashes(
  here: readonly FieldChange[],
  fresh: readonly FieldChange[],
  originOf: (change: FieldChange) => ChangeOrigin | null,
): SyncClash[] {
  const byField = new Map<string, FieldChange[]>();
  for (const change of [...here, ...fresh]) {
    if (change.field === CREATED || change.field === DELETED) continue;
    const group = byField.get(change.field);
    if (group) group.push(change);
    else byField.set(change.field, [change]);
  }
  const freshIds = new Set(fresh.map((change) => change.id));
  const clashes: SyncClash[] = [];
  for (const changes of byField.values()) {
    if (changes.length < 2 || !changes.some((change) => freshIds.has(change.id))) continue;
    const winner = changes.reduce((latest, change) => (change.hlc > latest.hlc ? change : latest));
    const winnerOrigin = originOf(winner);
    if (!winnerOrigin) continue;
    const lastByNode = new Map<string, { change: FieldChange; origin: ChangeOrigin }>();
    for (const change of changes) {
      const origin = originOf(change);
      if (!origin || origin.node === winnerOrigin.node) continue;
      const last = lastByNode.get(origin.node);
      if (!last || change.hlc > last.change.hlc) lastByNode.set(origin.node, { change, origin });
    }
    for (const { change, origin } of lastByNode.values()) {
      if (equal(change.value, winner.value)) continue;
      // Only what this sync brings can make a new clash: one side of it must be fresh.
      if (!freshIds.has(change.id) && !freshIds.has(winner.id)) continue;
      if (knew(origin, winnerOrigin) || knew(winnerOrigin, origin)) continue;
      clashes.push({ id: change.id, table: change.table, recordId: change.recordId, field: change.field, kept: side(winner), lost: side(change) });
    }
  }
  return clashes;
}
