/**
 * Importing a trip file a colleague made, in two steps: plan (read the file and compare it with what is here,
 * writing nothing, for the preview) and apply (write it in one transaction, re-planned against what is there
 * then, captured so it can be undone). A file that cannot be read, or a plan that is refused, changes nothing.
 */
import { parseTripFile, type TripFile, type TripFileProblem } from '../domain/files/trip-file';
import type { ImportChoices, TripImportPlan } from '../domain/files/trip-import-plan';
import { err, ok, type Result } from '../domain/shared/result';
import type { Message } from '../domain/shared/message';
import type { Repositories } from '../storage/repositories';
import type { UndoableChange } from './undoable-change';

/** A trip file read and planned: what the preview shows before anything is written. */
export interface TripFileImportCandidate {
  file: TripFile;
  plan: TripImportPlan;
}

/** Reads the text of a trip file and plans its import; the file's problem when it is not a trip file. */
export async function planTripFileImport(
  { repositories }: { repositories: Pick<Repositories, 'tripFiles'> },
  text: string,
): Promise<Result<TripFileImportCandidate, TripFileProblem>> {
  const file = parseTripFile(text);
  if (!file.ok) return file;
  return ok({ file: file.value, plan: await repositories.tripFiles.planImport(file.value) });
}

export interface TripFileImported {
  /** The plan as applied: the file compared with what was here at the moment of writing. */
  plan: TripImportPlan;
  change: UndoableChange;
}

/**
 * Imports a planned trip file, with the organiser's choices for the fields both sides changed; refused, with
 * nothing changed, when its plan is refused or a write fails.
 */
export async function applyTripFileImport(
  { repositories }: { repositories: Pick<Repositories, 'tripFiles' | 'captureChanges'> },
  file: TripFile,
  choices: ImportChoices = {},
): Promise<Result<TripFileImported, { kind: 'refused'; reason: Message }>> {
  const captured = await repositories.captureChanges(() => repositories.tripFiles.applyImport(file, choices));
  if (!captured.value.ok) return err({ kind: 'refused', reason: captured.value.error });
  return ok({ plan: captured.value.value, change: captured });
}
