/**
 * The form for one room at a hotel stay: its type, who sleeps in it (people in the stay's city) with each one's
 * nights, what the hotel is asked for and its confirmation. Choosing a person fills in the nights they are in
 * the city within the stay; the dates can then be changed for someone arriving late or leaving early.
 */
import { ActionIcon, Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { inFamilyNameOrder } from '../../domain/people/name-order';
import type { Hotel } from '../../domain/route/hotel';
import { ROOM_TYPES, type RoomType } from '../../domain/rooming/room';
import { ROOM_SLEEPS, validateRoomDraft, type RoomDraft } from '../../domain/rooming/room-rules';
import { defaultNights } from '../../domain/rooming/fill-from-cities';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { DateField } from '../shared/components/DateField';
import { FormModal, focusFirstError } from '../shared/components/FormModal';
import { landOnRecord } from '../shared/focus-landing';
import { useFormValuesOnOpen } from '../shared/components/use-form-values-on-open';
import { useRepositories } from '../shared/context';
import { wordFieldMessages } from '../shared/field-messages';
import { useLocale } from '../shared/locale';

const NO_DRAFT: RoomDraft = { accommodationId: '', type: 'single', occupants: [], requests: '', confirmation: '' };

export function RoomFormModal({
  opened,
  bundle,
  stay,
  roomId,
  initial,
  onClose,
}: {
  opened: boolean;
  bundle: TripBundle;
  stay: Hotel | null;
  roomId: string | null;
  initial: RoomDraft | null;
  onClose: () => void;
}) {
  const { rooming } = useRepositories();
  const { t } = useTranslation(['rooming', 'common']);
  const locale = useLocale();
  const start = initial ?? NO_DRAFT;
  const memberNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const membership of bundle.memberships) {
      const person = bundle.people.find((candidate) => candidate.id === membership.personId);
      if (person) names.set(person.id, person.name);
    }
    return names;
  }, [bundle.memberships, bundle.people]);
  const form = useForm<RoomDraft>({
    mode: 'controlled',
    initialValues: start,
    validate: (values) => wordFieldMessages(locale, validateRoomDraft(values, { stay, memberNames })),
  });
  useFormValuesOnOpen(form, opened, start);

  // Those in the stay's city, and anyone already in the room.
  const choices = useMemo(() => {
    if (!stay) return [];
    const inCity = bundle.memberships.filter((membership) => membership.stopIds.includes(stay.stopId)).map((membership) => membership.personId);
    const ids = new Set([...inCity, ...start.occupants.map((occupant) => occupant.personId)]);
    const people = bundle.people.filter((person) => ids.has(person.id));
    return inFamilyNameOrder(people, (person) => person.name, locale.compare).map((person) => ({
      value: person.id,
      label: person.nameLocal && person.nameLocal !== person.name ? `${person.name} ${person.nameLocal}` : person.name,
    }));
  }, [bundle.memberships, bundle.people, stay, start.occupants, locale.compare]);

  const submit = form.onSubmit(
    async (values, event) => {
      const result = await rooming.saveRoom(bundle.trip.id, roomId, values);
      if (!result.ok) {
        form.setErrors(wordFieldMessages(locale, result.error));
        focusFirstError(event);
        return;
      }
      notifications.show({ color: 'teal', message: t('form.saved', { hotel: stay?.name ?? '' }) });
      if (!roomId) landOnRecord(result.value.id);
      onClose();
    },
    (_errors, _values, event) => focusFirstError(event),
  );

  const choose = (index: number, personId: string | null) => {
    form.setFieldValue(`occupants.${index}.personId`, personId ?? '');
    if (personId && stay) {
      const nights = defaultNights(stay, personId, bundle);
      form.setFieldValue(`occupants.${index}.checkInDate`, nights.checkInDate);
      form.setFieldValue(`occupants.${index}.checkOutDate`, nights.checkOutDate);
    }
  };

  const sleeps = ROOM_SLEEPS[form.values.type];
  const occupants = form.values.occupants;

  return (
    <FormModal
      opened={opened}
      title={roomId ? t('form.titleEdit', { hotel: stay?.name ?? '' }) : t('form.titleAdd', { hotel: stay?.name ?? '' })}
      isDirty={() => form.isDirty()}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={roomId ? t('form.submitEdit') : t('form.submitAdd')}
      submitting={form.submitting}
      size="xl"
    >
      <Select
        label={t('form.type')}
        data={ROOM_TYPES.map((type) => ({ value: type, label: t(`type.${type}`) }))}
        allowDeselect={false}
        data-autofocus
        {...form.getInputProps('type')}
        onChange={(value) => value && form.setFieldValue('type', value as RoomType)}
      />
      <Stack gap="xs">
        <Text size="sm" fw={500}>
          {t('form.guests')}
        </Text>
        {occupants.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('form.noGuests')}
          </Text>
        )}
        {occupants.map((occupant, index) => (
          <Group key={index} align="flex-start" gap="xs" wrap="nowrap">
            <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ flex: 1 }}>
              <Select
                label={t('form.guest', { number: index + 1 })}
                placeholder={t('form.guestPlaceholder')}
                data={choices}
                searchable
                nothingFoundMessage={t('form.nobodyFound')}
                {...form.getInputProps(`occupants.${index}.personId`)}
                value={occupant.personId || null}
                onChange={(value) => choose(index, value)}
              />
              <DateField label={t('form.checkIn', { number: index + 1 })} {...form.getInputProps(`occupants.${index}.checkInDate`)} />
              <DateField label={t('form.checkOut', { number: index + 1 })} {...form.getInputProps(`occupants.${index}.checkOutDate`)} />
            </SimpleGrid>
            <ActionIcon
              variant="subtle"
              color="gray"
              mt={26}
              aria-label={t('form.removeGuest', { number: index + 1 })}
              onClick={() => form.removeListItem('occupants', index)}
            >
              <IconX size={16} />
            </ActionIcon>
          </Group>
        ))}
        {[form.errors.occupants, form.errors.accommodationId].map(
          (error) =>
            typeof error === 'string' && (
              <Text size="sm" c="red" key={error} role="alert">
                {error}
              </Text>
            ),
        )}
        {sleeps !== null && occupants.length > sleeps && (
          <Text size="sm" c="orange.8">
            {t('form.moreThanSleeps', { type: t(`typeInSentence.${form.values.type}`), count: sleeps })}
          </Text>
        )}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() =>
              form.insertListItem('occupants', { personId: '', checkInDate: stay?.checkInDate ?? '', checkOutDate: stay?.checkOutDate ?? '' })
            }
          >
            {t('form.addGuest')}
          </Button>
        </Group>
      </Stack>
      <Textarea
        label={t('form.requests')}
        description={t('form.requestsDescription')}
        autosize
        minRows={2}
        {...form.getInputProps('requests')}
      />
      <TextInput label={t('form.confirmation')} {...form.getInputProps('confirmation')} />
    </FormModal>
  );
}
