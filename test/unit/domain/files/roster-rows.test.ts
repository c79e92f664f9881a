import { describe, expect, it } from 'vitest';
import { countProblemRows, directoryMatchNote, importCountsMessage, importSummaryMessage } from '../../../../src/domain/files/roster-rows';
import { byName, fixture, importText, WHOLE_ROUTE, worded } from './roster-test-files';
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
