/**
 * One calendar of a trip published as the app publishes it: its events as resources, the plan of what to send
 * against what was published before, the push to the server, and the record of what the server said. The
 * {@link Publication} is kept in memory, where the app keeps it in its database, from one publish to the next.
 *
 * Shared by the integration tests and the CalDAV benchmark; it imports the app's domain, so it is for vitest
 * (Playwright drives the app itself).
 */
import type { CalDavServer, PushOutcome } from '../../src/caldav/caldav-server';
import type { CalendarExportOptions } from '../../src/domain/calendars/calendar-events';
import { personCalendarResources, tripCalendarResources, type CalendarResources } from '../../src/domain/calendars/calendar-files';
import {
  accountKey,
  collectionSlug,
  freshPublication,
  publicationAfter,
  publicationPlan,
  type CalendarScope,
  type PlanOptions,
  type Publication,
  type PublicationPlan,
} from '../../src/domain/calendars/calendar-publication';
import type { TripBundle } from '../../src/domain/trip/trip-bundle';
import { inEnglish } from '../builders/words';

/** What one publish did: what was planned, what the server said, and the publication after it. */
export interface PublishRound {
  resources: CalendarResources;
  plan: PublicationPlan;
  outcome: PushOutcome;
  publication: Publication;
}

export interface PublishedCalendar {
  readonly scope: CalendarScope;
  /** What was published of it so far. */
  readonly publication: Publication;
  /** The calendar's events as they are in `bundle`. */
  resources(bundle: TripBundle): CalendarResources;
  /**
   * Publishes the calendar as it is in `bundle`: only what changed since the last publish. `resources` are its
   * events when already written (every calendar of a trip at once: everyCalendarResources).
   */
  publish(bundle: TripBundle, options?: PlanOptions & { resources?: CalendarResources }): Promise<PublishRound>;
}

/** The moment every event is written at, in every test: DTSTAMP. */
export const PUBLISHED_AT = '2026-01-02T03:04:05.000Z';

/** A calendar of `tripId` (the whole trip's or one delegate's), not yet published to `account`. */
export function publishedCalendar(
  server: CalDavServer,
  account: { serverUrl: string; username: string },
  tripId: string,
  scope: CalendarScope,
  exportOptions: CalendarExportOptions = { words: inEnglish, now: PUBLISHED_AT },
): PublishedCalendar {
  let publication = freshPublication(tripId, scope, accountKey(account));
  const slug = collectionSlug(tripId, scope);
  const resources = (bundle: TripBundle) => {
    const result = scope.kind === 'trip' ? tripCalendarResources(bundle, exportOptions) : personCalendarResources(bundle, scope.personId, exportOptions);
    if (!result.ok) throw new Error(inEnglish(result.error));
    return result.value;
  };
  return {
    scope,
    get publication() {
      return publication;
    },
    resources,
    async publish(bundle, { resources: written, ...options } = {}) {
      const now = written ?? resources(bundle);
      const plan = publicationPlan(publication, now, slug, options);
      // Nothing to send, nothing asked of the server.
      const outcome = plan.needed ? await server.push(plan.push) : { url: publication.url, failure: null, events: [] };
      publication = publicationAfter(publication, plan, outcome, now, exportOptions.now);
      return { resources: now, plan, outcome, publication };
    },
  };
}
