/**
 * The published calendars that go when a trip is deleted or a delegate leaves it: the choice in the question
 * ("Also remove … from the calendar server", on unless unticked), and the removal itself once the organiser
 * confirmed, said in a notification. Calendars the server would not remove are named there, with *Try again*:
 * their records are kept (usecases/calendar-removal.ts), so trying again, now or later, still knows them.
 */
import { Button, Checkbox, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ServerProblem } from '../../caldav/caldav-server';
import { removeCalendarsFromServer, type CalendarsOf, type NamedCalendar } from '../../usecases/calendar-removal';
import { usePlatform, useRepositories } from './context';
import { useLocale } from './locale';

/**
 * The box in a confirm dialog, ticked at first: `label` says what goes, the calendars are named under it, and
 * `onChange` hears each change (a confirm dialog's children are not re-drawn by its opener).
 */
export function RemoveCalendarsChoice({ calendars, label, onChange }: { calendars: readonly NamedCalendar[]; label: string; onChange: (remove: boolean) => void }) {
  const { t } = useTranslation('calendars');
  const { list } = useLocale();
  return (
    <Checkbox
      mt="md"
      defaultChecked
      onChange={(event) => onChange(event.currentTarget.checked)}
      label={label}
      description={t('removal.description', { names: list(calendars.map((calendar) => calendar.name)) })}
    />
  );
}

/** What the organiser can do about a calendar the server did not remove. */
function nextStep(problem: ServerProblem): 'unreachable' | 'account' | 'noAccount' | 'other' {
  switch (problem) {
    case 'unreachable':
    case 'timeout':
      return 'unreachable';
    case 'credentials':
    case 'forbidden':
    case 'refused':
      return 'account';
    case 'no-account':
      return 'noAccount';
    default:
      return 'other';
  }
}

interface RemovalContext {
  t: TFunction<'calendars'>;
  list: (items: string[]) => string;
  needs: Parameters<typeof removeCalendarsFromServer>[0];
}

/** Removes the calendars and says how it went, in a notification that offers to try again those left. */
function removeAndSay(context: RemovalContext, of: CalendarsOf, calendars: readonly NamedCalendar[]) {
  const { t, list, needs } = context;
  const id = `calendar-removal-${crypto.randomUUID()}`;
  notifications.show({ id, loading: true, autoClose: false, withCloseButton: false, message: t('removal.removing', { count: calendars.length }) });
  void removeCalendarsFromServer(needs, of, calendars)
    .then(({ removed, left }) => {
      if (left.length === 0) {
        notifications.update({ id, loading: false, color: 'teal', autoClose: 6000, withCloseButton: true, message: t('removal.removed', { count: removed.length }) });
        return;
      }
      const named = left.filter((calendar) => calendar.name !== '');
      notifications.update({
        id,
        loading: false,
        color: 'red',
        autoClose: false,
        withCloseButton: true,
        title: t('removal.leftTitle', { count: left.length }),
        message: (
          <Group justify="space-between" wrap="nowrap" gap="md" align="flex-end">
            <Text size="sm" style={{ flex: 1, overflowWrap: 'anywhere' }}>
              {t('removal.left', { count: left.length, names: list(named.map((calendar) => calendar.name)) })}{' '}
              {t(`removal.then.${nextStep(left[0]!.failure.problem)}`)}
            </Text>
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => {
                notifications.hide(id);
                removeAndSay(context, of, left);
              }}
            >
              {t('removal.tryAgain')}
            </Button>
          </Group>
        ),
      });
    })
    .catch((error: unknown) => {
      notifications.update({ id, loading: false, color: 'red', autoClose: false, withCloseButton: true, message: error instanceof Error ? error.message : String(error) });
    });
}

/** Removes the calendars from the server, saying how it went: (of, calendars) => void. */
export function useCalendarRemoval() {
  const { t } = useTranslation('calendars');
  const { list } = useLocale();
  const repositories = useRepositories();
  const platform = usePlatform();
  return useCallback(
    (of: CalendarsOf, calendars: readonly NamedCalendar[]) => removeAndSay({ t, list, needs: { repositories, platform } }, of, calendars),
    [list, platform, repositories, t],
  );
}
