/**
 * Exporting a trip's roster as CSV for a spreadsheet: read fresh from storage, each person with the
 * organisation the roster shows (the directory's name when they are linked to one), written formula-safe under
 * the import's own headers in the reader's language (headers, roles, visa statuses and the file's name), and
 * saved where the person chooses (a download in the browser). Passport numbers and dates of birth are in it only
 * when the organiser ticks "Include passport details". Nothing in the database changes.
 */
import { forSpreadsheets } from '../domain/files/csv-safety';
import { rosterCsv, type RosterCsvOptions } from '../domain/files/roster-csv';
import type { City } from '../domain/route/city';
import { safeFileName } from '../domain/shared/file-name';
import { ok, type Result } from '../domain/shared/result';
import type { Locale } from '../i18n/locale';
import type { Platform } from '../platform/platform';
import type { Repositories } from '../storage/repositories';
import { saveFile, type NotSaved } from './file-saving';
import { DONE, notSaved, sizeOf, withOutcomeLogged } from './operation-log';

const CSV_FILTERS = [{ name: 'CSV', extensions: ['csv'] }];

/**
 * Saves the roster of `trip`, whose route is `cities`, in `locale`'s words; how many people it holds and where it
 * went. Its size and outcome are logged, never who is in it.
 */
export function exportRoster(
  { repositories, platform }: { repositories: Pick<Repositories, 'people'>; platform: Pick<Platform, 'saveFile' | 'log'> },
  trip: { id: string; name: string },
  cities: readonly City[],
  locale: Pick<Locale, 't'>,
  options: RosterCsvOptions = { includePassportDetails: false },
): Promise<Result<{ path: string; people: number }, NotSaved>> {
  let sizeBytes: number | null = null;
  return withOutcomeLogged(
    platform,
    { event: 'export', what: 'roster-csv', files: 0, sizeBytes: null },
    () => saveRoster(repositories, platform, trip, cities, locale, options, (content) => (sizeBytes = sizeOf(content))),
    (result) => (result.ok ? { ...DONE, files: 1, sizeBytes } : notSaved(result.error)),
  );
}

async function saveRoster(
  repositories: Pick<Repositories, 'people'>,
  platform: Pick<Platform, 'saveFile'>,
  trip: { id: string; name: string },
  cities: readonly City[],
  locale: Pick<Locale, 't'>,
  options: RosterCsvOptions,
  written: (content: string) => void,
): Promise<Result<{ path: string; people: number }, NotSaved>> {
  const { t } = locale;
  const roster = await repositories.people.roster(trip.id);
  const rows = roster.map(({ person, membership, organisationName }) => ({
    person: { ...person, organisationName: organisationName || person.organisationName },
    membership,
  }));
  const content = forSpreadsheets(
      rosterCsv(rows, cities, {
        header: (field) => t(`field.${field}`, { ns: 'people' }),
        passportHeader: (field) => t(`passport.field.${field}`, { ns: 'people' }),
        role: (role) => t(`role.${role}`, { ns: 'people' }),
        visaStatus: (status) => t(`visa.${status}`, { ns: 'people' }),
      }, options),
    );
  written(content);
  const saved = await saveFile(platform, {
    suggestedName: safeFileName(t('export.fileName', { ns: 'people', trip: trip.name }), 'csv', t('export.fallbackName', { ns: 'people' })),
    content,
    filters: CSV_FILTERS,
  });
  return saved.ok ? ok({ path: saved.value.path, people: rows.length }) : saved;
}
