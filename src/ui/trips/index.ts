/** The trips list, a trip's page and overview, and the provider of the trip actions. */
import { lazyScreen } from '../shared/lazy-screen';
export { TripActionsProvider } from './TripActionsProvider';
export const TripOverview = lazyScreen(() => import('./TripOverview'), 'TripOverview');
export const TripScreen = lazyScreen(() => import('./TripScreen'), 'TripScreen');
export { TripsScreen } from './TripsScreen';
