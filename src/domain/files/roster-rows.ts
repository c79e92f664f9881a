/**
 * The rows of a roster file made into people: every cell of a row checked (names, e-mail, sex, role, dates, the
 * part of the route), each problem reported with its line number and field and the row left out, and what an
 * import did, as messages. The file itself (reading it, its columns, writing one) is roster-csv.ts; its dates
 * are read by roster-dates.ts.
 *
 * A name comes whole ("Cllr Phil Davies") or in parts (title, first or given names, last or family name, as
 * registration forms ask for them). Parts make the whole name (composeName); a whole name alone is split
 * (splitName) and kept as it was entered, the split marked for the organiser to confirm when it is a guess.
 */
import { MEMBER_ROLES, PASSPORT_SEXES, VISA_STATUSES, type MemberRole, type NameOrder, type PassportSex, type VisaStatus } from '../people/person';
import { composeName, splitName } from '../people/name-split';
import { MAX_NAME_LENGTH } from '../directory/organisation';
import { inRouteOrder, type City } from '../route/city';
import { type IsoDate } from '../shared/date-arithmetic';
import { DATE_FIELDS, type DateField, type ImportField, type RosterTable } from './roster-csv';
import { fileDateOrder, parseRosterDate, type DateOrder, type FileDateOrder } from './roster-dates';
import { message, type Message } from '../shared/message';
import { foldForSearch, searchForm } from '../shared/search';
import { emailKey, type RowNote } from './roster-notes';
export { directoryMatchNote, emailKey, type DirectoryMatch, type RowNote } from './roster-notes';

/** A person as the file describes them, with their part in the trip; every field checked. */
export interface ImportedPerson {
  /** Line number in the file, the header being line 1. */
  row: number;
  /** The whole name as shown, with any title: the file's whole-name column, or composed from the parts. */
  name: string;
  title: string;
  givenNames: string;
  familyName: string;
  nameOrder: NameOrder;
  /** The whole name as the file gave it, when the parts were split from it; null when the file gave the parts. */
  nameAsEntered: string | null;
  /** True when the parts were split from a whole name and the split is a guess. */
  nameToConfirm: boolean;
  nameLocal: string;
  /** Null when the file does not give it. */
  sex: PassportSex | null;
  /** Null when the file does not give it. */
  dateOfBirth: IsoDate | null;
  placeOfBirth: string;
  /** Without spaces, in capitals, as the passport prints it. */
  passportNumber: string;
  /** Null when the file does not give it. */
  passportIssueDate: IsoDate | null;
  passportAuthority: string;
  visaType: string;
  email: string;
  phone: string;
  organisationName: string;
  jobTitle: string;
  dietary: string;
  accessibility: string;
  nationality: string;
  /** Null when the file does not give it. */
  passportExpiry: IsoDate | null;
  /** Null when the file does not give it. */
  visaStatus: VisaStatus | null;
  emergencyContact: string;
  notes: string;
  role: MemberRole;
  /** The stops of the trip this person is present for, in route order. */
  stopIds: string[];
}

export interface RowProblem {
  row: number;
  /** The field at fault; null when the row as a whole is (ragged, a duplicate). */
  field: ImportField | null;
  message: Message;
}

export interface RosterParse {
  people: ImportedPerson[];
  problems: RowProblem[];
}

/** The inverse of export's formula escaping: "'=SUM(A1)" was exported from "=SUM(A1)". */
const unescapeFormula = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');

/** A role or status as it is compared: `fold`ed, without spaces, hyphens, full stops or underscores. */
const wordKey = (text: string) => fold(text).replace(/[\s\-_.]/g, '');

/**
 * How a file may give each role, as `wordKey`s: the words an export writes in English and in Chinese (the
 * catalogue's `people:role.*`, which a unit test holds to these), the stored values, and common synonyms.
 */
