/**
 * A trip's roster as CSV, in and out. This is the edge where a registration form's spreadsheet becomes people
 * and memberships: the file is read here, its columns matched to fields, and its rows made into
 * `ImportedPerson`s the storage layer can trust by roster-rows.ts, where every row that cannot be trusted is
 * reported with its line number and field and left out. Nothing here writes: reading and checking a file
 * changes nothing until the organiser confirms the import.
 *
 * Row numbers are line numbers in the file as a spreadsheet shows them (the header is line 1), so the organiser
 * can find the row the message names. A cell spread over several lines counts from the line it starts on.
 *
 * A file arrives as bytes: `readRosterFile` reads them in the encoding they were written in (text-encoding.ts)
 * and says which, so the organiser can choose another when the names look wrong.
 *
 * The import fills every field of a person (`IMPORT_FIELDS`: the name whole or in parts, passport details,
 * sex and dates) and of their membership; the export writes `ROSTER_FIELDS`, the fields it always wrote.
 *
 * Export escapes every cell a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage
 * return) with a leading apostrophe, and import takes that apostrophe off again, so an exported roster
 * re-imports as it was.
 */
import Papa from 'papaparse';
import { FORMULA_START } from './csv-safety';
import type { MemberRole, Membership, Person, VisaStatus } from '../people/person';
import { message, type Message } from '../shared/message';
import { err, ok, type Result } from '../shared/result';
import { inRouteOrder, type City } from '../route/city';
import { decodeText, type EncodingFoundBy, type TextEncoding } from './text-encoding';

// ---------------------------------------------------------------------------------------------------------------
// Reading the file

export type RosterDelimiter = ',' | ';' | '\t';

export interface RosterTable {
  headers: string[];
  /** Data rows as they are in the file, ragged ones included; blank lines are dropped. */
  rows: string[][];
  /** For each row, its line number in the file (the header is usually line 1). */
  lines: number[];
  delimiter: RosterDelimiter;
}

const DELIMITERS: readonly RosterDelimiter[] = [',', ';', '\t'];

/** The separator the header line uses most, outside quotes; a comma when it uses none. */
function detectDelimiter(firstLine: string): RosterDelimiter {
  const counts = new Map<RosterDelimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char as RosterDelimiter)) {
      counts.set(char as RosterDelimiter, counts.get(char as RosterDelimiter)! + 1);
    }
  }
  return DELIMITERS.reduce((best, d) => (counts.get(d)! > counts.get(best)! ? d : best), ',' as RosterDelimiter);
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/**
 * The file's header and rows. Strips a UTF-8 byte-order mark, detects comma, semicolon or tab separators from
 * the header line, and keeps ragged rows as they are for `parseRosterRows` to report. Fails, with a message for
 * the organiser, on an empty file, a file that is not text (a spreadsheet saved as .xlsx, say) and a quote that
 * is never closed.
 */
export function readRosterCsv(text: string): Result<RosterTable, Message> {
  // Papa takes off a byte-order mark too: all of them go here, or its positions would not be this text's.
  const content = text.replace(/^\uFEFF+/, '');
  if (content.trim() === '') return err(message('people:import.file.empty'));
  if (content.includes('\u0000') || content.startsWith('PK')) {
    return err(message('people:import.file.spreadsheet'));
  }
  const firstLine = content.split(/\r?\n|\r/).find((line) => line.trim() !== '') ?? '';
  const delimiter = detectDelimiter(firstLine);

  const records: { cells: string[]; line: number }[] = [];
  let line = 1;
  let start = 0;
  let unclosedQuoteAt: number | null = null;
  Papa.parse<string[]>(content, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const end = result.meta.cursor;
      if (result.errors.some((error) => error.code === 'MissingQuotes')) unclosedQuoteAt ??= line;
      records.push({ cells: result.data, line });
      // Counted the way an editor shows lines, whichever ending each line has: Papa splits a file with mixed
      // endings at only one of them, which may leave the \n of a \r\n at the start of the next record.
      const consumed = content.slice(start, end);
      const splitPair = consumed.startsWith('\n') && content[start - 1] === '\r' ? 1 : 0;
      line += (consumed.match(/\r\n|\n|\r/g)?.length ?? 0) - splitPair;
      start = end;
    },
  });
  if (unclosedQuoteAt !== null) {
    return err(message('people:import.file.unclosedQuote', { line: unclosedQuoteAt }));
  }
  const nonBlank = records.filter((record) => !isBlank(record.cells));
  const [header, ...data] = nonBlank;
  if (!header) return err(message('people:import.file.empty'));
  const headers = header.cells.map((cell) => cell.trim());
  if (headers.length < 2 && !/^((full\s*)?name|姓名)$/i.test(headers[0] ?? '')) {
    return err(message('people:import.file.notRoster'));
  }
  return ok({ headers, rows: data.map((record) => record.cells), lines: data.map((record) => record.line), delimiter });
}

