/**
 * A stay's rooming list as CSV for the hotel: one row per occupant (a room held for someone not yet named has a
 * row without a name), under headers and room types in the words the caller gives (the hotel's language first).
 * Dates are written YYYY-MM-DD, which spreadsheets in every language read as dates. Cells a spreadsheet would
 * run as a formula are escaped (csv-safety.ts); the caller adds the byte-order mark (`forSpreadsheets`).
 */
import Papa from 'papaparse';
import { FORMULA_START } from '../files/csv-safety';
import type { RoomType } from './room';
import { nightsOfStay, type RoomingList } from './rooming-list';

/** The columns, in order. Their words are the catalogue's (`rooming:csv.<column>`). */
export const ROOMING_CSV_COLUMNS = [
  'hotel',
  'hotelLocal',
  'room',
  'type',
  'familyName',
  'givenNames',
  'name',
  'nameLocal',
  'arrival',
  'departure',
  'nights',
  'requests',
  'confirmation',
] as const;
export type RoomingCsvColumn = (typeof ROOMING_CSV_COLUMNS)[number];

export interface RoomingCsvWords {
  header: (column: RoomingCsvColumn) => string;
  type: (type: RoomType) => string;
}

export function roomingListCsv(list: RoomingList, words: RoomingCsvWords): string {
  const { stay } = list;
  const rows = list.rooms.flatMap(({ room, number, occupants }) => {
    const roomCells = { room: String(number), type: words.type(room.type), requests: room.requests, confirmation: room.confirmation };
    if (occupants.length === 0) {
      return [{ ...roomCells, familyName: '', givenNames: '', name: '', nameLocal: '', arrival: stay.checkInDate, departure: stay.checkOutDate, nights: String(nightsOfStay(stay)) }];
    }
    return occupants.map((occupant) => ({
      ...roomCells,
      familyName: occupant.familyName,
      givenNames: occupant.givenNames,
      name: occupant.name,
      nameLocal: occupant.nameLocal,
      arrival: occupant.checkInDate,
      departure: occupant.checkOutDate,
      nights: String(occupant.nights),
    }));
  });
  return Papa.unparse(
    {
      fields: ROOMING_CSV_COLUMNS.map(words.header),
      data: rows.map((row) =>
        ROOMING_CSV_COLUMNS.map((column) =>
          column === 'hotel' ? stay.name : column === 'hotelLocal' ? stay.nameLocal : row[column],
        ),
      ),
    },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
}

