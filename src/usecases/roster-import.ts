/**
 * Importing the checked people of a roster file into a trip, all at once or not at all, captured so the import
 * can be undone. Reading the file and checking its rows is the domain's (files/roster-csv.ts) and happens in the
 * preview, before this.
 */
import type { ImportedPerson, ImportSummary } from '../domain/files/roster-rows';
import { message, type Message } from '../domain/shared/message';
import { err, ok, type Result } from '../domain/shared/result';
import type { Platform } from '../platform/platform';
import type { Repositories } from '../storage/repositories';
import { isStorageFull } from '../storage/storage-errors';
import { DONE, refused, withOutcomeLogged } from './operation-log';
import type { UndoableChange } from './undoable-change';

export interface RosterImported {
  summary: ImportSummary;
  change: UndoableChange;
}

/** Why nothing was imported: no one to import, or the import was refused (and wrote nothing). */
export type RosterNotImported = { kind: 'nobody-to-import' } | { kind: 'refused'; reason: Message };

/**
 * Adds `people` to the trip `tripId`, creating or updating them in the directory. A disk too full to hold them
 * refuses the import with a message saying so: the import is one transaction, so nothing was written. The
 * outcome is logged: how many people were written, never who.
 */
export function importRoster(
  { repositories, platform }: { repositories: Pick<Repositories, 'rosterImport' | 'captureChanges'>; platform: Pick<Platform, 'log'> },
  tripId: string,
  people: readonly ImportedPerson[],
): Promise<Result<RosterImported, RosterNotImported>> {
  return withOutcomeLogged(
    platform,
    { event: 'import', what: 'roster', records: 0 },
    () => importPeople(repositories, tripId, people),
    (result) =>
      result.ok
        ? { ...DONE, records: result.value.summary.created + result.value.summary.updated }
        : result.error.kind === 'nobody-to-import'
          ? refused('nothing-to-do')
          : refused('refused', result.error.reason),
  );
}

async function importPeople(
  repositories: Pick<Repositories, 'rosterImport' | 'captureChanges'>,
  tripId: string,
  people: readonly ImportedPerson[],
): Promise<Result<RosterImported, RosterNotImported>> {
  if (people.length === 0) return err({ kind: 'nobody-to-import' });
  let captured;
  try {
    captured = await repositories.captureChanges(() => repositories.rosterImport.importRoster(tripId, people));
  } catch (error) {
    if (isStorageFull(error)) return err({ kind: 'refused', reason: message('people:import.refused.storageFull') });
    throw error;
  }
  if (!captured.value.ok) return err({ kind: 'refused', reason: captured.value.error });
  return ok({ summary: captured.value.value, change: captured });
}
