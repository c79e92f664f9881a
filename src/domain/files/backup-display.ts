/**
 * How backups are shown to the organiser: the file name proposed for one, when it was made and how long ago,
 * and its size, in the reader's language (a BCP 47 tag such as "en" or "zh-CN"). A backup's time is a moment
 * on this computer, not at a place of the trip, so it is shown in the zone the caller passes (the computer's
 * own). What a backup holds is counted in the catalogues' words (backups namespace), by table.
 */
import type { StoredTableName } from '../schema/schema-history';
import { safeFileName } from '../shared/file-name';
import { message, type Message } from '../shared/message';
import { instantStamp } from '../shared/time';

/** The extension of backup files: plain JSON, so any tool can open one. */
export const BACKUP_FILE_EXTENSION = 'json';

/**
 * "Delegation Planner backup 2026-11-21 1030.json", in the computer's zone; `words` is the name's start in the
 * reader's language ("Delegation Planner backup", "Delegation Planner 备份").
 */
export function backupFileName(createdAtUtc: string, zone: string, words: string): string {
  return safeFileName(`${words} ${instantStamp(createdAtUtc, zone)}`, BACKUP_FILE_EXTENSION, 'backup');
}

/** From the largest unit down: the first that fits at least once is the one an age is told in. */
const AGE_UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 60],
  ['month', 30 * 24 * 60],
  ['week', 7 * 24 * 60],
  ['day', 24 * 60],
  ['hour', 60],
  ['minute', 1],
];

/**
 * How long before `nowUtc` the backup was made, in the reader's language through the platform's relative time
 * ("5 minutes ago", "3小时前"); a message for "just now" (under a minute), which that has no words for.
 */
export function backupAge(createdAtUtc: string, nowUtc: string, language = 'en'): Message | string {
  const minutes = (Date.parse(nowUtc) - Date.parse(createdAtUtc)) / 60_000;
  if (Number.isNaN(minutes)) return '';
  if (minutes < 1) return message('backups:age.justNow');
  const [unit, size] = AGE_UNITS.find(([, length]) => minutes >= length) ?? ['minute', 1];
  return new Intl.RelativeTimeFormat(language, { numeric: 'always' }).format(-Math.floor(minutes / size), unit);
}

/** The tables an organiser thinks in, in the order they are listed in a preview. */
export const PREVIEW_TABLES: readonly StoredTableName[] = [
  'trips',
  'people',
  'organisations',
  'contacts',
  'engagements',
  'stops',
  'segments',
  'accommodations',
  'memberships',
  'followUps',
  'rooms',
  'resources',
  'assignments',
];

/** "512 bytes", "2 kB", "1.2 MB" (or "512字节"): a file's size in the reader's language, with the platform's units. */
export function formatFileSize(bytes: number, language = 'en'): string {
  const format = (value: number, unit: 'byte' | 'kilobyte' | 'megabyte', digits: number) =>
    new Intl.NumberFormat(language, {
      style: 'unit',
      unit,
      unitDisplay: unit === 'byte' ? 'long' : 'short',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(value);
  if (bytes < 1024) return format(bytes, 'byte', 0);
  if (bytes < 1024 * 1024) return format(Math.round(bytes / 1024), 'kilobyte', 0);
  return format(bytes / (1024 * 1024), 'megabyte', 1);
}
