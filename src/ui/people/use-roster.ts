/** Live views of a trip's roster and of people to add to it: they re-render whenever the stored data changes. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { PersonSearchHit, RosterEntry } from '../../storage/people-repository';
import { useRepositories } from '../shared/context';

/** Undefined while loading. */
export function useRoster(tripId: string): RosterEntry[] | undefined {
  const { people } = useRepositories();
  return useLiveQuery(() => people.roster(tripId), [people, tripId]);
}

/** Undefined while loading. */
export function usePeopleSearch(query: string, limit: number): PersonSearchHit[] | undefined {
  const { people } = useRepositories();
  return useLiveQuery(() => people.searchPeople(query, limit), [people, query, limit]);
}
