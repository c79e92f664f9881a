/**
 * Where each of a trip's published calendars stands, worked out from the live trip on every change, as the
 * files' delivery is: the trip's and every member's events now against what was last published to the
 * connected account (a calendar published to another account counts as not published to this one).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { CalendarEntry } from '../../domain/calendars/calendar-digest';
import { digestOf } from '../../domain/calendars/calendar-digest';
import { eventNaming } from '../../domain/calendars/calendar-event-titles';
import { accountKey, publicationState, scopeKey, type Publication, type PublicationState } from '../../domain/calendars/calendar-publication';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import type { KeptCalDavAccount } from '../../platform/platform';
import { useRepositories } from '../shared/context';
import { useLocale } from '../shared/locale';
import { useReminderDigest } from './calendar-delivery';

export interface PublicationStates {
  trip: PublicationState;
  /** By person id. */
  people: Map<string, PublicationState>;
  /** The publications of this account, by calendar key (to name the events of a conflict). */
  publications: Map<string, Publication>;
  /** How many calendars have something to publish. */
  pending: number;
}

/** Whether publishing would send something for a calendar in this state. */
export function hasSomethingToPublish(state: PublicationState): boolean {
  switch (state.status) {
    case 'published':
      return false;
    case 'conflict':
      return state.changes.total > 0 || state.changes.remindersChanged;
    default:
      return true;
  }
}

/** Undefined while read, or when no account is connected. */
export function usePublicationStates(
  bundle: TripBundle,
  account: KeptCalDavAccount | null | undefined,
  memberEntries: Map<string, CalendarEntry[]>,
): PublicationStates | undefined {
  const { calendars } = useRepositories();
  const { word } = useLocale();
  const tripId = bundle.trip.id;
  const kept = useLiveQuery(() => calendars.publications(tripId), [calendars, tripId]);
  const reminders = useReminderDigest(tripId);
  const tripEntries = useMemo<CalendarEntry[]>(
    () => Object.entries(digestOf(bundle, eventNaming(bundle, word))).map(([uid, sent]) => ({ uid, ...sent })),
    [bundle, word],
  );

  return useMemo(() => {
    if (!account || !kept || reminders === undefined) return undefined;
    const key = accountKey(account);
    const publications = new Map(kept.filter((publication) => publication.account === key).map((publication) => [publication.key, publication]));
    const trip = publicationState(publications.get(scopeKey({ kind: 'trip' })), tripEntries, reminders);
    const people = new Map(
      bundle.memberships.map((membership) => [
        membership.personId,
        publicationState(publications.get(scopeKey({ kind: 'person', personId: membership.personId })), memberEntries.get(membership.personId) ?? [], reminders),
      ]),
    );
    const pending = [trip, ...people.values()].filter(hasSomethingToPublish).length;
    return { trip, people, publications, pending };
  }, [account, kept, reminders, tripEntries, bundle.memberships, memberEntries]);
}
