/**
 * The connections of the journey form: for each change of plane or train, where and when the leg before lands,
 * the zone of that place (suggested from the gazetteer by the airport's or station's name), where and when the
 * next leg leaves, and its number and carrier. The time to change shows as it is typed, with a warning when it
 * is shorter than the mode needs. Every field is bound through the form's getInputProps, by its path.
 */
import { Button, Fieldset, Group, SimpleGrid, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  cityOfJourneyPlace,
  connectionDraftMinutes,
  isShortConnection,
  MIN_CONNECTION_MINUTES,
  type JourneyConnectionDraft,
} from '../../domain/route/journey-legs';
import type { TravelMode } from '../../domain/route/journey';
import { durationMessage } from '../../domain/route/route';
import { useLocale } from '../shared/locale';
import { DateField } from '../shared/components/DateField';
import { RepeatedHourChoice } from '../shared/components/RepeatedHourChoice';
import { TimeField } from '../shared/components/TimeField';
import { TimeZoneSelect } from '../shared/components/TimeZoneSelect';
import { useGazetteer } from './use-gazetteer';

/** One connection as the form holds it: dates and times apart, as people type them. */
export interface JourneyConnectionFormValues
  extends Omit<JourneyConnectionDraft, 'arrivalLocal' | 'departureLocal'> {
  arrivalDate: string;
  arrivalTime: string;
  departureDate: string;
  departureTime: string;
}

/** The part of the journey form's values these fields read and write. */
interface WithConnections {
  mode: TravelMode;
  departureDate: string;
  connections: JourneyConnectionFormValues[];
}

/** A date field and a time field as one wall time for the domain to read, '' until both hold something. */
export const wallTimeOfFields = (date: string, time: string) =>
  date.trim() && time.trim() ? `${date.trim()}T${time.trim()}` : '';

export function connectionFormValues(draft: JourneyConnectionDraft): JourneyConnectionFormValues {
  const { arrivalLocal, departureLocal, ...rest } = draft;
  return {
    ...rest,
    arrivalDate: arrivalLocal.slice(0, 10),
    arrivalTime: arrivalLocal.slice(11, 16),
    departureDate: departureLocal.slice(0, 10),
    departureTime: departureLocal.slice(11, 16),
  };
}

export function connectionDraft(values: JourneyConnectionFormValues): JourneyConnectionDraft {
  const { arrivalDate, arrivalTime, departureDate, departureTime, ...rest } = values;
  return { ...rest, arrivalLocal: wallTimeOfFields(arrivalDate, arrivalTime), departureLocal: wallTimeOfFields(departureDate, departureTime) };
}

const fieldId = (index: number, field: string) => `journey-connection-${index}-${field}`;

/** "Time to change: 2 h 55 min", with a warning in words (not colour alone) when it is too short. */
function ChangeTime({ mode, values }: { mode: TravelMode; values: JourneyConnectionFormValues }) {
  const { t } = useTranslation('route');
  const locale = useLocale();
  const minutes = connectionDraftMinutes(connectionDraft(values));
  if (minutes === null || minutes < 0) return null;
  const short = isShortConnection(mode, minutes);
  const duration = locale.word(durationMessage(minutes));
  return (
    <Text size="sm" c={short ? 'orange.8' : 'dimmed'} aria-live="polite">
      {short
        ? t('connection.changeTimeShort', {
            duration,
            minimum: MIN_CONNECTION_MINUTES[mode],
            mode: t(`modeInSentence.${mode}`),
          })
        : t('connection.changeTime', { duration })}
    </Text>
  );
}

