/**
 * What the app keeps about calendars: each trip's reminder settings, the folder the desktop app saves every
 * delegate's calendar into, and, on each membership, when that person's calendar was last exported and what
 * it held. Settings are read through the domain's parsers, so a damaged stored value gives the defaults.
 */
import type { CalendarDigest } from '../domain/calendars/calendar-digest';
import type { ReminderMinutes } from '../domain/calendars/calendar-reminders';
import { parseReminderSettings } from '../domain/calendars/calendar-delivery';
import type { Publication } from '../domain/calendars/calendar-publication';
import type { PlannerDatabase } from './database';

/** A folder the desktop shell has granted: its id (main keeps the path) and how to name it to the person. */
export interface CalendarFolder {
  id: string;
  label: string;
}

/** One person's calendar as exported: its events and its reminders (see reminderDigest). */
export interface ExportedCalendar {
  personId: string;
  digest: CalendarDigest;
  reminders: string;
}

export interface CalendarRepository {
  /** The trip's reminders: the defaults for every kind not set. */
  reminders(tripId: string): Promise<ReminderMinutes>;
  saveReminders(tripId: string, reminders: ReminderMinutes): Promise<void>;
  /** Back to the defaults for every kind. */
  resetReminders(tripId: string): Promise<void>;
  /**
   * Records that these people's calendars were exported at `exportedAt` (the moment stamped in the files),
   * holding those events. People no longer on the trip are skipped; returns how many were recorded.
   */
  recordExports(tripId: string, exported: readonly ExportedCalendar[], exportedAt: string): Promise<number>;
  /** What was published of each of the trip's calendars to a CalDAV server. */
  publications(tripId: string): Promise<Publication[]>;
  /** Records what was published of one calendar (after every calendar, so a publish cut short keeps what went). */
  savePublication(publication: Publication): Promise<void>;
  /** Forgets publications, by id: their calendars were removed from the server. */
  removePublications(ids: readonly string[]): Promise<void>;
  /** Whether changes are published by themselves when the server can be reached. */
  autoPublish(): Promise<boolean>;
  setAutoPublish(on: boolean): Promise<void>;
  /** The folder chosen for every delegate's calendar, once chosen. */
  folder(): Promise<CalendarFolder | null>;
  rememberFolder(folder: CalendarFolder): Promise<void>;
}

/** Keys in the settings table: persisted, do not rename. */
export const CALENDAR_SETTING_KEYS = {
  reminders: (tripId: string) => `calendar-reminders:${tripId}`,
  folder: 'calendar-folder',
  publication: (id: string) => `calendar-publication:${id}`,
  autoPublish: 'calendar-auto-publish',
} as const;

/** A stored publication as read back: only its own fields, of the right kinds; anything else is not one. */
function publicationOf(value: unknown): Publication | null {
  if (typeof value !== 'object' || value === null) return null;
  const row = value as Partial<Publication>;
  return typeof row.id === 'string' &&
    typeof row.tripId === 'string' &&
    typeof row.key === 'string' &&
    typeof row.account === 'string' &&
    typeof row.events === 'object' &&
    row.events !== null &&
    Array.isArray(row.conflicts)
    ? (row as Publication)
    : null;
}

export function createCalendarRepository(db: PlannerDatabase): CalendarRepository {
  return {
    async reminders(tripId) {
      const row = await db.settings.get(CALENDAR_SETTING_KEYS.reminders(tripId));
      return parseReminderSettings(row?.value);
    },

    async saveReminders(tripId, reminders) {
      // Parsed on the way in too: only whole minutes in range, for known kinds, are ever stored.
      await db.settings.put({ key: CALENDAR_SETTING_KEYS.reminders(tripId), value: parseReminderSettings(reminders) });
    },

    async resetReminders(tripId) {
      await db.settings.delete(CALENDAR_SETTING_KEYS.reminders(tripId));
    },

    async recordExports(tripId, exported, exportedAt) {
      return db.transaction('rw', db.memberships, async () => {
        const memberships = await db.memberships.where('tripId').equals(tripId).toArray();
        const byPerson = new Map(memberships.map((membership) => [membership.personId, membership]));
        const updated = exported.flatMap(({ personId, digest, reminders }) => {
          const membership = byPerson.get(personId);
          return membership
            ? [
                {
                  ...membership,
                  calendarExportedAt: exportedAt,
                  calendarExportedEvents: { ...digest },
                  calendarExportedReminders: reminders,
                },
              ]
            : [];
        });
        await db.memberships.bulkPut(updated);
        return updated.length;
      });
    },

    async publications(tripId) {
      const prefix = CALENDAR_SETTING_KEYS.publication(`${tripId}|`);
      const rows = await db.settings.where('key').startsWith(prefix).toArray();
      return rows.flatMap((row) => {
        const publication = publicationOf(row.value);
        return publication ? [publication] : [];
      });
    },

    async savePublication(publication) {
      await db.settings.put({ key: CALENDAR_SETTING_KEYS.publication(publication.id), value: publication });
    },

    async removePublications(ids) {
      await db.settings.bulkDelete(ids.map((id) => CALENDAR_SETTING_KEYS.publication(id)));
    },

    async autoPublish() {
      return (await db.settings.get(CALENDAR_SETTING_KEYS.autoPublish))?.value === true;
    },

    async setAutoPublish(on) {
      await db.settings.put({ key: CALENDAR_SETTING_KEYS.autoPublish, value: on });
    },

    async folder() {
      const value = (await db.settings.get(CALENDAR_SETTING_KEYS.folder))?.value;
      if (typeof value !== 'object' || value === null) return null;
      const { id, label } = value as Record<string, unknown>;
      return typeof id === 'string' && id && typeof label === 'string' ? { id, label } : null;
    },

    async rememberFolder(folder) {
      await db.settings.put({ key: CALENDAR_SETTING_KEYS.folder, value: { id: folder.id, label: folder.label } });
    },
  };
}
