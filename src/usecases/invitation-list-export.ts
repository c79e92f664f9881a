/**
 * Saving a trip's invitation-letter list for the host who issues visa invitation letters: the trip read fresh
 * from storage, its list built (src/domain/people/invitation-list.ts) and written as CSV (UTF-8 with a
 * byte-order mark, so that Excel opens Chinese right, every cell formula-safe) or as an .xlsx spreadsheet (every
 * cell text, so nothing in it runs as a formula), with its column headers in English, in Chinese or in both, and
 * saved where the organiser chooses. Nothing in the database changes.
 */
import writeXlsxFile, { type SheetData } from 'write-excel-file/universal';
import { forSpreadsheets } from '../domain/files/csv-safety';
import {
  hasPassportFlag,
  invitationList,
  invitationListCsv,
  invitationListTable,
  INVITATION_COLUMNS,
  type InvitationColumn,
  type InvitationList,
  type InvitationListWords,
} from '../domain/people/invitation-list';
import { safeFileName } from '../domain/shared/file-name';
import { err, ok, type Result } from '../domain/shared/result';
import type { TripBundle } from '../domain/trip/trip-bundle';
import type { Locale } from '../i18n/locale';
import type { Platform } from '../platform/platform';
import type { Repositories } from '../storage/repositories';
import { reasonOf, saveFile, type NotSaved } from './file-saving';
import { DONE, notSaved, refused, sizeOf, withOutcomeLogged } from './operation-log';

export const INVITATION_LIST_FORMATS = ['xlsx', 'csv'] as const;
export type InvitationListFormat = (typeof INVITATION_LIST_FORMATS)[number];

/** The language of the column headers (and of the words in the cells): the host's is often Chinese. */
export const HEADER_LANGUAGES = ['en', 'zh-CN', 'both'] as const;
export type HeaderLanguage = (typeof HEADER_LANGUAGES)[number];

export interface InvitationListChoice {
  format: InvitationListFormat;
  headers: HeaderLanguage;
  /** Only people whose visa is neither granted nor not required. */
  onlyVisaNotSettled: boolean;
}

/** The reader's locale (for the file's name and, with both languages, the flags), and each header language's. */
export interface InvitationListLocales {
  reader: Locale;
  english: Locale;
  chinese: Locale;
}

/**
 * The most people a spreadsheet of the list holds. The spreadsheet library compresses a part of the file over
 * 160 kB in a Web Worker made from a blob: address, which the app's Content-Security-Policy (worker-src 'self')
 * refuses; a sheet is about 420 bytes a person, so up to this many stay well under it. A longer list is saved as
 * CSV. An invitation list is one trip's delegation: tens of people, rarely a hundred.
 */
export const MAX_SPREADSHEET_PEOPLE = 300;

export type InvitationListNotSaved = NotSaved | { kind: 'trip-gone' } | { kind: 'too-many-for-spreadsheet'; max: number };

export interface SavedInvitationList {
  path: string;
  people: number;
  /** How many of them have a passport that expires too soon. */
  passportsFlagged: number;
}

const FILTERS: Record<InvitationListFormat, { name: string; extensions: string[] }[]> = {
  csv: [{ name: 'CSV', extensions: ['csv'] }],
  xlsx: [{ name: 'Excel', extensions: ['xlsx'] }],
};

/** The list of the trip as the dialog previews it: who is in it and who is flagged. */
export function previewInvitationList(bundle: TripBundle, choice: Pick<InvitationListChoice, 'onlyVisaNotSettled'>): InvitationList {
  return invitationList(bundle, { onlyVisaNotSettled: choice.onlyVisaNotSettled });
}

/** Saves the invitation-letter list of `tripId` as `choice` says; how many people it holds and where it went. */
export async function exportInvitationList(
  { repositories, platform }: { repositories: Pick<Repositories, 'trips'>; platform: Pick<Platform, 'saveFile' | 'log'> },
  tripId: string,
  choice: InvitationListChoice,
  locales: InvitationListLocales,
): Promise<Result<SavedInvitationList, InvitationListNotSaved>> {
  let sizeBytes: number | null = null;
  return withOutcomeLogged(
    platform,
    { event: 'export', what: 'invitation-list', files: 0, sizeBytes: null },
    () => saveInvitationList(repositories, platform, tripId, choice, locales, (content) => (sizeBytes = sizeOf(content))),
    (result) => {
      if (result.ok) return { ...DONE, files: 1, sizeBytes };
      if (result.error.kind === 'trip-gone') return refused('gone');
      if (result.error.kind === 'too-many-for-spreadsheet') return refused('too-large');
      return notSaved(result.error);
    },
  );
}

