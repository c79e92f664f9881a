/**
 * Calendars published to a CalDAV server, so that delegates' phones update themselves: one per delegate of a
 * trip, and one for the whole trip. What was published is kept per calendar (a {@link Publication}): where
 * each event went, the ETag the server gave it, a hash of its text and its digest entry. From that and the
 * calendar as it is now, {@link publicationPlan} works out the least to send (new and changed events, with
 * `If-Match` on the ETag last seen; events no longer in it deleted), and {@link publicationAfter} records
 * what the server said, event by event, so that nothing is marked published that was not and the next publish
 * retries only what failed.
 *
 * An event someone changed on the server since (412) is never overwritten unasked: it is kept as a conflict
 * until the organiser chooses to publish over it ({@link PlanOptions.overwrite}).
 */
import type { CalendarPush, EventOutcome, PushOutcome, ServerFailure } from '../../caldav/caldav-server';
import { calendarChanges, type CalendarChanges } from './calendar-delivery';
import type { CalendarEntry, SentEvent, StoredCalendarDigest } from './calendar-digest';
import type { CalendarResources } from './calendar-files';

/** Which calendar of a trip: the whole trip's, or one person's. */
export type CalendarScope = { kind: 'trip' } | { kind: 'person'; personId: string };

/** The calendar's key within its trip: persisted, do not change. */
export const scopeKey = (scope: CalendarScope) => (scope.kind === 'trip' ? 'trip' : `person:${scope.personId}`);

/** The publication's id: trip and calendar. */
export const publicationId = (tripId: string, scope: CalendarScope) => `${tripId}|${scopeKey(scope)}`;

/** Which account a publication belongs to: a calendar published to another server or user is not this one's. */
export const accountKey = (account: { serverUrl: string; username: string }) => `${account.username}@${account.serverUrl}`;

export interface PublishedEvent {
  href: string;
  etag: string | null;
  hash: string;
  sent: SentEvent;
}

/** What was published of one calendar: persisted, do not rename. */
export interface Publication {
  id: string;
  tripId: string;
  /** {@link scopeKey}. */
  key: string;
  /** {@link accountKey} of the account it was published to. */
  account: string;
  /** The collection's address on the server; null until it was made. */
  url: string | null;
  events: Record<string, PublishedEvent>;
  /** The reminders of what was published, in short; null before anything was. */
  reminders: string | null;
  /** When every change was last published without a failure. */
  publishedAt: string | null;
  /** Why the last publish did not finish; null when it did. */
  failure: (ServerFailure & { at: string }) | null;
  /** UIDs changed on the server by someone else since they were published here. */
  conflicts: string[];
}

export interface PlanOptions {
  /** Publish over the events changed on the server (the organiser chose to), rather than leave them. */
  overwrite?: boolean;
}

/** A short hash of an event's text, DTSTAMP (the moment of writing) aside: whether it changed since. */
export function eventHash(text: string): string {
  const comparable = text
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .filter((line) => !line.startsWith('DTSTAMP'))
    .join('\n');
  // cyrb53: two 32-bit FNV-like lanes, enough to tell one version of an event from the next.
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < comparable.length; index += 1) {
    const code = comparable.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** A publication for a calendar never published to `account` (or published to another one before). */
export function freshPublication(tripId: string, scope: CalendarScope, account: string): Publication {
  return { id: publicationId(tripId, scope), tripId, key: scopeKey(scope), account, url: null, events: {}, reminders: null, publishedAt: null, failure: null, conflicts: [] };
}

/** The collection's name on the server: stable, unique per trip and calendar, safe in a URL. */
export const collectionSlug = (tripId: string, scope: CalendarScope) =>
  `delegation-planner-${tripId}-${scope.kind === 'trip' ? 'trip' : scope.personId}`.replace(/[^A-Za-z0-9_-]/g, '-');

export interface PublicationPlan {
  push: CalendarPush;
  /** Events to write that the server does not have, that changed, and that go. */
  added: number;
  changed: number;
  removed: number;
  /** Whether there is anything to send (the calendar is also made when it is new, even if empty). */
  needed: boolean;
}

const withSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);

