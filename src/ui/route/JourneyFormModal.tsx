/**
 * The form for one journey. Each end is typed as on the ticket: the local date and time, in the zone of that
 * end, which follows the city chosen. The duration, worked out from the two instants, shows as you type, so a
 * time entered in the wrong zone stands out at once. A journey that changes planes or trains on one booking
 * has its connections between its departure and its arrival (JourneyConnectionFields).
 */
import {
  Alert,
  Grid,
  Group,
  MultiSelect,
  Radio,
  SegmentedControl,
  Select,
  SimpleGrid,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  arrivalDayOffset,
  durationMessage,
  parseJourneyDraft,
  type JourneyDraft,
  type ParsedJourney,
} from '../../domain/route/route';
import type { TFunction } from 'i18next';
import { wordFieldMessages } from '../shared/field-messages';
import { minutesBetween } from '../../domain/shared/time';
import { TRAVEL_MODES, type TravelMode } from '../../domain/route/journey';
import { journeyNumbers } from '../../domain/route/journey-legs';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { useRepositories } from '../shared/context';
import { DateField } from '../shared/components/DateField';
import {
  connectionDraft,
  connectionFormValues,
  JourneyConnectionFields,
  wallTimeOfFields,
  type JourneyConnectionFormValues,
} from './JourneyConnectionFields';
import { useFormValuesOnOpen } from '../shared/components/use-form-values-on-open';
import { FormModal, focusFirstError } from '../shared/components/FormModal';
import { RepeatedHourChoice } from '../shared/components/RepeatedHourChoice';
import { TimeField } from '../shared/components/TimeField';
import { TimeZoneSelect } from '../shared/components/TimeZoneSelect';
import { useLocale, type Locale } from '../shared/locale';
import { landOnRecord, useFocusReturnWhenGone } from '../shared/focus-landing';
import { compareByFamilyName } from '../../domain/people/name-order';

/** The journey form's fields: dates and times apart, as people type them. */
export interface JourneyFormValues
  extends Omit<JourneyDraft, 'departureLocal' | 'arrivalLocal' | 'fromStopId' | 'toStopId' | 'connections'> {
  from: string;
  to: string;
  departureDate: string;
  departureTime: string;
  arrivalDate: string;
  arrivalTime: string;
  connections: JourneyConnectionFormValues[];
}

const HOME = 'home';

export function journeyFormValues(draft: JourneyDraft): JourneyFormValues {
  const { fromStopId, toStopId, departureLocal, arrivalLocal, connections, ...rest } = draft;
  return {
    ...rest,
    connections: connections.map(connectionFormValues),
    from: fromStopId ?? HOME,
    to: toStopId ?? HOME,
    departureDate: departureLocal.slice(0, 10),
    departureTime: departureLocal.slice(11, 16),
    arrivalDate: arrivalLocal.slice(0, 10),
    arrivalTime: arrivalLocal.slice(11, 16),
  };
}

function toDraft(values: JourneyFormValues): JourneyDraft {
  const { from, to, departureDate, departureTime, arrivalDate, arrivalTime, connections, ...rest } = values;
  return {
    ...rest,
    connections: connections.map(connectionDraft),
    fromStopId: from === HOME ? null : from,
    toStopId: to === HOME ? null : to,
    departureLocal: wallTimeOfFields(departureDate, departureTime),
    arrivalLocal: wallTimeOfFields(arrivalDate, arrivalTime),
  };
}

/** The domain's errors, in the reader's words, put beside the field that shows the value. */
function formErrors(values: JourneyFormValues, locale: Locale): Record<string, string> {
  const parsed = parseJourneyDraft(toDraft(values));
  if (parsed.ok) return {};
  const { departureLocal, arrivalLocal, fromStopId, toStopId, ...rest } = wordFieldMessages(locale, parsed.error);
  const errors: Record<string, string> = {};
  const place = (message: string, date: string, dateField: string, timeField: string) => {
    errors[/^\d{4}-\d{2}-\d{2}$/.test(date) ? timeField : dateField] = message;
  };
  for (const [field, message] of Object.entries(rest)) {
    // A connection's time goes beside its date while the date is not one, else beside its time.
    const end = /^connections\.(\d+)\.(arrival|departure)Local$/.exec(field);
    const connection = end ? values.connections[Number(end[1])] : undefined;
    if (end && connection && message) {
      const side = end[2] as 'arrival' | 'departure';
      place(message, connection[`${side}Date`], `connections.${end[1]}.${side}Date`, `connections.${end[1]}.${side}Time`);
    } else if (message) errors[field] = message;
  }
  if (fromStopId) errors['from'] = fromStopId;
  if (toStopId) errors['to'] = toStopId;
  if (departureLocal) place(departureLocal, values.departureDate, 'departureDate', 'departureTime');
  if (arrivalLocal) place(arrivalLocal, values.arrivalDate, 'arrivalDate', 'arrivalTime');
  return errors;
}

