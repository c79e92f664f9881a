/**
 * The form for one city of the route. Picked from the gazetteer it arrives filled in; entered by hand it needs
 * a country and a time zone. When the arrival date moves and the city has engagements, it offers to move them.
 */
import { NumberInput, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { type FormEvent } from 'react';
import type { CityDraft } from '../../domain/route/route';
import { validateCityDraft } from '../../domain/route/route';
import type { City } from '../../domain/route/city';
import { daysBetween } from '../../domain/shared/date-arithmetic';
import { useRepositories } from '../shared/context';
import { DateField } from '../shared/components/DateField';
import { useFormValuesOnOpen } from '../shared/components/use-form-values-on-open';
import { FormModal, focusFirstError } from '../shared/components/FormModal';
import { TimeZoneSelect } from '../shared/components/TimeZoneSelect';

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
  const { route } = useRepositories();
  const form = useForm<CityDraft>({ mode: 'controlled', initialValues: initial, validate: validateCityDraft });
  useFormValuesOnOpen(form, opened, initial);

  const save = async (values: CityDraft, moveEngagements: boolean, event?: FormEvent<HTMLFormElement>) => {
    const result = city
      ? await route.updateCity(city.id, values, { moveEngagements })
      : await route.addCity(tripId, values);
    if (!result.ok) {
      const { engagements, ...fields } = result.error as typeof result.error & { engagements?: string };
      if (engagements) notifications.show({ color: 'red', title: 'Engagements not moved', message: engagements });
      form.setErrors(fields);
      focusFirstError(event);
      return;
    }
    notifications.show({ color: 'teal', message: city ? `Saved ${values.name}` : `Added ${values.name} to the route` });
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
      const direction = days > 0 ? 'later' : 'earlier';
      modals.openConfirmModal({
        title: `Move ${values.name}’s engagements too?`,
        children: `${values.name} now starts ${Math.abs(days)} day${Math.abs(days) === 1 ? '' : 's'} ${direction}. Move its ${count} engagement${count === 1 ? '' : 's'} by the same, keeping their local times?`,
        labels: { confirm: 'Move engagements', cancel: 'Keep their dates' },
        onConfirm: () => void save(values, true),
        onCancel: () => void save(values, false),
      });
    },
    (_errors, _values, event) => focusFirstError(event),
  );

  return (
    <FormModal
      opened={opened}
      title={city ? `Edit ${city.name}` : 'Add a city'}
      isDirty={() => form.isDirty()}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={city ? 'Save city' : 'Add city'}
      submitting={form.submitting}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="City" withAsterisk data-autofocus {...form.getInputProps('name')} />
        <TextInput
          label="Name in local script"
          placeholder="e.g. 天津"
          classNames={{ input: 'local-script' }}
          {...form.getInputProps('nameLocal')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField label="Arrival date" withAsterisk {...form.getInputProps('arrivalDate')} />
        <DateField label="Departure date" withAsterisk {...form.getInputProps('departureDate')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TimeZoneSelect label="Time zone" withAsterisk {...form.getInputProps('timeZone')} />
        <TextInput
          label="Country code"
          description="Two letters, such as CN"
          maxLength={2}
          withAsterisk
          {...form.getInputProps('country')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label="Latitude"
          decimalScale={4}
          min={-90}
          max={90}
          {...form.getInputProps('latitude')}
          value={form.values.latitude ?? ''}
          onChange={(value) => form.setFieldValue('latitude', typeof value === 'number' ? value : null)}
        />
        <NumberInput
          label="Longitude"
          decimalScale={4}
          min={-180}
          max={180}
          {...form.getInputProps('longitude')}
          value={form.values.longitude ?? ''}
          onChange={(value) => form.setFieldValue('longitude', typeof value === 'number' ? value : null)}
        />
      </SimpleGrid>
      <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}
