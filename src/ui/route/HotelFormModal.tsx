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

export interface HotelFormModalProps {
  opened: boolean;
  bundle: TripBundle;
  hotelId: string | null;
  initial: HotelDraft;
  onClose: () => void;
}

export function HotelFormModal({ opened, bundle, hotelId, initial, onClose }: HotelFormModalProps) {
  const { route } = useRepositories();
  const form = useForm<HotelDraft>({
    mode: 'controlled',
    initialValues: initial,
    validate: validateHotelDraft,
  });
  useFormValuesOnOpen(form, opened, initial);

  const submit = form.onSubmit(
    async (values, event) => {
      const result = await route.saveHotel(bundle.trip.id, hotelId, values);
      if (!result.ok) {
        form.setErrors(result.error);
        focusFirstError(event);
        return;
      }
      notifications.show({ color: 'teal', message: `Saved ${result.value.name}` });
      onClose();
    },
    (_errors, _values, event) => focusFirstError(event),
  );

  return (
    <FormModal
      opened={opened}
      title={hotelId ? 'Edit hotel' : 'Add a hotel'}
      isDirty={() => form.isDirty()}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={hotelId ? 'Save hotel' : 'Add hotel'}
      submitting={form.submitting}
    >
      <Select
        label="City"
        data={bundle.stops.map((stop) => ({ value: stop.id, label: stop.name }))}
        allowDeselect={false}
        {...form.getInputProps('stopId')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Hotel" withAsterisk data-autofocus {...form.getInputProps('name')} />
        <TextInput
          label="Hotel name in local script"
          classNames={{ input: 'local-script' }}
          {...form.getInputProps('nameLocal')}
        />
      </SimpleGrid>
      <Textarea label="Address" autosize minRows={2} {...form.getInputProps('address')} />
      <Textarea
        label="Address in local script"
        description="The one to show a taxi driver"
        autosize
        minRows={2}
        classNames={{ input: 'local-script' }}
        {...form.getInputProps('addressLocal')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DateField label="Check-in" withAsterisk {...form.getInputProps('checkInDate')} />
        <DateField label="Check-out" withAsterisk {...form.getInputProps('checkOutDate')} />
        <TextInput label="Phone" type="tel" {...form.getInputProps('phone')} />
      </SimpleGrid>
      <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}
