/**
 * The reminders a trip's calendars carry, per kind of engagement, journey and hotel stay: chosen from a short
 * list of sensible times (or none), kept for the trip, and used by every export from then on. Mounted when
 * it opens, so it always starts from the reminders as stored.
 */
import { Button, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeReminder } from '../../domain/calendars/calendar-delivery';
import { DEFAULT_REMINDER_MINUTES, type ReminderKind, type ReminderMinutes } from '../../domain/calendars/calendar-reminders';
import { ENGAGEMENT_KINDS } from '../../domain/engagements/engagement';
import { TRAVEL_MODES, type TravelMode } from '../../domain/route/journey';
import type { Locale } from '../../i18n/locale';
import { useRepositories } from '../shared/context';
import { FormModal } from '../shared/components/FormModal';
import { useLocale } from '../shared/locale';
import { useFocusReturnWhenGone } from '../shared/focus-landing';

const NONE = 'none';
const CHOICES = [null, 0, 5, 10, 15, 30, 45, 60, 90, 120, 180, 240, 24 * 60];

function optionsFor(current: number | null, locale: Locale) {
  const minutes = CHOICES.includes(current) ? CHOICES : [...CHOICES, current].sort((a, b) => (a ?? -1) - (b ?? -1));
  return minutes.map((value) => ({ value: value === null ? NONE : String(value), label: locale.word(describeReminder(value)) }));
}

const GROUPS = [
  { title: 'engagements', kinds: ENGAGEMENT_KINDS },
  { title: 'journeys', kinds: TRAVEL_MODES },
  { title: 'hotels', kinds: ['hotel'] },
] as const satisfies readonly { title: string; kinds: readonly ReminderKind[] }[];

const isTravelMode = (kind: ReminderKind): kind is TravelMode => (TRAVEL_MODES as readonly string[]).includes(kind);

export interface RemindersModalProps {
  opened: boolean;
  tripId: string;
  reminders: ReminderMinutes;
  onClose: () => void;
}

export function RemindersModal({ opened, tripId, reminders, onClose }: RemindersModalProps) {
  useFocusReturnWhenGone();
  const { calendars } = useRepositories();
  const { t } = useTranslation(['calendars', 'route', 'engagements']);
  const locale = useLocale();
  const kindLabel = (kind: ReminderKind) =>
    kind === 'hotel' ? t('reminder.kind.hotel') : isTravelMode(kind) ? t(`route:mode.${kind}`) : t(`engagements:kind.${kind}`);
  const [values, setValues] = useState<ReminderMinutes>(reminders);
  const [saving, setSaving] = useState(false);
  // A narrow dialog: notifications of what came before go, so none lies over its buttons.
  useEffect(() => notifications.clean(), []);

  const save = async () => {
    setSaving(true);
    await calendars.saveReminders(tripId, values);
    setSaving(false);
    // Closed first, so the notification never covers the dialog.
    onClose();
    notifications.show({ color: 'teal', message: t('remindersDialog.saved') });
  };

  return (
    <FormModal
      opened={opened}
      title={t('remindersDialog.title')}
      isDirty={() => JSON.stringify(values) !== JSON.stringify(reminders)}
      onClose={onClose}
      onSubmit={(event) => {
        event?.preventDefault();
        void save();
      }}
      submitLabel={t('remindersDialog.save')}
      submitting={saving}
      size="xl"
    >
      <Text size="sm" c="dimmed">
        {t('remindersDialog.intro')}
      </Text>
      {GROUPS.map((group) => (
        <Stack key={group.title} gap="xs">
          <Title order={3} size="h5">
            {t(`remindersDialog.${group.title}`)}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            {group.kinds.map((kind) => (
              <Select
                key={kind}
                label={kindLabel(kind)}
                data={optionsFor(values[kind], locale)}
                value={values[kind] === null ? NONE : String(values[kind])}
                allowDeselect={false}
                onChange={(value) =>
                  setValues((current) => ({ ...current, [kind]: value === null || value === NONE ? null : Number(value) }))
                }
              />
            ))}
          </SimpleGrid>
        </Stack>
      ))}
      <div>
        <Button variant="subtle" onClick={() => setValues({ ...DEFAULT_REMINDER_MINUTES })}>
          {t('remindersDialog.usual')}
        </Button>
      </div>
    </FormModal>
  );
}
