/**
 * The trip's contacts in emergencies, entered once for the briefing book: the organiser's contact, the local
 * coordinator and the home country's embassy or consulates on the route. Nothing is saved until Save, and the
 * save can be taken back from its notification. A mission's country is picked from the countries in the reader's
 * language, the route's first; a new mission starts in the first country of the route that has none yet.
 */
import { ActionIcon, Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconTrash } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  emergencyContactsOf,
  emptyMissionDraft,
  validateEmergencyContacts,
  type EmergencyContactsDraft,
} from '../../domain/trip/emergency-contacts';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { saveEmergencyContacts } from '../../usecases/emergency-contacts';
import { useRepositories } from '../shared/context';
import { wordFieldMessages } from '../shared/field-messages';
import { FormModal, focusFirstError } from '../shared/components/FormModal';
import { useFormValuesOnOpen } from '../shared/components/use-form-values-on-open';
import { useLocale } from '../shared/locale';
import { revertOf, useOfferUndo } from '../shared/undo';
import { countryChoices } from './country-choices';

export interface EmergencyContactsModalProps {
  opened: boolean;
  bundle: TripBundle;
  onClose: () => void;
}

const missionFieldId = (index: number, field: string) => `mission-${index}-${field}`;

export function EmergencyContactsModal({ opened, bundle, onClose }: EmergencyContactsModalProps) {
  const repositories = useRepositories();
  const offerUndo = useOfferUndo();
  const { t } = useTranslation('trips');
  const locale = useLocale();
  const { trip } = bundle;
  const form = useForm<EmergencyContactsDraft>({
    mode: 'controlled',
    initialValues: emergencyContactsOf(trip),
    validate: (values) => wordFieldMessages(locale, validateEmergencyContacts(values)),
  });
  const startingValues = useMemo(() => emergencyContactsOf(trip), [trip]);
  useFormValuesOnOpen(form, opened, startingValues);

  const routeCountries = useMemo(() => bundle.stops.map((stop) => stop.country).filter(Boolean), [bundle.stops]);
  // Worked out when the dialog opens: naming and sorting 250 countries cost the trip page 30-50 ms on opening.
  const countries = useMemo(
    () =>
      opened
        ? countryChoices(locale, routeCountries, { route: t('emergency.modal.routeCountries'), other: t('emergency.modal.otherCountries') })
        : [],
    [opened, locale, routeCountries, t],
  );

  const submit = form.onSubmit(
    async (values, event) => {
      const saved = await saveEmergencyContacts({ repositories }, trip.id, values);
      if (!saved.ok) {
        form.setErrors(wordFieldMessages(locale, saved.error));
        focusFirstError(event);
        return;
      }
      onClose();
      offerUndo({
        message: t('emergency.saved', { name: saved.value.trip.name }),
        undo: revertOf(saved.value.change),
        undoneMessage: t('emergency.undone'),
      });
    },
    (_errors, _values, event) => focusFirstError(event),
  );

  const addMission = () => {
    const covered = new Set(form.values.diplomaticMissions.map((mission) => mission.country));
    const next = routeCountries.find((country) => !covered.has(country)) ?? '';
    const index = form.values.diplomaticMissions.length;
    form.insertListItem('diplomaticMissions', emptyMissionDraft(next));
    requestAnimationFrame(() => document.getElementById(missionFieldId(index, 'name'))?.focus());
  };

  const contactFields = (role: 'organiserContact' | 'localCoordinator') => {
    const words =
      role === 'organiserContact'
        ? { legend: t('emergency.modal.organiserLegend'), name: t('emergency.modal.organiserName'), phone: t('emergency.modal.organiserPhone'), email: t('emergency.modal.organiserEmail') }
        : { legend: t('emergency.modal.coordinatorLegend'), name: t('emergency.modal.coordinatorName'), phone: t('emergency.modal.coordinatorPhone'), email: t('emergency.modal.coordinatorEmail') };
    return (
      <Fieldset legend={words.legend}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={words.name} {...form.getInputProps(`${role}.name`)} />
          <TextInput label={words.phone} type="tel" {...form.getInputProps(`${role}.phone`)} />
          <TextInput label={words.email} type="text" inputMode="email" {...form.getInputProps(`${role}.email`)} />
        </SimpleGrid>
      </Fieldset>
    );
  };

  return (
    <FormModal
      opened={opened}
      title={t('emergency.modal.title')}
      isDirty={() => form.isDirty()}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('emergency.modal.save')}
      submitting={form.submitting}
      size="xl"
    >
      <Text size="sm" c="dimmed">
        {t('emergency.modal.intro')}
      </Text>
      {contactFields('organiserContact')}
      {contactFields('localCoordinator')}
      <Fieldset legend={t('emergency.modal.missionsLegend')}>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('emergency.modal.missionsHelp')}
          </Text>
          {form.values.diplomaticMissions.map((mission, index) => {
            const number = index + 1;
            const field = (name: keyof typeof mission) => ({
              id: missionFieldId(index, name),
              ...form.getInputProps(`diplomaticMissions.${index}.${name}`),
            });
            return (
              <Fieldset key={mission.id || `new-${index}`} legend={t('emergency.modal.mission', { number })} variant="filled">
                <Stack gap="xs">
                  <Group align="flex-end" wrap="nowrap">
                    <TextInput
                      style={{ flex: 1 }}
                      label={t('emergency.modal.missionName')}
                      placeholder={t('emergency.modal.missionNamePlaceholder')}
                      withAsterisk
                      {...field('name')}
                    />
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      mb={form.errors[`diplomaticMissions.${index}.name`] ? 22 : 2}
                      aria-label={t('emergency.modal.removeMission', { number })}
                      onClick={() => form.removeListItem('diplomaticMissions', index)}
                    >
                      <IconTrash size={18} />
                    </ActionIcon>
                  </Group>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <Select
                      label={t('emergency.modal.country')}
                      placeholder={t('emergency.modal.countryPlaceholder')}
                      data={countries}
                      searchable
                      withAsterisk
                      {...field('country')}
                    />
                    <TextInput label={t('emergency.modal.city')} description={t('emergency.modal.cityDescription')} {...field('city')} />
                  </SimpleGrid>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <TextInput label={t('emergency.modal.address')} {...field('address')} />
                    <TextInput label={t('emergency.modal.addressLocal')} className="local-script" {...field('addressLocal')} />
                  </SimpleGrid>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <TextInput label={t('emergency.modal.missionPhone')} type="tel" {...field('phone')} />
                    <TextInput label={t('emergency.modal.emergencyPhone')} type="tel" {...field('emergencyPhone')} />
                  </SimpleGrid>
                </Stack>
              </Fieldset>
            );
          })}
          <Group>
            <Button variant="light" onClick={addMission}>
              {t('emergency.modal.addMission')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </FormModal>
  );
}
