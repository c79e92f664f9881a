/**
 * The sample trip (Liverpool City Region's 2016 mission to China) and its exported calendars read back as a
 * calendar reads them, with ical.js: shared by the calendar tests, which each check one module through them.
 */
import ICAL from 'ical.js';
import type { CalendarExportOptions } from '../../../../src/domain/calendars/calendar-events';
import { exportTripCalendar } from '../../../../src/domain/calendars/calendar-files';
import type { Message } from '../../../../src/domain/shared/message';
import type { Engagement } from '../../../../src/domain/engagements/engagement';
import { buildSampleTrip } from '../../../../src/domain/trip/sample-trip';
import type { TripBundle } from '../../../../src/domain/trip/trip-bundle';
import { inEnglish } from '../../../builders/words';

export type Component = InstanceType<typeof ICAL.Component>;

export const NOW = '2026-01-02T03:04:05.000Z';
export const options: CalendarExportOptions = { words: inEnglish, now: NOW };

/** The sample trip, its ids `<prefix>-1`, `<prefix>-2`…: the same each time it is built with the same prefix. */
export function sampleTrip(prefix = 'id'): TripBundle {
  let counter = 0;
  return buildSampleTrip({ now: '2026-01-01T00:00:00.000Z', newId: () => `${prefix}-${++counter}` });
}

export const sample = sampleTrip();
export const stopId = (bundle: TripBundle, name: string) => bundle.stops.find((stop) => stop.name === name)!.id;
export const personId = (bundle: TripBundle, name: string) => bundle.people.find((person) => person.name === name)!.id;
export const engagementTitled = (bundle: TripBundle, words: string) =>
  bundle.engagements.find((engagement) => engagement.title.includes(words))!;

export function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: Message }): T {
  if (!result.ok) throw new Error(inEnglish(result.error));
  return result.value;
}

export function tripText(bundle: TripBundle = sample, exportOptions: CalendarExportOptions = options): string {
  return unwrap(exportTripCalendar(bundle, exportOptions)).text;
}

export function events(text: string): Component[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
}

export function eventWithUid(text: string, uid: string): Component {
  const found = events(text).find((event) => event.getFirstPropertyValue('uid') === uid);
  if (!found) throw new Error(`no event ${uid}`);
  return found;
}

export const instant = (event: Component, name: 'dtstart' | 'dtend') =>
  new Date((event.getFirstPropertyValue(name) as InstanceType<typeof ICAL.Time>).toUnixTime() * 1000).toISOString();

/** The raw lines of one event, unfolded. */
export function rawLines(text: string, uid: string): string[] {
  const blocks = text.replace(/\r\n /g, '').split('BEGIN:VEVENT\r\n');
  const block = blocks.find((candidate) => candidate.startsWith(`UID:${uid}\r\n`));
  if (!block) throw new Error(`no event ${uid}`);
  return block.split('END:VEVENT')[0]!.split('\r\n');
}

export function withEngagement(bundle: TripBundle, id: string, change: (engagement: Engagement) => Engagement): TripBundle {
  return {
    ...bundle,
    engagements: bundle.engagements.map((engagement) => (engagement.id === id ? change(engagement) : engagement)),
  };
}

export const mou = engagementTitled(sample, 'MoU signing');
export const overnightFlight = sample.segments.find(
  (segment) => segment.number === 'HU7908' && segment.departure.local.startsWith('2016-11-05'),
)!;