async function saveInvitationList(
  repositories: Pick<Repositories, 'trips'>,
  platform: Pick<Platform, 'saveFile'>,
  tripId: string,
  choice: InvitationListChoice,
  locales: InvitationListLocales,
  written: (content: string | Uint8Array) => void,
): Promise<Result<SavedInvitationList, InvitationListNotSaved>> {
  const bundle = await repositories.trips.getBundle(tripId);
  if (!bundle) return err({ kind: 'trip-gone' });
  const list = invitationList(bundle, { onlyVisaNotSettled: choice.onlyVisaNotSettled });
  if (choice.format === 'xlsx' && list.rows.length > MAX_SPREADSHEET_PEOPLE) {
    return err({ kind: 'too-many-for-spreadsheet', max: MAX_SPREADSHEET_PEOPLE });
  }
  const table = invitationListTable(list, invitationListWords(choice.headers, locales));
  const { t } = locales.reader;
  let content: string | Uint8Array;
  try {
    content = choice.format === 'csv' ? forSpreadsheets(invitationListCsv(table)) : await invitationListXlsx(table, list, t('invitationList.sheetName', { ns: 'people' }));
  } catch (error) {
    return err({ kind: 'failed', reason: reasonOf(error) });
  }
  written(content);
  const saved = await saveFile(platform, {
    suggestedName: safeFileName(
      t('invitationList.fileName', { ns: 'people', trip: bundle.trip.name }),
      choice.format,
      t('invitationList.fallbackName', { ns: 'people' }),
    ),
    content,
    filters: FILTERS[choice.format],
  });
  if (!saved.ok) return saved;
  return ok({ path: saved.value.path, people: list.rows.length, passportsFlagged: list.rows.filter(hasPassportFlag).length });
}

/**
 * The words of the list in `headers`' language. With both, each header is "English / 中文", cities and
 * organisations are named in both scripts, and the flags (which are for the organiser) are in the reader's.
 */
export function invitationListWords(headers: HeaderLanguage, { reader, english, chinese }: InvitationListLocales): InvitationListWords {
  const header = (locale: Locale) => (column: InvitationColumn) => locale.t(`invitationList.column.${column}`, { ns: 'people' });
  const bothNames = (first: string, second: string) => (second && second !== first ? `${first} ${second}` : first);
  switch (headers) {
    case 'en':
      return {
        header: header(english),
        city: (city) => english.city(city),
        organisation: (organisation) => organisation.name || organisation.nameLocal,
        word: english.word,
      };
    case 'zh-CN':
      return {
        header: header(chinese),
        city: (city) => chinese.city(city),
        organisation: (organisation) => organisation.nameLocal || organisation.name,
        word: chinese.word,
      };
    case 'both':
      return {
        header: (column) => `${header(english)(column)} / ${header(chinese)(column)}`,
        city: (city) => bothNames(english.city(city), chinese.city(city)),
        organisation: (organisation) => bothNames(organisation.name, organisation.nameLocal),
        word: reader.word,
      };
  }
}

/** Widths of the spreadsheet's columns, in characters. */
const WIDTHS: Record<InvitationColumn, number> = {
  familyName: 18,
  givenNames: 20,
  nameLocal: 14,
  sex: 8,
  dateOfBirth: 13,
  nationality: 14,
  passportNumber: 16,
  passportExpiry: 15,
  jobTitle: 28,
  organisation: 30,
  cities: 60,
  arrival: 12,
  departure: 12,
  toCheck: 50,
};

/**
 * The table as an .xlsx workbook of one sheet, its header row bold and kept in view. Every cell is text: a
 * passport number keeps its leading zeros, a date stays as written, and nothing is run as a formula. A row with
 * something to check has that cell shaded, besides the words that say what.
 */
async function invitationListXlsx(table: readonly (readonly string[])[], list: InvitationList, sheetName: string): Promise<Uint8Array> {
  const [header = [], ...body] = table;
  const data: SheetData = [
    header.map((value) => ({ value, type: String, fontWeight: 'bold' as const, wrap: true })),
    ...body.map((row, index) => {
      const flagged = (list.rows[index]?.flags.length ?? 0) > 0;
      return row.map((value, column) => ({
        value,
        type: String,
        ...(flagged && INVITATION_COLUMNS[column] === 'toCheck' && { backgroundColor: '#FFE8CC' }),
      }));
    }),
  ];
  const blob = await writeXlsxFile(data, {
    sheet: sheetName.slice(0, 31),
    columns: INVITATION_COLUMNS.map((column) => ({ width: WIDTHS[column] })),
    stickyRowsCount: 1,
  }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
