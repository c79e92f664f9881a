/**
 * How backups are shown to the organiser: the file name proposed for one, what a backup holds in words, and
 * when it was made. A backup's time is a moment on this computer, not at a place of the trip, so it is shown in
 * the zone the caller passes (the computer's own), with that zone's name when it is not obvious.
 */
import type { StoredTableName } from '../schema/schema-history';
import { safeFileName } from '../shared/file-name';
import { ageInWords, formatInstantIn, instantStamp } from '../shared/time';

/** The extension of backup files: plain JSON, so any tool can open one. */
export const BACKUP_FILE_EXTENSION = 'json';

/** "Delegation Planner backup 2026-11-21 1030.json", in the computer's zone. */
export function backupFileName(createdAtUtc: string, zone: string, prefix = 'Delegation Planner backup'): string {
  return safeFileName(`${prefix} ${instantStamp(createdAtUtc, zone)}`, BACKUP_FILE_EXTENSION, 'backup');
}

/** "Sat 21 Nov 2026, 10:30", read on a clock in `zone`; the raw text when it is not a time. */
export function formatBackupTime(createdAtUtc: string, zone: string): string {
  return formatInstantIn(createdAtUtc, zone);
}

/** "just now", "5 minutes ago", "3 hours ago", "2 days ago". */
export function backupAge(createdAtUtc: string, nowUtc: string): string {
  return ageInWords(createdAtUtc, nowUtc);
}

const WORDS: Record<StoredTableName, [singular: string, plural: string]> = {
  trips: ['trip', 'trips'],
  stops: ['city on a route', 'cities on routes'],
  segments: ['journey', 'journeys'],
  accommodations: ['hotel stay', 'hotel stays'],
  organisations: ['organisation', 'organisations'],
  contacts: ['contact', 'contacts'],
  people: ['person', 'people'],
  memberships: ['place on a delegation', 'places on delegations'],
  engagements: ['engagement', 'engagements'],
  followUps: ['follow-up', 'follow-ups'],
  settings: ['setting', 'settings'],
  acknowledgements: ['accepted warning', 'accepted warnings'],
};

/** "1 trip", "20 people": one count in words. */
export function countInWords(table: StoredTableName, count: number): string {
  const [singular, plural] = WORDS[table];
  return `${count.toLocaleString('en')} ${count === 1 ? singular : plural}`;
}

/** "Trips", "Cities on routes": a table's name as a heading. */
export function tableLabel(table: StoredTableName): string {
  const plural = WORDS[table][1];
  return plural.charAt(0).toUpperCase() + plural.slice(1);
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
];

/** "1.2 MB": a file's size for people. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
