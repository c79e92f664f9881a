/**
 * A record's history as the organiser reads it ("who changed the banquet time, and when?"): the change log's
 * entries for one record, one per save, newest first, each with when, who, and what it changed, in the
 * organiser's words. New values are shown where they are short and not personal data; a person's passport,
 * birth, diet, health and notes are named as changed, never shown, as on every other screen others may see.
 */
import { fieldWord } from '../files/trip-import-words';
import type { PlanTableName } from '../files/trip-import-plan';
import type { Message } from '../shared/message';
import { CREATED, DELETED, type FieldChange } from './field-changes';
import { parseTimestamp } from './hybrid-logical-clock';

export interface HistoryField {
  word: Message;
  /** The new value as text ('' when emptied), or null where it is not shown: personal data, or not a short text, number or time. */
  value: string | null;
}

export interface HistoryEntry {
  hlc: string;
  /** When, in milliseconds since 1970 (the computer's clock that made it). */
  at: number;
  /** The computer that made it. */
  node: string;
  /** The organiser's name, empty when none was set. */
  organiser: string;
  kind: 'created' | 'changed' | 'deleted';
  /** What a change changed; empty for a creation or deletion. */
  fields: HistoryField[];
}

/** A person's fields whose values the history names but never shows. */
const PERSONAL_FIELDS: ReadonlySet<string> = new Set([
  'passportNumber',
  'dateOfBirth',
  'placeOfBirth',
  'passportIssueDate',
  'passportAuthority',
  'passportExpiry',
  'sex',
  'dietary',
  'accessibility',
  'notes',
  'notesForThisTrip',
  'emergencyContact',
  'visaType',
  'visaStatus',
  'phone',
  'wechat',
  'email',
]);

const LONGEST_SHOWN = 80;

/** The entries of one record's changes, newest first. */
export function recordHistory(table: PlanTableName, changes: readonly FieldChange[]): HistoryEntry[] {
  const bySave = new Map<string, FieldChange[]>();
  for (const change of changes) bySave.set(change.hlc, [...(bySave.get(change.hlc) ?? []), change]);
  const entries: HistoryEntry[] = [];
  for (const [hlc, saved] of bySave) {
    const stamp = parseTimestamp(hlc);
    if (!stamp) continue;
    const kind = saved.some((change) => change.field === DELETED) ? 'deleted' : saved.some((change) => change.field === CREATED) ? 'created' : 'changed';
    const fields: HistoryField[] = [];
    if (kind === 'changed') {
      for (const change of saved) {
        const word = fieldWord(table, change.field);
        if (fields.some((known) => known.word.code === word.code && JSON.stringify(known.word.params) === JSON.stringify(word.params))) continue;
        fields.push({ word, value: table === 'people' && PERSONAL_FIELDS.has(change.field) ? null : shown(change.value) });
      }
    }
    entries.push({ hlc, at: stamp.millis, node: stamp.node, organiser: saved[0]!.organiser, kind, fields });
  }
  return entries.sort((a, b) => (a.hlc < b.hlc ? 1 : a.hlc > b.hlc ? -1 : 0));
}

/** A value as short text: a text, number or date as it is, a zoned time as its local time and zone; else null. */
function shown(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    const text = value.trim();
    return text.length <= LONGEST_SHOWN ? text : `${text.slice(0, LONGEST_SHOWN - 1)}…`;
  }
  if (value !== null && typeof value === 'object' && 'local' in value && 'zone' in value) {
    const { local, zone } = value as { local: unknown; zone: unknown };
    if (typeof local === 'string' && typeof zone === 'string') return `${local.replace('T', ' ').slice(0, 16)} (${zone})`;
  }
  return null;
}

