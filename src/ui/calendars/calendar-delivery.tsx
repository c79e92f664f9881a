/**
 * Where each member stands with their calendar, worked out from the live trip on every change, and how it
 * reads on screen: "Up to date", "Never sent", "Changed since 1 Nov 2016, 09:00: “MoU signing” moved".
 */
import { Group, Text } from '@mantine/core';
import { IconCalendarCheck, IconCalendarDot, IconCalendarX } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { calendarDelivery, describeChanges, type CalendarDelivery } from '../../domain/calendars/calendar-delivery';
import { digestOf, memberCalendarEntries, type CalendarEntry, type Selection } from '../../domain/calendars/calendar-digest';
import { eventNaming } from '../../domain/calendars/calendar-event-titles';
import { reminderDigest } from '../../domain/calendars/calendar-reminders';
import type { Membership } from '../../domain/people/person';
import { message } from '../../domain/shared/message';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import type { Language } from '../../i18n/catalogues';
import { FORMAT_LOCALES } from '../../i18n/catalogues';
import type { Locale } from '../../i18n/locale';
import { useRepositories } from '../shared/context';
import { useCurrentTrip } from '../shared/current-trip';
import { useLocale } from '../shared/locale';

/** The reminders the trip's next calendars would carry, in short; undefined until read. */
export function useReminderDigest(tripId: string): string | undefined {
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
  const { word } = useLocale();
  const naming = useMemo(() => eventNaming(bundle, word), [bundle, word]);
  return useMemo(
    () => (membership && items ? calendarDelivery(membership, digestOf(items, naming), reminders) : null),
    [membership, items, naming, reminders],
  );
}

/** The events of every member's own calendar as it would be now, by person id (see memberCalendarEntries). */
export function useMemberCalendarEntries(bundle: TripBundle): Map<string, CalendarEntry[]> {
  const { word } = useLocale();
  return useMemo(() => memberCalendarEntries(bundle, word), [bundle, word]);
}

/** Each member's delivery, by person id, from their calendar's events as {@link useMemberCalendarEntries} gives them. */
export function useCalendarDeliveries(bundle: TripBundle, entries: Map<string, CalendarEntry[]>): Map<string, CalendarDelivery> {
  const reminders = useReminderDigest(bundle.trip.id);
  return useMemo(
    () =>
      new Map(
        bundle.memberships.map((membership) => [
          membership.personId,
          calendarDelivery(membership, entries.get(membership.personId) ?? [], reminders),
        ]),
      ),
    [bundle.memberships, entries, reminders],
  );
}

const sentFormats = new Map<Language, Intl.DateTimeFormat>();

/** When an export happened, in this computer's time: "1 Nov 2016, 09:00", "2016年11月1日 09:00". */
export function formatSentAt(instant: string, language: Language): string {
  let format = sentFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(FORMAT_LOCALES[language], {
      day: 'numeric',
      month: language === 'zh-CN' ? 'long' : 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    sentFormats.set(language, format);
  }
  return format.format(new Date(instant));
}

/** The delivery as one sentence: "Never sent", "Up to date", "Changed since 1 Nov 2016, 09:00: “Dinner” added". */
export function deliveryText(delivery: CalendarDelivery, locale: Locale): string {
  switch (delivery.state) {
    case 'never':
      return locale.word(message('calendars:delivery.never'));
    case 'up-to-date':
      return locale.word(message('calendars:delivery.upToDate'));
    case 'changed':
      return locale.word(
        message('calendars:delivery.changed', {
          when: formatSentAt(delivery.sentAt, locale.language),
          changes: delivery.changes ? describeChanges(delivery.changes) : message('calendars:delivery.notKnown'),
        }),
      );
  }
}

const LOOK: Record<CalendarDelivery['state'], { color: string; Icon: typeof IconCalendarCheck }> = {
  'up-to-date': { color: 'teal.8', Icon: IconCalendarCheck },
  never: { color: 'gray.7', Icon: IconCalendarX },
  changed: { color: 'orange.9', Icon: IconCalendarDot },
};

/** The delivery in words with an icon beside them: colour is never the only signal. */
export function DeliveryStatus({ delivery }: { delivery: CalendarDelivery }) {
  const locale = useLocale();
  const { color, Icon } = LOOK[delivery.state];
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Text c={color} lh={1} pt={2} style={{ flexShrink: 0 }}>
        <Icon size={16} aria-hidden />
      </Text>
      <Text size="sm" c={delivery.state === 'changed' ? color : undefined} fw={delivery.state === 'changed' ? 600 : 400}>
        {deliveryText(delivery, locale)}
      </Text>
    </Group>
  );
}
