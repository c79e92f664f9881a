import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inChinese, inEnglish } from '../../../builders/words';
import { createBackup, parseBackup, serializeBackup, summarizeBackup, type Backup, type BackupTables } from '../../../../src/domain/files/backup';
import { buildSampleTrip } from '../../../../src/domain/trip/sample-trip';
import { CURRENT_SCHEMA_VERSION, STORED_TABLES } from '../../../../src/domain/schema/schema-history';

function sampleTables(): BackupTables {
  let counter = 0;
  const bundle = buildSampleTrip({ now: '2026-11-21T09:00:00.000Z', newId: () => `id-${++counter}` });
  return {
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
    settings: [{ key: 'calendar.folder', value: { id: 'f', label: 'Calendars' } }],
    acknowledgements: bundle.acknowledgements,
    rooms: bundle.rooms,
    resources: bundle.resources,
    assignments: bundle.assignments,
  };
}

const APP = { name: 'Delegation Planner', version: '0.1.0' };

function sampleBackup(): Backup {
  return createBackup(APP, '2026-11-21T10:00:00.000Z', sampleTables());
}

/** The sample backup as a plain JSON value, to alter as a hand-edited or damaged file would be. */
const SAMPLE_TEXT = serializeBackup(sampleBackup());
function sampleDocument(): Record<string, unknown> & { tables: Record<string, Record<string, unknown>[]> } {
  return JSON.parse(SAMPLE_TEXT);
}

function problemOf(text: string) {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected the backup to be refused');
  // Read in English, as the organiser reads it there; the Chinese is tested on its own.
  return { ...result.error, message: inEnglish(result.error.message) };
}

