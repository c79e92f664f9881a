/**
 * Automatic backups: how their files are named and which of them are kept. Pure, with no Node, Electron or
 * DOM code, because both the desktop shell (a folder in the app's data folder) and the web app (the site's
 * private file system) keep them the same way.
 *
 * The file name is the only record of a backup's date and reason, so the name is persisted: do not change
 * the pattern, only add to what `parseAutomaticBackupFileName` accepts.
 *
 * The keeping rule, applied after each new backup (all times in UTC):
 * - every backup of the last 24 hours, up to the newest {@link KEEP_RECENT_COUNT} of them;
 * - the newest backup of each of the last {@link KEEP_DAILY_COUNT} calendar days, today included;
 * - the newest backup of each of the last {@link KEEP_WEEKLY_COUNT} calendar weeks (Monday to Sunday, about two
 *   months), this week included;
 * - always the newest backup of all, however old, so a person back from a long break still has one;
 * - every backup dated after `now`: the clock was put back, so its age is unknown; there are no more of them
 *   than the rule kept before, and they are judged normally once the clock passes them.
 * Everything else is removed, so the folder holds at most 6 + 7 + 9 = 22 backups of the past.
 *
 * Days and weeks are fixed calendar periods, not windows sliding with `now`: the backup chosen to stand for a
 * day stays the newest of that day for good, so it survives from the daily to the weekly rule. Windows that
 * slide would let each day's survivor fall out of the last 24 hours before anything older could replace it.
 */
import { AUTOMATIC_BACKUP_REASONS, type AutomaticBackupReason } from './ipc-contract';

/** How often the app makes a backup while it is open. */
export const AUTOMATIC_BACKUP_INTERVAL_MS = 3 * 60 * 60 * 1000;

export const KEEP_RECENT_COUNT = 6;
export const KEEP_DAILY_COUNT = 7;
export const KEEP_WEEKLY_COUNT = 9;

const FILE_NAME_PREFIX = 'delegation-planner-';
const FILE_NAME_PATTERN = new RegExp(
  `^${FILE_NAME_PREFIX}(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})(?:-(\\d{3}))?Z-(${AUTOMATIC_BACKUP_REASONS.join('|')})\\.json$`,
);

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * The file name of a backup made at `createdAt`, such as `delegation-planner-2026-11-21T10-30-05-123Z-quit.json`:
 * the UTC instant to the millisecond with `-` for `:` and `.` (which Windows and macOS do not allow or show
 * oddly), so names are unique, sort by date, and read the same on every machine.
 */
export function automaticBackupFileName(createdAt: Date, reason: AutomaticBackupReason): string {
  // toISOString gives 2026-11-21T10:30:05.123Z, and throws a RangeError for an invalid date.
  const instant = createdAt.toISOString().replace(/[:.]/g, '-');
  return `${FILE_NAME_PREFIX}${instant}-${reason}.json`;
}

/**
 * The date (as an ISO instant in UTC) and reason in the name of an automatic backup, or null for any other name:
 * another file, a temporary file, a name with folders, or a date that does not exist. Names without
 * milliseconds are read as well.
 */
export function parseAutomaticBackupFileName(name: string): { createdAt: string; reason: AutomaticBackupReason } | null {
  const match = FILE_NAME_PATTERN.exec(name);
  if (match === null) return null;
  const [, year, month, day, hour, minute, second, millisecond = '000', reason] = match;
  const iso = `${year}-${month}-${day}T${hour}:${minute}:${second}.${millisecond}Z`;
  const time = Date.parse(iso);
  // Date.parse accepts 2026-02-30 and rolls it over; a real date formats back to the same text.
  if (Number.isNaN(time) || new Date(time).toISOString() !== iso) return null;
  return { createdAt: iso, reason: reason as AutomaticBackupReason };
}

/**
 * The ids of the backups the keeping rule (see the module header) no longer needs at `now`. A backup whose
 * `createdAt` cannot be read is never removed: its age is unknown.
 */
export function backupsToRemove(backups: readonly { id: string; createdAt: string }[], now: Date): string[] {
  const nowMs = now.getTime();
  const dated = backups
    .map((backup) => ({ id: backup.id, time: Date.parse(backup.createdAt) }))
    .filter((backup) => !Number.isNaN(backup.time))
    // Newest first; equal times in a fixed order, so the outcome never depends on the order of the listing.
    .sort((a, b) => b.time - a.time || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));

  const keep = new Set<string>();
  const newest = dated[0];
  if (newest !== undefined) keep.add(newest.id);

  const today = dayNumber(nowMs);
  const thisWeek = weekNumber(today);
  let recentKept = 0;
  const daysKept = new Set<number>();
  const weeksKept = new Set<number>();
  for (const backup of dated) {
    if (backup.time > nowMs) {
      keep.add(backup.id);
      continue;
    }
    if (nowMs - backup.time < DAY_MS && recentKept < KEEP_RECENT_COUNT) {
      keep.add(backup.id);
      recentKept += 1;
    }
    // Newest first, so the first backup met in a day or week is that period's newest.
    const day = dayNumber(backup.time);
    if (today - day < KEEP_DAILY_COUNT && !daysKept.has(day)) {
      keep.add(backup.id);
      daysKept.add(day);
    }
    const week = weekNumber(day);
    if (thisWeek - week < KEEP_WEEKLY_COUNT && !weeksKept.has(week)) {
      keep.add(backup.id);
      weeksKept.add(week);
    }
  }
  return dated.filter((backup) => !keep.has(backup.id)).map((backup) => backup.id);
}

/** Days since 1 January 1970, in UTC. */
function dayNumber(timeMs: number): number {
  return Math.floor(timeMs / DAY_MS);
}

/** Weeks since the week of 1 January 1970, each starting on a Monday (that day was a Thursday). */
function weekNumber(day: number): number {
  return Math.floor((day + 3) / 7);
}
