/**
 * The plan of what to send to the CalDAV server and the record of what it said, without a server: what the
 * integration tests (test/integration/caldav-*.test.ts) check against a real Radicale, pinned here as rules.
 */
import { describe, expect, it } from 'vitest';
import type { EventOutcome, PushOutcome } from '../../../../src/caldav/caldav-server';
import { everyCalendarResources, personCalendarResources, tripCalendarResources, type CalendarResources } from '../../../../src/domain/calendars/calendar-files';
import {
  collectionSlug,
  freshPublication,
  publicationAfter,
  publicationPlan,
  type CalendarScope,
  type Publication,
} from '../../../../src/domain/calendars/calendar-publication';
import { nextCalendarIdentity } from '../../../../src/domain/shared/calendar-identity';
import type { TripBundle } from '../../../../src/domain/trip/trip-bundle';
import { engagementTitled, options, personId, sample, unwrap, withEngagement } from './sample-trip-calendars';

const LATER = '2026-01-03T08:00:00.000Z';
const anderson = personId(sample, 'Joe Anderson');
const scope: CalendarScope = { kind: 'person', personId: anderson };
const slug = collectionSlug(sample.trip.id, scope);
const COLLECTION = 'https://dav.example.com/organiser/calendar/';

/** Anderson's calendar as it is in `bundle`: written once per trip, as each test reads it several times. */
const calendars = new Map<TripBundle, CalendarResources>();
function resourcesOf(bundle: TripBundle): CalendarResources {
  const known = calendars.get(bundle);
  if (known) return known;
  const resources = unwrap(personCalendarResources(bundle, anderson, options));
  calendars.set(bundle, resources);
  return resources;
}
const hrefOf = (uid: string) => `${COLLECTION}${encodeURIComponent(uid)}.ics`;
const written = (uid: string, version = 1): EventOutcome => ({ uid, status: 'written', href: hrefOf(uid), etag: `"${uid}-v${version}"` });

/** What the server answers when it takes every change of the plan. */
function everythingWritten(plan: ReturnType<typeof publicationPlan>, version = 1): PushOutcome {
  return {
    url: plan.push.url ?? COLLECTION,
    failure: null,
    events: [
      ...plan.push.puts.map((put) => written(put.uid, version)),
      ...plan.push.deletes.map((remove): EventOutcome => ({ uid: remove.uid, status: 'deleted' })),
    ],
  };
}

/** Anderson's calendar published once, in full. */
function publishedOnce(bundle: TripBundle = sample): Publication {
  const resources = resourcesOf(bundle);
  const plan = publicationPlan(freshPublication(bundle.trip.id, scope, 'organiser@https://dav.example.com/'), resources, slug);
  return publicationAfter(freshPublication(bundle.trip.id, scope, 'organiser@https://dav.example.com/'), plan, everythingWritten(plan), resources, options.now);
}

const signing = engagementTitled(sample, 'MoU signing');
const moved = withEngagement(sample, signing.id, (engagement) => ({
  ...engagement,
  start: { ...engagement.start, local: '2016-11-12T11:00', utc: '2016-11-12T03:00:00Z' },
  end: { ...engagement.end, local: '2016-11-12T12:00', utc: '2016-11-12T04:00:00Z' },
  calendar: nextCalendarIdentity(engagement.calendar, () => 'unused'),
}));

describe('publishing a calendar for the first time', () => {
  it('makes the calendar and writes every event as new (If-None-Match), then records each with its address and ETag', () => {
    const resources = resourcesOf(sample);
    const fresh = freshPublication(sample.trip.id, scope, 'organiser@https://dav.example.com/');
    const plan = publicationPlan(fresh, resources, slug);
    expect(plan).toMatchObject({ added: resources.resources.length, changed: 0, removed: 0, needed: true });
    expect(plan.push).toMatchObject({ url: null, slug, displayName: resources.name, deletes: [] });
    expect(plan.push.puts.every((put) => put.href === null && put.etag === null)).toBe(true);

    const after = publicationAfter(fresh, plan, everythingWritten(plan), resources, options.now);
    expect(after).toMatchObject({ url: COLLECTION, failure: null, conflicts: [], publishedAt: options.now, reminders: resources.reminders });
    expect(after.events[signing.calendar.uid]).toMatchObject({ href: hrefOf(signing.calendar.uid), etag: `"${signing.calendar.uid}-v1"` });
    expect(Object.keys(after.events)).toHaveLength(resources.resources.length);
  });

  it('records nothing when the calendar could not be made, and keeps why', () => {
    const resources = resourcesOf(sample);
    const fresh = freshPublication(sample.trip.id, scope, 'organiser@https://dav.example.com/');
    const plan = publicationPlan(fresh, resources, slug);
    const failure = { problem: 'credentials' as const, status: 401, detail: '401 Unauthorized' };
    const after = publicationAfter(fresh, plan, { url: null, failure, events: [] }, resources, options.now);
    expect(after).toMatchObject({ url: null, events: {}, publishedAt: null, failure: { ...failure, at: options.now } });
    expect(publicationPlan(after, resources, slug).added).toBe(resources.resources.length);
  });
});

