import { describe, expect, it } from 'vitest';
import { buildSampleTrip } from '../../../../src/domain/trip/sample-trip';
import {
  readSampleTables,
  SAMPLE_TRIP_FILES,
  SHENZHEN_SAMPLE_TRIP_FILES,
  type SampleTableName,
  type SampleTripFiles,
} from '../../../../src/domain/trip/sample-trip-tables';

type Row = Record<string, unknown>;

/** The shipped files, with one table's rows changed by `change`. */
function filesWith(table: Exclude<SampleTableName, 'trip'>, change: (rows: Row[]) => void): SampleTripFiles {
  const files = structuredClone(SAMPLE_TRIP_FILES);
  change((files[table] as Record<string, Row[]>)[table] ?? []);
  return files;
}

/** The row whose `field` is `value`. */
function rowWhere(rows: Row[], field: string, value: string): Row {
  const row = rows.find((candidate) => candidate[field] === value);
  if (!row) throw new Error(`no row with ${field} ${value}`);
  return row;
}

/** The message the data's check fails with, or '' when it passes. */
function mistakesIn(files: SampleTripFiles): string {
  try {
    readSampleTables(files);
    return '';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

describe('the sample trip’s tables', () => {
  it('read the files the app ships without a mistake', () => {
    const tables = readSampleTables();
    expect(tables.trip.name).toBe('Liverpool City Region trade mission to China');
    expect(tables.cities.map((city) => city.key)).toEqual(['kunming', 'chongqing', 'tianjin', 'beijing', 'qingdao', 'shanghai']);
    // One a city, and a second in Beijing, where the delegation is split between two.
    expect(tables.hotels).toHaveLength(7);
    expect(tables.engagements.find((row) => row.key === 'mou-signing')).toMatchObject({
      city: 'tianjin',
      date: '2016-11-12',
      start: '10:00',
      organisations: ['zhengxin', 'sensor-city'],
    });
  });

  it('name the file, row and field of a misspelt field', () => {
    const files = filesWith('engagements', (rows) => {
      const signing = rowWhere(rows, 'key', 'mou-signing');
      signing['strat'] = signing['start'];
      delete signing['start'];
    });
    const message = mistakesIn(files);
    expect(message).toContain('engagements.json, row 6 (mou-signing): no field called strat here (a typo?)');
    expect(message).toMatch(/engagements\.json, row 6 \(mou-signing\), field start: .*expected string/);
  });

  it('name a value in the wrong format, down to the part of the field', () => {
    const files = filesWith('journeys', (rows) => {
      (rowWhere(rows, 'number', 'GS7569')['departs'] as Row)['time'] = '9.25';
    });
    expect(mistakesIn(files)).toContain('journeys.json, row 3 (GS7569), field departs time: must be a time of day such as 09:30');
  });

  it('name a value that is not one the product knows', () => {
    const files = filesWith('people', (rows) => {
      rowWhere(rows, 'key', 'zhang')['role'] = 'translator';
    });
    expect(mistakesIn(files)).toMatch(/people\.json, row 20 \(zhang\), field role: .*"interpreter"/);
  });

  it('name a field of the trip by its file', () => {
    const files = structuredClone(SAMPLE_TRIP_FILES);
    ((files.trip as Row)['trip'] as Row)['startDate'] = '5 November 2016';
    expect(mistakesIn(files)).toContain('trip.json, field startDate: must be a date (YYYY-MM-DD)');
  });

  it('name a key that names no row, and which item of a list it is', () => {
    const contacts = filesWith('contacts', (rows) => {
      rowWhere(rows, 'key', 'zhihua-feng')['organisation'] = 'zhengxn';
    });
    expect(mistakesIn(contacts)).toContain(
      'contacts.json, row 4 (zhihua-feng), field organisation: no organisation has the key "zhengxn"',
    );
    const engagements = filesWith('engagements', (rows) => {
      rowWhere(rows, 'key', 'chongqing-round-table')['notAttending'] = ['raman', 'loyd'];
    });
    expect(mistakesIn(engagements)).toContain(
      'engagements.json, row 5 (chongqing-round-table), field notAttending item 2: no person has the key "loyd"',
    );
  });

  it('allow home only at the ends of journeys', () => {
    const files = filesWith('people', (rows) => {
      rowWhere(rows, 'key', 'kerr')['leavesAfter'] = 'home';
    });
    expect(mistakesIn(files)).toContain('people.json, row 10 (kerr), field leavesAfter: no city has the key "home"');
  });

  it('refuse a key used twice in its table', () => {
    const files = filesWith('cities', (rows) => {
      rowWhere(rows, 'key', 'qingdao')['key'] = 'beijing';
    });
    expect(mistakesIn(files)).toContain('cities.json, row 5 (beijing), field key: another city has this key');
  });

  it('refuse a hotel room where the city has no one hotel', () => {
    const files = filesWith('hotels', (rows) => {
      rows.push({ ...rowWhere(rows, 'city', 'tianjin'), name: 'Second Tianjin Hotel' });
    });
    expect(mistakesIn(files)).toContain(
      'engagements.json, row 6 (mou-signing), field hotelRoom: the city has 2 hotels, so which one is not clear',
    );
  });

  it('list every mistake at once', () => {
    const changed = filesWith('followUps', (rows) => {
      rowWhere(rows, 'engagement', 'qingdao-meeting')['dueDate'] = '16/12/2016';
      rowWhere(rows, 'engagement', 'qingdao-meeting')['done'] = 'no';
    });
    const lines = mistakesIn(changed).split('\n');
    expect(lines[0]).toBe("The sample trip's data has mistakes:");
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^follow-ups\.json, row 3 \(qingdao-meeting\), field dueDate: /),
      expect.stringMatching(/^follow-ups\.json, row 3 \(qingdao-meeting\), field done: /),
    ]);
  });
});

describe('building the sample trip from its tables', () => {
  const build = (files: SampleTripFiles) => {
    let next = 0;
    return () => buildSampleTrip({ now: '2026-01-01T00:00:00.000Z', newId: () => `id-${(next += 1)}` }, files);
  };

  it('refuses a row the app’s forms would refuse, naming the row and the form’s field', () => {
    const files = filesWith('journeys', (rows) => {
      (rowWhere(rows, 'number', 'MU5857')['arrives'] as Row)['date'] = '2016-11-08';
    });
    expect(build(files)).toThrow(
      /journeys\.json, row 2 \(MU5857\) breaks the form's rules: arrivalLocal: .*route:errors\.journey\.arrivesBeforeDeparting/,
    );
  });

  it('starts a field the data leaves out from the record’s empty value', () => {
    const files = filesWith('engagements', (rows) => {
      const signing = rowWhere(rows, 'key', 'mou-signing');
      delete signing['status'];
      delete signing['gifts'];
    });
    const signing = build(files)().engagements.find((engagement) => engagement.kind === 'signing');
    expect(signing).toMatchObject({ status: 'proposed', gifts: '' });
  });

  it('counts the rooms of each hotel from the people present in its city', () => {
    // The Shenzhen sample's notes count them ("团体预订{rooms}间单人间"); the Liverpool sample has a rooming list instead.
    const hotels = build(SHENZHEN_SAMPLE_TRIP_FILES)().accommodations.map((hotel) => /团体预订(\d+)间/.exec(hotel.notes)?.[1]);
    expect(hotels).toEqual(['7', '7', '6', '6', '6']);
  });
});
