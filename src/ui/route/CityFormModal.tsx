/**
 * The form for one city of the route. Picked from the gazetteer it arrives filled in; entered by hand it needs
 * a country and a time zone. When the arrival date moves and the city has engagements, it offers to move them.
 */
import { NumberInput, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CityDraft } from '../../domain/route/route';
import { validateCityDraft } from '../../domain/route/route';
import type { City } from '../../domain/route/city';
import { daysBetween } from '../../domain/shared/date-arithmetic';
import { useRepositories } from '../shared/context';
import { DateField } from '../shared/components/DateField';
import { useFormValuesOnOpen } from '../shared/components/use-form-values-on-open';
import { FormModal, focusFirstError } from '../shared/components/FormModal';
import { TimeZoneSelect } from '../shared/components/TimeZoneSelect';
import { useLocale } from '../shared/locale';
import { landOnRecord, useFocusReturnWhenGone } from '../shared/focus-landing';
import { wordFieldMessages } from '../shared/field-messages';

export interface CityFormModalProps {
  opened: boolean;
  tripId: string;
  /** The city to edit, or null for a new one. */
  city: City | null;
  /** What a new city starts with (from the gazetteer, with suggested dates). */
  initial: CityDraft;
  onClose: () => void;
}

export function CityFormModal({ opened, tripId, city, initial, onClose }: CityFormModalProps) {
  useFocusReturnWhenGone();
  const { route } = useRepositories();
  const { t } = useTranslation('route');
  const locale = useLocale();
  const form = useForm<CityDraft>({
    mode: 'controlled',
    initialValues: initial,
    validate: (values) => wordFieldMessages(locale, validateCityDraft(values)),
  });
  useFormValuesOnOpen(form, opened, initial);

  const save = async (values: CityDraft, moveEngagements: boolean, event?: FormEvent<HTMLFormElement>) => {
    const result = city
      ? await route.updateCity(city.id, values, { moveEngagements })
      : await route.addCity(tripId, values);
    if (!result.ok) {
      const { engagements, ...fields } = result.error as typeof result.error & { engagements?: unknown };
      if (engagements) {
        notifications.show({ color: 'red', title: t('cityForm.engagementsNotMoved'), message: locale.word(engagements as string) });
      }
      form.setErrors(wordFieldMessages(locale, fields));
      focusFirstError(event);
      return;
    }
    notifications.show({
      color: 'teal',
      message: city ? t('cityForm.saved', { name: values.name }) : t('cityForm.added', { name: values.name }),
    });
    if (!city) landOnRecord(result.value.id);
    onClose();
  };

  const submit = form.onSubmit(
    async (values, event) => {
      const days = city ? daysBetween(city.arrivalDate, values.arrivalDate) : 0;
      const count = city && days !== 0 ? await route.countEngagements(city.id) : 0;
      if (count === 0) {
        await save(values, false, event);
        return;
      }
      const engagements = t('cityForm.moveEngagements.engagements', { count });
      const moved = { name: values.name, count: Math.abs(days), engagements };
      modals.openConfirmModal({
        title: t('cityForm.moveEngagements.title', { name: values.name }),
        children: days > 0 ? t('cityForm.moveEngagements.later', moved) : t('cityForm.moveEngagements.earlier', moved),
        labels: { confirm: t('cityForm.moveEngagements.confirm'), cancel: t('cityForm.moveEngagements.cancel') },
        onConfirm: () => void save(values, true),
        onCancel: () => void save(values, false),
      });
    },
    (_errors, _values, event) => focusFirstError(event),
  );

  return (
    <FormModal
      opened={opened}
      title={city ? t('cityForm.titleEdit', { name: locale.city(city) }) : t('cityForm.titleAdd')}
      isDirty={() => form.isDirty()}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={city ? t('cityForm.submitEdit') : t('cityForm.submitAdd')}
      submitting={form.submitting}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('cityForm.city')} withAsterisk data-autofocus {...form.getInputProps('name')} />
        <TextInput
          label={t('cityForm.nameLocal')}
          placeholder={t('cityForm.nameLocalPlaceholder')}
          classNames={{ input: 'local-script' }}
          {...form.getInputProps('nameLocal')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField label={t('cityForm.arrivalDate')} withAsterisk {...form.getInputProps('arrivalDate')} />
        <DateField label={t('cityForm.departureDate')} withAsterisk {...form.getInputProps('departureDate')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TimeZoneSelect label={t('cityForm.timeZone')} withAsterisk {...form.getInputProps('timeZone')} />
        <TextInput
          label={t('cityForm.country')}
          description={t('cityForm.countryDescription', { example: 'CN' })}
          maxLength={2}
          withAsterisk
          {...form.getInputProps('country')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('cityForm.latitude')}
          decimalScale={4}
          min={-90}
          max={90}
          {...form.getInputProps('latitude')}
          value={form.values.latitude ?? ''}
          onChange={(value) => form.setFieldValue('latitude', typeof value === 'number' ? value : null)}
        />
        <NumberInput
          label={t('cityForm.longitude')}
          decimalScale={4}
          min={-180}
          max={180}
          {...form.getInputProps('longitude')}
          value={form.values.longitude ?? ''}
          onChange={(value) => form.setFieldValue('longitude', typeof value === 'number' ? value : null)}
        />
      </SimpleGrid>
      <Textarea label={t('cityForm.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}