describe('publishing again', () => {
  it('sends nothing when nothing changed', () => {
    const plan = publicationPlan(publishedOnce(), resourcesOf(sample), slug);
    expect(plan).toMatchObject({ added: 0, changed: 0, removed: 0, needed: false, push: { url: COLLECTION, puts: [], deletes: [] } });
  });

  it('sends only the engagement that moved, with If-Match on the ETag it last saw', () => {
    const plan = publicationPlan(publishedOnce(), resourcesOf(moved), slug);
    expect(plan).toMatchObject({ added: 0, changed: 1, removed: 0 });
    expect(plan.push.puts).toEqual([
      { uid: signing.calendar.uid, text: expect.stringContaining('DTSTART:20161112T030000Z') as string, href: hrefOf(signing.calendar.uid), etag: `"${signing.calendar.uid}-v1"` },
    ]);
  });

  it('deletes an event no longer in the calendar, with its ETag', () => {
    const without: TripBundle = { ...sample, engagements: sample.engagements.filter((engagement) => engagement.id !== signing.id) };
    const plan = publicationPlan(publishedOnce(), resourcesOf(without), slug);
    expect(plan.push.puts).toEqual([]);
    expect(plan.push.deletes).toEqual([{ uid: signing.calendar.uid, href: hrefOf(signing.calendar.uid), etag: `"${signing.calendar.uid}-v1"` }]);
    const after = publicationAfter(publishedOnce(), plan, everythingWritten(plan), resourcesOf(without), LATER);
    expect(after.events[signing.calendar.uid]).toBeUndefined();
    expect(after.publishedAt).toBe(LATER);
  });
});

describe('a publish the server stopped answering', () => {
  const resources = resourcesOf(sample);
  const fresh = freshPublication(sample.trip.id, scope, 'organiser@https://dav.example.com/');
  const plan = publicationPlan(fresh, resources, slug);
  const uids = plan.push.puts.map((put) => put.uid);
  const unreachable = { problem: 'unreachable' as const, status: null, detail: 'fetch failed' };
  // Three written, the fourth not answered, the rest never tried.
  const outcome: PushOutcome = {
    url: COLLECTION,
    failure: null,
    events: [...uids.slice(0, 3).map((uid) => written(uid)), { uid: uids[3]!, status: 'failed', failure: unreachable }],
  };
  const after = publicationAfter(fresh, plan, outcome, resources, options.now);

  it('records exactly the events the server wrote, keeps the calendar’s address and why it stopped, and is not marked published', () => {
    expect(Object.keys(after.events).sort()).toEqual(uids.slice(0, 3).sort());
    expect(after).toMatchObject({ url: COLLECTION, publishedAt: null, reminders: null, conflicts: [], failure: { ...unreachable, at: options.now } });
  });

  it('then sends only the events not yet written', () => {
    const next = publicationPlan(after, resources, slug);
    expect(next.push.url).toBe(COLLECTION);
    expect(next.push.puts.map((put) => put.uid)).toEqual(uids.slice(3));
    expect(next.added).toBe(uids.length - 3);
    const done = publicationAfter(after, next, everythingWritten(next), resources, LATER);
    expect(done).toMatchObject({ failure: null, publishedAt: LATER });
    expect(Object.keys(done.events)).toHaveLength(uids.length);
  });
});

