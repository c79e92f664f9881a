/**
 * Where each member stands with their calendar, worked out from the live trip on every change, and how it
 * reads on screen: "Up to date", "Never sent", "Changed since 1 Nov 2016, 09:00: “MoU signing” moved".
 */
import { Group, Text } from '@mantine/core';
import { IconCalendarCheck, IconCalendarDot, IconCalendarX } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { calendarDelivery, describeChanges, type CalendarDelivery } from '../../domain/calendars/calendar-delivery';
import { digestOf, memberCalendarEntries, type Selection } from '../../domain/calendars/calendar-digest';
import { eventNaming } from '../../domain/calendars/calendar-event-titles';
import { reminderDigest } from '../../domain/calendars/calendar-reminders';
import type { Membership } from '../../domain/people/person';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { useRepositories } from '../shared/context';
import { useCurrentTrip } from '../shared/current-trip';

/** The reminders the trip's next calendars would carry, in short; undefined until read. */
function useReminderDigest(tripId: string): string | undefined {
  const { calendars } = useRepositories();
  const reminders = useLiveQuery(() => calendars.reminders(tripId), [calendars, tripId]);
  return reminders ? reminderDigest(reminders) : undefined;
}

/** One member's delivery, from their programme's items (see personalProgrammeInput). */
export function useCalendarDelivery(
  membership: Pick<Membership, 'calendarExportedAt' | 'calendarExportedEvents' | 'calendarExportedReminders'> | undefined,
  items: Selection | null,
): CalendarDelivery | null {
  const bundle = useCurrentTrip();
  const reminders = useReminderDigest(bundle.trip.id);
  const naming = useMemo(() => eventNaming(bundle), [bundle]);
  return useMemo(
    () => (membership && items ? calendarDelivery(membership, digestOf(items, naming), reminders) : null),
    [membership, items, naming, reminders],
  );
}

/** Each member's delivery, by person id. */
export function useCalendarDeliveries(bundle: TripBundle): Map<string, CalendarDelivery> {
  const reminders = useReminderDigest(bundle.trip.id);
  return useMemo(() => {
    const entries = memberCalendarEntries(bundle);
    return new Map(
      bundle.memberships.map((membership) => [
        membership.personId,
        calendarDelivery(membership, entries.get(membership.personId) ?? [], reminders),
      ]),
    );
  }, [bundle, reminders]);
}

const sentFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** When an export happened, in this computer's time: "1 Nov 2016, 09:00". */
export function formatSentAt(instant: string): string {
  return sentFormat.format(new Date(instant));
}

/** The delivery as one sentence: "Never sent", "Up to date", "Changed since 1 Nov 2016, 09:00: “Dinner” added". */
export function deliveryText(delivery: CalendarDelivery): string {
  switch (delivery.state) {
    case 'never':
      return 'Never sent';
    case 'up-to-date':
      return 'Up to date';
    case 'changed':
      return `Changed since ${formatSentAt(delivery.sentAt)}: ${
        delivery.changes ? describeChanges(delivery.changes) : 'what was sent then is not known'
      }`;
  }
}

const LOOK: Record<CalendarDelivery['state'], { color: string; Icon: typeof IconCalendarCheck }> = {
  'up-to-date': { color: 'teal.8', Icon: IconCalendarCheck },
  never: { color: 'gray.7', Icon: IconCalendarX },
  changed: { color: 'orange.9', Icon: IconCalendarDot },
};

/** The delivery in words with an icon beside them: colour is never the only signal. */
export function DeliveryStatus({ delivery }: { delivery: CalendarDelivery }) {
  const { color, Icon } = LOOK[delivery.state];
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Text c={color} lh={1} pt={2} style={{ flexShrink: 0 }}>
        <Icon size={16} aria-hidden />
      </Text>
      <Text size="sm" c={delivery.state === 'changed' ? color : undefined} fw={delivery.state === 'changed' ? 600 : 400}>
        {deliveryText(delivery)}
      </Text>
    </Group>
  );
}
