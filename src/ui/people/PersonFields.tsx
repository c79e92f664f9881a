/**
 * The fields of a person, shared by the person form and the form that adds a new person to a trip, in groups:
 * the name as the passport has it (with the whole name as shown, composed as the parts are typed), work and
 * contact, needs, and the passport and visa. The passport number and date of birth are masked until revealed.
 *
 * The whole name follows the parts while it is what they compose (or empty): one typed otherwise ("Joe
 * Anderson" for a passport's Joseph, a name in characters) is kept, with the passport's offered beside it.
 * Editing a part of a name whose split was a guess confirms it.
 */
import { Alert, Anchor, Autocomplete, Checkbox, Fieldset, Grid, Select, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldText } from '../../domain/directory/organisation';
import { composeName } from '../../domain/people/name-split';
import { NAME_ORDERS, PASSPORT_SEXES, VISA_STATUSES, type NameOrder, type PassportSex } from '../../domain/people/person';
import type { PersonDraft } from '../../domain/people/person-rules';
import { maskDateOfBirth, maskPassportNumber } from '../../domain/people/sensitive';
import { isIsoDate } from '../../domain/shared/time';
import { DateField } from '../shared/components/DateField';
import { useOrganisationSummaries } from '../directory';
import { SensitiveField } from './sensitive';

type NamePart = 'title' | 'givenNames' | 'familyName' | 'nameOrder';

