/**
 * Booking an engagement: what the form edits, how it becomes a record (times in the zone of the engagement's
 * city), who attends (everyone present at that city, adjusted by hand), and its follow-up actions.
 */
import {
  emptyEngagementDetails,
  engagementDetailsOf,
  ENGAGEMENT_KINDS,
  ENGAGEMENT_STATUSES,
  type Engagement,
  type EngagementDetails,
  type EngagementKind,
  type EngagementStatus,
  type FollowUp,
} from './engagement';
import type { Membership } from '../people/person';
import { err, hasErrors, ok, type FieldMessages, type Result } from '../shared/result';
import { day, message, type Message } from '../shared/message';
import type { City } from '../route/city';
import { addMinutesToTime, isClockTime, parseClockTime, type ClockTimeProblem } from '../shared/clock-time';
import {
  isIsoDate,
  minutesBetween,
  occurrenceOf,
  zonedTime,
  type Occurrence,
  type ZonedTime,
  type ZonedTimeError,
} from '../shared/time';
import { addDays, type IsoDate } from '../shared/date-arithmetic';
import { cityAt, type Whereabouts } from '../route/whereabouts';

/**
 * What the engagement form edits. Times are wall-clock times in the zone of the chosen city; the free-text
 * details are those of ENGAGEMENT_DETAILS.
 */
export interface EngagementDraft extends EngagementDetails {
  kind: EngagementKind;
  title: string;
  stopId: string;
  date: IsoDate;
  /** `HH:mm` */
  startTime: string;
  /** `HH:mm`; before the start means the next day. */
  endTime: string;
  /** Which 01:30 when the clocks go back over the start time: the first unless the organiser chose (absent: first). */
  startOccurrence?: Occurrence;
  /** The same for the end time. */
  endOccurrence?: Occurrence;
  venueName: string;
  venueNameLocal: string;
  venueAddress: string;
  venueAddressLocal: string;
  organisationIds: string[];
  contactIds: string[];
  addedAttendeeIds: string[];
  removedAttendeeIds: string[];
  status: EngagementStatus;
  interpreterNeeded: boolean;
}

/** Usual length of each kind, for the end time a new engagement starts with. */
export const DEFAULT_DURATION_MINUTES: Record<EngagementKind, number> = {
  meeting: 60,
  'site-visit': 120,
  signing: 60,
  banquet: 120,
  forum: 180,
  briefing: 45,
  'free-time': 180,
};

/** The hour a new engagement starts at until the organiser types another. */
export const DEFAULT_START_TIME = '10:00';

export function emptyEngagementDraft(stopId: string, date: IsoDate, startTime = DEFAULT_START_TIME): EngagementDraft {
  return {
    kind: 'meeting',
    title: '',
    stopId,
    date,
    startTime,
    endTime: proposedEndTime(startTime, 'meeting'),
    venueName: '',
    venueNameLocal: '',
    venueAddress: '',
    venueAddressLocal: '',
    organisationIds: [],
    contactIds: [],
    addedAttendeeIds: [],
    removedAttendeeIds: [],
    status: 'proposed',
    interpreterNeeded: false,
    ...emptyEngagementDetails(),
  };
}

export function engagementToDraft(engagement: Engagement): EngagementDraft {
  return {
    kind: engagement.kind,
    title: engagement.title,
    stopId: engagement.stopId,
    date: engagement.start.local.slice(0, 10),
    startTime: engagement.start.local.slice(11, 16),
    endTime: engagement.end.local.slice(11, 16),
    startOccurrence: occurrenceOf(engagement.start),
    endOccurrence: occurrenceOf(engagement.end),
    venueName: engagement.venue.name,
    venueNameLocal: engagement.venue.nameLocal,
    venueAddress: engagement.venue.address,
    venueAddressLocal: engagement.venue.addressLocal,
    organisationIds: engagement.organisationIds,
    contactIds: engagement.contactIds,
    addedAttendeeIds: engagement.addedAttendeeIds,
    removedAttendeeIds: engagement.removedAttendeeIds,
    status: engagement.status,
    interpreterNeeded: engagement.interpreterNeeded,
    ...engagementDetailsOf(engagement),
  };
}