/** A roster file read: its table, and the encoding its bytes were read in and how that was known. */
export interface RosterFile {
  table: RosterTable;
  encoding: TextEncoding;
  foundBy: EncodingFoundBy;
}

/** A zip (.xlsx, .ods, .docx) and an old Office file (.xls): spreadsheets, not text. */
const SPREADSHEET_SIGNATURES: readonly (readonly number[])[] = [
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0],
];

/**
 * The file's bytes as a roster: read in `encoding` when the organiser chose one, else in the encoding they were
 * most likely written in (a byte-order mark, valid UTF-8, or jschardet's detection among UTF-8, UTF-16,
 * Windows-1252 and GB18030), then as `readRosterCsv` reads text. Never throws: whatever the bytes, the result
 * is a table or a message for the organiser.
 */
export async function readRosterFile(bytes: Uint8Array, encoding?: TextEncoding): Promise<Result<RosterFile, Message>> {
  if (bytes.length === 0) return err(message('people:import.file.empty'));
  if (SPREADSHEET_SIGNATURES.some((signature) => signature.every((byte, index) => bytes[index] === byte))) {
    return err(message('people:import.file.spreadsheet'));
  }
  const decoded = await decodeText(bytes, encoding);
  const table = readRosterCsv(decoded.text);
  if (!table.ok) return table;
  return ok({ table: table.value, encoding: decoded.encoding, foundBy: decoded.foundBy });
}

// ---------------------------------------------------------------------------------------------------------------
// Columns and the fields they fill

