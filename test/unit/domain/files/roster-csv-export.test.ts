/** The roster CSV and passport details: left out unless the organiser asks for them. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { guessMapping, rosterCsv, type RosterRow } from '../../../../src/domain/files/roster-csv';
import { buildSampleTrip } from '../../../../src/domain/trip/sample-trip';
import { rosterWordsIn } from './roster-test-files';

function sampleRows(): { rows: RosterRow[]; stops: ReturnType<typeof buildSampleTrip>['stops'] } {
  let counter = 0;
  const bundle = buildSampleTrip({ now: '2026-01-01T00:00:00.000Z', newId: () => `id-${++counter}` });
  const people = new Map(bundle.people.map((person) => [person.id, person]));
  return { rows: bundle.memberships.map((membership) => ({ person: people.get(membership.personId)!, membership })), stops: bundle.stops };
}

const parse = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

describe('passport details in an exported roster', () => {
  it('are left out unless asked for: no passport number, no date of birth', () => {
    const { rows, stops } = sampleRows();
    const csv = rosterCsv(rows, stops, rosterWordsIn('en'));

    for (const { person } of rows) {
      expect(csv).not.toContain(person.passportNumber);
      expect(csv).not.toContain(person.dateOfBirth!);
    }
    expect(parse(csv)[0]).not.toContain('Passport number');
    expect(parse(csv)[0]).not.toContain('Date of birth');
  });

  it('are written in columns of their own after the others when the organiser ticks them', () => {
    const { rows, stops } = sampleRows();
    const table = parse(rosterCsv(rows, stops, rosterWordsIn('en'), { includePassportDetails: true }));

    expect(table[0]!.slice(-6)).toEqual(['Sex', 'Date of birth', 'Place of birth', 'Passport number', 'Passport issue date', 'Passport issued by']);
    const kerr = table.find((row) => row[0] === 'Daniel Kerr')!;
    expect(kerr.slice(-6)).toEqual(['M', '1975-02-08', 'Belfast', '497150329', '2007-04-30', 'HMPO']);
  });

  it('have Chinese headers in a Chinese roster', () => {
    const { rows, stops } = sampleRows();
    const table = parse(rosterCsv(rows, stops, rosterWordsIn('zh-CN'), { includePassportDetails: true }));

    expect(table[0]!.slice(-6)).toEqual(['性别', '出生日期', '出生地', '护照号码', '护照签发日期', '护照签发机关']);
  });

  it('import back into the fields they came from, in either language', () => {
    const { rows, stops } = sampleRows();
    for (const language of ['en', 'zh-CN'] as const) {
      const header = parse(rosterCsv(rows, stops, rosterWordsIn(language), { includePassportDetails: true }))[0]!;
      expect(guessMapping(header.slice(-6)), language).toEqual(['sex', 'dateOfBirth', 'placeOfBirth', 'passportNumber', 'passportIssueDate', 'passportAuthority']);
    }
  });
});
