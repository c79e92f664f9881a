/** The fields of a person, shared by the person form and the form that adds a new person to a trip. */
import { Autocomplete, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { foldText } from '../../domain/directory/organisation';
import { VISA_STATUSES } from '../../domain/people/person';
import type { PersonDraft } from '../../domain/people/person-rules';
import { DateField } from '../shared/components/DateField';
import { useOrganisationSummaries } from '../directory';

export function PersonFields({ form, autoFocus = true }: { form: UseFormReturnType<PersonDraft>; autoFocus?: boolean }) {
  const { t } = useTranslation('people');
  const visaOptions = VISA_STATUSES.map((status) => ({ value: status, label: t(`visa.${status}`) }));
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
        <TextInput label={t('personForm.name')} placeholder={t('personForm.namePlaceholder')} withAsterisk data-autofocus={autoFocus || undefined} {...form.getInputProps('name')} />
        <TextInput label={t('personForm.nameLocal')} placeholder={t('personForm.nameLocalPlaceholder')} {...form.getInputProps('nameLocal')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ alignItems: 'end' }}>
        <Autocomplete
          label={t('personForm.organisation')}
          description={form.values.organisationId ? t('personForm.organisationInDirectory') : t('personForm.organisationHint')}
          data={organisationNames}
          limit={20}
          value={form.values.organisationName}
          onChange={changeOrganisation}
          error={form.errors['organisationName']}
        />
        <TextInput label={t('personForm.jobTitle')} placeholder={t('personForm.jobTitlePlaceholder')} {...form.getInputProps('jobTitle')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('personForm.email')} type="email" placeholder="name@example.com" {...form.getInputProps('email')} />
        <TextInput label={t('personForm.phone')} type="tel" placeholder="+44 151 496 0100" {...form.getInputProps('phone')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Textarea label={t('personForm.dietary')} placeholder={t('personForm.dietaryPlaceholder')} autosize minRows={1} {...form.getInputProps('dietary')} />
        <Textarea label={t('personForm.accessibility')} placeholder={t('personForm.accessibilityPlaceholder')} autosize minRows={1} {...form.getInputProps('accessibility')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('personForm.nationality')} placeholder={t('personForm.nationalityPlaceholder')} {...form.getInputProps('nationality')} />
        <DateField label={t('personForm.passportExpiry')} {...form.getInputProps('passportExpiry')} />
        <Select label={t('personForm.visaStatus')} data={visaOptions} allowDeselect={false} {...form.getInputProps('visaStatus')} />
      </SimpleGrid>
      <TextInput
        label={t('personForm.emergencyContact')}
        placeholder={t('personForm.emergencyContactPlaceholder')}
        {...form.getInputProps('emergencyContact')}
      />
      <Textarea label={t('personForm.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </>
  );
}
