import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inChinese, inEnglish } from '../../../builders/words';
import { createBackup, serializeBackup } from '../../../../src/domain/files/backup';
import { buildSampleTrip } from '../../../../src/domain/trip/sample-trip';
import {
  createTripFile,
  parseTripFile,
  serializeTripFile,
  TRIP_FILE_EXTENSION,
  TRIP_FILE_TABLES,
  tripFileName,
  type TripFile,
} from '../../../../src/domain/files/trip-file';
import type { TripBundle } from '../../../../src/domain/trip/trip-bundle';
import { CURRENT_SCHEMA_VERSION } from '../../../../src/domain/schema/schema-history';

const APP = { name: 'Delegation Planner', version: '0.1.0' };
const MADE_AT = '2026-11-21T10:00:00.000Z';

function sampleBundle(): TripBundle {
  let counter = 0;
  return buildSampleTrip({ now: '2026-11-21T09:00:00.000Z', newId: () => `id-${++counter}` });
}

function sampleFile(): TripFile {
  return createTripFile(APP, MADE_AT, sampleBundle(), { versionId: 'version-2', baseId: 'version-1' });
}

const SAMPLE_TEXT = serializeTripFile(sampleFile());

type Document = Record<string, unknown> & { trip: Record<string, unknown>; tables: Record<string, Record<string, unknown>[]> };

/** The sample trip's file as a plain JSON value, to alter as a hand-edited or damaged file would be. */
function sampleDocument(): Document {
  return JSON.parse(SAMPLE_TEXT) as Document;
}

function problemOf(text: string) {
  const result = parseTripFile(text);
  if (result.ok) throw new Error('expected the trip file to be refused');
  // Read in English, as the organiser reads it there; the Chinese is tested on its own.
  return { ...result.error, message: inEnglish(result.error.message) };
}

function parsed(text: string): TripFile {
  const result = parseTripFile(text);
  if (!result.ok) throw new Error(inEnglish(result.error.message));
  return result.value;
}

describe('writing a trip file', () => {
  it('names the format, its version, the app, the schema version and when it was made', () => {
    expect(sampleDocument()).toMatchObject({
      format: 'delegation-planner-trip',
      formatVersion: 1,
      app: APP,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: MADE_AT,
      trip: { name: 'Liverpool City Region trade mission to China' },
    });
    expect(Object.keys(sampleDocument().tables)).toEqual([...TRIP_FILE_TABLES]);
  });

  it('proposes the trip’s name as the file name, made safe for any file system', () => {
    expect(TRIP_FILE_EXTENSION).toBe('trip.json');
    expect(tripFileName({ name: 'Liverpool mission 2016' })).toBe('Liverpool mission 2016.trip.json');
    expect(tripFileName({ name: 'Tianjin / Beijing: March' })).toBe('Tianjin Beijing March.trip.json');
    expect(tripFileName({ name: '...' })).toBe('trip.trip.json');
  });
});

