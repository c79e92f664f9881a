/**
 * Finds a city by typing its name ("Tianj", "天津", "Taizhou, China") in the offline gazetteer and hands the
 * chosen place to `onPick`. Each option names its province and country, so places of one name are told apart.
 * Works without a network. A picker for one city (a trip's home) shows the city chosen; one for adding cities
 * one after another empties after each.
 */
import { Autocomplete, Group, Text, type AutocompleteProps } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { Place } from '../../domain/route/gazetteer/gazetteer';
import { useGazetteer } from './use-gazetteer';

const keyOf = (place: Place) => `${place.name}|${place.province}|${place.country}|${place.latitude}`;

export interface CityPickerProps extends Omit<AutocompleteProps, 'data' | 'value' | 'onChange' | 'onOptionSubmit'> {
  onPick: (place: Place) => void;
  /**
   * The name of the city chosen, shown in the box (null while none is); leave it out for a picker that empties
   * after each pick.
   */
  picked?: string | null;
}

export function CityPicker({ onPick, picked, ...props }: CityPickerProps) {
  const gazetteer = useGazetteer();
  const [query, setQuery] = useState(picked ?? '');
  // A city chosen elsewhere (the form opening on a trip, "Clear home city") shows in the box.
  const [shownPicked, setShownPicked] = useState(picked);
  if (picked !== shownPicked) {
    setShownPicked(picked);
    setQuery(picked ?? '');
  }
  const places = useMemo(() => gazetteer?.search(query, 8) ?? [], [gazetteer, query]);
  const byKey = useMemo(() => new Map(places.map((place) => [keyOf(place), place])), [places]);

  return (
    <Autocomplete
      value={query}
      onChange={setQuery}
      data={places.map((place) => ({ value: keyOf(place), label: place.name }))}
      // The gazetteer has already matched and ranked; show its answer as it is.
      filter={({ options }) => options}
      selectFirstOptionOnChange
      leftSection={<IconSearch size={16} />}
      placeholder={gazetteer ? 'Type a city, such as Tianjin or 天津' : 'Loading cities…'}
      renderOption={({ option }) => {
        const place = byKey.get(option.value);
        if (!place) return option.value;
        return (
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" fw={600}>
              {place.name}
            </Text>
            {place.nameLocal && (
              <Text size="sm" className="local-script">
                {place.nameLocal}
              </Text>
            )}
            {/* Not "dimmed": on the highlighted option grey on blue is unreadable, and the province is what tells
                two places of one name (Taizhou in Zhejiang and in Jiangsu) apart. */}
            <Text size="xs" opacity={0.75}>
              {[place.province, place.countryName].filter(Boolean).join(', ')} · {place.timeZone}
            </Text>
          </Group>
        );
      }}
      onOptionSubmit={(value) => {
        const place = byKey.get(value);
        if (place) {
          onPick(place);
          // After the picker has written the chosen option into the field.
          queueMicrotask(() => setQuery(picked === undefined ? '' : place.name));
        }
      }}
      {...props}
    />
  );
}