/** The end the form proposes for a start: the kind's usual length later. */
export function proposedEndTime(startTime: string, kind: EngagementKind): string {
  return addMinutesToTime(startTime, DEFAULT_DURATION_MINUTES[kind]);
}

/**
 * The end time once the kind changes (a meeting becomes a banquet): an end the form proposed follows the new
 * kind's usual length; an end the organiser set by hand stays where they put it.
 */
export function endTimeAfterKindChange(
  times: Pick<EngagementDraft, 'startTime' | 'endTime'>,
  kind: EngagementKind,
  endSetByHand: boolean,
): string {
  if (endSetByHand || !isClockTime(times.startTime)) return times.endTime;
  return proposedEndTime(times.startTime, kind);
}

/**
 * The city a new engagement starts in: where the delegation is at its date and start time (on a travel day,
 * the city it leaves until the journey departs, then the one it goes to); null while the time is unfinished.
 */
export function cityForEngagement(route: Whereabouts, draft: Pick<EngagementDraft, 'date' | 'startTime'>): string | null {
  if (!isIsoDate(draft.date) || !isClockTime(draft.startTime)) return null;
  return cityAt(route, `${draft.date}T${draft.startTime}`);
}

/**
 * The end of an engagement that starts at `start`: on its date, or the next when that is not after the start
 * (it runs past midnight). Compared as instants, so that 01:40 to 01:10 across the clocks going back (40
 * minutes) stays on one day.
 */
function endAfter(
  start: ZonedTime | null,
  date: IsoDate,
  endTime: string,
  zone: string,
  occurrence: Occurrence | undefined,
): Result<ZonedTime, ZonedTimeError> {
  const sameDay = zonedTime(`${date}T${endTime}`, zone, occurrence);
  return sameDay.ok && start && sameDay.value.utc > start.utc ? sameDay : zonedTime(`${addDays(date, 1)}T${endTime}`, zone, occurrence);
}

/** The date an engagement of the form ends on in a zone, by the rule the booking uses (for the form to show). */
export function engagementEndDate(
  draft: Pick<EngagementDraft, 'date' | 'startTime' | 'endTime' | 'startOccurrence' | 'endOccurrence'>,
  zone: string,
): IsoDate {
  const start = zonedTime(`${draft.date}T${draft.startTime}`, zone, draft.startOccurrence);
  const end = endAfter(start.ok ? start.value : null, draft.date, draft.endTime, zone, draft.endOccurrence);
  return end.ok ? end.value.local.slice(0, 10) : addDays(draft.date, 1);
}

/** The fields of an engagement that the record keeps, with its times placed in its city's zone. */
export type ParsedEngagement = Omit<
  Engagement,
  'id' | 'tripId' | 'calendar' | 'createdAt' | 'updatedAt' | 'outcome'
>;

/** Longest engagement accepted, in minutes; longer is a mistake in a time (or, imported, not an engagement). */
export const LONGEST_ENGAGEMENT_MINUTES = 16 * 60;

/** A start or end time that could not be read, with an example of one for an empty field. */
function timeProblem(problem: ClockTimeProblem, end: 'start' | 'end'): Message {
  switch (problem.code) {
    case 'empty':
      return end === 'start' ? message('engagements:errors.startTimeMissing') : message('engagements:errors.endTimeMissing');
    case 'unreadable':
      return message('engagements:errors.timeUnreadable', { text: problem.text });
    case 'out-of-range':
      return message('engagements:errors.timeOutOfRange', { text: problem.text });
  }
}

/** A time of the form that its city's clocks skip (the hour lost when summer time starts). */
function placingProblem(problem: ZonedTimeError, local: string, zone: string): Message {
  if (problem.kind !== 'nonexistent') return message('engagements:errors.timeNotPlaced', { zone });
  return message('engagements:errors.clocksGoForward', {
    day: day(local.slice(0, 10)),
    year: local.slice(0, 4),
    time: local.slice(11, 16),
    zone,
  });
}

