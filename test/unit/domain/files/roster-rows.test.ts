import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../../src/domain/files/roster-csv';
import {
  countProblemRows,
  directoryMatchNote,
  importCountsMessage,
  importSummaryMessage,
  parseRosterRows,
  rosterDateOrder,
} from '../../../../src/domain/files/roster-rows';
import { byName, fixture, importText, read, STOPS, WHOLE_ROUTE, worded } from './roster-test-files';
import { inChinese, inEnglish } from '../../../builders/words';

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
    expect(worded(problems)).toEqual([
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
    expect(inEnglish(importCountsMessage(people.length, countProblemRows(problems)))).toBe(
      '6 people will be imported, 7 rows have problems and will be left out',
    );
    expect(inChinese(importCountsMessage(people.length, countProblemRows(problems)))).toBe('将导入6人，7行有问题，将不导入');
    expect(worded(problems, inChinese)).toContainEqual({ row: 9, field: 'name', message: '第9行：没有姓名' });
  });

  it('finds a city by its local name', () => {
    expect(byName(people, 'Li Wei').stopIds).toEqual(['beijing', 'qingdao', 'shanghai']);
  });

  it('reports every problem of a row, and a route that ends before it starts', () => {
    const result = importText('Name,Email,Joins at,Leaves after\n,bad,Qingdao,Beijing\nAnn Price,,Qingdao,Beijing\n');
    expect(result.people).toEqual([]);
    expect(result.problems.map((problem) => inEnglish(problem.message))).toEqual([
      'Row 2: no name',
      'Row 2: email “bad” is not an email address',
      'Row 2: leaves after Beijing, before joining at Qingdao',
      'Row 3: leaves after Beijing, before joining at Qingdao',
    ]);
  });

  it('accepts a visa status by label or synonym and refuses an unknown one', () => {
    const result = importText('Name,Visa status\nAnn Price,Issued\nBob Lee,Invitation letter requested\nCat Wu,maybe\n');
    expect(result.people.map((person) => person.visaStatus)).toEqual(['granted', 'invitation-requested']);
    expect(inEnglish(result.problems[0]!.message)).toMatch(/^Row 4: visa status “maybe” is not one of Not started,/);
    const notNeeded = importText('Name,Visa status\nAnn Price,Not required\nBob Lee,Visa-free\nCat Wu,not-required\n');
    expect(notNeeded.people.map((person) => person.visaStatus)).toEqual(['not-required', 'not-required', 'not-required']);
  });
});

describe('a roster in Chinese', () => {
  it('reads Chinese headers, roles and visa statuses, as an export in Chinese writes them', () => {
    const { people, problems } = importText(
      '姓名,本地文字姓名,电子邮箱,团内角色,加入城市,离团城市,签证状态,护照有效期至\n' +
        'Li Wei,李伟,li.wei@example.com,翻译,青岛,,已获签证,2030-01-01\n' +
        'Zhang Min,张敏,,团长,,,免签,\n',
    );
    expect(problems).toEqual([]);
    expect(people.map((person) => [person.name, person.nameLocal, person.role, person.visaStatus])).toEqual([
      ['Li Wei', '李伟', 'interpreter', 'granted'],
      ['Zhang Min', '张敏', 'head', 'not-required'],
    ]);
    expect(people[0]!.stopIds).toEqual(['qingdao', 'shanghai']);
    expect(people[0]!.passportExpiry).toBe('2030-01-01');
  });

  it('words its problems and counts in Chinese', () => {
    const { problems } = importText('姓名,团内角色\nLi Wei,贵宾\n');
    expect(worded(problems, inChinese)).toEqual([
      { row: 2, field: 'role', message: '第2行：角色“贵宾”不是团长、团员、组织方、翻译、媒体、其他之一' },
    ]);
    expect(inChinese(importCountsMessage(1, 0))).toBe('将导入1人');
  });
});

