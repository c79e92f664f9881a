/**
 * Follow-up actions as CSV for a spreadsheet, with headers in the reader's language. Dates are written
 * YYYY-MM-DD, which spreadsheets in every language read as dates and sort by, and which is how both British
 * and Chinese standards (ISO 8601, GB/T 7408) write a date in figures. Cells that a spreadsheet would run as
 * a formula (starting with =, +, -, @, tab or carriage return) are escaped, so an exported note cannot execute
 * on the reader's machine.
 */
import Papa from 'papaparse';
import type { english } from '../../i18n/catalogues';
import type { Locale } from '../../i18n/locale';
import { FORMULA_START } from './csv-safety';
import type { FollowUp } from '../engagements/engagement';

export interface FollowUpRow {
  followUp: FollowUp;
  engagementTitle: string;
  engagementDate: string;
  tripName: string;
}

type CsvWord = keyof typeof english.directory.followUps.csv;

export function followUpsCsv(rows: readonly FollowUpRow[], locale: Locale): string {
  const t = (key: CsvWord) => locale.t(`followUps.csv.${key}`, { ns: 'directory' });
  return Papa.unparse(
    {
      fields: [
        t('trip'),
        t('engagement'),
        t('engagementDate'),
        t('action'),
        t('owner'),
        t('due'),
        t('done'),
      ],
      data: rows.map(({ followUp, engagementTitle, engagementDate, tripName }) => [
        tripName,
        engagementTitle,
        engagementDate,
        followUp.description,
        followUp.owner,
        followUp.dueDate ?? '',
        followUp.done ? t('yes') : t('no'),
      ]),
    },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
}

/** The name the export proposes: "Tianjin sensor mission follow-ups", or "follow-ups" for every trip's. */
export function followUpsFileStem(locale: Locale, tripName?: string): string {
  return tripName === undefined
    ? locale.t('followUps.fileName.all', { ns: 'directory' })
    : locale.t('followUps.fileName.trip', { ns: 'directory', trip: tripName });
}
