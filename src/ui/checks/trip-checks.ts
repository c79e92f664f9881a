/**
 * A trip's checks: the checks run over the trip as it is now, with the organiser's acknowledgements,
 * recomputed whenever any of its records change. Run once on the trip page and shared by its tabs.
 */
import { createContext, use, useDeferredValue, useMemo } from 'react';
import { findingMarks, reviewFindings, type FindingMarks, type ChecksReview } from '../../domain/checks/acknowledgements';
import { runChecks } from '../../domain/checks/run-checks';
import { todayIn } from '../../domain/shared/time';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { countedNoun } from '../../domain/shared/counted-noun';

export interface TripChecks {
  review: ChecksReview;
  marks: FindingMarks;
}

export const TripChecksContext = createContext<TripChecks | null>(null);

/** The checks of a trip. The analysis follows the records a moment behind typing, never blocking it. */
export function useTripChecksOf(bundle: TripBundle): TripChecks {
  const current = useDeferredValue(bundle);
  const today = todayIn(current.trip.homeZone);
  const findings = useMemo(
    () => runChecks(current, { today, bufferMinutes: current.trip.conflictBufferMinutes }),
    [current, today],
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

/** "2 errors and 5 warnings need attention" */
export function attentionSummary(errors: number, warnings: number): string {
  if (errors + warnings === 0) return 'Nothing needs attention';
  const parts = [errors ? countedNoun(errors, 'error', 'errors') : '', warnings ? countedNoun(warnings, 'warning', 'warnings') : ''];
  return `${parts.filter(Boolean).join(' and ')} ${errors + warnings === 1 ? 'needs' : 'need'} attention`;
}
