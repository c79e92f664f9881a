/**
 * An imported event's times as the file gives them, read with ical.js. An event's instant is worked out from
 * its own zone: an IANA TZID (also with the prefix some exporters add) with the zone rules this runtime knows,
 * as the file's VTIMEZONE may be partial or stale; another name, such as Outlook's "China Standard Time", from
 * the file's own definition of it; UTC as it is; and a floating time (no zone at all) kept as a wall time, for
 * the city it is put in to give it a zone. A time the clocks skip, or a zone neither known nor defined, is a
 * problem that stops the import, as is an event longer than any engagement, and a time that is no time at all
 * (hour 25, 30 February), which ical.js would otherwise roll over into a real one (01:00 the next day).
 */
import ICAL from 'ical.js';
import { DEFAULT_DURATION_MINUTES } from '../engagements/engagement-rules';
import {
  canonicalTimeZone,
  exactInstantOf,
  isValidTimeZone,
  utcOffsetMinutesAt,
} from '../shared/time';
import { addDays, type IsoDate, type LocalDateTime } from '../shared/date-arithmetic';
import { message, type Message } from '../shared/message';
import { dayWithYear } from './calendar-event-titles';
import type { IcalComponent, IcalProperty, IcalTime } from './icalendar-parsing';
import { LONGEST_ENGAGEMENT_MINUTES } from '../engagements/engagement-rules';
import type { ImportedEvent, ReadTimes, Report } from './imported-event';

/**
 * The dates of an all-day event: its first date and the date after its last (DTEND is exclusive), a single
 * day when it gives no end.
 */
export function allDayDates(vevent: IcalComponent): { start: IsoDate; end: IsoDate } {
  const start = dateOf(vevent.getFirstPropertyValue('dtstart') as IcalTime);
  const hasEnd = vevent.hasProperty('dtend') || vevent.hasProperty('duration');
  const end = hasEnd ? dateOf(new ICAL.Event(vevent).endDate) : addDays(start, 1);
  return { start, end };
}

function dateOf(time: IcalTime): IsoDate {
  return `${String(time.year).padStart(4, '0')}-${pad(time.month)}-${pad(time.day)}`;
}

