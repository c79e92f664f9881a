/**
 * The booking form: a vehicle, interpreter or guide for an engagement or for the transfer to a journey's
 * departure or from its arrival; for everyone attending or travelling, or for people chosen by name; and for a
 * vehicle, when and where it picks them up. The pick-up time is typed in 24-hour form on the city's clock, as
 * every time field of the app reads times; the pick-up place falls back to the hotel (or the station or airport
 * after an arrival), which the field shows until something else is typed.
 */
import { Alert, Checkbox, MultiSelect, Select, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { parseAssignmentDraft, targetOfKey, type AssignmentDraft } from '../../domain/logistics/assignment-rules';
import { bookedFor, bookingCity, bookingTargets } from '../../domain/logistics/booking-times';
import { passengerFinder } from '../../domain/logistics/passengers';
import { isVehicle, RESOURCE_KINDS } from '../../domain/logistics/resource';
import { defaultPickUpPlace } from '../../domain/logistics/trip-bookings';
import { inFamilyNameOrder } from '../../domain/people/name-order';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { useRepositories } from '../shared/context';
import { cityName } from '../shared/current-trip';
import { wordFieldMessages } from '../shared/field-messages';
import { FormModal, focusFirstError } from '../shared/components/FormModal';
import { landOnRecord } from '../shared/focus-landing';
import { TimeField } from '../shared/components/TimeField';
import { useFormValuesOnOpen } from '../shared/components/use-form-values-on-open';
import { useLocale } from '../shared/locale';
import { bookedForWords, resourceSummary, targetChoices } from './booking-words';

export interface BookingFormModalProps {
  opened: boolean;
  bundle: TripBundle;
  /** The booking edited; null for a new one. */
  assignmentId: string | null;
  initial: AssignmentDraft;
  /** What it is for is settled (booked from an engagement's page): shown, not offered. */
  fixedTarget?: boolean;
  onClose: () => void;
}

export function BookingFormModal({ opened, bundle, assignmentId, initial, fixedTarget = false, onClose }: BookingFormModalProps) {
  const { logistics } = useRepositories();
  const { t } = useTranslation(['logistics', 'route']);
  const locale = useLocale();
  const targets = useMemo(() => bookingTargets(bundle), [bundle]);
  const context = useMemo(() => ({ ...targets, resources: bundle.resources, assignments: bundle.assignments, editing: assignmentId }), [targets, bundle, assignmentId]);
  const form = useForm<AssignmentDraft>({
    mode: 'controlled',
    initialValues: initial,
    validate: (values) => {
      const parsed = parseAssignmentDraft(values, context);
      return parsed.ok ? {} : wordFieldMessages(locale, parsed.error);
    },
  });
  useFormValuesOnOpen(form, opened, initial);

  const values = form.values;
  const resource = bundle.resources.find((candidate) => candidate.id === values.resourceId);
  const vehicle = resource ? isVehicle(resource.kind) : true;
  const target = targetOfKey(values.target);
  const booked = target ? bookedFor(target, targets) : null;
  const passengers = useMemo(() => passengerFinder(bundle), [bundle]);
  const everyone = booked ? passengers({ personIds: null }, booked).length : 0;
  const riders = values.everyone ? everyone : values.personIds.length;
  const fallback = booked ? defaultPickUpPlace(bundle, booked) : null;
  const stopId = booked ? bookingCity(booked) : null;

  const resourceOptions = RESOURCE_KINDS.map((kind) => ({
    group: t(`kind.${kind}`),
    items: bundle.resources
      .filter((candidate) => candidate.kind === kind)
      .sort((a, b) => locale.compare(a.name, b.name))
      .map((candidate) => ({ value: candidate.id, label: `${candidate.name} · ${resourceSummary(t, locale, candidate)}` })),
  })).filter((group) => group.items.length > 0);
  const choices = useMemo(() => targetChoices(t, locale, bundle), [t, locale, bundle]);
  const targetOptions = useMemo(() => choices.map(({ value, label }) => ({ value, label })), [choices]);
  const people = useMemo(
    () =>
      inFamilyNameOrder(
        bundle.memberships.flatMap((membership) => bundle.people.find((person) => person.id === membership.personId) ?? []),
        (person) => person.name,
        locale.compare,
      ).map((person) => ({ value: person.id, label: person.nameLocal ? `${person.name} ${person.nameLocal}` : person.name })),
    [bundle, locale],
  );

  const submit = form.onSubmit(
    async (draft, event) => {
      const result = await logistics.assign(bundle.trip.id, assignmentId, draft);
      if (!result.ok) {
        form.setErrors(wordFieldMessages(locale, result.error));
        focusFirstError(event);
        return;
      }
      const what = bookedFor(result.value.target, targets);
      const name = bundle.resources.find((candidate) => candidate.id === result.value.resourceId)?.name ?? '';
      notifications.show({ color: 'teal', message: t('booking.saved', { name, what: what ? bookedForWords(t, locale, bundle, what) : '' }) });
      if (!assignmentId) landOnRecord(result.value.id);
      onClose();
    },
    (_errors, _values, event) => focusFirstError(event),
  );

  return (
    <FormModal
      opened={opened}
      title={assignmentId ? t('booking.titleEdit') : t('booking.titleAdd')}
      isDirty={() => form.isDirty()}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={assignmentId ? t('booking.submitEdit') : t('booking.submitAdd')}
      submitting={form.submitting}
    >
      <Select
        label={t('booking.resource')}
        placeholder={t('booking.resourcePlaceholder')}
        data={resourceOptions}
        searchable
        withAsterisk
        data-autofocus
        // Focused as the form opens: a list open by itself would take the form's Escape. It opens as the organiser
        // types, presses the down arrow or clicks.
        openOnFocus={false}
        nothingFoundMessage={t('booking.noResource')}
        {...form.getInputProps('resourceId')}
      />
      {fixedTarget && booked ? (
        <div>
          <Text size="sm" fw={500}>
            {t('booking.for')}
          </Text>
          <Text size="sm">{bookedForWords(t, locale, bundle, booked)}</Text>
        </div>
      ) : (
        <Select
          label={t('booking.for')}
          placeholder={t('booking.forPlaceholder')}
          data={targetOptions}
          searchable
          withAsterisk
          maxDropdownHeight={320}
          {...form.getInputProps('target')}
        />
      )}
      <Checkbox
        label={vehicle ? t('booking.everyoneRides', { count: everyone }) : t('booking.everyoneServed', { count: everyone })}
        {...form.getInputProps('everyone', { type: 'checkbox' })}
      />
      {!values.everyone && (
        <MultiSelect
          label={vehicle ? t('booking.whoRides') : t('booking.whoServed')}
          data={people}
          searchable
          clearable
          {...form.getInputProps('personIds')}
        />
      )}
      {resource && vehicle && resource.capacity !== null && riders > resource.capacity && (
        <Alert color="orange" icon={<IconAlertTriangle size={18} />} p="xs">
          {t('booking.tooFewSeats', { name: resource.name, seats: resource.capacity, count: riders })}
        </Alert>
      )}
      {vehicle && (
        <>
          <TimeField
            label={t('booking.pickUpTime')}
            description={stopId ? t('booking.pickUpTimeHintCity', { city: cityName(bundle, stopId, locale) }) : t('booking.pickUpTimeHint')}
            {...form.getInputProps('pickUpTime')}
          />
          <TextInput
            label={t('booking.pickUpPlace')}
            placeholder={fallback?.english || t('booking.pickUpPlacePlaceholder')}
            {...form.getInputProps('pickUpPlace')}
          />
          <TextInput
            label={t('booking.pickUpPlaceLocal')}
            description={t('booking.pickUpPlaceLocalHint')}
            placeholder={fallback?.local || undefined}
            classNames={{ input: 'local-script' }}
            {...form.getInputProps('pickUpPlaceLocal')}
          />
        </>
      )}
      <Textarea label={t('booking.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}