const ROLE_SYNONYMS: Record<MemberRole, readonly string[]> = {
  head: ['head', 'leader', 'lead', 'colead', 'coleader', 'delegationleader', 'headofdelegation', 'chair', '团长', '代表团团长', '领队'],
  delegate: ['delegate', 'participant', 'member', 'attendee', 'businessdelegate', '团员', '代表', '成员', '参会者'],
  organiser: ['organiser', 'organizer', 'staff', 'coordinator', 'triporganiser', '组织方', '组织者', '工作人员', '协调人', '联络人'],
  interpreter: ['interpreter', 'translator', '翻译', '译员', '口译'],
  press: ['press', 'media', 'journalist', 'photographer', '媒体', '记者', '摄影师'],
  other: ['other', '其他'],
};

/** How a file may give each visa status, as `wordKey`s, the words an export writes among them. */
const VISA_SYNONYMS: Record<VisaStatus, readonly string[]> = {
  'not-started': ['notstarted', 'none', 'no', 'notyet', '未办理', '未开始', '尚未办理'],
  'invitation-requested': ['invitationrequested', 'invitationletterrequested', 'letterrequested', '已申请邀请函', '邀请函已申请'],
  'invitation-received': ['invitationreceived', 'invitationletterreceived', 'letterreceived', '已收到邀请函', '邀请函已收到'],
  applied: ['applied', 'pending', 'submitted', 'inprogress', '已递交申请', '已申请', '办理中', '审核中'],
  granted: ['granted', 'issued', 'approved', 'yes', 'havevisa', '已获签证', '已签发', '已获批', '已出签'],
  refused: ['refused', 'rejected', 'denied', '被拒签', '拒签', '已拒签'],
  'not-required': ['notrequired', 'notneeded', 'novisaneeded', 'novisarequired', 'visafree', 'exempt', 'visaexempt', '免签', '无需签证', '不需要签证'],
};

function lookup<K extends string>(value: string, keys: readonly K[], synonyms: Record<K, readonly string[]>): K | null {
  const key = wordKey(value);
  return keys.find((candidate) => wordKey(candidate) === key || synonyms[candidate].includes(key)) ?? null;
}

/** Reads a role as its words in either language, its stored value or a common synonym ("Head", "Leader"), ignoring case. */
export function parseRole(value: string): MemberRole | null {
  return lookup(value, MEMBER_ROLES, ROLE_SYNONYMS);
}

/** Reads a visa status as its words in either language, its stored value or a common synonym ("Issued", "Pending"). */
export function parseVisaStatus(value: string): VisaStatus | null {
  return lookup(value, VISA_STATUSES, VISA_SYNONYMS);
}

/** How a file may give the sex a passport shows, as `wordKey`s: the letters, the words, and the characters. */
const SEX_SYNONYMS: Record<PassportSex, readonly string[]> = {
  F: ['female', 'woman', 'w', 'fem', '女', '女性'],
  M: ['male', 'man', '男', '男性'],
  X: ['unspecified', 'nonbinary', 'other', 'indeterminate', '未指明', '其他'],
};

