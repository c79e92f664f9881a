/**
 * The form for a vehicle (coach, minibus, car: seats, plate, driver and their phone, company) or an interpreter
 * or guide (languages, phone). The kind decides which fields show; what belongs to the other kind is not kept.
 */
import { MultiSelect, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isVehicle, RESOURCE_KINDS, type Resource, type ResourceKind } from '../../domain/logistics/resource';
import { validateResourceDraft, type ResourceDraft } from '../../domain/logistics/resource-rules';
import { useRepositories } from '../shared/context';
import { wordFieldMessages } from '../shared/field-messages';
import { FormModal, focusFirstError } from '../shared/components/FormModal';
import { landOnRecord } from '../shared/focus-landing';
import { useFormValuesOnOpen } from '../shared/components/use-form-values-on-open';
import { useLocale } from '../shared/locale';
import { languageName } from './booking-words';

/** Languages offered for interpreters and guides; any other tag kept on a record is offered too. */
const LANGUAGES = ['zh', 'en', 'yue', 'fr', 'de', 'es', 'it', 'pt', 'ru', 'ar', 'he', 'ja', 'ko', 'hi', 'tr', 'nl', 'pl'];

export interface ResourceFormModalProps {
  opened: boolean;
  tripId: string;
  /** The resource edited; null for a new one. */
  resourceId: string | null;
  initial: ResourceDraft;
  onClose: () => void;
  onSaved?: (resource: Resource) => void;
}

export function ResourceFormModal({ opened, tripId, resourceId, initial, onClose, onSaved }: ResourceFormModalProps) {
  const { logistics } = useRepositories();
  const { t } = useTranslation('logistics');
  const locale = useLocale();
  const form = useForm<ResourceDraft>({
    mode: 'controlled',
    initialValues: initial,
    validate: (values) => wordFieldMessages(locale, validateResourceDraft(values)),
  });
  useFormValuesOnOpen(form, opened, initial);
  const vehicle = isVehicle(form.values.kind);
  const languages = useMemo(
    () =>
      [...new Set([...LANGUAGES, ...form.values.languages])].map((tag) => ({ value: tag, label: `${languageName(locale, tag)} (${tag})` })),
    [locale, form.values.languages],
  );

  const submit = form.onSubmit(
    async (values, event) => {
      const result = await logistics.saveResource(tripId, resourceId, values);
      if (!result.ok) {
        form.setErrors(wordFieldMessages(locale, result.error));
        focusFirstError(event);
        return;
      }
      notifications.show({ color: 'teal', message: t('form.saved', { name: result.value.name }) });
      onSaved?.(result.value);
      if (!resourceId) landOnRecord(result.value.id);
      onClose();
    },
    (_errors, _values, event) => focusFirstError(event),
  );

  return (
    <FormModal
      opened={opened}
      title={resourceId ? t('form.titleEdit') : vehicle ? t('form.titleAddVehicle') : t('form.titleAddPerson')}
      isDirty={() => form.isDirty()}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={resourceId ? t('form.submitEdit') : t('form.submitAdd')}
      submitting={form.submitting}
    >
      <Stack gap={4}>
        <Text size="sm" fw={500} id="resource-kind-label">
          {t('form.kind')}
        </Text>
        <SegmentedControl
          aria-labelledby="resource-kind-label"
          data={RESOURCE_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
          value={form.values.kind}
          onChange={(value) => form.setFieldValue('kind', value as ResourceKind)}
        />
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('form.name')}
          description={vehicle ? t('form.nameVehicleHint') : t('form.namePersonHint')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('name')}
        />
        <TextInput label={t('form.company')} description={t('form.companyHint')} {...form.getInputProps('company')} />
      </SimpleGrid>
      {vehicle ? (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('form.capacity')} description={t('form.capacityHint')} inputMode="numeric" {...form.getInputProps('capacity')} />
            <TextInput label={t('form.plate')} classNames={{ input: 'local-script' }} {...form.getInputProps('plate')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('form.driverName')}
              description={t('form.driverNameHint')}
              classNames={{ input: 'local-script' }}
              {...form.getInputProps('driverName')}
            />
            <TextInput label={t('form.driverPhone')} type="tel" {...form.getInputProps('driverPhone')} />
          </SimpleGrid>
        </>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MultiSelect
            label={t('form.languages')}
            data={languages}
            searchable
            clearable
            {...form.getInputProps('languages')}
          />
          <TextInput label={t('form.phone')} type="tel" {...form.getInputProps('phone')} />
        </SimpleGrid>
      )}
      <Textarea label={t('form.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}
