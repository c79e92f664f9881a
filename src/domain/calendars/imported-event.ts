/**
 * An event as a calendar import reads it from a file: what the preview shows of it (its times in its own zone,
 * the city it is put in, its problems) and the engagement draft it becomes; and what the preview needs of the
 * trip it is imported into.
 */
import type { Engagement, EngagementStatus } from '../engagements/engagement';
import type { Message } from '../shared/message';
import type { EngagementDraft } from '../engagements/engagement-rules';
import type { ZonedTime } from '../shared/time';
import type { IsoDate, LocalDateTime } from '../shared/date-arithmetic';
import type { TripBundle } from '../trip/trip-bundle';

/** What the preview needs of the trip. */
export type CalendarImportTrip = Pick<TripBundle, 'stops' | 'segments' | 'accommodations' | 'engagements'>;

export type ImportProblemKind =
  | 'unreadable'
  | 'no-start'
  | 'all-day'
  | 'recurring'
  | 'unknown-zone'
  | 'nonexistent-time'
  | 'impossible-time'
  | 'ends-before-start'
  | 'too-long'
  | 'floating'
  | 'other-zone'
  | 'no-end'
  | 'no-stop'
  | 'ambiguous-stop'
  | 'no-title'
  | 'already-in-trip'
  | 'update'
  | 'overlap'
  | 'cancelled'
  | 'invalid-engagement';

export interface ImportProblem {
  kind: ImportProblemKind;
  /** What is wrong or what was assumed, to be worded for the organiser. */
  message: Message;
  /** True when the event cannot be imported because of it; false for something to check. */
  blocking: boolean;
}

/** How the file gives an event's times. */
export type EventTiming = 'zoned' | 'utc' | 'floating' | 'all-day' | 'unreadable';

export interface ImportedEvent {
  /** 1 for the file's first event. */
  position: number;
  uid: string | null;
  /** Its SEQUENCE in the file; 0 when it gives none. */
  sequence: number;
  /**
   * The engagement of this trip it is a newer version of (same UID, higher SEQUENCE than the engagement has):
   * importing it updates that engagement's time, title and place instead of adding one.
   */
  updates: Engagement | null;
  title: string;
  timing: EventTiming;
  /** The TZID the file gives, if any. */
  tzid: string | null;
  /**
   * Start and end in the event's own zone: its TZID's, UTC's, or, for a floating time or a zone known only by
   * an Outlook-style name, the matched city's. Null for all-day events and times that cannot be read.
   */
  start: ZonedTime | null;
  end: ZonedTime | null;
  /** For an all-day event: its first date and the date after its last (the file's DTEND is exclusive). */
  dates: { start: IsoDate; end: IsoDate } | null;
  location: string;
  description: string;
  /** Who sent it: the ORGANIZER's name and address, as text. */
  organizer: string;
  /** Its STATUS as an engagement's: confirmed, cancelled, or else proposed. */
  status: EngagementStatus;
  /** The city of the trip it belongs to. */
  stopId: string | null;
  /** Other cities it could belong to, on a day the delegation moves between them. */
  otherStopIds: string[];
  problems: ImportProblem[];
  /**
   * The engagement it becomes, in the city's zone (for an update, the engagement as it will be after it);
   * null when something blocks it.
   */
  draft: EngagementDraft | null;
}

/** Adds a problem to the event being read: `block` one that stops its import, `warn` one to check. */
export type Report = (kind: ImportProblemKind, message: Message) => void;

/** An event's times once read: instants where the file gives a zone (or UTC), wall times where it does not. */
export type ReadTimes = InstantTimes | { kind: 'wall'; start: LocalDateTime; end: LocalDateTime };

export interface InstantTimes {
  kind: 'instant';
  timing: 'zoned' | 'utc';
  /** The IANA zone, or null for a zone the file defines under another name. */
  zone: string | null;
  /** Epoch milliseconds. */
  startMs: number;
  endMs: number;
  /** The zone's offset from UTC in minutes at an instant. */
  offsetAt: (ms: number) => number;
}
