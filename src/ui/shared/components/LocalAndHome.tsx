/** "Sun 6 Nov, 16:10 Kunming · 08:10 London": the local time where it happens, with home time beside it. */
import { Text } from '@mantine/core';
import { clockLabel, homeTimeOf, type ZonedTime } from '../../../domain/shared/time';
import { wallDate } from '../../../domain/shared/date-arithmetic';
import { homeClockPlace } from '../../../domain/route/city-names';
import { useLocale } from '../locale';

export function LocalAndHome({
  time,
  place,
  trip,
  withDate = true,
}: {
  time: ZonedTime;
  place: string;
  /** The trip, whose home clock is shown beside the local one. */
  trip: Parameters<typeof homeClockPlace>[0];
  /** Without the date, for lists already grouped by day. */
  withDate?: boolean;
}) {
  // The locale's words, not useTranslation: a list draws hundreds of these, and each useTranslation costs.
  const locale = useLocale();
  const { t } = locale;
  const home = homeTimeOf(time, trip.homeZone);
  const homePlace = locale.place(homeClockPlace(trip));
  return (
    <Text size="sm" component="span">
      {withDate ? t('localAndHome.dayAndClock', { day: locale.day(wallDate(time.local)), clock: clockLabel(time) }) : clockLabel(time)}{' '}
      {place}
      {home && (
        <Text span c="dimmed" size="sm" style={{ whiteSpace: 'nowrap' }}>
          {' · '}
          {home.otherDay
            ? t('localAndHome.homeOtherDay', { time: home.clock, place: homePlace, day: locale.day(home.otherDay) })
            : t('localAndHome.home', { time: home.clock, place: homePlace })}
        </Text>
      )}
    </Text>
  );
}
