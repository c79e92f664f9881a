/**
 * Publishing by itself, when the organiser turned it on: a trip whose calendars are published to the connected
 * account is published again a little after its edits stop, and every such trip when this computer comes back
 * online, the password becomes available again or the switch is turned on. Only then: it needs the switch on,
 * the password kept and the browser online.
 *
 * What marks a trip as changed is its last edit (the trip's `updatedAt`, which every edit of its route,
 * people and programme moves on) and its reminders, not its publications: a publish that failed records its
 * failure, and retrying it on that record alone would knock on a server that is down every few seconds.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { accountKey } from '../../domain/calendars/calendar-publication';
import { reminderDigest } from '../../domain/calendars/calendar-reminders';
import type { KeptCalDavAccount } from '../../platform/platform';
import { useRepositories } from '../shared/context';

/** How long after the last edit a trip is published. */
export const AUTOMATIC_PUBLISH_DELAY_MS = 5_000;

interface AutomaticPublishingNeeds {
  account: KeptCalDavAccount | null | undefined;
  online: boolean;
  /** Queues one trip's publish behind any running. */
  publishAutomatically(tripId: string): Promise<void>;
}

/** Each published trip's mark: its id, last edit and reminders, which change whenever its calendars may. */
function useTripMarks(key: string | null): [string, string][] | undefined {
  const { trips, calendars } = useRepositories();
  const marks = useLiveQuery(async () => {
    if (key === null) return [];
    const found: [string, string][] = [];
    for (const { trip } of await trips.listSummaries()) {
      const publications = await calendars.publications(trip.id);
      if (!publications.some((publication) => publication.account === key && publication.url !== null)) continue;
      found.push([trip.id, `${trip.updatedAt} ${reminderDigest(await calendars.reminders(trip.id))}`]);
    }
    return found;
  }, [trips, calendars, key]);
  return marks;
}

export function useAutomaticPublishing({ account, online, publishAutomatically }: AutomaticPublishingNeeds): void {
  const { calendars } = useRepositories();
  const switchedOn = useLiveQuery(() => calendars.autoPublish(), [calendars]) === true;
  const key = account ? accountKey(account) : null;
  const ready = switchedOn && online && account !== null && account !== undefined && account.passwordKept !== null;
  const marks = useTripMarks(switchedOn ? key : null);
  // Compared as text: the query answers anew on every change of the tables it reads, mostly with the same marks.
  const signature = marks ? JSON.stringify(marks) : null;

  const seen = useRef(new Map<string, string>());
  const due = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const readyRef = useRef(ready);
  const publishRef = useRef(publishAutomatically);
  useEffect(() => {
    readyRef.current = ready;
    publishRef.current = publishAutomatically;
  }, [ready, publishAutomatically]);

  /** Publishes the trips due once nothing has changed for a while, if it may by then. */
  const schedule = useRef(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      if (!readyRef.current) return;
      const trips = [...due.current];
      due.current.clear();
      for (const tripId of trips) void publishRef.current(tripId);
    }, AUTOMATIC_PUBLISH_DELAY_MS);
  });

  // A trip edited (or first seen: changes made while the app was closed) is due.
  useEffect(() => {
    if (signature === null) return;
    let changed = false;
    for (const [tripId, mark] of JSON.parse(signature) as [string, string][]) {
      if (seen.current.get(tripId) === mark) continue;
      seen.current.set(tripId, mark);
      due.current.add(tripId);
      changed = true;
    }
    if (changed) schedule.current();
  }, [signature]);

  // Allowed again (back online, the password entered, the switch on): every published trip is due.
  useEffect(() => {
    if (!ready) return;
    for (const tripId of seen.current.keys()) due.current.add(tripId);
    if (due.current.size > 0) schedule.current();
  }, [ready]);

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
}
