/** "Sun 6 Nov, 16:10 Kunming · 08:10 London": the local time where it happens, with home time beside it. */
import { Text } from '@mantine/core';
import { clockLabel, homeTimeLabel, type ZonedTime } from '../../../domain/shared/time';
import { formatShortDate, wallDate } from '../../../domain/shared/date-arithmetic';

export function LocalAndHome({
  time,
  place,
  homeZone,
  withDate = true,
}: {
  time: ZonedTime;
  place: string;
  homeZone: string;
  /** Without the date, for lists already grouped by day. */
  withDate?: boolean;
}) {
  const home = homeTimeLabel(time, homeZone);
  return (
    <Text size="sm" component="span">
      {withDate ? `${formatShortDate(wallDate(time.local))}, ${clockLabel(time)}` : clockLabel(time)} {place}
      {home && (
        <Text span c="dimmed" size="sm" style={{ whiteSpace: 'nowrap' }}>
          {' · '}
          {home}
        </Text>
      )}
    </Text>
  );
}