export function PersonFields({
  form,
  autoFocus = true,
  splitToConfirm = null,
}: {
  form: UseFormReturnType<PersonDraft>;
  autoFocus?: boolean;
  /** The whole name before it was split, when the split is still to be confirmed: shown beside the parts. */
  splitToConfirm?: { nameAsEntered: string } | null;
}) {
  const { t } = useTranslation('people');
  const visaOptions = VISA_STATUSES.map((status) => ({ value: status, label: t(`visa.${status}`) }));
  const sexOptions = PASSPORT_SEXES.map((sex) => ({ value: sex, label: t(`personForm.sexOption.${sex}`) }));
  const orderOptions = NAME_ORDERS.map((order) => ({ value: order, label: t(`personForm.nameOrderOption.${order}`) }));
  const summaries = useOrganisationSummaries();
  const organisations = useMemo(
    () => (summaries ?? []).filter((summary) => !summary.organisation.archived).map((summary) => summary.organisation),
    [summaries],
  );
  const organisationNames = useMemo(() => [...new Set(organisations.map((organisation) => organisation.name))], [organisations]);
  // Masked until revealed, as stored; a value being typed (a new person's, a corrected one) is in plain sight.
  const [revealed, setRevealed] = useState({ passportNumber: false, dateOfBirth: false });

  // The organisation is typed freely; one that is in the directory is linked to it.
  const changeOrganisation = (name: string) => {
    const match = organisations.find((organisation) => foldText(organisation.name) === foldText(name.trim()));
    form.setFieldValue('organisationName', name);
    form.setFieldValue('organisationId', match?.id ?? null);
  };

  const values = form.values;
  const composed = composeName(values);
  const setNamePart = (part: NamePart, value: string) => {
    const before = form.getValues();
    const after = { ...before, [part]: value };
    const following = before.name.trim() === '' || before.name.trim() === composeName(before);
    form.setValues({ [part]: value, ...(following && { name: composeName(after) }), nameToConfirm: false });
  };
  const namePart = (part: Exclude<NamePart, 'nameOrder'>) => ({
    ...form.getInputProps(part),
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => setNamePart(part, event.currentTarget.value),
  });
  const dateOfBirthMask = isIsoDate(values.dateOfBirth) ? maskDateOfBirth(values.dateOfBirth) : '';

  return (
    <>
      <Fieldset legend={t('personForm.nameSection')} variant="filled">
        {splitToConfirm && (
          <Alert color="orange" icon={<IconAlertTriangle size={16} />} p="xs" mb="sm" title={t('name.toConfirm')}>
            <Text size="sm">{t('name.formNotice', { name: splitToConfirm.nameAsEntered })}</Text>
            <Checkbox
              mt="xs"
              label={t('name.checked')}
              checked={!values.nameToConfirm}
              onChange={(event) => form.setFieldValue('nameToConfirm', !event.currentTarget.checked)}
            />
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('personForm.title')} placeholder={t('personForm.titlePlaceholder')} {...namePart('title')} />
          <TextInput
            label={t('personForm.givenNames')}
            placeholder={t('personForm.givenNamesPlaceholder')}
            data-autofocus={autoFocus || undefined}
            {...namePart('givenNames')}
          />
          <TextInput label={t('personForm.familyName')} placeholder={t('personForm.familyNamePlaceholder')} {...namePart('familyName')} />
        </SimpleGrid>
        <Grid mt="sm">
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput
              label={t('personForm.name')}
              description={
                composed && composed !== values.name.trim() ? (
                  <>
                    {t('personForm.nameFromParts', { name: composed })}{' '}
                    <Anchor component="button" type="button" size="xs" onClick={() => form.setFieldValue('name', composed)}>
                      {t('personForm.useNameFromParts')}
                    </Anchor>
                  </>
                ) : (
                  t('personForm.nameHint')
                )
              }
              placeholder={t('personForm.namePlaceholder')}
              withAsterisk
              {...form.getInputProps('name')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }} style={{ alignSelf: 'flex-end' }}>
            <Select
              label={t('personForm.nameOrder')}
              data={orderOptions}
              allowDeselect={false}
              {...form.getInputProps('nameOrder')}
              onChange={(value) => value && setNamePart('nameOrder', value as NameOrder)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput
              label={t('personForm.nameLocal')}
              description={t('personForm.nameLocalHint')}
              placeholder={t('personForm.nameLocalPlaceholder')}
              {...form.getInputProps('nameLocal')}
            />
          </Grid.Col>
        </Grid>
      </Fieldset>

      <Fieldset legend={t('personForm.workSection')} variant="filled">
        <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ alignItems: 'end' }}>
          <Autocomplete
            label={t('personForm.organisation')}
            description={values.organisationId ? t('personForm.organisationInDirectory') : t('personForm.organisationHint')}
            data={organisationNames}
            limit={20}
            value={values.organisationName}
            onChange={changeOrganisation}
            error={form.errors['organisationName']}
          />
          <TextInput label={t('personForm.jobTitle')} placeholder={t('personForm.jobTitlePlaceholder')} {...form.getInputProps('jobTitle')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
          <TextInput label={t('personForm.email')} type="email" placeholder="name@example.com" {...form.getInputProps('email')} />
          <TextInput label={t('personForm.phone')} type="tel" placeholder="+44 151 496 0100" {...form.getInputProps('phone')} />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('personForm.needsSection')} variant="filled">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea label={t('personForm.dietary')} placeholder={t('personForm.dietaryPlaceholder')} autosize minRows={1} {...form.getInputProps('dietary')} />
          <Textarea label={t('personForm.accessibility')} placeholder={t('personForm.accessibilityPlaceholder')} autosize minRows={1} {...form.getInputProps('accessibility')} />
        </SimpleGrid>
        <TextInput
          mt="sm"
          label={t('personForm.emergencyContact')}
          placeholder={t('personForm.emergencyContactPlaceholder')}
          {...form.getInputProps('emergencyContact')}
        />
      </Fieldset>

      <Fieldset legend={t('personForm.passportSection')} variant="filled">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('personForm.sex')}
            placeholder={t('personForm.sexNone')}
            data={sexOptions}
            clearable
            {...form.getInputProps('sex')}
            onChange={(value) => form.setFieldValue('sex', (value as PassportSex | null) ?? null)}
          />
          <SensitiveField
            label={t('personForm.dateOfBirth')}
            masked={form.isDirty('dateOfBirth') ? '' : dateOfBirthMask}
            revealed={revealed.dateOfBirth}
            onToggle={() => setRevealed((shown) => ({ ...shown, dateOfBirth: !shown.dateOfBirth }))}
            error={form.errors['dateOfBirth']}
          >
            <DateField label={t('personForm.dateOfBirth')} {...form.getInputProps('dateOfBirth')} />
          </SensitiveField>
          <TextInput label={t('personForm.placeOfBirth')} placeholder={t('personForm.placeOfBirthPlaceholder')} {...form.getInputProps('placeOfBirth')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
          <TextInput label={t('personForm.nationality')} placeholder={t('personForm.nationalityPlaceholder')} {...form.getInputProps('nationality')} />
          <SensitiveField
            label={t('personForm.passportNumber')}
            masked={form.isDirty('passportNumber') ? '' : maskPassportNumber(values.passportNumber)}
            revealed={revealed.passportNumber}
            onToggle={() => setRevealed((shown) => ({ ...shown, passportNumber: !shown.passportNumber }))}
            error={form.errors['passportNumber']}
          >
            <TextInput label={t('personForm.passportNumber')} autoComplete="off" spellCheck={false} {...form.getInputProps('passportNumber')} />
          </SensitiveField>
          <TextInput
            label={t('personForm.passportAuthority')}
            placeholder={t('personForm.passportAuthorityPlaceholder')}
            {...form.getInputProps('passportAuthority')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
          <DateField label={t('personForm.passportIssueDate')} {...form.getInputProps('passportIssueDate')} />
          <DateField label={t('personForm.passportExpiry')} {...form.getInputProps('passportExpiry')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
          <TextInput label={t('personForm.visaType')} placeholder={t('personForm.visaTypePlaceholder')} {...form.getInputProps('visaType')} />
          <Select label={t('personForm.visaStatus')} data={visaOptions} allowDeselect={false} {...form.getInputProps('visaStatus')} />
        </SimpleGrid>
      </Fieldset>

      <Textarea label={t('personForm.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </>
  );
}
