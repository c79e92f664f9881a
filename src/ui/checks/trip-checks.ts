/**
 * A trip's checks: the checks run over the trip as it is now, with the organiser's acknowledgements,
 * recomputed whenever any of its records change, or any other trip its people are on. Run once on the trip
 * page and shared by its tabs.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { TFunction } from 'i18next';
import { createContext, use, useDeferredValue, useMemo } from 'react';
import { findingMarks, reviewFindings, type FindingMarks, type ChecksReview } from '../../domain/checks/acknowledgements';
import type { OtherTrip } from '../../domain/checks/other-trips';
import { runChecks } from '../../domain/checks/run-checks';
import { todayIn } from '../../domain/shared/time';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { useRepositories } from '../shared/context';

export interface TripChecks {
  review: ChecksReview;
  marks: FindingMarks;
}

export const TripChecksContext = createContext<TripChecks | null>(null);

const NO_OTHER_TRIPS: readonly OtherTrip[] = [];

/**
 * The other trips the trip's people are on, live: read again when any of them changes (its dates, its cities,
 * who is on it) or when these people join another trip. Empty while loading.
 */
function useOtherTrips(tripId: string, personIds: readonly string[]): readonly OtherTrip[] {
  const { trips } = useRepositories();
  // The query follows who is on the trip, not every edit of the trip's own records.
  const key = personIds.join(',');
  const others = useLiveQuery(
    () => trips.otherTripsOf(tripId, key ? key.split(',') : []),
    [trips, tripId, key],
  );
  // None (the usual answer, and the answer while loading) is always the same array, so that the checks, which
  // follow it, are not run a second time when the answer comes.
  return others === undefined || others.length === 0 ? NO_OTHER_TRIPS : others;
}

/** The checks of a trip. The analysis follows the records a moment behind typing, never blocking it. */
export function useTripChecksOf(bundle: TripBundle): TripChecks {
  const current = useDeferredValue(bundle);
  const personIds = useMemo(
    () => current.memberships.map((membership) => membership.personId).sort(),
    [current.memberships],
  );
  const otherTrips = useOtherTrips(current.trip.id, personIds);
  const today = todayIn(current.trip.homeZone);
  const findings = useMemo(
    () => runChecks({ ...current, otherTrips }, { today, bufferMinutes: current.trip.conflictBufferMinutes }),
    [current, otherTrips, today],
  );
  return useMemo(() => {
    const review = reviewFindings(findings, current.acknowledgements);
    return { review, marks: findingMarks(review) };
  }, [findings, current.acknowledgements]);
}

/** The checks of the trip whose page this is. */
export function useTripChecks(): TripChecks {
  const checks = use(TripChecksContext);
  if (!checks) throw new Error('useTripChecks needs the trip page’s TripChecksContext.');
  return checks;
}

/** "2 errors and 5 warnings need attention", in the words of `t`. */
export function attentionSummary(t: TFunction<'checks'>, errors: number, warnings: number): string {
  if (errors + warnings === 0) return t('summary.nothing');
  const errorCount = t('summary.errors', { count: errors });
  const warningCount = t('summary.warnings', { count: warnings });
  if (errors && warnings) return t('summary.both', { errors: errorCount, warnings: warningCount });
  const what = errors ? errorCount : warningCount;
  return errors + warnings === 1 ? t('summary.one', { what }) : t('summary.some', { what });
}