/** Reads the sex as a passport gives it: F, M or X, or a word for one ("Female", "male", 女, 男). */
export function parseSex(value: string): PassportSex | null {
  return lookup(value, PASSPORT_SEXES, SEX_SYNONYMS);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** The longest address mail can carry (RFC 5321). */
const MAX_EMAIL_LENGTH = 254;

/**
 * The length is checked first: the pattern backtracks in time that grows with the square of the length, so a
 * hostile cell of a few hundred thousand characters would otherwise hold the app for minutes.
 */
export function isEmailAddress(value: string): boolean {
  return value.length <= MAX_EMAIL_LENGTH && EMAIL.test(value);
}


function findStop(value: string, stops: readonly City[]): City | undefined {
  const folded = fold(value);
  return stops.find((stop) => fold(stop.name) === folded || (stop.nameLocal !== '' && fold(stop.nameLocal) === folded));
}

const HAN = /^\p{Script=Han}+$/u;
const HAN_FIRST = /^\p{Script=Han}/u;

/**
 * Whether a name given in parts is said family name first: a name in Han characters, or a Chinese person's
 * passport name in pinyin, told by the family name being the reading of the first characters of their name in
 * characters (Li and 李娜, Ouyang and 欧阳娜娜). Someone with a Chinese name chosen for its sound (Anderson, 安德森)
 * keeps their own order.
 */
function familyNameFirst(givenNames: string, familyName: string, nameLocal: string): boolean {
  if (HAN.test(`${familyName}${givenNames}`.replace(/\s+/g, ''))) return true;
  const local = nameLocal.replace(/\s+/g, '');
  const family = foldForSearch(familyName).replace(/[^a-z]/g, '');
  if (!family || !HAN_FIRST.test(local)) return false;
  return [1, 2].some((length) => searchForm(local.slice(0, length)).split(' ').includes(family));
}

/** Options of `parseRosterRows`. */
export interface RosterRowOptions {
  /**
   * How to read dates such as 03/04/1980, as the organiser answered; by default, the order the file's dates
   * show (see `rosterDateOrder`), day first when they show none.
   */
  dateOrder?: DateOrder;
}

/** The cells of the columns mapped to a date field, in the file's order. */
function dateCells(table: Pick<RosterTable, 'rows'>, mapping: readonly (ImportField | null)[]): string[] {
  const columns = mapping.flatMap((field, column) => (field && (DATE_FIELDS as readonly string[]).includes(field) ? [column] : []));
  return table.rows.flatMap((cells) => columns.map((column) => cells[column] ?? ''));
}

/** What the file's dates say about their order, under a mapping: clear, or a question for the organiser. */
export function rosterDateOrder(table: Pick<RosterTable, 'rows'>, mapping: readonly (ImportField | null)[]): FileDateOrder {
  return fileDateOrder(dateCells(table, mapping).map(unescapeFormula));
}

const DATE_PROBLEMS: Record<DateField, (row: number, value: string) => Message> = {
  dateOfBirth: (row, value) => message('people:import.problem.dateOfBirth', { row, value }),
  passportIssueDate: (row, value) => message('people:import.problem.passportIssueDate', { row, value }),
  passportExpiry: (row, value) => message('people:import.problem.passportExpiry', { row, value }),
};

type TextField = 'nameLocal' | 'phone' | 'organisationName' | 'jobTitle' | 'dietary' | 'accessibility' | 'nationality' | 'placeOfBirth' | 'passportAuthority' | 'visaType' | 'emergencyContact' | 'notes';

/**
 * People from the rows of a file under a column mapping, with their role and part of the route. A row with any
 * problem is reported, one message per field, and left out; so is a row whose email an earlier imported row
 * already has. An empty role means Delegate; an empty "Joins at" means from the start of the route, an empty
 * "Leaves after" to its end. Cities match a stop's name or local name, ignoring case and accents. Fields the
 * file leaves empty are empty (or null), for an update to leave as they were.
 */
export function parseRosterRows(
  table: Pick<RosterTable, 'headers' | 'rows'> & { lines?: readonly number[] },
  mapping: readonly (ImportField | null)[],
  stops: readonly City[],
  options: RosterRowOptions = {},
): RosterParse {
  const route = inRouteOrder(stops);
  const people: ImportedPerson[] = [];
  const problems: RowProblem[] = [];
  const rowOfEmail = new Map<string, number>();
  const width = table.headers.length;
  const fileOrder = options.dateOrder ? null : rosterDateOrder(table, mapping);
  const dateOrder: DateOrder = options.dateOrder ?? (fileOrder?.kind === 'clear' ? fileOrder.order : 'day-first');
  const columnOf = new Map<ImportField, number>();
  mapping.forEach((field, column) => {
    if (field && !columnOf.has(field)) columnOf.set(field, column);
  });

  table.rows.forEach((cells, index) => {
    const row = table.lines?.[index] ?? index + 2;
    const extraFilled = cells.slice(width).some((cell) => cell.trim() !== '');
    if (cells.length < width || extraFilled) {
      problems.push({ row, field: null, message: message('people:import.problem.ragged', { row, cells: cells.length, width }) });
      return;
    }
    const value = (field: ImportField) => {
      const column = columnOf.get(field);
      return column === undefined ? '' : unescapeFormula(cells[column] ?? '').trim();
    };
    const rowProblems: RowProblem[] = [];
    const problem = (field: ImportField, said: Message) => rowProblems.push({ row, field, message: said });

    const nameLocal = value('nameLocal');
    const names = rowName(value('name'), value('title'), value('givenNames'), value('familyName'), nameLocal);
    if (!names.name) problem(columnOf.has('name') ? 'name' : columnOf.has('familyName') ? 'familyName' : 'givenNames', message('people:import.problem.noName', { row }));
    else if (names.name.length > MAX_NAME_LENGTH) problem('name', message('people:import.problem.nameTooLong', { row, max: MAX_NAME_LENGTH }));
    if (nameLocal.length > MAX_NAME_LENGTH) problem('nameLocal', message('people:import.problem.nameTooLong', { row, max: MAX_NAME_LENGTH }));

    const email = value('email');
    if (email && !isEmailAddress(email)) problem('email', message('people:import.problem.email', { row, value: email }));

    const sexText = value('sex');
    const sex = sexText ? parseSex(sexText) : null;
    if (sexText && !sex) problem('sex', message('people:import.problem.sex', { row, value: sexText }));

    const roleText = value('role');
    const role = roleText ? parseRole(roleText) : 'delegate';
    if (!role) problem('role', message('people:import.problem.role', { row, value: roleText }));

    const visaText = value('visaStatus');
    const visaStatus = visaText ? parseVisaStatus(visaText) : null;
    if (visaText && !visaStatus) problem('visaStatus', message('people:import.problem.visaStatus', { row, value: visaText }));

    const dates = {} as Record<DateField, IsoDate | null>;
    for (const field of DATE_FIELDS) {
      const text = value(field);
      dates[field] = text ? parseRosterDate(text, dateOrder) : null;
      if (text && !dates[field]) problem(field, DATE_PROBLEMS[field](row, text));
    }

    const joinsText = value('joinsAt');
    const leavesText = value('leavesAfter');
    const joins = joinsText ? findStop(joinsText, route) : route[0];
    const leaves = leavesText ? findStop(leavesText, route) : route[route.length - 1];
    if (joinsText && !joins) problem('joinsAt', message('people:import.problem.joinsAt', { row, value: joinsText }));
    if (leavesText && !leaves) problem('leavesAfter', message('people:import.problem.leavesAfter', { row, value: leavesText }));
    let stopIds: string[] = [];
    if (joins && leaves) {
      const from = route.indexOf(joins);
      const to = route.indexOf(leaves);
      if (from > to) {
        problem('leavesAfter', message('people:import.problem.leavesBeforeJoining', { row, leaves: leaves.name, joins: joins.name }));
      }
      else stopIds = route.slice(from, to + 1).map((stop) => stop.id);
    }

    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      return;
    }
    if (email) {
      const earlier = rowOfEmail.get(emailKey(email));
      if (earlier !== undefined) {
        problems.push({ row, field: 'email', message: message('people:import.problem.duplicateEmail', { row, earlier }) });
        return;
      }
      rowOfEmail.set(emailKey(email), row);
    }

    const text = (field: TextField) => value(field);
    people.push({
      row,
      ...names,
      nameLocal,
      sex,
      dateOfBirth: dates.dateOfBirth,
      placeOfBirth: text('placeOfBirth'),
      passportNumber: value('passportNumber').replace(/\s+/g, '').toLocaleUpperCase(),
      passportIssueDate: dates.passportIssueDate,
      passportAuthority: text('passportAuthority'),
      visaType: text('visaType'),
      email,
      phone: text('phone'),
      organisationName: text('organisationName'),
      jobTitle: text('jobTitle'),
      dietary: text('dietary'),
      accessibility: text('accessibility'),
      nationality: text('nationality'),
      passportExpiry: dates.passportExpiry,
      visaStatus,
      emergencyContact: text('emergencyContact'),
      notes: text('notes'),
      role: role!,
      stopIds,
    });
  });

  return { people, problems: problems.sort((a, b) => a.row - b.row) };
}