describe('reading a backup file', () => {
  it('reads back a backup it wrote, record for record', () => {
    const backup = sampleBackup();
    const result = parseBackup(serializeBackup(backup));
    expect(result).toEqual({ ok: true, value: backup });
  });

  it('reads a person whose visa is not required', () => {
    const tables = sampleTables();
    tables.people[0] = { ...tables.people[0]!, visaStatus: 'not-required' };
    const result = parseBackup(serializeBackup(createBackup(APP, '2026-11-21T10:00:00.000Z', tables)));
    expect(result.ok && result.value.tables.people[0]!.visaStatus).toBe('not-required');
  });

  it('refuses an empty file', () => {
    expect(problemOf('  \n')).toMatchObject({ kind: 'empty', message: expect.stringContaining('empty') });
  });

  it('refuses a file that is not JSON, saying it is not a backup', () => {
    const problem = problemOf('Name,Email\nAda,ada@example.org');
    expect(problem.kind).toBe('not-json');
    expect(problem.message).toMatch(/not a Delegation Planner backup/);
  });

  it('refuses JSON that is not a backup', () => {
    expect(problemOf('{"trips": []}')).toMatchObject({ kind: 'not-a-backup', message: expect.stringMatching(/not a Delegation Planner backup/) });
    expect(problemOf('[1, 2, 3]').kind).toBe('not-a-backup');
    expect(problemOf('"delegation-planner-backup"').kind).toBe('not-a-backup');
  });

  it('refuses a file cut short, saying it ends part-way through', () => {
    const text = serializeBackup(sampleBackup());
    for (const length of [1, 40, Math.floor(text.length / 2), text.length - 1]) {
      const problem = problemOf(text.slice(0, length));
      expect(problem.kind).toBe('truncated');
      expect(problem.message).toMatch(/ends part-way through/);
    }
  });

  it('refuses a backup from a later version of the app, naming both database versions', () => {
    const document = { ...sampleDocument(), schemaVersion: CURRENT_SCHEMA_VERSION + 1, app: { ...APP, version: '9.0.0' } };
    const problem = problemOf(JSON.stringify(document));
    expect(problem.kind).toBe('newer-schema');
    expect(problem.message).toBe(
      `This backup was made by a later version of Delegation Planner, which stores its data as version ${CURRENT_SCHEMA_VERSION + 1}; this one reads up to version ${CURRENT_SCHEMA_VERSION}. Update the app to restore it.`,
    );
  });

  it('points a trip file, given as a backup, to the trip import', () => {
    const problem = problemOf(JSON.stringify({ format: 'delegation-planner-trip', formatVersion: 1 }));
    expect(problem.kind).toBe('not-a-backup');
    expect(problem.message).toBe('This is the file of one trip, not a backup: import it with “Import a trip file…” instead.');
  });

  it('refuses a backup in a newer file format', () => {
    const problem = problemOf(JSON.stringify({ ...sampleDocument(), formatVersion: 2 }));
    expect(problem.kind).toBe('newer-format');
    expect(problem.message).toMatch(/made by a newer version of the app/);
  });

  it('refuses a backup missing a table, naming it', () => {
    const document = sampleDocument();
    delete document.tables['engagements'];
    expect(problemOf(JSON.stringify(document))).toMatchObject({
      kind: 'invalid-envelope',
      table: 'engagements',
      message: 'This backup is missing the engagements table.',
    });
  });

  it('refuses an invalid record, naming the table, the record and the field', () => {
    const document = sampleDocument();
    const stop = document.tables['stops']![1]!;
    stop['timeZone'] = 'Asia/Nowhere';
    const problem = problemOf(JSON.stringify(document));
    expect(problem).toMatchObject({ kind: 'invalid-record', table: 'stops', index: 1, recordId: stop['id'], field: 'timeZone' });
    expect(problem.message).toBe(`stops, record 2 “Chongqing” (id "${String(stop['id'])}"), field "timeZone" is "Asia/Nowhere": must be an IANA time zone such as Europe/London.`);
  });

  it('refuses an organisation whose website is not a web address, naming the organisation and the field', () => {
    const document = sampleDocument();
    const organisation = document.tables['organisations']![1]!;
    organisation['website'] = 'javascript:alert(document.cookie)';
    const problem = problemOf(JSON.stringify(document));
    expect(problem).toMatchObject({ kind: 'invalid-record', table: 'organisations', index: 1, recordId: organisation['id'], field: 'website' });
    expect(problem.message).toBe(
      `organisations, record 2 “${String(organisation['name'])}” (id "${String(organisation['id'])}"), field "website" is "javascript:alert(document.cookie)": must be a web address the app opens, such as https://www.example.com.`,
    );
  });

  it('restores an http:// website as https, and a bare domain with https added, as the form stores them', () => {
    const document = sampleDocument();
    const [first, second] = document.tables['organisations']!;
    first!['website'] = 'http://old.example.cn/about';
    second!['website'] = 'www.wirral.example';
    const result = parseBackup(JSON.stringify(document));
    if (!result.ok) throw new Error(inEnglish(result.error.message));
    expect(result.value.tables.organisations.slice(0, 2).map((organisation) => organisation.website)).toEqual([
      'https://old.example.cn/about',
      'https://www.wirral.example',
    ]);
  });

  it('refuses an invalid acknowledgement, like any other record', () => {
    const document = sampleDocument();
    document.tables['acknowledgements'] = [
      { id: 'ack-1', tripId: String(document.tables['trips']![0]!['id']), conflictId: 'c', fingerprint: 'f', note: '   ', acknowledgedAt: 'x' },
    ];
    expect(problemOf(JSON.stringify(document))).toMatchObject({ table: 'acknowledgements', field: 'note', recordId: 'ack-1' });
  });

  it('refuses two records with the same id', () => {
    const document = sampleDocument();
    const people = document.tables['people']!;
    people.push({ ...people[0]! });
    expect(problemOf(JSON.stringify(document))).toMatchObject({ kind: 'duplicate-id', table: 'people', recordId: people[0]!['id'] });
  });

  it('refuses an engagement whose stop is not in the backup', () => {
    const document = sampleDocument();
    const engagement = document.tables['engagements']![0]!;
    engagement['stopId'] = 'stop-gone';
    const problem = problemOf(JSON.stringify(document));
    expect(problem).toMatchObject({ kind: 'dangling-reference', table: 'engagements', field: 'stopId' });
    expect(problem.message).toBe(
      `engagements, record 1 (id "${String(engagement['id'])}"), field "stopId": the stop "stop-gone" it belongs to is not in the backup.`,
    );
  });

  it('refuses an engagement whose trip is not in the backup', () => {
    const document = sampleDocument();
    document.tables['trips'] = [];
    document.tables['stops'] = [];
    document.tables['segments'] = [];
    document.tables['accommodations'] = [];
    document.tables['memberships'] = [];
    const problem = problemOf(JSON.stringify(document));
    expect(problem).toMatchObject({ kind: 'dangling-reference', table: 'engagements', field: 'tripId' });
    expect(problem.message).toMatch(/the trip ".*" it belongs to is not in the backup/);
  });

  it('upgrades a backup of schema version 1: trips gain no home and the default buffer, memberships no sent events', () => {
    const document = sampleDocument();
    document['schemaVersion'] = 1;
    delete document.tables['acknowledgements'];
    for (const trip of document.tables['trips']!) {
      delete trip['home'];
      delete trip['conflictBufferMinutes'];
    }
    for (const membership of document.tables['memberships']!) delete membership['calendarExportedEvents'];

    const result = parseBackup(JSON.stringify(document));
    if (!result.ok) throw new Error(inEnglish(result.error.message));
    expect(result.value.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(result.value.tables.trips[0]).toMatchObject({ home: null, conflictBufferMinutes: 45 });
    expect(result.value.tables.acknowledgements).toEqual([]);
    expect(result.value.tables.memberships.every((membership) => membership.calendarExportedEvents === null)).toBe(true);
  });

  it('upgrades a backup of schema version 3: memberships gain calendarExportedEvents, the rest is kept', () => {
    const document = sampleDocument();
    document['schemaVersion'] = 3;
    for (const membership of document.tables['memberships']!) delete membership['calendarExportedEvents'];
    const result = parseBackup(JSON.stringify(document));
    if (!result.ok) throw new Error(inEnglish(result.error.message));
    expect(result.value.tables.memberships[0]!.calendarExportedEvents).toBeNull();
    expect(result.value.tables.trips).toEqual(sampleBackup().tables.trips);
  });

  it('keeps fields it does not know, written by a slightly newer build', () => {
    const document = sampleDocument();
    document.tables['people']![0]!['pronouns'] = 'she/her';
    const result = parseBackup(JSON.stringify(document));
    if (!result.ok) throw new Error(inEnglish(result.error.message));
    expect(result.value.tables.people[0]).toMatchObject({ pronouns: 'she/her' });
  });

  it('summarises what a backup holds for the preview', () => {
    const backup = sampleBackup();
    const summary = summarizeBackup(backup);
    expect(Object.keys(summary.counts)).toEqual([...STORED_TABLES]);
    expect(summary.counts.engagements).toBe(backup.tables.engagements.length);
    expect(summary.trips).toEqual([
      { id: backup.tables.trips[0]!.id, name: backup.tables.trips[0]!.name, startDate: backup.tables.trips[0]!.startDate, endDate: backup.tables.trips[0]!.endDate },
    ]);
    expect(summary.app).toEqual(APP);
  });
});

describe('hostile backup files', () => {
  const valid = serializeBackup(sampleBackup());

  it('random text never throws past the parser, and is never taken for a backup', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'grapheme' })), (text) => {
        const result = parseBackup(text);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('a backup cut short anywhere is refused as truncated', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: valid.length - 1 }), (length) => {
        const result = parseBackup(valid.slice(0, length));
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.kind).toBe('truncated');
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('a backup with a field dropped or altered never throws, and a refusal always says where', () => {
    const tableNames = [...STORED_TABLES].filter((table) => table !== 'settings');
    fc.assert(
      fc.property(
        fc.constantFrom(...tableNames),
        fc.nat(),
        fc.nat(),
        fc.oneof(fc.constant(undefined), fc.anything()),
        (table, recordIndex, fieldIndex, value) => {
          const document = sampleDocument();
          const rows = document.tables[table]!;
          if (rows.length === 0) return;
          const row = rows[recordIndex % rows.length]!;
          const fields = Object.keys(row);
          const field = fields[fieldIndex % fields.length]!;
          if (value === undefined) delete row[field];
          else row[field] = value;
          const result = parseBackup(JSON.stringify(document));
          if (!result.ok) {
            expect(inEnglish(result.error.message).length).toBeGreaterThan(0);
            expect(result.error.table).toBeDefined();
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('a refused backup in Chinese', () => {
  it('says what is wrong in Chinese, naming the table, record and field as stored', () => {
    const refused = (text: string) => {
      const result = parseBackup(text);
      if (result.ok) throw new Error('expected the backup to be refused');
      return inChinese(result.error.message);
    };
    expect(refused(' ')).toBe('此文件为空，不含任何备份。');
    expect(refused(JSON.stringify({ format: 'delegation-planner-trip', formatVersion: 1 }))).toBe('这是单个行程的文件，不是备份：请改用“导入行程文件…”导入。');
    const document = sampleDocument();
    const stop = document.tables['stops']![1]!;
    stop['arrivalDate'] = null;
    expect(refused(JSON.stringify(document))).toMatch(new RegExp(`^stops 表第2条记录“Chongqing”（id "${String(stop['id'])}"），字段“arrivalDate”为空：`));
    const linked = sampleDocument();
    const organisation = linked.tables['organisations']![0]!;
    organisation['website'] = 'file:///etc/passwd';
    expect(refused(JSON.stringify(linked))).toBe(
      `organisations 表第1条记录“${String(organisation['name'])}”（id "${String(organisation['id'])}"），字段“website”的值为 "file:///etc/passwd"：必须是本应用能打开的网址，例如 https://www.example.com。`,
    );
    const missing = sampleDocument();
    delete missing.tables['engagements'];
    expect(refused(JSON.stringify(missing))).toBe('此备份缺少 engagements 表。');
  });
});
