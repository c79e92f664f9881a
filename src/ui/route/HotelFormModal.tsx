/** The form for a hotel at one city: names and addresses in English and in local script, dates, phone. */
import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { validateHotelDraft, type HotelDraft } from '../../domain/route/hotel';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { useRepositories } from '../shared/context';
import { DateField } from '../shared/components/DateField';
import { useFormValuesOnOpen } from '../shared/components/use-form-values-on-open';
import { FormModal, focusFirstError } from '../shared/components/FormModal';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../shared/locale';
import { landOnRecord, useFocusReturnWhenGone } from '../shared/focus-landing';
import { wordFieldMessages } from '../shared/field-messages';

export interface HotelFormModalProps {
  opened: boolean;
  bundle: TripBundle;
  hotelId: string | null;
  initial: HotelDraft;
  onClose: () => void;
}

export function HotelFormModal({ opened, bundle, hotelId, initial, onClose }: HotelFormModalProps) {
  useFocusReturnWhenGone();
  const { route } = useRepositories();
  const { t } = useTranslation('route');
  const locale = useLocale();
  const form = useForm<HotelDraft>({
    mode: 'controlled',
    initialValues: initial,
    validate: (values) => wordFieldMessages(locale, validateHotelDraft(values)),
  });
  useFormValuesOnOpen(form, opened, initial);

  const submit = form.onSubmit(
    async (values, event) => {
      const result = await route.saveHotel(bundle.trip.id, hotelId, values);
      if (!result.ok) {
        form.setErrors(wordFieldMessages(locale, result.error));
        focusFirstError(event);
        return;
      }
      notifications.show({ color: 'teal', message: t('hotelForm.saved', { name: result.value.name }) });
      if (!hotelId) landOnRecord(result.value.id);
      onClose();
    },
    (_errors, _values, event) => focusFirstError(event),
  );

  return (
    <FormModal
      opened={opened}
      title={hotelId ? t('hotelForm.titleEdit') : t('hotelForm.titleAdd')}
      isDirty={() => form.isDirty()}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={hotelId ? t('hotelForm.submitEdit') : t('hotelForm.submitAdd')}
      submitting={form.submitting}
    >
      <Select
        label={t('hotelForm.city')}
        data={bundle.stops.map((stop) => ({ value: stop.id, label: locale.city(stop) }))}
        allowDeselect={false}
        {...form.getInputProps('stopId')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('hotelForm.hotel')} withAsterisk data-autofocus {...form.getInputProps('name')} />
        <TextInput
          label={t('hotelForm.nameLocal')}
          classNames={{ input: 'local-script' }}
          {...form.getInputProps('nameLocal')}
        />
      </SimpleGrid>
      <Textarea label={t('hotelForm.address')} autosize minRows={2} {...form.getInputProps('address')} />
      <Textarea
        label={t('hotelForm.addressLocal')}
        description={t('hotelForm.addressLocalDescription')}
        autosize
        minRows={2}
        classNames={{ input: 'local-script' }}
        {...form.getInputProps('addressLocal')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DateField label={t('hotelForm.checkIn')} withAsterisk {...form.getInputProps('checkInDate')} />
        <DateField label={t('hotelForm.checkOut')} withAsterisk {...form.getInputProps('checkOutDate')} />
        <TextInput label={t('hotelForm.phone')} type="tel" {...form.getInputProps('phone')} />
      </SimpleGrid>
      <Textarea label={t('hotelForm.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}
