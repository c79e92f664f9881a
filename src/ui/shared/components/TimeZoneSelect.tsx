/**
 * Picks an IANA time zone by typing any part of it ("London", "Shanghai"); Enter or leaving the field takes
 * the highlighted match. What is typed is the value, so text that is not a zone is never silently replaced
 * by the previous choice: the form's validation names it.
 */
import { Autocomplete, type AutocompleteProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { knownTimeZones } from '../../../domain/shared/time';

export function TimeZoneSelect({ onFocus, ...props }: Omit<AutocompleteProps, 'data'>) {
  const { t } = useTranslation();
  const zones = useMemo(() => knownTimeZones(), []);
  return (
    <Autocomplete
      data={zones}
      limit={50}
      selectFirstOptionOnChange
      autoSelectOnBlur
      placeholder={t('zone.placeholder')}
      comboboxProps={{ withinPortal: true }}
      {...props}
      onFocus={(event) => {
        // Typing over the current zone replaces it, rather than appending to "Europe/London".
        event.currentTarget.select();
        onFocus?.(event);
      }}
    />
  );
}
