/**
 * The envelope shared by the app's files (a backup of everything, the file of one trip): JSON, a format name
 * and its version, the schema version of the records inside, the app and time that made it, and the tables.
 * A file is untrusted input: reading the envelope never throws, and every refusal is a message the organiser
 * can act on (cut short, from a newer app, not this kind of file).
 */
import { CURRENT_SCHEMA_VERSION, SCHEMA_HISTORY, STORED_TABLES, type RawTables, type Row, type StoredTableName } from '../schema/schema-history';
import { message, type Message } from '../shared/message';
import { err, ok, type Result } from '../shared/result';
import type { FileProblem } from './record-checks';

/** The app and version that made a file. */
export interface FileApp {
  name: string;
  version: string;
}

/** The problems an envelope can have, whatever kind of file it wraps. */
export type EnvelopeProblemKind = 'empty' | 'not-json' | 'truncated' | 'newer-format' | 'newer-schema' | 'invalid-envelope' | 'invalid-record';

/**
 * What differs between the files that share the envelope (a backup, a trip file): their format, their words for
 * each refusal (the messages name the kind of file, and what the person was doing: restoring, importing), and
 * the tables they hold.
 */
export interface EnvelopeSpec<K extends string> {
  format: string;
  formatVersion: number;
  words: EnvelopeWords;
  /** The kind of problem for a file that is not of this format. */
  notThisKind: K;
  /** Another format of the app, given where this one was expected: the kind and message that point to its place. */
  other: { format: string; kind: K; message: Message };
  /** The tables the file holds (of those its schema version has). */
  tables: readonly StoredTableName[];
  /** Keys holding one record, checked (in order) before the tables: the trip file's `trip`. */
  records?: readonly { key: string; table: StoredTableName; message: Message }[];
}

/** A kind of file's message for each refusal of its envelope. */
export interface EnvelopeWords {
  empty: Message;
  truncated: Message;
  notJson: Message;
  notThisKind: Message;
  noFormatVersion: Message;
  newerFormat: (found: number, reads: number) => Message;
  noSchemaVersion: Message;
  newerSchema: (found: number, reads: number) => Message;
  noApp: Message;
  noCreatedAt: Message;
  noTables: Message;
  missingTable: (table: StoredTableName) => Message;
}

/** The envelope of a file as read: who made it, of which schema version, when, and its tables' raw rows. */
export interface Envelope {
  document: Row;
  app: FileApp;
  schemaVersion: number;
  createdAt: string;
  tables: RawTables;
}

export type EnvelopeProblem<K extends string> = FileProblem<EnvelopeProblemKind | K>;

/**
 * Reads the envelope of a file: JSON, the format and its version, the schema version, the app and the time it
 * was made, and the tables as arrays of records (not yet validated or upgraded). A table the file's schema
 * version has must be there; one it does not have yet is not looked for.
 */
export function readEnvelope<K extends string>(text: string, spec: EnvelopeSpec<K>): Result<Envelope, EnvelopeProblem<K>> {
  if (typeof text !== 'string' || text.trim() === '') return err({ kind: 'empty', message: spec.words.empty });
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    if (endsPartWay(text)) return err({ kind: 'truncated', message: spec.words.truncated });
    return err({ kind: 'not-json', message: spec.words.notJson });
  }
  if (isRow(document) && document['format'] === spec.other.format) {
    return err({ kind: spec.other.kind, message: spec.other.message });
  }
  if (!isRow(document) || document['format'] !== spec.format) {
    return err({ kind: spec.notThisKind, message: spec.words.notThisKind });
  }
  const formatVersion = document['formatVersion'];
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    return err({ kind: 'invalid-envelope', message: spec.words.noFormatVersion });
  }
  if (formatVersion > spec.formatVersion) {
    return err({
      kind: 'newer-format',
      message: spec.words.newerFormat(formatVersion, spec.formatVersion),
    });
  }
  const schemaVersion = document['schemaVersion'];
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return err({ kind: 'invalid-envelope', message: spec.words.noSchemaVersion });
  }
  if (schemaVersion > CURRENT_SCHEMA_VERSION) {
    return err({
      kind: 'newer-schema',
      message: spec.words.newerSchema(schemaVersion, CURRENT_SCHEMA_VERSION),
    });
  }
  const app = document['app'];
  if (!isRow(app) || typeof app['name'] !== 'string' || typeof app['version'] !== 'string') {
    return err({ kind: 'invalid-envelope', message: spec.words.noApp });
  }
  const createdAt = document['createdAt'];
  if (typeof createdAt !== 'string') {
    return err({ kind: 'invalid-envelope', message: spec.words.noCreatedAt });
  }
  for (const record of spec.records ?? []) {
    if (!isRow(document[record.key])) return err({ kind: 'invalid-envelope', table: record.table, message: record.message });
  }
  const rawTables = document['tables'];
  if (!isRow(rawTables)) {
    return err({ kind: 'invalid-envelope', message: spec.words.noTables });
  }

  const declared = SCHEMA_HISTORY.find((step) => step.version === schemaVersion);
  const ofVersion: readonly string[] = declared ? Object.keys(declared.stores) : STORED_TABLES;
  const tables: RawTables = {};
  for (const table of spec.tables.filter((name) => ofVersion.includes(name))) {
    const rows = rawTables[table];
    if (!Array.isArray(rows)) {
      return err({ kind: 'invalid-envelope', table, message: spec.words.missingTable(table) });
    }
    const index = rows.findIndex((row) => !isRow(row));
    if (index >= 0) {
      return err({ kind: 'invalid-record', table, index, message: message('files:record.notARecord', { table, number: index + 1 }) });
    }
    tables[table] = rows as Row[];
  }
  return ok({ document, app: { name: app['name'], version: app['version'] }, schemaVersion, createdAt, tables });
}

/**
 * True when the text reads as the start of a JSON document that stops before its end: a string left open, or
 * an object or array not closed. Tells a file cut short from one that was never JSON.
 */
function endsPartWay(text: string): boolean {
  const start = text.trimStart();
  if (!start.startsWith('{') && !start.startsWith('[')) return false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const char of start) {
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      depth--;
      if (depth === 0) return false;
    }
  }
  return inString || depth > 0;
}

/** Whether a JSON value is an object (a record), not an array or a scalar. */
function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
