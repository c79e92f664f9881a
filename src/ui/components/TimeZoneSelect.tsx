/** Picks an IANA time zone by typing any part of it ("London", "Shanghai"). */
import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { knownTimeZones } from '../../domain/time';

export function TimeZoneSelect(props: Omit<SelectProps, 'data'>) {
  const zones = useMemo(() => knownTimeZones(), []);
  return (
    <Select
      searchable
      data={zones}
      limit={50}
      nothingFoundMessage="No time zone matches"
      placeholder="Type a city, such as London"
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}
