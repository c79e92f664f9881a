/**
 * Publishing a trip's calendars to the connected CalDAV server, so that delegates' phones update themselves:
 * the whole trip's calendar and one per delegate. Each calendar sends only what changed since it was last
 * published (calendar-publication.ts), and what the server said is recorded after each calendar, so a publish
 * cut short (the server gone, the app closed) keeps what went and the next one sends only the rest.
 *
 * A server that cannot be reached, or refuses the account, stops the publish at once rather than waiting out a
 * time limit per calendar; the calendars not reached keep their state and are sent next time.
 */
import type { CalendarExportOptions } from '../domain/calendars/calendar-events';
import { optionsFor } from './calendar-export';
import { everyCalendarResources, personCalendarResources, tripCalendarResources, type CalendarResources } from '../domain/calendars/calendar-files';
import {
  accountKey,
  collectionSlug,
  freshPublication,
  publicationAfter,
  publicationId,
  publicationPlan,
  scopeKey,
  type CalendarScope,
  type Publication,
} from '../domain/calendars/calendar-publication';
import { inDelegationOrder } from '../domain/people/person';
import type { Message } from '../domain/shared/message';
import { ok, type Result } from '../domain/shared/result';
import type { TripBundle } from '../domain/trip/trip-bundle';
import type { Locale } from '../i18n/locale';
import type { ServerFailure } from '../caldav/caldav-server';
import type { Platform } from '../platform/platform';
import type { Repositories } from '../storage/repositories';

export interface PublishingNeeds {
  repositories: Pick<Repositories, 'calendars'>;
  platform: Pick<Platform, 'calendarServer'>;
  /** The moment of the publish: every event's DTSTAMP, and when each calendar was published. */
  now: string;
  /** The words of the screen that publishes: the events are written in its language, as the files are. */
  locale: Pick<Locale, 'word'>;
}

export interface PublishOptions {
  /** The calendars to publish; the trip's and every member's unless said. */
  scopes?: readonly CalendarScope[];
  /** Publish over events changed on the server by someone else (the organiser chose to). */
  overwrite?: boolean;
  /** Called before each calendar, and once at the end with `done === total`. */
  onProgress?: (progress: { done: number; total: number; name: string }) => void;
}

/** How one calendar's publish went. */
export type CalendarOutcome =
  | { scope: CalendarScope; name: string; status: 'up-to-date' }
  | { scope: CalendarScope; name: string; status: 'published'; sent: number }
  | { scope: CalendarScope; name: string; status: 'conflict'; sent: number; uids: string[] }
  | { scope: CalendarScope; name: string; status: 'failed'; failure: ServerFailure }
  | { scope: CalendarScope; name: string; status: 'not-written'; reason: Message }
  | { scope: CalendarScope; name: string; status: 'not-reached' };

export interface PublishReport {
  calendars: CalendarOutcome[];
  /** Events written or deleted on the server. */
  sent: number;
  /** Why the publish stopped before the end, when it did. */
  stopped: ServerFailure | null;
}

/** Failures after which no other calendar can fare better: the publish stops. */
const STOPPING = new Set<ServerFailure['problem']>(['unreachable', 'timeout', 'credentials', 'no-account', 'refused']);

/** The trip's calendar, then each member's in delegation order. */
export function tripScopes(bundle: TripBundle): CalendarScope[] {
  const nameOf = (id: string) => bundle.people.find((person) => person.id === id)?.name ?? '';
  return [{ kind: 'trip' }, ...inDelegationOrder(bundle.memberships, nameOf).map((membership) => ({ kind: 'person' as const, personId: membership.personId }))];
}

/** A calendar's events as they would be published now. */
export function calendarResources(bundle: TripBundle, scope: CalendarScope, options: CalendarExportOptions): Result<CalendarResources, Message> {
  return scope.kind === 'trip' ? tripCalendarResources(bundle, options) : personCalendarResources(bundle, scope.personId, options);
}

/**
 * Every calendar of `scopes` as it would be published now, each event written once for them all (a delegation's
 * calendars hold mostly the same events); a calendar that cannot be written is written alone, to say why.
 */
function resourcesOfScopes(bundle: TripBundle, scopes: readonly CalendarScope[], options: CalendarExportOptions): (scope: CalendarScope) => Result<CalendarResources, Message> {
  const every = scopes.length > 1 ? everyCalendarResources(bundle, options) : null;
  const written = new Map<string, CalendarResources>();
  if (every?.ok) {
    written.set(scopeKey({ kind: 'trip' }), every.value.trip);
    for (const member of every.value.members) written.set(scopeKey({ kind: 'person', personId: member.personId }), member);
  }
  return (scope) => {
    const resources = written.get(scopeKey(scope));
    return resources ? ok(resources) : calendarResources(bundle, scope, options);
  };
}

