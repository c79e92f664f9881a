/** The follow-ups tab of a trip. */
import { FollowUpList } from './FollowUpList';
import { useCurrentTrip } from '../shared/current-trip';

export function TripFollowUps() {
  const { trip } = useCurrentTrip();
  return <FollowUpList trip={trip} />;
}