export const ROSTER_FIELDS = [
  'name',
  'nameLocal',
  'email',
  'phone',
  'organisationName',
  'jobTitle',
  'role',
  'joinsAt',
  'leavesAfter',
  'dietary',
  'accessibility',
  'nationality',
  'passportExpiry',
  'visaStatus',
  'emergencyContact',
  'notes',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** Each field as messages name it; the catalogue's `people:field.<field>`, which is also the exported header. */
export const ROSTER_FIELD_WORDS: Record<RosterField, Message> = {
  name: message('people:field.name'),
  nameLocal: message('people:field.nameLocal'),
  email: message('people:field.email'),
  phone: message('people:field.phone'),
  organisationName: message('people:field.organisationName'),
  jobTitle: message('people:field.jobTitle'),
  role: message('people:field.role'),
  joinsAt: message('people:field.joinsAt'),
  leavesAfter: message('people:field.leavesAfter'),
  dietary: message('people:field.dietary'),
  accessibility: message('people:field.accessibility'),
  nationality: message('people:field.nationality'),
  passportExpiry: message('people:field.passportExpiry'),
  visaStatus: message('people:field.visaStatus'),
  emergencyContact: message('people:field.emergencyContact'),
  notes: message('people:field.notes'),
};

/**
 * Every field a column of an imported file can fill, in the order the mapping step offers them: the person's
 * name whole or in parts, their details and passport, and their part in the trip. `ROSTER_FIELDS`, the
 * export's, are among them, so an exported roster imports back.
 */
export const IMPORT_FIELDS = [
  'name',
  'title',
  'givenNames',
  'familyName',
  'nameLocal',
  'sex',
  'dateOfBirth',
  'placeOfBirth',
  'nationality',
  'email',
  'phone',
  'organisationName',
  'jobTitle',
  'role',
  'joinsAt',
  'leavesAfter',
  'passportNumber',
  'passportIssueDate',
  'passportExpiry',
  'passportAuthority',
  'visaType',
  'visaStatus',
  'dietary',
  'accessibility',
  'emergencyContact',
  'notes',
] as const satisfies readonly string[];
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The fields of `IMPORT_FIELDS` that hold a date. */
export const DATE_FIELDS = ['dateOfBirth', 'passportIssueDate', 'passportExpiry'] as const satisfies readonly ImportField[];
export type DateField = (typeof DATE_FIELDS)[number];

/** Each field as messages and the mapping step name it. */
export const IMPORT_FIELD_WORDS: Record<ImportField, Message> = {
  ...ROSTER_FIELD_WORDS,
  title: message('people:import.field.title'),
  givenNames: message('people:import.field.givenNames'),
  familyName: message('people:import.field.familyName'),
  sex: message('people:import.field.sex'),
  dateOfBirth: message('people:import.field.dateOfBirth'),
  placeOfBirth: message('people:import.field.placeOfBirth'),
  passportNumber: message('people:import.field.passportNumber'),
  passportIssueDate: message('people:import.field.passportIssueDate'),
  passportAuthority: message('people:import.field.passportAuthority'),
  visaType: message('people:import.field.visaType'),
};

/**
 * How registration forms name each field, after `headerKey`: lower case, letters, digits and Han characters
 * only, without what is in brackets. The headers an export writes, in English and in Chinese (the catalogue's
 * `people:field.*`), and the mapping step's own words for each field (`people:import.field.*`) are among them,
 * so that a roster exported in either language imports back: a unit test holds them together.
 */
const HEADER_SYNONYMS: Record<ImportField, readonly string[]> = {
  name: ['name', 'fullname', 'yourname', 'delegatename', 'participantname', 'attendeename', 'nameinenglish', 'englishname', 'nameasinpassport', 'fullnameasinpassport', '姓名', '名字', '英文名', '英文姓名', '全名'],
  title: ['title', 'salutation', 'honorific', 'nametitle', 'prefix', 'mrmrsms', 'titlemrmsdr', '称谓', '称呼', '头衔'],
  givenNames: ['firstname', 'firstnames', 'givenname', 'givennames', 'forename', 'forenames', 'first', 'christianname', 'givennamesasinpassport', 'firstnameasinpassport', '名', '英文名字'],
  familyName: ['lastname', 'surname', 'familyname', 'last', 'secondname', 'familynameasinpassport', 'surnameasinpassport', 'lastnameasinpassport', '姓', '姓氏', '英文姓'],
  nameLocal: ['nameinlocalscript', 'localname', 'chinesename', 'nameinchinese', 'nameinchinesecharacters', 'chinesecharacters', 'namelocal', 'nativename', '本地文字姓名', '中文名', '中文姓名', '本地姓名', '汉字姓名'],
  sex: ['sex', 'gender', 'sexasinpassport', '性别'],
  dateOfBirth: ['dateofbirth', 'dob', 'birthdate', 'birthday', 'born', '出生日期', '生日', '出生年月日'],
  placeOfBirth: ['placeofbirth', 'birthplace', 'cityofbirth', 'townofbirth', '出生地', '出生地点'],
  nationality: ['nationality', 'citizenship', 'passportcountry', 'passportnationality', 'countryofcitizenship', '国籍'],
  email: ['email', 'emailaddress', 'mail', 'youremail', 'youremailaddress', '电子邮箱', '邮箱', '电子邮件', '邮件', '邮箱地址'],
  phone: ['phone', 'phonenumber', 'telephone', 'tel', 'mobile', 'mobilenumber', 'mobilephone', 'cell', '电话', '手机', '手机号', '手机号码', '联系电话', '电话号码'],
  organisationName: ['organisation', 'organization', 'company', 'organisationname', 'organizationname', 'companyname', 'employer', 'institution', '单位', '工作单位', '单位名称', '机构', '公司', '组织'],
  jobTitle: ['jobtitle', 'position', 'job', 'jobrole', 'yourjobtitle', '职务', '职位', '职称'],
  role: ['role', 'delegationrole', 'roleindelegation', 'roleinthedelegation', 'type', 'participanttype', '团内角色', '角色', '身份'],
  joinsAt: ['joinsat', 'joins', 'joinat', 'joiningat', 'joininat', 'firstcity', 'joiningcity', '加入城市', '入团城市', '加入地点'],
  leavesAfter: ['leavesafter', 'leaves', 'leaveafter', 'leavingafter', 'lastcity', 'leavingcity', '离团城市', '离开城市', '离团地点'],
  passportNumber: ['passportnumber', 'passportno', 'passportnum', 'passport', 'passportid', '护照号', '护照号码', '护照编号'],
  passportIssueDate: ['passportissuedate', 'passportdateofissue', 'passportissued', 'dateofissue', 'issuedate', 'issuedon', '护照签发日期', '签发日期', '发照日期'],
  passportExpiry: ['passportexpiry', 'passportexpirydate', 'passportexpires', 'passportvaliduntil', 'passportvalidity', 'passportexpirationdate', 'expiry', 'expirydate', 'dateofexpiry', 'expirationdate', 'validuntil', '护照有效期至', '护照有效期', '护照到期日', '有效期至'],
  passportAuthority: ['passportauthority', 'issuingauthority', 'passportissuingauthority', 'authority', 'issuedby', '签发机关', '护照签发机关', '签发机构'],
  visaType: ['visatype', 'typeofvisa', 'visacategory', 'visaclass', '签证类型', '签证种类'],
  visaStatus: ['visastatus', 'visa', 'chinesevisa', 'visaapplication', '签证状态', '签证'],
  dietary: ['dietaryrequirements', 'dietary', 'diet', 'dietaryneeds', 'dietaryrequirement', 'allergies', 'dietaryrequirementsallergies', '饮食要求', '饮食', '饮食禁忌', '忌口'],
  accessibility: ['accessibility', 'accessibilityneeds', 'accessibilityrequirements', 'access', 'mobility', 'specialassistance', '无障碍需求', '无障碍'],
  emergencyContact: ['emergencycontact', 'emergencycontactname', 'emergencycontactdetails', 'nextofkin', 'incaseofemergency', '紧急联系人', '紧急联络人'],
  notes: ['notes', 'note', 'comments', 'comment', 'anythingelse', 'remarks', '备注', '说明'],
};

/** A header as it is compared: without what is in brackets ("Date of birth (DD/MM/YYYY)"), case, spaces or punctuation. */
const headerKey = (header: string) =>
  header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\p{Script=Han}]/gu, '');

