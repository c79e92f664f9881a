/**
 * Taking published calendars off the CalDAV server when the trip they belong to is deleted, or a delegate is
 * removed from it: the phones subscribed to them then lose the events rather than keep a plan that no longer
 * holds. The organiser is asked first (the question names the calendars, {@link calendarsOnServer}); the trip or
 * the delegate is removed from the plan whatever the server says.
 *
 * A calendar the server would not remove (it could not be reached, or refused) keeps its record, so removing it
 * can be tried again: from the notification that names it, or, once the trip or delegate is back (undo), by
 * removing them again. Its delegates' phones keep showing it until then.
 */
import type { ServerFailure } from '../caldav/caldav-server';
import { scopeKey } from '../domain/calendars/calendar-publication';
import type { TripBundle } from '../domain/trip/trip-bundle';
import type { Trip } from '../domain/trip/trip';
import type { Repositories } from '../storage/repositories';
import type { PublishingNeeds } from './calendar-publishing';

/** Publishing, and the calendar writer it brings, fetched when calendars are first looked for, not at start. */
const publishing = () => import('./calendar-publishing');

/** A calendar on the server, by its name: the trip's (the trip's name) or a person's (theirs). */
export interface NamedCalendar {
  /** The publication's key within the trip (scopeKey). */
  key: string;
  name: string;
}

/** Which calendars to take off the server: a whole trip's, or some of its people's. */
export interface CalendarsOf {
  tripId: string;
  /** The people leaving the trip; every calendar of the trip when left out. */
  personIds?: readonly string[];
}

/** The trip's calendars (or these people's) that are on the server, named, in the order the trip lists them. */
export async function calendarsOnServer(
  repositories: PublishingNeeds['repositories'],
  bundle: Pick<TripBundle, 'trip' | 'people'>,
  personIds?: readonly string[],
): Promise<NamedCalendar[]> {
  const published = await (await publishing()).publishedCalendars(repositories, bundle.trip.id, personIds);
  const names = new Map<string, string>([[scopeKey({ kind: 'trip' }), bundle.trip.name]]);
  for (const person of bundle.people) names.set(scopeKey({ kind: 'person', personId: person.id }), person.name);
  return published
    .map((publication) => ({ key: publication.key, name: names.get(publication.key) ?? '' }))
    .sort((a, b) => (a.key === 'trip' ? -1 : b.key === 'trip' ? 1 : a.name.localeCompare(b.name)));
}

export interface CalendarRemoval {
  removed: NamedCalendar[];
  /** Still on the server, each with why; their records are kept, to try again. */
  left: (NamedCalendar & { failure: ServerFailure })[];
}

/** Removes `calendars` (named by {@link calendarsOnServer}) from the server, and forgets those removed. */
export async function removeCalendarsFromServer(
  needs: Pick<PublishingNeeds, 'repositories' | 'platform'>,
  of: CalendarsOf,
  calendars: readonly NamedCalendar[],
): Promise<CalendarRemoval> {
  const report = await (await publishing()).unpublishCalendars(needs, of.tripId, of.personIds);
  const failures = new Map(report.failed.map(({ key, failure }) => [key, failure]));
  const removed: NamedCalendar[] = [];
  const left: CalendarRemoval['left'] = [];
  for (const calendar of calendars) {
    const failure = failures.get(calendar.key);
    if (failure) left.push({ ...calendar, failure });
    else removed.push(calendar);
  }
  // A calendar published after the question was asked is in the report but not in `calendars`.
  for (const { key, failure } of report.failed) if (!calendars.some((calendar) => calendar.key === key)) left.push({ key, name: '', failure });
  return { removed, left };
}

/** The published calendars of one trip, named, for a question about several trips. */
export interface TripCalendars {
  tripId: string;
  tripName: string;
  calendars: NamedCalendar[];
}

/**
 * The calendars on the server of every trip `which` picks (all of them unless given): for the questions of
 * *Erase all data* and *Remove sample data*. Only trips with a published calendar are read whole.
 */
export async function tripsCalendarsOnServer(
  repositories: PublishingNeeds['repositories'] & Pick<Repositories, 'trips'>,
  which: (trip: Trip) => boolean = () => true,
): Promise<TripCalendars[]> {
  const found: TripCalendars[] = [];
  for (const { trip } of await repositories.trips.listSummaries()) {
    if (!which(trip) || (await (await publishing()).publishedCalendars(repositories, trip.id)).length === 0) continue;
    const bundle = await repositories.trips.getBundle(trip.id);
    if (bundle) found.push({ tripId: trip.id, tripName: trip.name, calendars: await calendarsOnServer(repositories, bundle) });
  }
  return found;
}

/**
 * Removes every calendar of these trips from the server, trip after trip, before their records go (erasing
 * everything forgets the records that name them). What the server did not remove is returned, by trip.
 */
export async function removeTripsCalendars(
  needs: Pick<PublishingNeeds, 'repositories' | 'platform'>,
  trips: readonly TripCalendars[],
): Promise<CalendarRemoval> {
  const removed: NamedCalendar[] = [];
  const left: CalendarRemoval['left'] = [];
  for (const trip of trips) {
    const outcome = await removeCalendarsFromServer(needs, { tripId: trip.tripId }, trip.calendars);
    removed.push(...outcome.removed);
    left.push(...outcome.left);
  }
  return { removed, left };
}