describe('what an import did, in words', () => {
  const summary = { created: 18, updated: 2, addedToTrip: 19, alreadyOnTrip: 1, notes: [] };

  it('sums it up in English', () => {
    expect(inEnglish(importSummaryMessage(summary))).toBe(
      'Imported 20 people: 18 new, 2 already in the directory (updated); 1 was already on this trip.',
    );
    expect(inEnglish(importSummaryMessage({ ...summary, created: 1, updated: 0, alreadyOnTrip: 0 }))).toBe('Imported 1 person: 1 new.');
    expect(inEnglish(directoryMatchNote(4, 'Ellen Cutler', 'on-trip', true).message)).toBe('Row 4: Ellen Cutler is already on this trip: updated');
  });

  it('sums it up in Chinese', () => {
    expect(inChinese(importSummaryMessage(summary))).toBe('已导入20人：新增18人，2人已在名录中（已更新）；1人原已在此行程中。');
    expect(inChinese(directoryMatchNote(4, 'Ellen Cutler', 'in-directory', false).message)).toBe(
      '第4行：Ellen Cutler已在名录中，将更新信息并加入行程',
    );
  });
});

describe('names as registration forms give them', () => {
  it('joins a title, first name and last name into the name shown, and keeps the parts', () => {
    const { people, problems } = importText('Title;First name;Last name\nCllr;Marcus;Hale\n;Aoife;Brennan\nProf;Ciarán;Ó Dónaill\n');
    expect(problems).toEqual([]);
    expect(people.map(({ name, title, givenNames, familyName, nameOrder, nameAsEntered, nameToConfirm }) => ({
      name, title, givenNames, familyName, nameOrder, nameAsEntered, nameToConfirm,
    }))).toEqual([
      { name: 'Cllr Marcus Hale', title: 'Cllr', givenNames: 'Marcus', familyName: 'Hale', nameOrder: 'given-first', nameAsEntered: null, nameToConfirm: false },
      { name: 'Aoife Brennan', title: '', givenNames: 'Aoife', familyName: 'Brennan', nameOrder: 'given-first', nameAsEntered: null, nameToConfirm: false },
      { name: 'Prof Ciarán Ó Dónaill', title: 'Prof', givenNames: 'Ciarán', familyName: 'Ó Dónaill', nameOrder: 'given-first', nameAsEntered: null, nameToConfirm: false },
    ]);
  });

  it('says a Chinese name family name first, in characters or in the pinyin of the name in characters', () => {
    const { people } = importText('名,姓,中文姓名\n伟,张,\nNa,Li,李娜\nNana,Ouyang,欧阳娜娜\nJoe,Anderson,安德森\n');
    expect(people.map((person) => [person.name, person.nameOrder])).toEqual([
      ['张伟', 'family-first'],
      ['Li Na', 'family-first'],
      ['Ouyang Nana', 'family-first'],
      ['Joe Anderson', 'given-first'],
    ]);
  });

  it('splits a whole name, keeps it as entered, and marks a split that is a guess to confirm', () => {
    const { people } = importText('Name,Title\nPhil Davies,Councillor\nMaria van der Berg,\nDr Joanne Phoenix,Dr\n');
    expect(people.map(({ name, title, givenNames, familyName, nameAsEntered, nameToConfirm }) => [name, title, givenNames, familyName, nameAsEntered, nameToConfirm])).toEqual([
      ['Councillor Phil Davies', 'Councillor', 'Phil', 'Davies', 'Phil Davies', false],
      ['Maria van der Berg', '', 'Maria van der', 'Berg', 'Maria van der Berg', true],
      ['Dr Joanne Phoenix', 'Dr', 'Joanne', 'Phoenix', 'Dr Joanne Phoenix', false],
    ]);
  });

  it('takes a whole-name column as the name shown when the parts are given too', () => {
    const { people } = importText('Full name,First name,Last name\nJo Phoenix,Joanne,Phoenix\n');
    expect(people[0]).toMatchObject({ name: 'Jo Phoenix', givenNames: 'Joanne', familyName: 'Phoenix', nameAsEntered: null });
  });

  it('reports a row with neither a name nor its parts', () => {
    const { problems } = importText('First name,Last name,Email\n,,ann@x.example\n');
    expect(worded(problems)).toEqual([{ row: 2, field: 'familyName', message: 'Row 2: no name' }]);
  });
});

