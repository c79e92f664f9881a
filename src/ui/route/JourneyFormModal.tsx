/**
 * The form for one journey. Each end is typed as on the ticket: the local date and time, in the zone of that
 * end, which follows the city chosen. The duration, worked out from the two instants, shows as you type, so a
 * time entered in the wrong zone stands out at once. A journey that changes planes or trains on one booking
 * has its connections between its departure and its arrival (JourneyConnectionFields).
 */
import {
  Alert,
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
import {
  arrivalDayOffset,
  formatDuration,
  parseJourneyDraft,
  type JourneyDraft,
} from '../../domain/route/route';
import { minutesBetween } from '../../domain/shared/time';
import { TRAVEL_MODE_LABELS, TRAVEL_MODES, type TravelMode } from '../../domain/route/journey';
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
import { countedNoun } from '../../domain/shared/counted-noun';
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

/** The domain's errors, put beside the field that shows the value. */
function formErrors(values: JourneyFormValues): Record<string, string> {
  const parsed = parseJourneyDraft(toDraft(values));
  if (parsed.ok) return {};
  const { departureLocal, arrivalLocal, fromStopId, toStopId, ...rest } = parsed.error;
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

export interface JourneyFormModalProps {
  opened: boolean;
  bundle: TripBundle;
  journeyId: string | null;
  initial: JourneyFormValues;
  onClose: () => void;
}

export function JourneyFormModal({ opened, bundle, journeyId, initial, onClose }: JourneyFormModalProps) {
  const { route } = useRepositories();
  const form = useForm<JourneyFormValues>({ mode: 'controlled', initialValues: initial, validate: formErrors });
  useFormValuesOnOpen(form, opened, initial);

  const places = useMemo(
    () => [
      { value: HOME, label: bundle.trip.home ? `Home (${bundle.trip.home.name})` : 'Home' },
      ...bundle.stops.map((stop) => ({ value: stop.id, label: stop.name })),
    ],
    [bundle],
  );
  const members = useMemo(
    () =>
      bundle.memberships
        .map((membership) => ({
          value: membership.personId,
          label: bundle.people.find((person) => person.id === membership.personId)?.name ?? 'Unknown',
        }))
        .sort((a, b) => compareByFamilyName(a.label, b.label)),
    [bundle],
  );
  const placeName = (place: string) =>
    place === HOME ? (bundle.trip.home?.name ?? 'home') : (bundle.stops.find((stop) => stop.id === place)?.name ?? 'that place');
  const zoneOf = (place: string) =>
    place === HOME ? bundle.trip.homeZone : (bundle.stops.find((stop) => stop.id === place)?.timeZone ?? '');

  const preview = parseJourneyDraft(toDraft(form.values));
  const submit = form.onSubmit(
    async (values, event) => {
      const result = await route.saveJourney(bundle.trip.id, journeyId, toDraft(values));
      if (!result.ok) {
        form.setErrors(formErrors(values));
        focusFirstError(event);
        return;
      }
      const number = journeyNumbers(result.value);
      notifications.show({ color: 'teal', message: `Saved ${TRAVEL_MODE_LABELS[result.value.mode].toLowerCase()} ${number}`.trim() });
      onClose();
    },
    (_errors, _values, event) => focusFirstError(event),
  );

  return (
    <FormModal
      opened={opened}
      title={journeyId ? 'Edit journey' : 'Add a journey'}
      isDirty={() => form.isDirty()}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={journeyId ? 'Save journey' : 'Add journey'}
      submitting={form.submitting}
      size="xl"
    >
      <SegmentedControl
        aria-label="How"
        data={TRAVEL_MODES.map((mode) => ({ value: mode, label: TRAVEL_MODE_LABELS[mode] }))}
        value={form.values.mode}
        onChange={(value) => form.setFieldValue('mode', value as TravelMode)}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="From"
          data={places}
          allowDeselect={false}
          {...form.getInputProps('from')}
          onChange={(value) => {
            form.setFieldValue('from', value ?? HOME);
            form.setFieldValue('departureZone', zoneOf(value ?? HOME));
          }}
        />
        <Select
          label="To"
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
        <TextInput label="Number" placeholder="MU5401, G1234" data-autofocus {...form.getInputProps('number')} />
        <TextInput label="Carrier" placeholder="China Eastern Airlines" {...form.getInputProps('carrier')} />
        <TextInput label="Booking reference" {...form.getInputProps('bookingReference')} />
      </SimpleGrid>

      <Text fw={600} size="sm" mb={-8}>
        Departs (local time where it leaves)
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DateField label="Departure date" {...form.getInputProps('departureDate')} />
        <TimeField label="Departure time" {...form.getInputProps('departureTime')} />
        <TimeZoneSelect label="Departure time zone" {...form.getInputProps('departureZone')} />
      </SimpleGrid>
      <RepeatedHourChoice
        label="Departure"
        place={placeName(form.values.from)}
        local={wallTimeOfFields(form.values.departureDate, form.values.departureTime)}
        zone={form.values.departureZone}
        value={form.values.departureOccurrence}
        onChange={(occurrence) => form.setFieldValue('departureOccurrence', occurrence)}
      />
      <TextInput
        label="Departs from"
        placeholder="Airport or station, with terminal"
        {...form.getInputProps('departurePlace')}
      />

      <JourneyConnectionFields form={form} />

      <Text fw={600} size="sm" mb={-8}>
        Arrives (local time where it lands)
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DateField label="Arrival date" {...form.getInputProps('arrivalDate')} />
        <TimeField label="Arrival time" {...form.getInputProps('arrivalTime')} />
        <TimeZoneSelect label="Arrival time zone" {...form.getInputProps('arrivalZone')} />
      </SimpleGrid>
      <RepeatedHourChoice
        label="Arrival"
        place={placeName(form.values.to)}
        local={wallTimeOfFields(form.values.arrivalDate, form.values.arrivalTime)}
        zone={form.values.arrivalZone}
        value={form.values.arrivalOccurrence}
        onChange={(occurrence) => form.setFieldValue('arrivalOccurrence', occurrence)}
      />
      <TextInput label="Arrives at" placeholder="Airport or station, with terminal" {...form.getInputProps('arrivalPlace')} />

      {preview.ok && (
        <Alert color="blue" variant="light" p="xs" aria-live="polite">
          <Group gap="xs">
            <Text size="sm">
              Takes {formatDuration(minutesBetween(preview.value.departure, preview.value.arrival))}
              {(() => {
                const offset = arrivalDayOffset(preview.value.departure, preview.value.arrival);
                if (offset === 0) return ', arriving the same day';
                if (offset === 1) return ', arriving the next day';
                return offset > 0 ? `, arriving ${offset} days later` : ', arriving the day before by the local calendar';
              })()}
              {preview.value.connections.length > 0 &&
                `, with ${countedNoun(preview.value.connections.length, 'connection')} on the way`}
              .
            </Text>
          </Group>
        </Alert>
      )}
      <Radio.Group
        label="Who travels"
        value={form.values.travellerIds === null ? 'everyone' : 'some'}
        onChange={(value) => form.setFieldValue('travellerIds', value === 'everyone' ? null : [])}
      >
        <Group mt={4}>
          <Radio value="everyone" label="The delegation on this part of the route" />
          <Radio value="some" label="Only some people (their own travel in or out)" />
        </Group>
      </Radio.Group>
      {form.values.travellerIds !== null && (
        <MultiSelect
          label="Travellers"
          placeholder={members.length ? 'Choose who takes this journey' : 'Add people to the trip first'}
          data={members}
          searchable
          {...form.getInputProps('travellerIds')}
          value={form.values.travellerIds}
        />
      )}
      <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}