describe('an event someone changed on the server', () => {
  const before = publishedOnce();
  const plan = publicationPlan(before, resourcesOf(moved), slug);
  const changedThere = { problem: 'changed-on-server' as const, status: 412, detail: '412 Precondition Failed' };
  const after = publicationAfter(
    before,
    plan,
    { url: COLLECTION, failure: null, events: [{ uid: signing.calendar.uid, status: 'failed', failure: changedThere }] },
    resourcesOf(moved),
    LATER,
  );

  it('is kept as a conflict, not as a failure, and its record is left as it was', () => {
    expect(after.conflicts).toEqual([signing.calendar.uid]);
    expect(after.failure).toBeNull();
    expect(after.events[signing.calendar.uid]).toEqual(before.events[signing.calendar.uid]);
  });

  it('is sent again only with If-Match on the ETag last seen, so it is never overwritten unasked', () => {
    const again = publicationPlan(after, resourcesOf(moved), slug);
    expect(again.push.puts).toEqual([expect.objectContaining({ uid: signing.calendar.uid, etag: `"${signing.calendar.uid}-v1"` })]);
  });

  it('is written over without an ETag when the organiser chooses to, and is no longer a conflict once written', () => {
    const over = publicationPlan(after, resourcesOf(moved), slug, { overwrite: true });
    expect(over.push.puts).toEqual([expect.objectContaining({ uid: signing.calendar.uid, href: hrefOf(signing.calendar.uid), etag: null })]);
    const done = publicationAfter(after, over, everythingWritten(over, 2), resourcesOf(moved), LATER);
    expect(done.conflicts).toEqual([]);
    expect(done.events[signing.calendar.uid]?.etag).toBe(`"${signing.calendar.uid}-v2"`);
  });

  it('is sent again when the organiser publishes over it even if the app’s version did not change since', () => {
    const unchanged = publicationAfter(
      before,
      publicationPlan(before, resourcesOf(sample), slug),
      { url: COLLECTION, failure: null, events: [] },
      resourcesOf(sample),
      LATER,
    );
    const conflicted = { ...unchanged, conflicts: [signing.calendar.uid] };
    expect(publicationPlan(conflicted, resourcesOf(sample), slug).push.puts).toEqual([]);
    expect(publicationPlan(conflicted, resourcesOf(sample), slug, { overwrite: true }).push.puts).toEqual([
      expect.objectContaining({ uid: signing.calendar.uid, etag: null }),
    ]);
  });
});

describe('an event the server kept from a publish whose answer was lost, changed since', () => {
  // The publish wrote it, but its answer never came back: the app has no record of it, the server has.
  const resources = resourcesOf(moved);
  const before = publishedOnce();
  const { [signing.calendar.uid]: _lost, ...recorded } = before.events;
  const lost: Publication = { ...before, events: recorded, conflicts: [signing.calendar.uid] };

  it('is sent as new (If-None-Match) unless the organiser chooses to publish over it', () => {
    expect(publicationPlan(lost, resources, slug).push.puts).toEqual([expect.objectContaining({ uid: signing.calendar.uid, href: null, etag: null })]);
  });

  it('is written over where the server keeps it, without a precondition, when the organiser chooses to', () => {
    expect(publicationPlan(lost, resources, slug, { overwrite: true }).push.puts).toEqual([
      expect.objectContaining({ uid: signing.calendar.uid, href: hrefOf(signing.calendar.uid), etag: null }),
    ]);
  });
});

describe('every calendar of a trip at once', () => {
  it('is the whole trip’s and each member’s, in delegation order, as each is written on its own', () => {
    const every = unwrap(everyCalendarResources(sample, options));
    expect(every.trip).toEqual(unwrap(tripCalendarResources(sample, options)));
    expect(every.members.map((member) => member.personId).sort()).toEqual(sample.memberships.map((membership) => membership.personId).sort());
    expect(every.members[0]?.personId).toBe(anderson);
    // The head of delegation, one who joins late and one who leaves early: each written on its own is slow.
    for (const name of ['Joe Anderson', 'Daniel Kerr', 'Professor Richard Harland']) {
      const member = every.members.find((candidate) => candidate.personId === personId(sample, name));
      expect(member).toEqual({ ...unwrap(personCalendarResources(sample, personId(sample, name), options)), personId: personId(sample, name) });
    }
  });
});
