/** The fields of a person, shared by the person form and the form that adds a new person to a trip. */
import { Autocomplete, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useMemo } from 'react';
import { foldText } from '../../domain/directory/organisation';
import { VISA_STATUS_LABELS, VISA_STATUSES } from '../../domain/people/person';
import type { PersonDraft } from '../../domain/people/person-rules';
import { DateField } from '../shared/components/DateField';
import { useOrganisationSummaries } from '../directory';

export const VISA_OPTIONS = VISA_STATUSES.map((status) => ({ value: status, label: VISA_STATUS_LABELS[status] }));

export function PersonFields({ form, autoFocus = true }: { form: UseFormReturnType<PersonDraft>; autoFocus?: boolean }) {
  const summaries = useOrganisationSummaries();
  const organisations = useMemo(
    () => (summaries ?? []).filter((summary) => !summary.organisation.archived).map((summary) => summary.organisation),
    [summaries],
  );
  const organisationNames = useMemo(() => [...new Set(organisations.map((organisation) => organisation.name))], [organisations]);

  // The organisation is typed freely; one that is in the directory is linked to it.
  const changeOrganisation = (name: string) => {
    const match = organisations.find((organisation) => foldText(organisation.name) === foldText(name.trim()));
    form.setFieldValue('organisationName', name);
    form.setFieldValue('organisationId', match?.id ?? null);
  };

  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Name" placeholder="e.g. Joe Anderson" withAsterisk data-autofocus={autoFocus || undefined} {...form.getInputProps('name')} />
        <TextInput label="Name in local script" placeholder="e.g. 安德森" {...form.getInputProps('nameLocal')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ alignItems: 'end' }}>
        <Autocomplete
          label="Organisation they represent"
          description={form.values.organisationId ? 'In the directory' : 'Pick from the directory, or type any name'}
          data={organisationNames}
          limit={20}
          value={form.values.organisationName}
          onChange={changeOrganisation}
          error={form.errors['organisationName']}
        />
        <TextInput label="Job title" placeholder="e.g. Director of Trade" {...form.getInputProps('jobTitle')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Email" type="email" placeholder="name@example.com" {...form.getInputProps('email')} />
        <TextInput label="Phone" type="tel" placeholder="+44 151 496 0100" {...form.getInputProps('phone')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Textarea label="Dietary needs" placeholder="e.g. Vegetarian, no nuts" autosize minRows={1} {...form.getInputProps('dietary')} />
        <Textarea label="Accessibility needs" placeholder="e.g. Step-free access" autosize minRows={1} {...form.getInputProps('accessibility')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label="Nationality" placeholder="e.g. British" {...form.getInputProps('nationality')} />
        <DateField label="Passport expiry date" {...form.getInputProps('passportExpiry')} />
        <Select label="Visa status" data={VISA_OPTIONS} allowDeselect={false} {...form.getInputProps('visaStatus')} />
      </SimpleGrid>
      <TextInput
        label="Emergency contact"
        placeholder="Name, relationship and phone"
        {...form.getInputProps('emergencyContact')}
      />
      <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
    </>
  );
}
