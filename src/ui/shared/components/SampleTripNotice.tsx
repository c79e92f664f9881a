/**
 * The note on a sample trip's overview: which sample it is, and that it can be changed and removed. A sample is
 * told by its name as shipped; one the organiser has renamed gets the note without the sample's story.
 */
import { Alert } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  readSampleTables,
  SAMPLE_TRIP_FILES_BY_NAME,
  SAMPLE_TRIPS,
  type SampleTripName,
} from '../../../domain/trip/sample-trip-tables';
import type { Trip } from '../../../domain/trip/trip';

let shippedNames: ReadonlyMap<string, SampleTripName> | undefined;

/** Each sample's trip name as shipped, worked out once. */
function sampleNamed(name: string): SampleTripName | undefined {
  shippedNames ??= new Map(
    SAMPLE_TRIPS.map((sample) => [readSampleTables(SAMPLE_TRIP_FILES_BY_NAME[sample]).trip.name, sample] as const),
  );
  return shippedNames.get(name);
}

export function SampleTripNotice({ trip }: { trip: Trip }) {
  const { t } = useTranslation('samples');
  const sample = sampleNamed(trip.name);
  return (
    <Alert icon={<IconInfoCircle />} color="grape" title={t('notice.title')}>
      {sample ? t(`notice.${sample}`) : t('notice.other')}
    </Alert>
  );
}