/** Publishes the trip's calendars (or those asked for) that are not up to date. */
export async function publishTrip(needs: PublishingNeeds, bundle: TripBundle, options: PublishOptions = {}): Promise<PublishReport> {
  const { repositories, platform, now } = needs;
  const scopes = options.scopes ?? tripScopes(bundle);
  const nameOf = (scope: CalendarScope) =>
    scope.kind === 'trip' ? bundle.trip.name : (bundle.people.find((person) => person.id === scope.personId)?.name ?? '');
  const account = await platform.calendarServer.account();
  if (!account || account.passwordKept === null) {
    const stopped: ServerFailure = { problem: 'no-account', status: null, detail: 'no CalDAV account connected' };
    return { calendars: scopes.map((scope) => ({ scope, name: nameOf(scope), status: 'not-reached' })), sent: 0, stopped };
  }
  const key = accountKey(account);
  const kept = new Map((await repositories.calendars.publications(bundle.trip.id)).map((publication) => [publication.key, publication]));
  const exportWith = await optionsFor(needs, bundle);
  const resourcesOf = resourcesOfScopes(bundle, scopes, exportWith);

  const calendars: CalendarOutcome[] = [];
  let sent = 0;
  let stopped: ServerFailure | null = null;
  for (const [index, scope] of scopes.entries()) {
    const name = nameOf(scope);
    if (stopped) {
      calendars.push({ scope, name, status: 'not-reached' });
      continue;
    }
    options.onProgress?.({ done: index, total: scopes.length, name });
    const resources = resourcesOf(scope);
    if (!resources.ok) {
      calendars.push({ scope, name, status: 'not-written', reason: resources.error });
      continue;
    }
    const before = kept.get(scopeKey(scope));
    // A calendar published to another account (or server) before is published afresh to this one.
    const publication: Publication = before?.account === key ? before : freshPublication(bundle.trip.id, scope, key);
    const plan = publicationPlan(publication, resources.value, collectionSlug(bundle.trip.id, scope), { overwrite: options.overwrite === true });
    if (!plan.needed && publication.failure === null && publication.reminders === resources.value.reminders) {
      calendars.push({ scope, name, status: 'up-to-date' });
      continue;
    }
    const outcome = await platform.calendarServer.push(plan.push);
    const after = publicationAfter(publication, plan, outcome, resources.value, now);
    await repositories.calendars.savePublication(after);
    const written = outcome.events.filter((event) => event.status !== 'failed').length;
    sent += written;
    const failure = after.failure;
    if (failure) {
      calendars.push({ scope, name, status: 'failed', failure });
      if (STOPPING.has(failure.problem)) stopped = failure;
    } else if (after.conflicts.length > 0) {
      calendars.push({ scope, name, status: 'conflict', sent: written, uids: after.conflicts });
    } else {
      calendars.push({ scope, name, status: 'published', sent: written });
    }
  }
  options.onProgress?.({ done: scopes.length, total: scopes.length, name: '' });
  return { calendars, sent, stopped };
}

/** What became of removing published calendars: those removed, and those the server would not remove. */
export interface UnpublishReport {
  removed: number;
  failed: { key: string; failure: ServerFailure }[];
}

/**
 * Removes published calendars from the server and forgets them: a trip's (all of them) when the trip is
 * deleted, or some people's when they leave it. One the server no longer has counts as removed. Those the
 * server would not remove keep their records, so removing them can be tried again; a server that cannot be
 * reached (or refuses the account) stops it at once, the rest left untried with the same failure.
 */
export async function unpublishCalendars(
  { repositories, platform }: Pick<PublishingNeeds, 'repositories' | 'platform'>,
  tripId: string,
  personIds?: readonly string[],
): Promise<UnpublishReport> {
  const wanted = personIds ? new Set(personIds.map((personId) => scopeKey({ kind: 'person', personId }))) : null;
  const publications = (await repositories.calendars.publications(tripId)).filter((publication) => wanted === null || wanted.has(publication.key));
  const removed: string[] = [];
  const failed: UnpublishReport['failed'] = [];
  let stopped: ServerFailure | null = null;
  for (const publication of publications) {
    if (stopped) {
      failed.push({ key: publication.key, failure: stopped });
      continue;
    }
    const result = publication.url === null ? ({ status: 'removed' } as const) : await platform.calendarServer.removeCalendar(publication.url);
    if (result.status === 'removed') removed.push(publication.id);
    else {
      failed.push({ key: publication.key, failure: result.failure });
      if (STOPPING.has(result.failure.problem)) stopped = result.failure;
    }
  }
  await repositories.calendars.removePublications(removed);
  return { removed: removed.length, failed };
}

/** The trip's publications that exist on the server: what removing the trip or a person would remove there. */
export async function publishedCalendars(repositories: Pick<Repositories, 'calendars'>, tripId: string, personIds?: readonly string[]) {
  const publications = await repositories.calendars.publications(tripId);
  const ids = personIds ? new Set(personIds.map((personId) => publicationId(tripId, { kind: 'person', personId }))) : null;
  return publications.filter((publication) => publication.url !== null && (ids === null || ids.has(publication.id)));
}