describe('passport details and dates', () => {
  it('reads sex as letters, words or characters, and refuses anything else by row and field', () => {
    const { people, problems } = importText('Name,Sex\nA B,F\nC D,male\nE F,女\nG H,男\nI J,X\nK L,Female\nM N,maybe\n');
    expect(people.map((person) => person.sex)).toEqual(['F', 'M', 'F', 'M', 'X', 'F']);
    expect(worded(problems)).toEqual([{ row: 8, field: 'sex', message: 'Row 8: sex “maybe” is not F, M or X' }]);
    expect(worded(problems, inChinese)).toEqual([{ row: 8, field: 'sex', message: '第8行：性别“maybe”不是F、M或X' }]);
  });

  it('reads the registration form: names in parts, passport, birth and issue dates, a Chinese delegate family name first', () => {
    const { people, problems } = importText(fixture('registration-form.csv'));
    expect(people.map((person) => person.name)).toEqual(['Dr Aoife Brennan', 'Cllr Marcus Hale', 'Ms Li Na', 'Mrs Hannah McAllister']);
    expect(byName(people, 'Ms Li Na')).toMatchObject({
      nameLocal: '李娜',
      sex: 'F',
      dateOfBirth: '1988-09-05',
      placeOfBirth: 'Qingdao',
      nationality: 'Chinese',
      passportNumber: 'E48213375',
      passportIssueDate: '2020-06-11',
      passportExpiry: '2030-06-10',
      passportAuthority: 'National Immigration Administration',
      visaStatus: 'not-required',
    });
    expect(byName(people, 'Cllr Marcus Hale').dietary).toBe('No pork\nNo shellfish');
    expect(byName(people, 'Mrs Hannah McAllister').stopIds).toEqual(['shanghai']);
    expect(worded(problems)).toEqual([{ row: 6, field: 'dateOfBirth', message: 'Row 6: date of birth “3rd June 1975” is not a date' }]);
  });

  it('reads dates that could be either way in the order the organiser gives', () => {
    const table = read(new TextDecoder('windows-1252').decode(readFileSync(new URL('../../../fixtures/rosters/registration-form-windows-1252.csv', import.meta.url))));
    const mapping = guessMapping(table.headers);
    expect(rosterDateOrder(table, mapping)).toEqual({ kind: 'ask', example: { text: '03/04/1980', dayFirst: '1980-04-03', monthFirst: '1980-03-04' } });
    const dayFirst = parseRosterRows(table, mapping, STOPS, { dateOrder: 'day-first' }).people;
    const monthFirst = parseRosterRows(table, mapping, STOPS, { dateOrder: 'month-first' }).people;
    expect(dayFirst.map((person) => [person.name, person.dateOfBirth, person.passportExpiry])).toEqual([
      ['Ms Siobhán Ó Briain', '1980-04-03', '2031-02-11'],
      ['Mr José Müller', '1985-02-11', '2030-07-06'],
      ['Dr Zoë Brontë', '1990-07-06', '2033-10-09'],
      ['Mr François Lefèvre', '1972-10-09', '2029-04-03'],
    ]);
    expect(monthFirst[1]).toMatchObject({ dateOfBirth: '1985-11-02', passportExpiry: '2030-06-07' });
    expect(dayFirst.map((person) => person.passportNumber)).toEqual(['PD9182734', 'C4F7K9L2M', '561234987', '19AB12345']);
  });

  it('names each date that cannot be read by its row and field', () => {
    const { problems } = importText('Name,Date of birth,Date of issue,Passport expiry\nAnn Price,30/02/1980,1st May 2020,2030-13-01\n');
    expect(worded(problems)).toEqual([
      { row: 2, field: 'dateOfBirth', message: 'Row 2: date of birth “30/02/1980” is not a date' },
      { row: 2, field: 'passportIssueDate', message: 'Row 2: passport issue date “1st May 2020” is not a date' },
      { row: 2, field: 'passportExpiry', message: 'Row 2: passport expiry “2030-13-01” is not a date' },
    ]);
  });
});
