/**
 * Follow-up actions as CSV for a spreadsheet. Cells that a spreadsheet would run as a formula (starting with
 * =, +, -, @, tab or carriage return) are escaped, so an exported note cannot execute on the reader's machine.
 */
import Papa from 'papaparse';
import { FORMULA_START } from './csv-safety';
import type { FollowUp } from '../engagements/engagement';

export interface FollowUpRow {
  followUp: FollowUp;
  engagementTitle: string;
  engagementDate: string;
  tripName: string;
}

export function followUpsCsv(rows: readonly FollowUpRow[]): string {
  return Papa.unparse(
    {
      fields: ['Trip', 'Engagement', 'Engagement date', 'Action', 'Owner', 'Due', 'Done'],
      data: rows.map(({ followUp, engagementTitle, engagementDate, tripName }) => [
        tripName,
        engagementTitle,
        engagementDate,
        followUp.description,
        followUp.owner,
        followUp.dueDate ?? '',
        followUp.done ? 'yes' : 'no',
      ]),
    },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
}
