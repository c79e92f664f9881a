/** The trip form: creates or edits a trip; nothing is saved until every field is valid. */
import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, type FormEvent } from 'react';
import { modals } from '@mantine/modals';
import {
  emptyTripDraft,
  TRIP_STATUS_LABELS,
  TRIP_STATUSES,
  tripToDraft,
  validateTripDraft,
  type Trip,
  type TripDraft,
} from '../../domain/trip';
import { useRepositories } from '../app/context';
import { DateField } from '../components/DateField';
import { TimeZoneSelect } from '../components/TimeZoneSelect';

export interface TripFormModalProps {
  opened: boolean;
  /** The trip to edit; none to create a new one. */
  trip: Trip | null;
  onClose: () => void;
  onSaved: (trip: Trip, created: boolean) => void;
}

const STATUS_OPTIONS = TRIP_STATUSES.map((status) => ({ value: status, label: TRIP_STATUS_LABELS[status] }));

export function TripFormModal({ opened, trip, onClose, onSaved }: TripFormModalProps) {
  const repositories = useRepositories();
  const form = useForm<TripDraft>({
    mode: 'controlled',
    initialValues: emptyTripDraft(),
    validate: (values) => validateTripDraft(values),
  });

  const { setValues, resetDirty, clearErrors } = form;
  useEffect(() => {
    if (!opened) return;
    const values = trip ? tripToDraft(trip) : emptyTripDraft();
    setValues(values);
    resetDirty(values);
    clearErrors();
  }, [opened, trip, setValues, resetDirty, clearErrors]);

  /** Closing a form with changes asks first: a stray Escape should not throw away typing. */
  const requestClose = () => {
    if (!form.isDirty()) {
      onClose();
      return;
    }
    modals.openConfirmModal({
      title: 'Discard your changes?',
      children: 'What you typed in this form has not been saved.',
      labels: { confirm: 'Discard changes', cancel: 'Keep editing' },
      confirmProps: { color: 'red' },
      onConfirm: onClose,
    });
  };

  /** After a failed save, the keyboard goes to the first field that needs attention. */
  const focusFirstError = (event: FormEvent<HTMLFormElement> | undefined) => {
    const element = event?.currentTarget;
    requestAnimationFrame(() => element?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };

  const submit = form.onSubmit(async (values, event) => {
    const result = trip ? await repositories.trips.update(trip.id, values) : await repositories.trips.create(values);
    if (!result.ok) {
      form.setErrors(result.error);
      focusFirstError(event);
      return;
    }
    notifications.show({ color: 'teal', message: trip ? `Saved “${result.value.name}”` : `Created “${result.value.name}”` });
    onSaved(result.value, !trip);
  }, (_errors, _values, event) => focusFirstError(event));

  return (
    <Modal opened={opened} onClose={requestClose} title={trip ? 'Edit trip' : 'New trip'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
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
            <TimeZoneSelect
              label="Home time zone"
              description="Every delegate also sees programme times in this zone."
              withAsterisk
              {...form.getInputProps('homeZone')}
            />
            <Select label="Status" data={STATUS_OPTIONS} allowDeselect={false} {...form.getInputProps('status')} />
          </SimpleGrid>
          <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={requestClose}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting}>
              {trip ? 'Save trip' : 'Create trip'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