export function JourneyConnectionFields<Values extends WithConnections>({ form }: { form: UseFormReturnType<Values> }) {
  const { t } = useTranslation(['route', 'common']);
  const gazetteer = useGazetteer();
  const addButton = useRef<HTMLButtonElement>(null);
  // Mantine's paths are typed for the whole form; these fields only know that it has connections.
  const field = (index: number, name: keyof JourneyConnectionFormValues) =>
    form.getInputProps(`connections.${index}.${name}`);
  const set = (index: number, name: keyof JourneyConnectionFormValues, value: string) =>
    form.setFieldValue(`connections.${index}.${name}` as never, value as never);
  const connections = form.values.connections;

  // Whether each connection's zone was chosen by hand. Until it is, the zone follows the places typed, so a
  // connection moved from Helsinki to Beijing does not keep Helsinki's clock. Saved connections count as chosen.
  const zoneByHand = useRef<boolean[]>([]);

  /** The zone of the places just typed (where it lands, else where it leaves from), unless chosen by hand. */
  const suggestZone = (index: number, typed: Partial<Pick<JourneyConnectionFormValues, 'arrivalPlace' | 'departurePlace'>>) => {
    const connection = connections[index];
    if (!gazetteer || !connection || (zoneByHand.current[index] ?? true)) return;
    const { arrivalPlace, departurePlace } = { ...connection, ...typed };
    const city = cityOfJourneyPlace(gazetteer, arrivalPlace) ?? cityOfJourneyPlace(gazetteer, departurePlace);
    // A place the gazetteer does not know (an airport code) leaves the zone to be chosen, never a stale one.
    const zone = city?.timeZone ?? (arrivalPlace.trim() || departurePlace.trim() ? '' : connection.zone);
    if (zone !== connection.zone) set(index, 'zone', zone);
  };

  const add = () => {
    const previous = connections.at(-1);
    const date = previous ? previous.departureDate : form.values.departureDate;
    const added: JourneyConnectionFormValues = {
      arrivalPlace: '',
      arrivalDate: date,
      arrivalTime: '',
      zone: '',
      departurePlace: '',
      departureDate: date,
      departureTime: '',
      number: '',
      carrier: '',
    };
    form.insertListItem('connections' as never, added as never);
    const index = connections.length;
    zoneByHand.current[index] = false;
    requestAnimationFrame(() => document.getElementById(fieldId(index, 'arrivalPlace'))?.focus());
  };

  const remove = (index: number) => {
    form.removeListItem('connections' as never, index);
    zoneByHand.current.splice(index, 1);
    requestAnimationFrame(() => addButton.current?.focus());
  };

  return (
    <>
      {connections.map((connection, index) => (
        <Fieldset key={index} legend={t('connection.legend', { number: index + 1 })} variant="filled" p="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              id={fieldId(index, 'arrivalPlace')}
              label={t('connection.landsAt')}
              placeholder={t('journeyForm.placePlaceholder')}
              {...field(index, 'arrivalPlace')}
              onBlur={(event) => suggestZone(index, { arrivalPlace: event.currentTarget.value })}
            />
            <DateField
              label={t('connection.landingDate')}
              {...field(index, 'arrivalDate')}
              onChange={(value) => {
                // The next leg usually leaves on the day this one lands: follow it until it is set apart.
                if (!connection.departureDate || connection.departureDate === connection.arrivalDate) {
                  set(index, 'departureDate', value);
                }
                set(index, 'arrivalDate', value);
              }}
            />
            <TimeField label={t('connection.landingTime')} {...field(index, 'arrivalTime')} />
          </SimpleGrid>
          <RepeatedHourChoice
            label={t('connection.landing')}
            place={connection.arrivalPlace.trim() || t('connection.thePlace')}
            local={wallTimeOfFields(connection.arrivalDate, connection.arrivalTime)}
            zone={connection.zone}
            value={connection.arrivalOccurrence}
            onChange={(occurrence) => set(index, 'arrivalOccurrence', occurrence)}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
            <TextInput
              label={t('connection.leavesFrom')}
              placeholder={t('connection.leavesFromPlaceholder')}
              {...field(index, 'departurePlace')}
              onBlur={(event) => suggestZone(index, { departurePlace: event.currentTarget.value })}
            />
            <DateField label={t('connection.leavingDate')} {...field(index, 'departureDate')} />
            <TimeField label={t('connection.leavingTime')} {...field(index, 'departureTime')} />
          </SimpleGrid>
          <RepeatedHourChoice
            label={t('connection.leaving')}
            place={connection.departurePlace.trim() || connection.arrivalPlace.trim() || t('connection.thePlace')}
            local={wallTimeOfFields(connection.departureDate, connection.departureTime)}
            zone={connection.zone}
            value={connection.departureOccurrence}
            onChange={(occurrence) => set(index, 'departureOccurrence', occurrence)}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
            <TimeZoneSelect
              label={t('connection.zone')}
              description={t('connection.zoneDescription')}
              {...field(index, 'zone')}
              onChange={(zone: string) => {
                zoneByHand.current[index] = true;
                set(index, 'zone', zone);
              }}
            />
            <TextInput label={t('connection.number')} placeholder="HU7279" {...field(index, 'number')} />
            <TextInput label={t('connection.carrier')} placeholder={t('connection.carrierPlaceholder')} {...field(index, 'carrier')} />
          </SimpleGrid>
          <Group justify="space-between" mt="xs" wrap="nowrap">
            <ChangeTime mode={form.values.mode} values={connection} />
            <Button
              variant="subtle"
              color="red"
              size="xs"
              leftSection={<IconTrash size={14} />}
              aria-label={t('connection.remove', { number: index + 1 })}
              onClick={() => remove(index)}
              ml="auto"
              style={{ flexShrink: 0 }}
            >
              {t('common:action.remove')}
            </Button>
          </Group>
        </Fieldset>
      ))}
      <Group>
        <Button ref={addButton} variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={add}>
          {t('connection.add')}
        </Button>
        {connections.length === 0 && (
          <Text size="xs" c="dimmed">
            {t('connection.hint')}
          </Text>
        )}
      </Group>
    </>
  );
}