/** "Takes 10 h 40 min, arriving the next day, with 1 connection on the way." */
function takesInWords(journey: ParsedJourney, t: TFunction<'route'>, locale: Locale): string {
  const duration = locale.word(durationMessage(minutesBetween(journey.departure, journey.arrival)));
  const offset = arrivalDayOffset(journey.departure, journey.arrival);
  const count = journey.connections.length;
  const when = offset === 0 ? 'sameDay' : offset === 1 ? 'nextDay' : offset > 0 ? 'daysLater' : 'dayBefore';
  return count > 0
    ? t(`journeyForm.takes.${when}Connecting`, { duration, days: offset, count })
    : t(`journeyForm.takes.${when}`, { duration, days: offset });
}

export interface JourneyFormModalProps {
  opened: boolean;
  bundle: TripBundle;
  journeyId: string | null;
  initial: JourneyFormValues;
  onClose: () => void;
}

export function JourneyFormModal({ opened, bundle, journeyId, initial, onClose }: JourneyFormModalProps) {
  useFocusReturnWhenGone();
  const { route } = useRepositories();
  const { t } = useTranslation('route');
  const locale = useLocale();
  const form = useForm<JourneyFormValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: (values) => formErrors(values, locale),
  });
  useFormValuesOnOpen(form, opened, initial);

  const places = useMemo(
    () => [
      {
        value: HOME,
        label: bundle.trip.home ? t('journeyForm.homeNamed', { name: locale.city(bundle.trip.home) }) : t('journeyForm.home'),
      },
      ...bundle.stops.map((stop) => ({ value: stop.id, label: locale.city(stop) })),
    ],
    [bundle, t, locale],
  );
  const members = useMemo(
    () =>
      bundle.memberships
        .map((membership) => ({
          value: membership.personId,
          label: bundle.people.find((person) => person.id === membership.personId)?.name ?? t('journeyForm.unknownPerson'),
        }))
        .sort((a, b) => compareByFamilyName(a.label, b.label)),
    [bundle, t],
  );
  const placeName = (place: string) => {
    if (place === HOME) return bundle.trip.home ? locale.city(bundle.trip.home) : t('journeyForm.homeLower');
    const stop = bundle.stops.find((candidate) => candidate.id === place);
    return stop ? locale.city(stop) : t('journeyForm.thatPlace');
  };
  const zoneOf = (place: string) =>
    place === HOME ? bundle.trip.homeZone : (bundle.stops.find((stop) => stop.id === place)?.timeZone ?? '');

  const preview = parseJourneyDraft(toDraft(form.values));
  const submit = form.onSubmit(
    async (values, event) => {
      const result = await route.saveJourney(bundle.trip.id, journeyId, toDraft(values));
      if (!result.ok) {
        form.setErrors(formErrors(values, locale));
        focusFirstError(event);
        return;
      }
      const number = journeyNumbers(result.value);
      notifications.show({
        color: 'teal',
        message: t('journeyForm.saved', { mode: t(`modeInSentence.${result.value.mode}`), numbers: number }).trim(),
      });
      if (!journeyId) landOnRecord(result.value.id);
      onClose();
    },
    (_errors, _values, event) => focusFirstError(event),
  );

  return (
    <FormModal
      opened={opened}
      title={journeyId ? t('journeyForm.titleEdit') : t('journeyForm.titleAdd')}
      isDirty={() => form.isDirty()}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={journeyId ? t('journeyForm.submitEdit') : t('journeyForm.submitAdd')}
      submitting={form.submitting}
      size="xl"
    >
      <SegmentedControl
        aria-label={t('journeyForm.how')}
        data={TRAVEL_MODES.map((mode) => ({ value: mode, label: t(`mode.${mode}`) }))}
        value={form.values.mode}
        onChange={(value) => form.setFieldValue('mode', value as TravelMode)}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('journeyForm.from')}
          data={places}
          allowDeselect={false}
          {...form.getInputProps('from')}
          onChange={(value) => {
            form.setFieldValue('from', value ?? HOME);
            form.setFieldValue('departureZone', zoneOf(value ?? HOME));
          }}
        />
        <Select
          label={t('journeyForm.to')}
          data={places}
          allowDeselect={false}
          {...form.getInputProps('to')}
          onChange={(value) => {
            form.setFieldValue('to', value ?? HOME);
            form.setFieldValue('arrivalZone', zoneOf(value ?? HOME));
          }}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('journeyForm.number')} placeholder={t('journeyForm.numberPlaceholder', { flight: 'MU5401', train: 'G1234' })} data-autofocus {...form.getInputProps('number')} />
        <TextInput label={t('journeyForm.carrier')} placeholder={t('journeyForm.carrierPlaceholder')} {...form.getInputProps('carrier')} />
        <TextInput label={t('journeyForm.bookingReference')} {...form.getInputProps('bookingReference')} />
      </SimpleGrid>

      <Text fw={600} size="sm" mb={-8}>
        {t('journeyForm.departsHeading')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DateField label={t('journeyForm.departureDate')} {...form.getInputProps('departureDate')} />
        <TimeField label={t('journeyForm.departureTime')} {...form.getInputProps('departureTime')} />
        <TimeZoneSelect label={t('journeyForm.departureZone')} {...form.getInputProps('departureZone')} />
      </SimpleGrid>
      <RepeatedHourChoice
        label={t('journeyForm.departure')}
        place={placeName(form.values.from)}
        local={wallTimeOfFields(form.values.departureDate, form.values.departureTime)}
        zone={form.values.departureZone}
        value={form.values.departureOccurrence}
        onChange={(occurrence) => form.setFieldValue('departureOccurrence', occurrence)}
      />
      <Grid>
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <TextInput
            label={t('journeyForm.departsFrom')}
            placeholder={t('journeyForm.placePlaceholder')}
            {...form.getInputProps('departurePlace')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label={t('journeyForm.departureTerminal')}
            placeholder={t('journeyForm.terminalPlaceholder')}
            {...form.getInputProps('departureTerminal')}
          />
        </Grid.Col>
      </Grid>

      <JourneyConnectionFields form={form} />

      <Text fw={600} size="sm" mb={-8}>
        {t('journeyForm.arrivesHeading')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DateField label={t('journeyForm.arrivalDate')} {...form.getInputProps('arrivalDate')} />
        <TimeField label={t('journeyForm.arrivalTime')} {...form.getInputProps('arrivalTime')} />
        <TimeZoneSelect label={t('journeyForm.arrivalZone')} {...form.getInputProps('arrivalZone')} />
      </SimpleGrid>
      <RepeatedHourChoice
        label={t('journeyForm.arrival')}
        place={placeName(form.values.to)}
        local={wallTimeOfFields(form.values.arrivalDate, form.values.arrivalTime)}
        zone={form.values.arrivalZone}
        value={form.values.arrivalOccurrence}
        onChange={(occurrence) => form.setFieldValue('arrivalOccurrence', occurrence)}
      />
      <Grid>
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <TextInput
            label={t('journeyForm.arrivesAt')}
            placeholder={t('journeyForm.placePlaceholder')}
            {...form.getInputProps('arrivalPlace')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label={t('journeyForm.arrivalTerminal')}
            placeholder={t('journeyForm.terminalPlaceholder')}
            {...form.getInputProps('arrivalTerminal')}
          />
        </Grid.Col>
      </Grid>

      {preview.ok && (
        <Alert color="blue" variant="light" p="xs" aria-live="polite">
          <Group gap="xs">
            <Text size="sm">{takesInWords(preview.value, t, locale)}</Text>
          </Group>
        </Alert>
      )}
      <Radio.Group
        label={t('journeyForm.whoTravels')}
        value={form.values.travellerIds === null ? 'everyone' : 'some'}
        onChange={(value) => form.setFieldValue('travellerIds', value === 'everyone' ? null : [])}
      >
        <Group mt={4}>
          <Radio value="everyone" label={t('journeyForm.everyone')} />
          <Radio value="some" label={t('journeyForm.some')} />
        </Group>
      </Radio.Group>
      {form.values.travellerIds !== null && (
        <MultiSelect
          label={t('journeyForm.travellers')}
          placeholder={members.length ? t('journeyForm.chooseTravellers') : t('journeyForm.addPeopleFirst')}
          data={members}
          searchable
          {...form.getInputProps('travellerIds')}
          value={form.values.travellerIds}
        />
      )}
      <Textarea label={t('journeyForm.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}