export function parseEngagementDraft(
  draft: EngagementDraft,
  stops: readonly City[],
): Result<ParsedEngagement, FieldMessages<EngagementDraft>> {
  const errors: FieldMessages<EngagementDraft> = {};
  if (!ENGAGEMENT_KINDS.includes(draft.kind)) errors.kind = message('engagements:errors.kind');
  if (!ENGAGEMENT_STATUSES.includes(draft.status)) errors.status = message('engagements:errors.status');
  if (!draft.title.trim()) errors.title = message('engagements:errors.title');
  const stop = stops.find((candidate) => candidate.id === draft.stopId);
  if (!stop) errors.stopId = message('engagements:errors.city');
  if (!draft.date.trim()) errors.date = message('engagements:errors.dateMissing');
  else if (!isIsoDate(draft.date)) errors.date = message('engagements:errors.dateUnreadable', { text: draft.date });
  // Times come as typed ("2240", "10:40pm"): read them as the time field does, so the two never disagree.
  const startTime = parseClockTime(draft.startTime);
  if (!startTime.ok) errors.startTime = timeProblem(startTime.error, 'start');
  const endTime = parseClockTime(draft.endTime);
  if (!endTime.ok) errors.endTime = timeProblem(endTime.error, 'end');

  let start: ZonedTime | null = null;
  let end: ZonedTime | null = null;
  if (stop && startTime.ok && endTime.ok && !errors.date) {
    const startResult = zonedTime(`${draft.date}T${startTime.value}`, stop.timeZone, draft.startOccurrence);
    if (!startResult.ok) errors.startTime = placingProblem(startResult.error, `${draft.date}T${startTime.value}`, stop.timeZone);
    else start = startResult.value;
    const endResult = endAfter(start, draft.date, endTime.value, stop.timeZone, draft.endOccurrence);
    if (!endResult.ok) errors.endTime = placingProblem(endResult.error, `${addDays(draft.date, 1)}T${endTime.value}`, stop.timeZone);
    else end = endResult.value;
    if (start && end && minutesBetween(start, end) > LONGEST_ENGAGEMENT_MINUTES) {
      errors.endTime =
        endTime.value < startTime.value
          ? message('engagements:errors.endsBeforeStart')
          : message('engagements:errors.tooLong', { hours: LONGEST_ENGAGEMENT_MINUTES / 60 });
    }
    if (startTime.value === endTime.value && end && end.local.slice(0, 10) !== draft.date) {
      errors.endTime = message('engagements:errors.noLength');
    }
  }
  if (hasErrors(errors) || !stop || !start || !end) return err(errors);

  const unique = (ids: string[]) => [...new Set(ids)];
  const removed = new Set(draft.removedAttendeeIds);
  return ok({
    kind: draft.kind,
    title: draft.title.trim(),
    stopId: stop.id,
    start,
    end,
    venue: {
      name: draft.venueName.trim(),
      nameLocal: draft.venueNameLocal.trim(),
      address: draft.venueAddress.trim(),
      addressLocal: draft.venueAddressLocal.trim(),
    },
    organisationIds: unique(draft.organisationIds),
    contactIds: unique(draft.contactIds),
    addedAttendeeIds: unique(draft.addedAttendeeIds).filter((id) => !removed.has(id)),
    removedAttendeeIds: unique(draft.removedAttendeeIds),
    status: draft.status,
    interpreterNeeded: draft.interpreterNeeded,
    ...engagementDetailsOf(draft, { trim: true }),
  });
}

/** The members of the delegation present at a city: those whose part of the route includes it. */
export function membersAt(stopId: string, memberships: readonly Membership[]): string[] {
  return memberships.filter((membership) => membership.stopIds.includes(stopId)).map((membership) => membership.personId);
}

