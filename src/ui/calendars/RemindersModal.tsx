/**
 * The reminders a trip's calendars carry, per kind of engagement, journey and hotel stay: chosen from a short
 * list of sensible times (or none), kept for the trip, and used by every export from then on. Mounted when
 * it opens, so it always starts from the reminders as stored.
 */
import { Button, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { describeReminder, REMINDER_KIND_LABELS } from '../../domain/calendars/calendar-delivery';
import { DEFAULT_REMINDER_MINUTES, type ReminderKind, type ReminderMinutes } from '../../domain/calendars/calendar-reminders';
import { ENGAGEMENT_KINDS } from '../../domain/engagements/engagement';
import { TRAVEL_MODES } from '../../domain/route/journey';
import { useRepositories } from '../shared/context';
import { FormModal } from '../shared/components/FormModal';

const NONE = 'none';
const CHOICES = [null, 0, 5, 10, 15, 30, 45, 60, 90, 120, 180, 240, 24 * 60];

function optionsFor(current: number | null) {
  const minutes = CHOICES.includes(current) ? CHOICES : [...CHOICES, current].sort((a, b) => (a ?? -1) - (b ?? -1));
  return minutes.map((value) => ({ value: value === null ? NONE : String(value), label: describeReminder(value) }));
}

const GROUPS: { title: string; kinds: readonly ReminderKind[] }[] = [
  { title: 'Engagements', kinds: ENGAGEMENT_KINDS },
  { title: 'Journeys', kinds: TRAVEL_MODES },
  { title: 'Hotels', kinds: ['hotel'] },
];

export interface RemindersModalProps {
  opened: boolean;
  tripId: string;
  reminders: ReminderMinutes;
  onClose: () => void;
}

export function RemindersModal({ opened, tripId, reminders, onClose }: RemindersModalProps) {
  const { calendars } = useRepositories();
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
    notifications.show({ color: 'teal', message: 'Reminders saved: the next calendars you export carry them.' });
  };

  return (
    <FormModal
      opened={opened}
      title="Reminders in this trip’s calendars"
      isDirty={() => JSON.stringify(values) !== JSON.stringify(reminders)}
      onClose={onClose}
      onSubmit={(event) => {
        event?.preventDefault();
        void save();
      }}
      submitLabel="Save reminders"
      submitting={saving}
      size="xl"
    >
      <Text size="sm" c="dimmed">
        How long before each item a delegate’s phone reminds them. Cancelled engagements never remind.
      </Text>
      {GROUPS.map((group) => (
        <Stack key={group.title} gap="xs">
          <Title order={4} size="h5">
            {group.title}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            {group.kinds.map((kind) => (
              <Select
                key={kind}
                label={REMINDER_KIND_LABELS[kind]}
                data={optionsFor(values[kind])}
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
          Back to the usual reminders
        </Button>
      </div>
    </FormModal>
  );
}
