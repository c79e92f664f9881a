/**
 * When the clocks go back, an hour happens twice: 01:30 on 7 November 2027 in Los Angeles is first at UTC−7
 * and again an hour later at UTC−8. A time typed in that hour is booked at its first occurrence (as RFC 5545
 * reads it); this says so beside the field and lets the organiser choose the second. Nothing shows otherwise.
 */
import { Alert, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { repeatedWallTime, type Occurrence } from '../../../domain/shared/time';
import { wallClock, wallDate, type LocalDateTime } from '../../../domain/shared/date-arithmetic';
import { useLocale } from '../locale';

export interface RepeatedHourChoiceProps {
  /** What the time is: "Start", "Departure". */
  label: string;
  /** The wall time as entered, `YYYY-MM-DDTHH:mm`; anything else shows nothing. */
  local: LocalDateTime;
  zone: string;
  /** Where the clocks change, as the organiser knows it: "San Francisco". */
  place: string;
  value: Occurrence | undefined;
  onChange: (occurrence: Occurrence) => void;
}

export function RepeatedHourChoice({ label, local, zone, place, value, onChange }: RepeatedHourChoiceProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const repeated = repeatedWallTime(local, zone);
  if (!repeated) return null;
  const clock = wallClock(local);
  return (
    <Alert color="yellow" variant="light" icon={<IconClockExclamation size={18} />} p="xs" title={t('repeatedHour.title', { field: label, clock })}>
      <Stack gap={6}>
        <Text size="sm">{t('repeatedHour.body', { place, date: locale.longDate(wallDate(local)), clock })}</Text>
        <SegmentedControl
          aria-label={t('repeatedHour.choice', { clock, field: locale.language === 'en' ? label.toLowerCase() : label })}
          value={value ?? 'first'}
          onChange={(chosen) => onChange(chosen as Occurrence)}
          data={[
            { value: 'first', label: t('repeatedHour.first', { clock, offset: repeated.firstOffset }) },
            { value: 'second', label: t('repeatedHour.second', { clock, offset: repeated.secondOffset }) },
          ]}
        />
      </Stack>
    </Alert>
  );
}
