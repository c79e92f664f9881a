/**
 * What can be done to a trip from anywhere in the app (the menu, the trips list, a trip's page, the directory's
 * empty state): the contract. The trips folder provides it (TripActionsProvider), with the one trip form.
 */
import { createContext, use } from 'react';
import type { SampleTripName } from '../../domain/trip/sample-trip-tables';
import type { Trip } from '../../domain/trip/trip';

export interface TripActions {
  createTrip(): void;
  editTrip(trip: Trip): void;
  duplicateTrip(trip: Trip): Promise<void>;
  deleteTrip(trip: Trip): void;
  /** Saves the trip with its organisations and people as one file, to hand to a colleague. */
  exportTripFile(trip: Trip): Promise<void>;
  /** Loads a sample (the Liverpool mission unless told) and opens it. */
  loadSampleTrip(sample?: SampleTripName): Promise<void>;
  removeSampleData(): Promise<void>;
}

export const TripActionsContext = createContext<TripActions | null>(null);

export function useTripActions(): TripActions {
  const actions = use(TripActionsContext);
  if (!actions) throw new Error('useTripActions needs a TripActionsProvider.');
  return actions;
}