export interface Attendance {
  /** Who attends: everyone present at the city, plus those added, less those left out. */
  attendeeIds: string[];
  /** Attendees added by hand who are not at that city on the route: flagged, never silently accepted. */
  notAtStopIds: string[];
}

export function attendanceOf(
  engagement: Pick<Engagement, 'stopId' | 'addedAttendeeIds' | 'removedAttendeeIds'>,
  memberships: readonly Membership[],
): Attendance {
  return attendanceCalculator(memberships)(engagement);
}

/** Who attends an engagement, by {@link attendanceCalculator}'s rule. */
export type AttendanceOf = (engagement: Pick<Engagement, 'stopId' | 'addedAttendeeIds' | 'removedAttendeeIds'>) => Attendance;

/**
 * Attendance for many engagements of one trip: who is on the trip and who is at each city is worked out once,
 * so a trip of hundreds of engagements costs one pass over its members; each engagement (the same object
 * asked again, as every delegate's calendar asks of every engagement) is worked out once. Each answer is a
 * list of its own, which the caller may keep or change.
 */
export function attendanceCalculator(memberships: readonly Membership[]): AttendanceOf {
  const onTrip = new Set(memberships.map((membership) => membership.personId));
  const presentByStop = new Map<string, string[]>();
  for (const membership of memberships) {
    for (const stopId of membership.stopIds) {
      const present = presentByStop.get(stopId);
      if (!present) presentByStop.set(stopId, [membership.personId]);
      else if (!present.includes(membership.personId)) present.push(membership.personId);
    }
  }
  const presentSets = new Map([...presentByStop].map(([stopId, present]) => [stopId, new Set(present)]));
  const worked = new WeakMap<object, { stopId: string; added: readonly string[]; removed: readonly string[]; attendance: Attendance }>();
  const copy = (attendance: Attendance): Attendance => ({
    attendeeIds: attendance.attendeeIds.slice(),
    notAtStopIds: attendance.notAtStopIds.slice(),
  });
  return (engagement) => {
    const { stopId, addedAttendeeIds: added, removedAttendeeIds: removed } = engagement;
    const known = worked.get(engagement);
    if (known && known.stopId === stopId && known.added === added && known.removed === removed) return copy(known.attendance);
    const present = presentByStop.get(stopId) ?? [];
    let attendance: Attendance;
    if (added.length === 0 && removed.length === 0) attendance = { attendeeIds: present, notAtStopIds: [] };
    else {
      const removedSet = new Set(removed);
      const attendeeIds = [...new Set([...present, ...added])].filter((id) => !removedSet.has(id) && onTrip.has(id));
      const presentSet = presentSets.get(stopId) ?? new Set<string>();
      attendance = { attendeeIds, notAtStopIds: attendeeIds.filter((id) => !presentSet.has(id)) };
    }
    worked.set(engagement, { stopId, added, removed, attendance });
    return copy(attendance);
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Follow-ups

export interface FollowUpDraft {
  description: string;
  owner: string;
  dueDate: string;
}

export function parseFollowUpDraft(draft: FollowUpDraft): Result<FollowUpDraft, FieldMessages<FollowUpDraft>> {
  const errors: FieldMessages<FollowUpDraft> = {};
  if (!draft.description.trim()) errors.description = message('engagements:errors.followUpDescription');
  if (draft.dueDate.trim() && !isIsoDate(draft.dueDate.trim())) {
    errors.dueDate = message('engagements:errors.dueDateUnreadable', { text: draft.dueDate });
  }
  if (hasErrors(errors)) return err(errors);
  return ok({ description: draft.description.trim(), owner: draft.owner.trim(), dueDate: draft.dueDate.trim() });
}

/** Open follow-ups first by due date (undated last), then done ones. */
export function compareFollowUps(a: FollowUp, b: FollowUp): number {
  if (a.done !== b.done) return a.done ? 1 : -1;
  return (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.createdAt.localeCompare(b.createdAt);
}

export function isOverdue(followUp: FollowUp, today: IsoDate): boolean {
  return !followUp.done && followUp.dueDate !== null && followUp.dueDate < today;
}