type RowName = Pick<ImportedPerson, 'name' | 'title' | 'givenNames' | 'familyName' | 'nameOrder' | 'nameAsEntered' | 'nameToConfirm'>;

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/**
 * A row's name from its cells. Given or family names make the name with the title (and a whole-name column, when
 * there is one too, is the name shown), in the order the person says it (`familyNameFirst`). A whole name alone is split,
 * with the title column's title when the name has none of its own. `name` is '' when the row has no name.
 */
function rowName(wholeCell: string, titleCell: string, givenCell: string, familyCell: string, nameLocal: string): RowName {
  const [whole, title, givenNames, familyName] = [wholeCell, titleCell, givenCell, familyCell].map(oneLine) as [string, string, string, string];
  if (givenNames || familyName) {
    const nameOrder: NameOrder = familyNameFirst(givenNames, familyName, nameLocal) ? 'family-first' : 'given-first';
    const parts = { title, givenNames, familyName, nameOrder };
    return { name: whole || composeName(parts), ...parts, nameAsEntered: null, nameToConfirm: false };
  }
  if (!whole) return { name: '', title, givenNames: '', familyName: '', nameOrder: 'given-first', nameAsEntered: null, nameToConfirm: false };
  const split = splitName(whole, nameLocal);
  const titled = title && !split.title && !whole.toLocaleLowerCase().startsWith(title.toLocaleLowerCase());
  return {
    name: titled ? `${title} ${whole}` : whole,
    title: split.title || title,
    givenNames: split.givenNames,
    familyName: split.familyName,
    nameOrder: split.nameOrder,
    nameAsEntered: whole,
    nameToConfirm: split.uncertain,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// What the import did


export interface ImportSummary {
  /** People new to the directory. */
  created: number;
  /** People already in the directory, updated with what the file gave. */
  updated: number;
  /** Memberships made: new people and directory people not yet on the trip. */
  addedToTrip: number;
  /** People already on the trip whose role and route the file updated. */
  alreadyOnTrip: number;
  notes: RowNote[];
}

const people = (count: number) => message('common:count.people', { count });

/** "Imported 20 people: 18 new, 2 already in the directory (updated); 1 was already on this trip." */
export function importSummaryMessage(summary: ImportSummary): Message {
  const { created, updated, alreadyOnTrip } = summary;
  const facts = { people: people(created + updated), created, updated };
  if (alreadyOnTrip > 0) {
    return updated > 0
      ? message('people:import.summary.importedUpdatedOnTrip', { ...facts, count: alreadyOnTrip })
      : message('people:import.summary.importedOnTrip', { ...facts, count: alreadyOnTrip });
  }
  return updated > 0 ? message('people:import.summary.importedUpdated', facts) : message('people:import.summary.imported', facts);
}

/** "18 people will be imported, 3 rows have problems and will be left out" */
export function importCountsMessage(peopleCount: number, problemRows: number): Message {
  if (problemRows === 0) return message('people:import.counts.willImport', { people: people(peopleCount) });
  return message('people:import.counts.withProblems', { people: people(peopleCount), count: problemRows });
}

/** Rows with at least one problem. */
export function countProblemRows(problems: readonly RowProblem[]): number {
  return new Set(problems.map((problem) => problem.row)).size;
}
