/**
 * Under the route's cities: each night between two cities that the delegation spends on a journey, said as
 * such ("Night of Mon 8 Nov in transit on CA938 Beijing → Kunming") where a gap would otherwise be reported.
 */
import { Alert } from '@mantine/core';
import { IconMoon } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { routeNightsInTransit } from '../../domain/route/nights-in-transit';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { useLocale } from '../shared/locale';
import { cityName } from '../shared/current-trip';

export function NightsInTransitNotes({ bundle }: { bundle: TripBundle }) {
  const { t } = useTranslation('route');
  const locale = useLocale();
  const { stops, segments, memberships, people } = bundle;
  const nights = useMemo(() => routeNightsInTransit({ stops, segments, memberships }), [stops, segments, memberships]);
  // One note per journey, with every night spent on it.
  const byJourney = new Map<string, string[]>();
  for (const night of nights) byJourney.set(night.journeyId, [...(byJourney.get(night.journeyId) ?? []), night.date]);
  const personName = (personId: string) => people.find((person) => person.id === personId)?.name ?? t('transit.someone');
  return [...byJourney].map(([journeyId, dates]) => {
    const journey = segments.find((segment) => segment.id === journeyId);
    if (!journey) return null;
    const facts = {
      count: dates.length,
      // "Mon 8 Nov and Tue 9 Nov", "11月8日 周一和11月9日 周二".
      dates: locale.list(dates.map(locale.day)),
      journey: journey.number || t('transit.theMode', { mode: t(`modeInSentence.${journey.mode}`) }),
      from: cityName(bundle, journey.fromStopId, locale),
      to: cityName(bundle, journey.toStopId, locale),
    };
    return (
      <Alert key={journeyId} color="blue" variant="light" icon={<IconMoon size={18} />} mt="sm" p="xs">
        {journey.travellerIds === null
          ? t('transit.night', facts)
          : t('transit.nightFor', { ...facts, people: journey.travellerIds.map(personName).join(t('transit.peopleSeparator')) })}
      </Alert>
    );
  });
}
