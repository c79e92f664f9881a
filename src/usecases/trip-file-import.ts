/**
 * Importing a trip file a colleague made, in two steps: plan (read the file and compare it with what is here,
 * writing nothing, for the preview) and apply (write it in one transaction, re-planned against what is there
 * then, captured so it can be undone). A file that cannot be read, or a plan that is refused, changes nothing.
 */
import { parseTripFile, type TripFile, type TripFileProblem } from '../domain/files/trip-file';
import type { ImportChoices, TripImportPlan } from '../domain/files/trip-import-plan';
import { err, ok, type Result } from '../domain/shared/result';
import type { Message } from '../domain/shared/message';
import type { Platform } from '../platform/platform';
import type { Repositories } from '../storage/repositories';
import { DONE, refused, withOutcomeLogged } from './operation-log';
import type { UndoableChange } from './undoable-change';

/** A trip file read and planned: what the preview shows before anything is written. */
export interface TripFileImportCandidate {
  file: TripFile;
  plan: TripImportPlan;
}

/**
 * Reads the text of a trip file and plans its import; the file's problem when it is not a trip file, which is the
 * import's outcome and so is logged (a file that can be read is logged when it is imported).
 */
export async function planTripFileImport(
  { repositories, platform }: { repositories: Pick<Repositories, 'tripFiles'>; platform: Pick<Platform, 'log'> },
  text: string,
): Promise<Result<TripFileImportCandidate, TripFileProblem>> {
  const started = performance.now();
  const file = parseTripFile(text);
  if (!file.ok) {
    const { outcome, problem } = refused('unreadable');
    platform.log({ event: 'import', what: 'trip-file', records: 0, outcome, problem, messageCode: null, durationMs: Math.round(performance.now() - started) });
    return file;
  }
  return ok({ file: file.value, plan: await repositories.tripFiles.planImport(file.value) });
}

/** How many records an import plan writes: those it adds, changes and removes. */
function recordsWritten(plan: TripImportPlan): number {
  return Object.values(plan.tables).reduce((sum, table) => sum + table.added.length + table.updated.length + table.removed.length, 0);
}

export interface TripFileImported {
  /** The plan as applied: the file compared with what was here at the moment of writing. */
  plan: TripImportPlan;
  change: UndoableChange;
}

/**
/**
 * Imports a planned trip file, with the organiser's choices for the fields both sides changed; refused, with
 * nothing changed, when its plan is refused or a write fails. The outcome is logged: how many records were
 * written, never the trip's name or the file's.
 */
export function applyTripFileImport(
  { repositories, platform }: { repositories: Pick<Repositories, 'tripFiles' | 'captureChanges'>; platform: Pick<Platform, 'log'> },
  file: TripFile,
  choices: ImportChoices = {},
): Promise<Result<TripFileImported, { kind: 'refused'; reason: Message }>> {
  return withOutcomeLogged(
    platform,
    { event: 'import', what: 'trip-file', records: 0 },
    async (): Promise<Result<TripFileImported, { kind: 'refused'; reason: Message }>> => {
      const captured = await repositories.captureChanges(() => repositories.tripFiles.applyImport(file, choices));
      if (!captured.value.ok) return err({ kind: 'refused', reason: captured.value.error });
      return ok({ plan: captured.value.value, change: captured });
    },
    (result) => (result.ok ? { ...DONE, records: recordsWritten(result.value.plan) } : refused('refused', result.error.reason)),
  );
}
