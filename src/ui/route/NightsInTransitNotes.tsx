/**
 * Under the route's cities: each night between two cities that the delegation spends on a journey, said as
 * such ("Night of Mon 8 Nov in transit on CA938 Beijing → Kunming") where a gap would otherwise be reported.
 */
import { Alert } from '@mantine/core';
import { IconMoon } from '@tabler/icons-react';
import { useMemo } from 'react';
import { TRAVEL_MODE_LABELS } from '../../domain/route/journey';
import { routeNightsInTransit } from '../../domain/route/nights-in-transit';
import { formatShortDate } from '../../domain/shared/date-arithmetic';
import type { TripBundle } from '../../domain/trip/trip-bundle';

/** "Mon 8 Nov", "Mon 8 Nov and Tue 9 Nov", "Mon 8 Nov, Tue 9 Nov and Wed 10 Nov". */
function datesInWords(dates: readonly string[]): string {
  const words = dates.map(formatShortDate);
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

export function NightsInTransitNotes({ bundle }: { bundle: TripBundle }) {
  const { stops, segments, memberships, people } = bundle;
  const nights = useMemo(() => routeNightsInTransit({ stops, segments, memberships }), [stops, segments, memberships]);
  // One note per journey, with every night spent on it.
  const byJourney = new Map<string, string[]>();
  for (const night of nights) byJourney.set(night.journeyId, [...(byJourney.get(night.journeyId) ?? []), night.date]);
  const cityName = (stopId: string | null) => stops.find((stop) => stop.id === stopId)?.name ?? 'home';
  const personName = (personId: string) => people.find((person) => person.id === personId)?.name ?? 'someone';
  return [...byJourney].map(([journeyId, dates]) => {
    const journey = segments.find((segment) => segment.id === journeyId);
    if (!journey) return null;
    const what = journey.number || `the ${TRAVEL_MODE_LABELS[journey.mode].toLowerCase()}`;
    const who = journey.travellerIds === null ? '' : `, for ${journey.travellerIds.map(personName).join(', ')}`;
    return (
      <Alert key={journeyId} color="blue" variant="light" icon={<IconMoon size={18} />} mt="sm" p="xs">
        {dates.length === 1 ? 'Night' : 'Nights'} of {datesInWords(dates)} in transit on {what} {cityName(journey.fromStopId)}{' '}
        → {cityName(journey.toStopId)}
        {who}.
      </Alert>
    );
  });
}
