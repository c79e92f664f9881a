/**
 * The connections of a journey, one line each, where the route's journeys and the programme show a journey:
 * "Change at Beijing Capital T2, 06:55–09:50 (2 h 55 min) to HU7279". A connection shorter than its mode needs
 * says so in words as well as colour.
 */
import { Text } from '@mantine/core';
import type { Journey } from '../../../domain/route/journey';
import { connectionMinutes, connectionPlace, isShortConnection } from '../../../domain/route/journey-legs';
import { formatDuration } from '../../../domain/route/route';

export function JourneyConnections({ journey }: { journey: Journey }) {
  return journey.connections.map((connection, index) => {
    const minutes = connectionMinutes(connection);
    const short = isShortConnection(journey.mode, minutes);
    const place = connectionPlace(connection);
    const times = `${connection.arrival.local.slice(11, 16)}–${connection.departure.local.slice(11, 16)}`;
    const length = minutes < 0 ? 'the next leg leaves before this one lands' : formatDuration(minutes);
    return (
      <Text key={index} size="xs" c={short ? 'orange.8' : 'dimmed'}>
        Change{place ? ` at ${place}` : ''}, {times} ({length}
        {short && minutes >= 0 ? ', too short' : ''}){connection.number ? ` to ${connection.number}` : ''}
      </Text>
    );
  });
}
