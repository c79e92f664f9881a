/** The trips list, a trip's page and overview, and the provider of the trip actions. */
export { TripActionsProvider } from './TripActionsProvider';
export { TripOverview } from './TripOverview';
export { TripScreen } from './TripScreen';
export { TripsScreen } from './TripsScreen';
