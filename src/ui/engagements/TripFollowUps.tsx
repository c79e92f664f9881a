/** The follow-ups tab of a trip. */
import { FollowUpList } from './FollowUpList';
import { useCurrentTrip } from '../trips/use-trip-bundle';

export function TripFollowUps() {
  const { trip } = useCurrentTrip();
  const fileName = `${trip.name.replace(/[^\p{L}\p{N} -]+/gu, '').trim() || 'trip'} follow-ups`;
  return <FollowUpList tripId={trip.id} fileName={fileName} />;
}
