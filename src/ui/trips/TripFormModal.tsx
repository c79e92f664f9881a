/**
 * The trip form: creates or edits a trip; nothing is saved until every field is valid. A new trip's home zone
 * starts as the computer's own, said so, until a home city brings its zone; the home-city box shows the city
 * chosen.
 */
import { NumberInput, Select, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { isValidTimeZone } from '../../domain/shared/time';
import {
  emptyTripDraft,
  MAX_BUFFER_MINUTES,
  TRIP_STATUS_LABELS,
  TRIP_STATUSES,
  tripToDraft,
  validateTripDraft,
  type Trip,
  type TripDraft,
} from '../../domain/trip/trip';
import { useRepositories } from '../shared/context';
import { DateField } from '../shared/components/DateField';
import { useFormValuesOnOpen } from '../shared/components/use-form-values-on-open';
import { FormModal, focusFirstError } from '../shared/components/FormModal';
import { TimeZoneSelect } from '../shared/components/TimeZoneSelect';
import { CityPicker } from '../route';
import { computerZone } from '../shared/computer-zone';

export interface TripFormModalProps {
  opened: boolean;
  /** The trip to edit; none to create a new one. */
  trip: Trip | null;
  onClose: () => void;
  onSaved: (trip: Trip, created: boolean) => void;
}

const STATUS_OPTIONS = TRIP_STATUSES.map((status) => ({ value: status, label: TRIP_STATUS_LABELS[status] }));

/** A new trip's first home zone: the computer's own, where the system names one the app knows. */
function newTripDraft(): TripDraft {
  const zone = computerZone();
  return emptyTripDraft(isValidTimeZone(zone) ? zone : '');
}

export function TripFormModal({ opened, trip, onClose, onSaved }: TripFormModalProps) {
  const repositories = useRepositories();
  const form = useForm<TripDraft>({
    mode: 'controlled',
    initialValues: newTripDraft(),
    validate: (values) => validateTripDraft(values),
  });

  const startingValues = useMemo(() => (trip ? tripToDraft(trip) : newTripDraft()), [trip]);
  useFormValuesOnOpen(form, opened, startingValues);

  const submit = form.onSubmit(
    async (values, event) => {
      const result = trip ? await repositories.trips.update(trip.id, values) : await repositories.trips.create(values);
      if (!result.ok) {
        form.setErrors(result.error);
        focusFirstError(event);
        return;
      }
      notifications.show({
        color: 'teal',
        message: trip ? `Saved “${result.value.name}”` : `Created “${result.value.name}”`,
      });
      onSaved(result.value, !trip);
    },
    (_errors, _values, event) => focusFirstError(event),
  );

  const { home, homeZone } = form.values;
  const zoneIsComputers = !trip && home === null && homeZone !== '' && homeZone === startingValues.homeZone;
  return (
    <FormModal
      opened={opened}
      title={trip ? 'Edit trip' : 'New trip'}
      isDirty={() => form.isDirty()}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={trip ? 'Save trip' : 'Create trip'}
      submitting={form.submitting}
    >
      <TextInput
        label="Name"
        placeholder="e.g. Liverpool City Region trade mission to China"
        withAsterisk
        data-autofocus
        {...form.getInputProps('name')}
      />
      <Textarea
        label="Purpose"
        placeholder="What the delegation means to achieve"
        autosize
        minRows={2}
        {...form.getInputProps('purpose')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField label="Start date" withAsterisk {...form.getInputProps('startDate')} />
        <DateField label="End date" withAsterisk {...form.getInputProps('endDate')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <div>
          <CityPicker
            label="Home city"
            picked={home?.name ?? null}
            description={home ? `${home.name} (${home.country}), on the route map` : 'Where the delegation sets out from'}
            onPick={(place) => {
              form.setFieldValue('home', {
                name: place.name,
                country: place.country,
                latitude: place.latitude,
                longitude: place.longitude,
              });
              form.setFieldValue('homeZone', place.timeZone);
            }}
          />
          {home && (
            <Text
              size="xs"
              c="dimmed"
              mt={4}
              td="underline"
              style={{ cursor: 'pointer' }}
              component="button"
              type="button"
              bg="none"
              bd="none"
              p={0}
              onClick={() => form.setFieldValue('home', null)}
            >
              Clear home city
            </Text>
          )}
        </div>
        <TimeZoneSelect
          label="Home time zone"
          description={
            zoneIsComputers
              ? 'This computer’s zone, until you choose a home city. Delegates also see programme times in it.'
              : 'Every delegate also sees programme times in this zone.'
          }
          withAsterisk
          {...form.getInputProps('homeZone')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label="Status" data={STATUS_OPTIONS} allowDeselect={false} {...form.getInputProps('status')} />
        <NumberInput
          label="Minutes between engagements"
          description="Least time to get from one venue to the next; the checks warn of less."
          min={0}
          max={MAX_BUFFER_MINUTES}
          step={5}
          allowDecimal={false}
          allowNegative={false}
          suffix=" min"
          {...form.getInputProps('conflictBufferMinutes')}
        />
      </SimpleGrid>
      <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}