/** One field, or nothing, for each column of the file, by position. */
export type ColumnMapping = (ImportField | null)[];

/**
 * The field each header most likely holds, ignoring case, spaces, punctuation and what is in brackets
 * ("E-mail", "Email address", "Organization", "First name", "姓", "Date of birth (DD/MM/YYYY)"); null for a
 * column nothing matches. No field is given to two columns: the first column that matches keeps it.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const key = headerKey(header);
    const field = IMPORT_FIELDS.find(
      (candidate) =>
        !taken.has(candidate) &&
        HEADER_SYNONYMS[candidate].some((synonym) => headerKey(synonym) === key),
    );
    if (!field) return null;
    taken.add(field);
    return field;
  });
}

/** Whether the mapping gives each person a name: a whole-name column, or a given- or family-name column. */
export const mapsAName = (mapping: readonly (ImportField | null)[]) =>
  mapping.includes('name') || mapping.includes('givenNames') || mapping.includes('familyName');

/** What is wrong with a mapping as a whole: no column for the name, or one field from two columns. */
export function mappingProblems(mapping: readonly (ImportField | null)[]): Message[] {
  const problems: Message[] = [];
  if (!mapsAName(mapping)) problems.push(message('people:import.mappingProblem.noName'));
  for (const field of IMPORT_FIELDS) {
    if (mapping.filter((mapped) => mapped === field).length > 1) {
      problems.push(message('people:import.mappingProblem.twoColumns', { field: IMPORT_FIELD_WORDS[field] }));
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Export

export interface RosterRow {
  person: Person;
  membership: Membership;
}

/** The words a roster file is written in: its headers, roles and visa statuses, in the reader's language. */
export interface RosterCsvWords {
  header: (field: RosterField) => string;
  role: (role: MemberRole) => string;
  visaStatus: (status: VisaStatus) => string;
}

/**
 * The roster as CSV under the import's own headers in the reader's language, so an exported roster re-imports
 * cleanly in either: role and visa status as their words, passport expiry as YYYY-MM-DD, and the part of the
 * route as the first and last stop a person is present for (left empty at the ends of the route; a person absent
 * from a stop in the middle of their span cannot be written this way and re-imports as present throughout).
 * CRLF line ends, no byte-order mark.
 */
export function rosterCsv(rows: readonly RosterRow[], stops: readonly City[], words: RosterCsvWords): string {
  const route = inRouteOrder(stops);
  const fields = ROSTER_FIELDS.map((field) => words.header(field));
  const data = rows.map(({ person, membership }) => {
    const present = route.filter((stop) => membership.stopIds.includes(stop.id));
    const first = present[0];
    const last = present[present.length - 1];
    const cells: Record<RosterField, string> = {
      name: person.name,
      nameLocal: person.nameLocal,
      email: person.email,
      phone: person.phone,
      organisationName: person.organisationName,
      jobTitle: person.jobTitle,
      role: words.role(membership.role),
      joinsAt: first && first !== route[0] ? first.name : '',
      leavesAfter: last && last !== route[route.length - 1] ? last.name : '',
      dietary: person.dietary,
      accessibility: person.accessibility,
      nationality: person.nationality,
      passportExpiry: person.passportExpiry ?? '',
      visaStatus: words.visaStatus(person.visaStatus),
      emergencyContact: person.emergencyContact,
      notes: person.notes,
    };
    return ROSTER_FIELDS.map((field) => cells[field]);
  });
  return Papa.unparse({ fields, data }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
}
