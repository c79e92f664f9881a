/**
 * The engagement form's partner organisations: a search of the directory that, when what is typed names no
 * organisation in it, offers to create one ("Create “Tianjin Port Group”") without leaving the form.
 */
import { Group, MultiSelect, Text, type MultiSelectProps } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationNameKey, type Organisation } from '../../domain/directory/organisation';
import { matchesSearch } from '../../domain/shared/search';

/** The value of the "Create …" option; never an organisation's id, which are UUIDs. */
const CREATE = 'create-organisation';

export interface PartnerOrganisationPickerProps
  extends Omit<MultiSelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> {
  organisations: readonly Organisation[];
  value: string[];
  onChange: (organisationIds: string[]) => void;
  /** The organisation typed is not in the directory: create it, starting from what was typed. */
  onCreate: (typed: string) => void;
}

export function PartnerOrganisationPicker({ organisations, value, onChange, onCreate, ...props }: PartnerOrganisationPickerProps) {
  const [search, setSearch] = useState('');
  const { t } = useTranslation('engagements');
  const typed = search.trim();
  const key = organisationNameKey(typed);
  const known = organisations.some(
    (organisation) => organisationNameKey(organisation.name) === key || organisationNameKey(organisation.nameLocal) === key,
  );
  const options = organisations.map((organisation) => ({
    value: organisation.id,
    label: organisation.nameLocal ? `${organisation.name} · ${organisation.nameLocal}` : organisation.name,
  }));
  const data = typed && !known ? [...options, { value: CREATE, label: t('partnerPicker.create', { name: typed }) }] : options;

  return (
    <MultiSelect
      placeholder={organisations.length ? t('partnerPicker.search') : t('partnerPicker.first')}
      searchable
      clearable
      {...props}
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      // The "Create …" option shows whatever was typed, even where the search would not match its label.
      filter={({ options: shown, search: query }) =>
        shown.filter(
          (option) =>
            'value' in option &&
            (option.value === CREATE || matchesSearch(query, [option.label])),
        )
      }
      renderOption={({ option }) =>
        option.value === CREATE ? (
          <Group gap={6} wrap="nowrap">
            <IconPlus size={14} />
            <Text size="sm">{option.label}</Text>
          </Group>
        ) : (
          option.label
        )
      }
      onChange={(ids) => {
        if (ids.includes(CREATE)) {
          setSearch('');
          onCreate(typed);
          return;
        }
        onChange(ids);
      }}
    />
  );
}