/** What to send to bring the calendar on the server to `resources`. */
export function publicationPlan(
  publication: Publication,
  resources: CalendarResources,
  slug: string,
  options: PlanOptions = {},
): PublicationPlan {
  const conflicts = new Set(publication.conflicts);
  const puts: CalendarPush['puts'] = [];
  let added = 0;
  let changed = 0;
  const wanted = new Set<string>();
  for (const resource of resources.resources) {
    wanted.add(resource.uid);
    const before = Object.hasOwn(publication.events, resource.uid) ? publication.events[resource.uid] : undefined;
    const overwrite = options.overwrite === true && conflicts.has(resource.uid);
    if (!before) {
      added += 1;
      // A conflict never recorded (the server kept an earlier version whose answer was lost) is written over, when
      // asked, where the server keeps it: the address of a new event in the collection, with no precondition.
      const href = overwrite && publication.url !== null ? new URL(`${encodeURIComponent(resource.uid)}.ics`, withSlash(publication.url)).href : null;
      puts.push({ uid: resource.uid, text: resource.text, href, etag: null });
    } else if (before.hash !== resource.hash || overwrite) {
      changed += 1;
      // Over a conflict, only when asked: without an ETag the server takes the text whatever it holds.
      puts.push({ uid: resource.uid, text: resource.text, href: before.href, etag: overwrite ? null : before.etag });
    }
  }
  const deletes = Object.entries(publication.events)
    .filter(([uid]) => !wanted.has(uid))
    .map(([uid, event]) => ({ uid, href: event.href, etag: options.overwrite === true && conflicts.has(uid) ? null : event.etag }));
  return {
    push: { url: publication.url, slug, displayName: resources.name, puts, deletes },
    added,
    changed,
    removed: deletes.length,
    needed: publication.url === null || puts.length > 0 || deletes.length > 0,
  };
}

/** The publication once the server said what became of each change of `plan`. */
export function publicationAfter(
  publication: Publication,
  plan: PublicationPlan,
  outcome: PushOutcome,
  resources: CalendarResources,
  now: string,
): Publication {
  const byUid = new Map(resources.resources.map((resource) => [resource.uid, resource]));
  const events = { ...publication.events };
  const conflicts = new Set(publication.conflicts);
  let failure: ServerFailure | null = outcome.failure;
  const record = (result: EventOutcome) => {
    if (result.status === 'written') {
      const resource = byUid.get(result.uid);
      if (resource) events[result.uid] = { href: result.href, etag: result.etag, hash: resource.hash, sent: resource.sent };
      conflicts.delete(result.uid);
    } else if (result.status === 'deleted') {
      delete events[result.uid];
      conflicts.delete(result.uid);
    } else if (result.failure.problem === 'changed-on-server') {
      conflicts.add(result.uid);
    } else {
      failure ??= result.failure;
    }
  };
  for (const result of outcome.events) record(result);
  // Events the plan held that the server never got to (it stopped answering) stay as they were: still to send.
  const everythingSent = failure === null && outcome.events.length === plan.push.puts.length + plan.push.deletes.length;
  return {
    ...publication,
    url: outcome.url ?? publication.url,
    events,
    conflicts: [...conflicts],
    reminders: everythingSent ? resources.reminders : publication.reminders,
    publishedAt: everythingSent ? now : publication.publishedAt,
    failure: failure ? { ...failure, at: now } : null,
  };
}

/** Where a delegate's published calendar stands, for the Calendars tab. */
export type PublicationState =
  | { status: 'not-published' }
  | { status: 'published'; at: string }
  | { status: 'changes'; changes: CalendarChanges }
  | { status: 'failed'; failure: ServerFailure & { at: string }; changes: CalendarChanges }
  | { status: 'conflict'; uids: string[]; changes: CalendarChanges };

/**
 * What the delegate's phone does not have yet: the calendar as it is now (`entries`, as the digests give
 * them) against what was published, as the files' changes are counted.
 */
export function publicationState(publication: Publication | undefined, entries: readonly CalendarEntry[], reminders: string): PublicationState {
  if (!publication || publication.url === null) return { status: 'not-published' };
  const sent: StoredCalendarDigest = Object.fromEntries(Object.entries(publication.events).map(([uid, event]) => [uid, event.sent]));
  const changes = calendarChanges(sent, entries, { sent: publication.reminders, now: reminders });
  if (publication.conflicts.length > 0) return { status: 'conflict', uids: publication.conflicts, changes };
  if (publication.failure) return { status: 'failed', failure: publication.failure, changes };
  if (changes.total > 0 || changes.remindersChanged || publication.publishedAt === null) return { status: 'changes', changes };
  return { status: 'published', at: publication.publishedAt };
}
