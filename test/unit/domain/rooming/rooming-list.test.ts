import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { forSpreadsheets } from '../../../../src/domain/files/csv-safety';
import { ROOMING_CSV_COLUMNS, roomingListCsv } from '../../../../src/domain/rooming/rooming-list-csv';
import { roomingList, tripRoomNightTotals } from '../../../../src/domain/rooming/rooming-list';
import { aRoom, aRoomingTrip, GARDEN, GRAND, withHotels, withRooms } from '../../../builders/rooming-records';

const trip = withRooms(
  withHotels(aRoomingTrip(), GRAND, GARDEN),
  aRoom('r-single', 'grand', 'single', [['eve', '2016-11-14', '2016-11-15']], { requests: '=HYPERLINK("http://x")', confirmation: 'GH-12' }),
  aRoom('r-twin', 'grand', 'twin', [['cai', '2016-11-13', '2016-11-15'], ['ann', '2016-11-13', '2016-11-15']], { requests: 'Two beds' }),
  aRoom('r-held', 'grand', 'double', []),
  aRoom('r-garden', 'garden', 'single', [['ben', '2016-11-13', '2016-11-15']]),
);

describe('a hotel’s rooming list', () => {
  const list = roomingList(GRAND, trip);

  it('lists its rooms by type, each with who sleeps there as their passport names them, and their nights', () => {
    expect(list.rooms.map((room) => [room.number, room.room.type, room.nights, room.occupants.map((occupant) => occupant.personId)])).toEqual([
      [1, 'single', 1, ['eve']],
      [2, 'twin', 2, ['cai', 'ann']],
      [3, 'double', 2, []],
    ]);
    expect(list.rooms[1]!.occupants[0]).toMatchObject({ familyName: 'Cai', givenNames: 'Ming', nameLocal: '蔡明', nights: 2, checkInDate: '2016-11-13' });
    expect(list.city?.name).toBe('Beijing');
    expect(list.guests).toBe(3);
  });

  it('totals the room-nights of each type, a held room for the whole stay', () => {
    expect(list.totals).toEqual([
      { type: 'single', rooms: 1, roomNights: 1 },
      { type: 'twin', rooms: 1, roomNights: 2 },
      { type: 'double', rooms: 1, roomNights: 2 },
    ]);
    expect(list.roomNights).toBe(5);
    expect(tripRoomNightTotals(trip)).toEqual([
      { type: 'single', rooms: 2, roomNights: 3 },
      { type: 'twin', rooms: 1, roomNights: 2 },
      { type: 'double', rooms: 1, roomNights: 2 },
    ]);
  });

  it('is written as CSV, a row per occupant, that a spreadsheet opens without running a formula', () => {
    const csv = forSpreadsheets(roomingListCsv(list, { header: (column) => column, type: (type) => type.toUpperCase() }));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const { data } = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(Object.keys(data[0]!)).toEqual([...ROOMING_CSV_COLUMNS]);
    expect(data.map((row) => [row['room'], row['type'], row['familyName'], row['givenNames'], row['nameLocal'], row['arrival'], row['departure'], row['nights']])).toEqual([
      ['1', 'SINGLE', '', '', '', '2016-11-14', '2016-11-15', '1'],
      ['2', 'TWIN', 'Cai', 'Ming', '蔡明', '2016-11-13', '2016-11-15', '2'],
      ['2', 'TWIN', 'Lee', 'Ann', '', '2016-11-13', '2016-11-15', '2'],
      ['3', 'DOUBLE', '', '', '', '2016-11-13', '2016-11-15', '2'],
    ]);
    expect(data[0]!['name']).toBe('Eve Park');
    expect(data[0]!['hotel']).toBe('Grand Hotel');
    expect(data[0]!['hotelLocal']).toBe('大酒店');
    expect(data[0]!['requests']).toBe('\'=HYPERLINK("http://x")');
    expect(data[0]!['confirmation']).toBe('GH-12');
  });
});
