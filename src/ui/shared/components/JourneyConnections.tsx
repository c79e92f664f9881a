/**
 * The connections of a journey, one line each, where the route's journeys and the programme show a journey:
 * "Change at Beijing Capital T2, 06:55–09:50 (2 h 55 min) to HU7279". A connection shorter than its mode needs
 * says so in words as well as colour.
 */
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Journey } from '../../../domain/route/journey';
import { connectionMinutes, connectionPlace, isShortConnection } from '../../../domain/route/journey-legs';
import { durationMessage } from '../../../domain/route/route';
import { useLocale } from '../locale';

export function JourneyConnections({ journey }: { journey: Journey }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return journey.connections.map((connection, index) => {
    const minutes = connectionMinutes(connection);
    const short = isShortConnection(journey.mode, minutes);
    const place = connectionPlace(connection);
    const times = `${connection.arrival.local.slice(11, 16)}–${connection.departure.local.slice(11, 16)}`;
    const duration = minutes < 0 ? t('connection.leavesBeforeLanding') : locale.word(durationMessage(minutes));
    const length = short && minutes >= 0 ? t('connection.tooShort', { length: duration }) : duration;
    const facts = { place, times, length, number: connection.number };
    return (
      <Text key={index} size="xs" c={short ? 'orange.8' : 'dimmed'}>
        {place
          ? connection.number
            ? t('connection.lineAtTo', facts)
            : t('connection.lineAt', facts)
          : connection.number
            ? t('connection.lineTo', facts)
            : t('connection.line', facts)}
      </Text>
    );
  });
}