describe('reading a trip file', () => {
  it('reads back the sample trip it wrote, record for record', () => {
    const file = sampleFile();
    expect(parseTripFile(serializeTripFile(file))).toEqual({ ok: true, value: file });
  });

  it('reads the version the file is and the version it was made from', () => {
    expect(parsed(SAMPLE_TEXT)).toMatchObject({ versionId: 'version-2', baseId: 'version-1' });
  });

  it('reads a file of an older build, without version ids, as one without a version', () => {
    const { versionId: _versionId, baseId: _baseId, ...older } = sampleDocument();
    const file = parsed(JSON.stringify(older));
    expect(file.versionId).toBeUndefined();
    expect(file.baseId).toBeUndefined();
    expect(file.tables.engagements).toHaveLength(14);
  });

  it('takes version ids that are not short texts as none', () => {
    const file = parsed(JSON.stringify({ ...sampleDocument(), versionId: 42, baseId: 'x'.repeat(5000) }));
    expect(file.versionId).toBeUndefined();
    expect(file.baseId).toBeUndefined();
  });

  it('refuses an empty file', () => {
    expect(problemOf(' \n')).toEqual({ kind: 'empty', message: 'This file is empty: it holds no trip.' });
  });

  it('refuses a file that is not JSON, saying it is not a trip', () => {
    expect(problemOf('Name,Email\nAda,ada@example.org')).toEqual({
      kind: 'not-json',
      message: 'This file is not a Delegation Planner trip: it is not JSON.',
    });
  });

  it('refuses a file cut short, saying it ends part-way through', () => {
    for (const length of [1, 40, Math.floor(SAMPLE_TEXT.length / 2), SAMPLE_TEXT.length - 1]) {
      const problem = problemOf(SAMPLE_TEXT.slice(0, length));
      expect(problem.kind).toBe('truncated');
      expect(problem.message).toMatch(/ends part-way through/);
    }
  });

  it('refuses a backup of the whole database, pointing to Backups', () => {
    const bundle = sampleBundle();
    const backup = createBackup(APP, MADE_AT, {
      trips: [bundle.trip],
      stops: bundle.stops,
      segments: bundle.segments,
      accommodations: bundle.accommodations,
      organisations: bundle.organisations,
      contacts: bundle.contacts,
      people: bundle.people,
      memberships: bundle.memberships,
      engagements: bundle.engagements,
      followUps: bundle.followUps,
      settings: [],
      acknowledgements: bundle.acknowledgements,
      rooms: bundle.rooms,
      resources: bundle.resources,
      assignments: bundle.assignments,
    });
    expect(problemOf(serializeBackup(backup))).toEqual({
      kind: 'whole-backup',
      message: 'This is a backup of the whole database, not the file of one trip: restore it with “Restore from a file…” instead.',
    });
  });

  it('refuses JSON that is not a trip file', () => {
    expect(problemOf('{"trip": {}, "tables": {}}')).toEqual({
      kind: 'not-a-trip-file',
      message: 'This file is not a Delegation Planner trip: it does not say it is one.',
    });
    expect(problemOf('[1, 2, 3]').kind).toBe('not-a-trip-file');
    expect(problemOf('"delegation-planner-trip"').kind).toBe('not-a-trip-file');
  });

  it('refuses a trip file from a later version of the app, naming both database versions', () => {
    const document = { ...sampleDocument(), schemaVersion: CURRENT_SCHEMA_VERSION + 1, app: { ...APP, version: '9.0.0' } };
    expect(problemOf(JSON.stringify(document))).toEqual({
      kind: 'newer-schema',
      message: `This trip file was made by a later version of Delegation Planner, which stores its data as version ${CURRENT_SCHEMA_VERSION + 1}; this one reads up to version ${CURRENT_SCHEMA_VERSION}. Update the app to import it.`,
    });
  });

  it('refuses a trip file in a newer file format', () => {
    const problem = problemOf(JSON.stringify({ ...sampleDocument(), formatVersion: 2 }));
    expect(problem.kind).toBe('newer-format');
    expect(problem.message).toBe(
      'This trip file was made by a newer version of the app (trip format 2; this app reads format 1). Update the app to import it.',
    );
  });

  it('refuses a trip file missing a table, naming it', () => {
    const document = sampleDocument();
    delete document.tables['people'];
    expect(problemOf(JSON.stringify(document))).toEqual({
      kind: 'invalid-envelope',
      table: 'people',
      message: 'This trip file is missing the people table.',
    });
  });

  it('refuses a file without its trip', () => {
    const document: Record<string, unknown> = sampleDocument();
    delete document['trip'];
    expect(problemOf(JSON.stringify(document))).toMatchObject({ kind: 'invalid-envelope', message: 'This trip file holds no trip.' });
  });

  it('refuses an invalid trip, naming the field', () => {
    const document = sampleDocument();
    document.trip['endDate'] = '16 November';
    const problem = problemOf(JSON.stringify(document));
    expect(problem).toMatchObject({ kind: 'invalid-record', table: 'trips', field: 'endDate', recordId: document.trip['id'] });
    expect(problem.message).toMatch(/^The trip \(id "id-1"\), field "endDate" is "16 November": /);
  });

  it('refuses an invalid record, naming the table, the record and the field', () => {
    const document = sampleDocument();
    const stop = document.tables['stops']![2]!;
    stop['timeZone'] = 'Asia/Nowhere';
    const problem = problemOf(JSON.stringify(document));
    expect(problem).toMatchObject({ kind: 'invalid-record', table: 'stops', index: 2, recordId: stop['id'], field: 'timeZone' });
    expect(problem.message).toBe(`stops, record 3 “Tianjin” (id "${String(stop['id'])}"), field "timeZone" is "Asia/Nowhere": must be an IANA time zone such as Europe/London.`);
  });

  it('refuses an organisation whose website is not a web address, naming the organisation and the field', () => {
    const document = sampleDocument();
    const organisation = document.tables['organisations']![0]!;
    organisation['website'] = 'javascript:alert(1)';
    const problem = problemOf(JSON.stringify(document));
    expect(problem).toMatchObject({ kind: 'invalid-record', table: 'organisations', index: 0, recordId: organisation['id'], field: 'website' });
    expect(problem.message).toBe(
      `organisations, record 1 “${String(organisation['name'])}” (id "${String(organisation['id'])}"), field "website" is "javascript:alert(1)": must be a web address the app opens, such as https://www.example.com.`,
    );
  });

  it('reads an http:// website as https, as the form would store it', () => {
    const document = sampleDocument();
    document.tables['organisations']![0]!['website'] = 'http://www.liverpool.gov.uk';
    expect(parsed(JSON.stringify(document)).tables.organisations[0]!.website).toBe('https://www.liverpool.gov.uk');
  });

  it('refuses two records with the same id', () => {
    const document = sampleDocument();
    const people = document.tables['people']!;
    people.push({ ...people[0]! });
    expect(problemOf(JSON.stringify(document))).toMatchObject({ kind: 'duplicate-id', table: 'people', recordId: people[0]!['id'] });
  });

  it('refuses a record of another trip, naming it and both trips', () => {
    const document = sampleDocument();
    const engagement = document.tables['engagements']![4]!;
    engagement['tripId'] = 'trip-beijing';
    const problem = problemOf(JSON.stringify(document));
    expect(problem).toMatchObject({ kind: 'other-trip', table: 'engagements', index: 4, recordId: engagement['id'], field: 'tripId' });
    expect(problem.message).toBe(
      `engagements, record 5 (id "${String(engagement['id'])}"), field "tripId": belongs to another trip ("trip-beijing"), not to Liverpool City Region trade mission to China ("id-1"). A trip file holds the records of one trip only.`,
    );
  });

  it('refuses an engagement whose city is not in the file', () => {
    const document = sampleDocument();
    const engagement = document.tables['engagements']![0]!;
    engagement['stopId'] = 'stop-gone';
    const problem = problemOf(JSON.stringify(document));
    expect(problem).toMatchObject({ kind: 'dangling-reference', table: 'engagements', field: 'stopId' });
    expect(problem.message).toBe(
      `engagements, record 1 (id "${String(engagement['id'])}"), field "stopId": the stop "stop-gone" it belongs to is not in the file.`,
    );
  });

  it('refuses a member whose person is not in the file, and a journey to a city that is not', () => {
    const withoutPerson = sampleDocument();
    withoutPerson.tables['people'] = withoutPerson.tables['people']!.slice(1);
    expect(problemOf(JSON.stringify(withoutPerson))).toMatchObject({ kind: 'dangling-reference', table: 'memberships', field: 'personId' });

    const withoutCity = sampleDocument();
    withoutCity.tables['segments']![1]!['toStopId'] = 'stop-gone';
    expect(problemOf(JSON.stringify(withoutCity))).toMatchObject({ kind: 'dangling-reference', table: 'segments', field: 'toStopId' });
  });

  it('accepts what the app itself tolerates: a person whose organisation is not in the file', () => {
    const document = sampleDocument();
    document.tables['people']![0]!['organisationId'] = 'organisation-deleted';
    expect(parseTripFile(JSON.stringify(document)).ok).toBe(true);
  });

  it('upgrades a trip file of schema version 1: the trip gains no home and the default buffer, members no sent events', () => {
    const document = sampleDocument();
    document['schemaVersion'] = 1;
    delete document.tables['acknowledgements'];
    delete document.trip['home'];
    delete document.trip['conflictBufferMinutes'];
    for (const membership of document.tables['memberships']!) delete membership['calendarExportedEvents'];

    const file = parsed(JSON.stringify(document));

    expect(file.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(file.trip).toMatchObject({ home: null, conflictBufferMinutes: 45 });
    expect(file.tables.acknowledgements).toEqual([]);
    expect(file.tables.memberships.every((membership) => membership.calendarExportedEvents === null)).toBe(true);
    expect(file.tables.engagements).toEqual(sampleFile().tables.engagements);
  });

  it('upgrades a trip file of schema version 4: each journey, entered then a leg at a time, becomes a direct one', () => {
    const document = sampleDocument();
    document['schemaVersion'] = 4;
    for (const journey of document.tables['segments']!) delete journey['connections'];

    const file = parsed(JSON.stringify(document));

    expect(file.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(file.tables.segments.map((journey) => journey.connections)).toEqual(file.tables.segments.map(() => []));
  });

  it('upgrades a trip file of schema version 5: the trip has no contacts in emergencies yet, its journeys no terminals', () => {
    const document = sampleDocument();
    document['schemaVersion'] = 5;
    delete document.trip['organiserContact'];
    delete document.trip['localCoordinator'];
    delete document.trip['diplomaticMissions'];
    for (const journey of document.tables['segments']!) {
      delete journey['departureTerminal'];
      delete journey['arrivalTerminal'];
    }

    const file = parsed(JSON.stringify(document));

    expect(file.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(file.trip).toMatchObject({
      organiserContact: { name: '', phone: '', email: '' },
      localCoordinator: { name: '', phone: '', email: '' },
      diplomaticMissions: [],
    });
    expect(file.tables.segments.every((journey) => journey.departureTerminal === '' && journey.arrivalTerminal === '')).toBe(true);
  });

  it('reads back the sample’s contacts in emergencies and a journey’s terminals', () => {
    const file = parsed(JSON.stringify(sampleDocument()));
    expect(file.trip.diplomaticMissions.map((mission) => mission.name)).toEqual([
      'British Embassy Beijing',
      'British Consulate-General Chongqing',
      'British Consulate-General Shanghai',
    ]);
    expect(file.tables.segments.find((journey) => journey.number === 'GS7569')).toMatchObject({ departureTerminal: 'T2', arrivalTerminal: 'T2' });
  });

  it('reads back a journey that connects, with its legs’ places, times and numbers', () => {
    const connecting = parsed(JSON.stringify(sampleDocument())).tables.segments.find((journey) => journey.connections.length > 0);
    expect(connecting?.connections).toEqual(sampleFile().tables.segments.find((journey) => journey.id === connecting?.id)?.connections);
    expect(connecting?.connections[0]).toMatchObject({ number: 'HU7279', arrivalPlace: 'Beijing Capital International Airport T2' });
  });

  it('keeps fields it does not know, written by a slightly newer build', () => {
    const document = sampleDocument();
    document.tables['people']![0]!['pronouns'] = 'she/her';
    document.trip['colour'] = 'teal';
    const file = parsed(JSON.stringify(document));
    expect(file.tables.people[0]).toMatchObject({ pronouns: 'she/her' });
    expect(file.trip).toMatchObject({ colour: 'teal' });
  });
});

describe('hostile trip files', () => {
  it('random text never throws past the parser, and is never taken for a trip', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'grapheme' }), fc.anything().map((value) => JSON.stringify(value) ?? '')), (text) => {
        expect(parseTripFile(text).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('a trip file cut short anywhere is refused as truncated', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: SAMPLE_TEXT.length - 1 }), (length) => {
        const result = parseTripFile(SAMPLE_TEXT.slice(0, length));
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.kind).toBe('truncated');
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('a trip file with a field dropped or altered never throws, and a refusal always says where', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('trip' as const, ...TRIP_FILE_TABLES),
        fc.nat(),
        fc.nat(),
        fc.oneof(fc.constant(undefined), fc.anything()),
        (table, recordIndex, fieldIndex, value) => {
          const document = sampleDocument();
          const rows = table === 'trip' ? [document.trip] : document.tables[table]!;
          if (rows.length === 0) return;
          const row = rows[recordIndex % rows.length]!;
          const fields = Object.keys(row);
          const field = fields[fieldIndex % fields.length]!;
          if (value === undefined) delete row[field];
          else row[field] = value;
          const result = parseTripFile(JSON.stringify(document));
          if (!result.ok) {
            expect(inEnglish(result.error.message).length).toBeGreaterThan(0);
            expect(result.error.table).toBeDefined();
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  it('an envelope with any key replaced never throws', () => {
    fc.assert(
      fc.property(fc.constantFrom('format', 'formatVersion', 'app', 'schemaVersion', 'createdAt', 'trip', 'tables'), fc.anything(), (key, value) => {
        const document: Record<string, unknown> = sampleDocument();
        document[key] = value;
        const result = parseTripFile(JSON.stringify(document));
        if (!result.ok) expect(inEnglish(result.error.message).length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe('a refused trip file in Chinese', () => {
  it('says what is wrong in Chinese', () => {
    const refused = (text: string) => {
      const result = parseTripFile(text);
      if (result.ok) throw new Error('expected the trip file to be refused');
      return inChinese(result.error.message);
    };
    expect(refused(' \n')).toBe('此文件为空，不含任何行程。');
    expect(refused('not json')).toBe('此文件不是 Delegation Planner 行程文件：它不是 JSON 文件。');
    expect(refused(JSON.stringify({ format: 'delegation-planner-backup', formatVersion: 1 }))).toBe(
      '这是整个数据库的备份，不是单个行程的文件：请改用“从文件恢复…”恢复。',
    );
  });
});
