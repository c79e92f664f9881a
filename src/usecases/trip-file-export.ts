/**
 * Exporting one trip as a file to hand to a colleague: the trip with the people and organisations it refers to,
 * saved where the person chooses (a download in the browser). Once it is saved, the trip as the file holds it
 * is kept as a base (see trip-file-base.ts), the version the colleague's reply is merged against; a file not
 * saved leaves the database as it was.
 */
import { TRIP_FILE_EXTENSION } from '../domain/files/trip-file';
import { err, ok, type Result } from '../domain/shared/result';
import type { Message } from '../domain/shared/message';
import type { Locale } from '../i18n/locale';
import type { Platform } from '../platform/platform';
import type { Repositories } from '../storage/repositories';
import { saveFile, type NotSaved } from './file-saving';
import { DONE, notSaved, refused, sizeOf, withOutcomeLogged } from './operation-log';

/** The save dialog's filter: the last part of the trip file's extension (`json`), which every system knows. */
function tripFileFilters(locale: Locale) {
  return [{ name: locale.t('file.tripFilter', { ns: 'backups' }), extensions: [TRIP_FILE_EXTENSION.split('.').at(-1) ?? 'json'] }];
}

/** Why a trip file was not saved: the trip is gone, or the save was cancelled or failed. */
export type TripFileNotExported = { kind: 'trip-gone'; reason: Message } | NotSaved;

/** Saves the trip `tripId` as a trip file; where it was saved. Its size and outcome are logged. */
export function exportTripFile(
  {
    repositories,
    platform,
    locale,
  }: { repositories: Pick<Repositories, 'tripFiles'>; platform: Pick<Platform, 'saveFile' | 'log'>; locale: Locale },
  tripId: string,
): Promise<Result<{ path: string }, TripFileNotExported>> {
  let sizeBytes: number | null = null;
  return withOutcomeLogged(
    platform,
    { event: 'export', what: 'trip-file', files: 0, sizeBytes: null },
    async (): Promise<Result<{ path: string }, TripFileNotExported>> => {
      const file = await repositories.tripFiles.exportTrip(tripId);
      if (!file.ok) return err({ kind: 'trip-gone', reason: file.error });
      sizeBytes = sizeOf(file.value.text);
      const saved = await saveFile(platform, { suggestedName: file.value.fileName, content: file.value.text, filters: tripFileFilters(locale) });
      if (!saved.ok) return saved;
      // Only a file that was saved is a version a colleague can start from.
      await repositories.tripFiles.keepBase(file.value.base);
      return ok(saved.value);
    },
    (result) =>
      result.ok ? { ...DONE, files: 1, sizeBytes } : result.error.kind === 'trip-gone' ? refused('gone', result.error.reason) : notSaved(result.error),
  );
}