function wallOf(time: IcalTime): LocalDateTime {
  return `${dateOf(time)}T${pad(time.hour)}:${pad(time.minute)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The properties that give an event's times as dates or date-times. */
const TIME_PROPERTIES = ['dtstart', 'dtend'] as const;

/**
 * Why the first of an event's DTSTART and DTEND that is no real date or time (month 13, 30 February, hour 25,
 * minute 60, second 61) cannot be read, naming the event (its title, or its place in the file when it has none)
 * and the property; null when both are real. ical.js reads such a value without a word, rolled over into a real
 * one: hour 25 becomes 01:00 the next day. It keeps the value as the file wrote it, which is read here.
 */
export function impossibleTime(vevent: IcalComponent, event: Pick<ImportedEvent, 'title' | 'position'>): Message | null {
  for (const name of TIME_PROPERTIES) {
    const property = vevent.getFirstProperty(name);
    const written = property?.toJSON()[3];
    if (typeof written !== 'string') continue;
    const reason = impossiblePart(written);
    if (!reason) continue;
    return message('calendars:importProblem.impossibleTime', {
      event: event.title
        ? message('calendars:importProblem.eventTitled', { title: event.title })
        : message('calendars:importProblem.eventNumbered', { position: event.position }),
      property: name.toUpperCase(),
      // As the file writes it: ical.js gives "2027-03-15T25:00:00" for the file's 20270315T250000.
      value: written.replace(/[-:]/g, ''),
      reason,
    });
  }
  return null;
}

/** What is wrong with a date ("2027-02-30") or date-time ("2027-03-15T25:00:00Z") as ical.js keeps it; null when nothing is. */
function impossiblePart(written: string): Message | null {
  const parts = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?/.exec(written);
  if (!parts) return null;
  // A date alone has no time: its hour, minute and second are read as 00.
  const [year, month, day, hour, minute, second] = parts.slice(1).map((part = '0') => Number(part)) as [number, number, number, number, number, number];
  if (month < 1 || month > 12) return message('calendars:importProblem.impossible.month', { month });
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return message('calendars:importProblem.impossible.day', { year, month, day, days });
  if (hour > 23) return message('calendars:importProblem.impossible.hour', { hour });
  if (minute > 59) return message('calendars:importProblem.impossible.minute', { minute });
  // RFC 5545 allows second 60 for a leap second, but no engagement starts or ends on one.
  if (second === 60) return message('calendars:importProblem.impossible.leapSecond');
  if (second > 60) return message('calendars:importProblem.impossible.second', { second });
  return null;
}

/**
 * The zone an event's TZID names, when it is one this runtime knows: "Asia/Shanghai", also as some exporters
 * prefix it ("/mozilla.org/20050126_1/Asia/Shanghai").
 */
function ianaZone(tzid: string): string | null {
  const candidates = [tzid, /([A-Za-z_]+\/[A-Za-z0-9_+-]+(?:\/[A-Za-z0-9_+-]+)?)$/.exec(tzid)?.[1] ?? ''];
  for (const candidate of candidates) {
    if (candidate && isValidTimeZone(candidate)) return canonicalTimeZone(candidate);
  }
  return null;
}

/**
 * The start and end of a timed event: instants where the file gives a zone or UTC, wall times where it gives
 * neither (then `event.timing` is floating). Sets the event's timing and TZID; an event without an end is given
 * an hour, with a warning. Null, with the problem reported, when its times cannot be used.
 */
export function readTimes(
  vevent: IcalComponent,
  startProperty: IcalProperty,
  root: IcalComponent,
  event: ImportedEvent,
  block: Report,
  warn: Report,
): ReadTimes | null {
  const start = startProperty.getFirstValue() as IcalTime;
  const endProperty = vevent.getFirstProperty('dtend');
  const duration = vevent.getFirstPropertyValue('duration');
  // Checked before ical.js adds it: a duration of millions of weeks takes seconds to add and comes back as none.
  if (!endProperty && duration instanceof ICAL.Duration && Math.abs(duration.toSeconds()) > LONGEST_ENGAGEMENT_MINUTES * 60) {
    block('too-long', message('calendars:importProblem.tooLong'));
    return null;
  }
  let end = endProperty || vevent.hasProperty('duration') ? new ICAL.Event(vevent).endDate : start.clone();
  if (end.compare(start) === 0) {
    end = start.clone();
    end.addDuration(ICAL.Duration.fromSeconds(DEFAULT_DURATION_MINUTES.meeting * 60));
    warn('no-end', message('calendars:importProblem.noEnd', { start: wallOf(start).slice(11), end: wallOf(end).slice(11) }));
  }
  const tzid = tzidOf(startProperty);
  // A DTEND may name its own zone (a journey's arrival, say); an end worked out from DURATION is in the start's.
  const endTzid = endProperty ? tzidOf(endProperty) : tzid;
  event.tzid = tzid;

  const startAt = resolveTime(start, tzid, root);
  const endAt = resolveTime(end, endTzid, root);
  for (const resolved of [startAt, endAt]) {
    if (resolved.kind === 'skipped') {
      const [date, time] = [dayWithYear(resolved.wall.slice(0, 10)), resolved.wall.slice(11)];
      block('nonexistent-time', message('calendars:importProblem.skippedTime', { date, time, zone: resolved.zone }));
      return null;
    }
    if (resolved.kind === 'unknown-zone') {
      block('unknown-zone', message('calendars:importProblem.unknownZone', { zone: resolved.tzid }));
      return null;
    }
  }
  if (startAt.kind === 'floating' || endAt.kind === 'floating') {
    event.timing = 'floating';
    return { kind: 'wall', start: wallOf(start), end: wallOf(end) };
  }
  if (startAt.kind !== 'instant' || endAt.kind !== 'instant') return null;
  event.timing = tzid ? 'zoned' : 'utc';
  return {
    kind: 'instant',
    timing: tzid ? 'zoned' : 'utc',
    zone: startAt.zone,
    startMs: startAt.ms,
    endMs: endAt.ms,
    offsetAt: startAt.offsetAt,
  };
}

function tzidOf(property: IcalProperty): string | null {
  const value = property.getParameter('tzid');
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

type ResolvedTime =
  | { kind: 'instant'; ms: number; zone: string | null; offsetAt: (ms: number) => number }
  | { kind: 'floating' }
  | { kind: 'skipped'; wall: LocalDateTime; zone: string }
  | { kind: 'unknown-zone'; tzid: string };

/** The instant of a date-time as its TZID (or UTC `Z`) places it; floating when it has neither. */
function resolveTime(time: IcalTime, tzid: string | null, root: IcalComponent): ResolvedTime {
  if (!tzid) {
    return time.zone === ICAL.Timezone.utcTimezone
      ? { kind: 'instant', ms: time.toUnixTime() * 1000, zone: 'UTC', offsetAt: () => 0 }
      : { kind: 'floating' };
  }
  // A zone this runtime knows is read with its own rules; the file's VTIMEZONE may be partial or stale.
  const zone = ianaZone(tzid);
  if (zone) {
    const ms = exactInstantOf(wallOf(time), zone, time.second);
    if (ms === null) return { kind: 'skipped', wall: wallOf(time), zone };
    return { kind: 'instant', ms, zone, offsetAt: (at) => utcOffsetMinutesAt(at, zone) };
  }
  // Another name, such as Outlook's "China Standard Time": only the file's own definition says what it means.
  const definition = root.getTimeZoneByID(tzid);
  if (!definition) return { kind: 'unknown-zone', tzid };
  return {
    kind: 'instant',
    ms: time.toUnixTime() * 1000,
    zone: null,
    offsetAt: (at) => definition.utcOffset(ICAL.Time.fromJSDate(new Date(at), true)) / 60,
  };
}
