/**
 * The trip form: creates or edits a trip; nothing is saved until every field is valid. A new trip's home zone
 * starts as the computer's own, said so, until a home city brings its zone; the home-city box shows the city
 * chosen. An edit saves only the fields the person changed, on top of the trip as it is by then: a change saved
 * meanwhile in another window is kept, and a field both changed is offered for the person to choose.
 */
import { NumberInput, Select, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidTimeZone } from '../../domain/shared/time';
import {
  emptyTripDraft,
  MAX_BUFFER_MINUTES,
  TRIP_STATUSES,
  tripToDraft,
  validateTripDraft,
  type HomePlace,
  type Trip,
  type TripDraft,
  type TripStatus,
} from '../../domain/trip/trip';
import { useRepositories } from '../shared/context';
import { useUndoableEdit } from '../shared/undo';
import { DateField } from '../shared/components/DateField';
import { useFormValuesOnOpen, useValueWhenOpened } from '../shared/components/use-form-values-on-open';
import { FormModal, focusFirstError } from '../shared/components/FormModal';
import { EditClashPanel, useEditClash } from '../shared/components/EditClashPanel';
import { TimeZoneSelect } from '../shared/components/TimeZoneSelect';
import { CityPicker } from '../route';
import { computerZone } from '../shared/computer-zone';
import { useLocale } from '../shared/locale';
import { wordFieldMessages } from '../shared/field-messages';

export interface TripFormModalProps {
  opened: boolean;
  /** The trip to edit; none to create a new one. */
  trip: Trip | null;
  onClose: () => void;
  onSaved: (trip: Trip, created: boolean) => void;
}

/** A new trip's first home zone: the computer's own, where the system names one the app knows. */
function newTripDraft(): TripDraft {
  const zone = computerZone();
  return emptyTripDraft(isValidTimeZone(zone) ? zone : '');
}

export function TripFormModal({ opened, trip, onClose, onSaved }: TripFormModalProps) {
  const repositories = useRepositories();
  const undoableEdit = useUndoableEdit();
  const { t } = useTranslation('trips');
  const locale = useLocale();
  const form = useForm<TripDraft>({
    mode: 'controlled',
    initialValues: newTripDraft(),
    validate: (values) => wordFieldMessages(locale, validateTripDraft(values)),
  });
  const statusOptions = TRIP_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }));

  const openedOn = useValueWhenOpened(opened, trip);
  const startingValues = useMemo(() => (openedOn ? tripToDraft(openedOn) : newTripDraft()), [openedOn]);
  useFormValuesOnOpen(form, opened, startingValues);
  const clash = useEditClash(form, opened, startingValues);
  const { t: common } = useTranslation();

  const fieldLabel = (field: keyof TripDraft): string =>
    ({
      name: t('form.name'),
      purpose: t('form.purpose'),
      homeZone: t('form.homeZone'),
      home: t('form.homeCity'),
      startDate: t('form.startDate'),
      endDate: t('form.endDate'),
      status: t('form.status'),
      notes: t('form.notes'),
      conflictBufferMinutes: t('form.buffer'),
    })[field];
  const showValue = (field: keyof TripDraft, value: unknown): string => {
    if (field === 'home') return value ? locale.city(value as HomePlace) : '';
    if (field === 'status') return t(`status.${value as TripStatus}`);
    if (field === 'conflictBufferMinutes') return `${String(value)}${t('form.bufferSuffix')}`;
    return String(value ?? '');
  };

  const submit = form.onSubmit(
    async (values, event) => {
      const result = trip
        ? await undoableEdit(
            () => repositories.trips.saveEdit(trip.id, clash.base, values),
            (saved) => (saved.ok ? { message: t('form.saved', { name: saved.value.name }), name: saved.value.name } : null),
          )
        : await repositories.trips.create(values);
      if (!result.ok && 'clash' in result) {
        clash.found(result.clash);
        return;
      }
      if (!result.ok) {
        form.setErrors(wordFieldMessages(locale, result.error));
        focusFirstError(event);
        return;
      }
      if (!trip) notifications.show({ color: 'teal', message: t('form.created', { name: result.value.name }) });
      onSaved(result.value, !trip);
    },
    (_errors, _values, event) => focusFirstError(event),
  );

  const { home, homeZone } = form.values;
  const zoneIsComputers = !trip && home === null && homeZone !== '' && homeZone === startingValues.homeZone;
  return (
    <FormModal
      opened={opened}
      title={trip ? t('form.editTitle') : t('form.newTitle')}
      isDirty={() => form.isDirty()}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={clash.clashes.length > 0 ? common('editClash.save') : trip ? t('form.save') : t('form.create')}
      submitting={form.submitting}
    >
      <TextInput
        label={t('form.name')}
        placeholder={t('form.namePlaceholder')}
        withAsterisk
        data-autofocus
        {...form.getInputProps('name')}
      />
      <Textarea
        label={t('form.purpose')}
        placeholder={t('form.purposePlaceholder')}
        autosize
        minRows={2}
        {...form.getInputProps('purpose')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField label={t('form.startDate')} withAsterisk {...form.getInputProps('startDate')} />
        <DateField label={t('form.endDate')} withAsterisk {...form.getInputProps('endDate')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <div>
          <CityPicker
            label={t('form.homeCity')}
            picked={home?.name ?? null}
            description={home ? t('form.homeCityChosen', { name: locale.city(home), country: locale.country(home.country) }) : t('form.homeCityDescription')}
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
              {t('form.clearHomeCity')}
            </Text>
          )}
        </div>
        <TimeZoneSelect
          label={t('form.homeZone')}
          description={
            zoneIsComputers
              ? t('form.homeZoneComputers')
              : t('form.homeZoneDescription')
          }
          withAsterisk
          {...form.getInputProps('homeZone')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label={t('form.status')} data={statusOptions} allowDeselect={false} {...form.getInputProps('status')} />
        <NumberInput
          label={t('form.buffer')}
          description={t('form.bufferDescription')}
          min={0}
          max={MAX_BUFFER_MINUTES}
          step={5}
          allowDecimal={false}
          allowNegative={false}
          suffix={t('form.bufferSuffix')}
          {...form.getInputProps('conflictBufferMinutes')}
        />
      </SimpleGrid>
      <Textarea label={t('form.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
      {clash.clashes.length > 0 && (
        <EditClashPanel clashes={clash.clashes} choices={clash.choices} onChoose={clash.choose} label={fieldLabel} show={showValue} />
      )}
    </FormModal>
  );
}
