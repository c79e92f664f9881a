/**
 * Finds a city by typing its name ("Tianj", "天津", "伦敦", "Taizhou, China") in the offline gazetteer and hands
 * the chosen place to `onPick`. Each option names the city in the reader's language with the other beside it
 * (伦敦 London in Chinese, London 伦敦 in English), and its province and country, so places of one name are told
 * apart. Works without a network. A picker for one city (a trip's home) shows the city chosen; one for adding
 * cities one after another empties after each.
 */
import { Autocomplete, Group, Text, type AutocompleteProps } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Place } from '../../domain/route/gazetteer/gazetteer';
import type { Language } from '../../i18n/catalogues';
import { formatCountry } from '../../i18n/format';
import { useLanguage } from '../shared/locale';
import { useGazetteer } from './use-gazetteer';

const keyOf = (place: Place) => `${place.name}|${place.province}|${place.country}|${place.latitude}`;

/** The place's name in the reader's language first, the other beside it ('' when there is none). */
export function namesInLanguage(place: Place, language: Language): { first: string; beside: string } {
  const chinese = place.nameZh || place.nameLocal;
  if (language === 'zh-CN' && chinese) return { first: chinese, beside: place.name };
  return { first: place.name, beside: chinese };
}

/** The country in the reader's language: the data's English name in English, Intl's name otherwise. */
function countryIn(place: Place, language: Language): string {
  if (language === 'en') return place.countryName;
  const name = formatCountry(place.country, language);
  return name === place.country ? place.countryName : name;
}

export interface CityPickerProps extends Omit<AutocompleteProps, 'data' | 'value' | 'onChange' | 'onOptionSubmit'> {
  onPick: (place: Place) => void;
  /**
   * The name of the city chosen, shown in the box (null while none is); leave it out for a picker that empties
   * after each pick.
   */
  picked?: string | null;
  ref?: Ref<HTMLInputElement>;
}

export function CityPicker({ onPick, picked, ...props }: CityPickerProps) {
  const gazetteer = useGazetteer();
  const { language } = useLanguage();
  const { t } = useTranslation('route');
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
      data={places.map((place) => ({ value: keyOf(place), label: namesInLanguage(place, language).first }))}
      // The gazetteer has already matched and ranked; show its answer as it is.
      filter={({ options }) => options}
      selectFirstOptionOnChange
      leftSection={<IconSearch size={16} />}
      placeholder={gazetteer ? t('cityPicker.placeholder') : t('cityPicker.loading')}
      renderOption={({ option }) => {
        const place = byKey.get(option.value);
        if (!place) return option.value;
        const { first, beside } = namesInLanguage(place, language);
        return (
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" fw={600}>
              {first}
            </Text>
            {beside && (
              <Text size="sm" className="local-script">
                {beside}
              </Text>
            )}
            {/* Not "dimmed": on the highlighted option grey on blue is unreadable, and the province is what tells
                two places of one name (Taizhou in Zhejiang and in Jiangsu) apart. */}
            <Text size="xs" opacity={0.75}>
              {[place.province, countryIn(place, language)].filter(Boolean).join(language === 'zh-CN' ? '，' : ', ')} ·{' '}
              {place.timeZone}
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
