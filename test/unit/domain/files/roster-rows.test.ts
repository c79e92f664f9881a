import { describe, expect, it } from 'vitest';
import { countProblemRows, importCountsMessage } from '../../../../src/domain/files/roster-rows';
import { byName, fixture, importText, WHOLE_ROUTE } from './roster-test-files';

describe('importing the clean Liverpool roster', () => {
  const { people, problems } = importText(fixture('liverpool-clean.csv'));

  it('imports all 20 people and reports nothing', () => {
    expect(problems).toEqual([]);
    expect(people).toHaveLength(20);
    expect(people.map((person) => person.row)).toEqual(Array.from({ length: 20 }, (_, index) => index + 2));
  });

  it('reads the heads of delegation, by label and by the word "Head"', () => {
    expect(people.filter((person) => person.role === 'head').map((person) => person.name)).toEqual(['Joe Anderson', 'Phil Davies']);
    expect(byName(people, 'Ellen Cutler')).toMatchObject({
      role: 'organiser',
      organisationName: 'Invest Liverpool',
      email: 'ellen.cutler@investliverpool.example',
      passportExpiry: '2028-05-09',
      stopIds: WHOLE_ROUTE,
    });
  });

  it('gives the three who join in Beijing Beijing to Shanghai, and the two who leave after Qingdao Kunming to Qingdao', () => {
    const joiners = people.filter((person) => person.stopIds[0] === 'beijing');
    expect(joiners.map((person) => person.name)).toEqual(['Tom Whitfield', 'Priya Shah', 'Gareth Lloyd']);
    expect(joiners[0]!.stopIds).toEqual(['beijing', 'qingdao', 'shanghai']);
    const leavers = people.filter((person) => person.stopIds.at(-1) === 'qingdao');
    expect(leavers.map((person) => person.name)).toEqual(['Sarah Kemp', 'Dr Fiona Grant']);
    expect(leavers[0]!.stopIds).toEqual(['kunming', 'chongqing', 'tianjin', 'beijing', 'qingdao']);
    expect(people.filter((person) => person.stopIds.length === 6)).toHaveLength(15);
  });

  it('keeps dietary needs with their commas', () => {
    expect(byName(people, 'Priya Shah').dietary).toBe('Vegan, no nuts');
    expect(people.filter((person) => person.dietary !== '')).toHaveLength(5);
  });
});

describe('importing a roster with bad rows', () => {
  const { people, problems } = importText(fixture('liverpool-bad.csv'));

  it('imports the good rows', () => {
    expect(people.map((person) => [person.row, person.name, person.role])).toEqual([
      [2, 'Ellen Cutler', 'organiser'],
      [3, 'Mark Holloway', 'delegate'],
      [5, 'Sian Roberts', 'head'],
      [8, 'Li Wei', 'interpreter'],
      [10, 'Graham Ellis', 'head'],
      [13, 'Rachel O\'Neill', 'delegate'],
    ]);
  });

  it('reports each bad row with its line and field, and leaves it out', () => {
    expect(problems).toEqual([
      { row: 4, field: 'email', message: 'Row 4: email “ann@” is not an email address' },
      {
        row: 6,
        field: 'role',
        message: 'Row 6: role “VIP” is not one of Head of delegation, Delegate, Organiser, Interpreter, Press, Other',
      },
      { row: 7, field: null, message: 'Row 7 has 3 cells but the header has 5: check for a missing separator' },
      { row: 9, field: 'name', message: 'Row 9: no name' },
      { row: 11, field: 'joinsAt', message: 'Row 11: joins at “Paris”, which is not a city on this route' },
      { row: 12, field: 'passportExpiry', message: 'Row 12: passport expiry “30/02/2027” is not a date' },
      { row: 14, field: 'email', message: 'Row 14 has the same email as row 3: it is left out' },
    ]);
    expect(importCountsMessage(people.length, countProblemRows(problems))).toBe(
      '6 people will be imported, 7 rows have problems and will be left out',
    );
  });

  it('finds a city by its local name', () => {
    expect(byName(people, 'Li Wei').stopIds).toEqual(['beijing', 'qingdao', 'shanghai']);
  });

  it('reports every problem of a row, and a route that ends before it starts', () => {
    const result = importText('Name,Email,Joins at,Leaves after\n,bad,Qingdao,Beijing\nAnn Price,,Qingdao,Beijing\n');
    expect(result.people).toEqual([]);
    expect(result.problems.map((problem) => problem.message)).toEqual([
      'Row 2: no name',
      'Row 2: email “bad” is not an email address',
      'Row 2: leaves after Beijing, before joining at Qingdao',
      'Row 3: leaves after Beijing, before joining at Qingdao',
    ]);
  });

  it('accepts a visa status by label or synonym and refuses an unknown one', () => {
    const result = importText('Name,Visa status\nAnn Price,Issued\nBob Lee,Invitation letter requested\nCat Wu,maybe\n');
    expect(result.people.map((person) => person.visaStatus)).toEqual(['granted', 'invitation-requested']);
    expect(result.problems[0]!.message).toMatch(/^Row 4: visa status “maybe” is not one of Not started,/);
    const notNeeded = importText('Name,Visa status\nAnn Price,Not required\nBob Lee,Visa-free\nCat Wu,not-required\n');
    expect(notNeeded.people.map((person) => person.visaStatus)).toEqual(['not-required', 'not-required', 'not-required']);
  });
});

