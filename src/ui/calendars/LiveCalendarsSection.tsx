/**
 * The Calendars tab's live calendars: without an account, a word and the way to Settings; with one, where the
 * trip's calendars are published, *Publish changes* (with why not, when it cannot) and its progress, and the
 * whole trip's state. The delegates' states are in the tab's table (see usePublishActions).
 */
import { Anchor, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCloudUpload } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CalendarScope, PublicationState } from '../../domain/calendars/calendar-publication';
import { scopeKey } from '../../domain/calendars/calendar-publication';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { useRepositories } from '../shared/context';
import { useLocale } from '../shared/locale';
import type { PublicationStates } from './publication-states';
import { confirmOverwrite, notifyReport, PublicationStatus } from './publication-status';
import { useCalendarPublishing } from './publishing';

export interface PublishActions {
  /** The calendar whose publish over the server's changes runs now ('trip' or a person id). */
  overwriting: string | null;
  /** Asks, then publishes one calendar (`whose`: a delegate's name, or null for the trip's) over the events changed on the server. */
  overwrite(scope: CalendarScope, whose: string | null, state: PublicationState): void;
}

/** Publishing over the server's changes, from the section or a delegate's row. */
export function usePublishActions(bundle: TripBundle, states: PublicationStates | undefined): PublishActions {
  const publishing = useCalendarPublishing();
  const locale = useLocale();
  const [overwriting, setOverwriting] = useState<string | null>(null);
  const overwrite = useCallback(
    (scope: CalendarScope, whose: string | null, state: PublicationState) => {
      if (state.status !== 'conflict') return;
      const key = scope.kind === 'trip' ? 'trip' : scope.personId;
      confirmOverwrite({
        whose,
        uids: state.uids,
        publication: states?.publications.get(scopeKey(scope)),
        locale,
        publish: () => {
          setOverwriting(key);
          void publishing
            .publish(bundle, { scopes: [scope], overwrite: true })
            .then((report) => notifyReport(report, locale))
            .catch((error: unknown) => notPublished(error, locale.t))
            .finally(() => setOverwriting(null));
        },
      });
    },
    [bundle, locale, publishing, states],
  );
  return { overwriting, overwrite };
}

function notPublished(error: unknown, t: ReturnType<typeof useLocale>['t']): void {
  notifications.show({
    color: 'red',
    title: t('report.someFailed', { ns: 'calendars' }),
    message: t('report.notPublished', { ns: 'calendars', reason: error instanceof Error ? error.message : String(error) }),
  });
}

export function LiveCalendarsSection({
  bundle,
  states,
  actions,
}: {
  bundle: TripBundle;
  states: PublicationStates | undefined;
  actions: PublishActions;
}) {
  const { t } = useTranslation('calendars');
  const locale = useLocale();
  const { calendars } = useRepositories();
  const publishing = useCalendarPublishing();
  const automatic = useLiveQuery(() => calendars.autoPublish(), [calendars]) === true;
  const { account, online, running } = publishing;
  const tripName = bundle.trip.name;
  const runningHere = running?.tripId === bundle.trip.id ? running : null;
  const [asked, setAsked] = useState(false);

  if (account === undefined) return null;

  const publishAll = () => {
    setAsked(true);
    void publishing
      .publish(bundle)
      .then((report) => notifyReport(report, locale))
      .catch((error: unknown) => notPublished(error, locale.t))
      .finally(() => setAsked(false));
  };

  const passwordKept = account !== null && account.passwordKept !== null;
  const pending = states?.pending ?? 0;
  const reason = !online
    ? t('live.offline')
    : running && !runningHere
      ? t('live.busyOther', { trip: running.tripName })
      : pending === 0
        ? t('live.nothingToPublish')
        : t('live.toPublish', { count: pending });
  const canPublish = online && pending > 0 && running === null && !asked;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="calendar-live">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="md">
          <Stack gap={4} maw={760} style={{ flex: 1 }}>
            <Title order={4} id="calendar-live">
              {t('live.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('live.intro')}
            </Text>
            {account === null && (
              <Text size="sm">
                {t('live.noAccount')}{' '}
                <Anchor component={Link} to="/settings">
                  {t('live.connect')}
                </Anchor>
              </Text>
            )}
            {account && (
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {t('live.account', { server: account.serverUrl, user: account.username })}
              </Text>
            )}
            {account && !passwordKept && (
              <Text size="sm" c="orange.9">
                {t('live.noPassword', { user: account.username })}{' '}
                <Anchor component={Link} to="/settings">
                  {t('live.enterPassword')}
                </Anchor>
              </Text>
            )}
            {account && passwordKept && automatic && (
              <Text size="sm" c="dimmed">
                {t('live.automatic')}
              </Text>
            )}
          </Stack>
          {account && passwordKept && (
            <Stack gap={4} align="flex-end" maw={320}>
              <Button
                leftSection={<IconCloudUpload size={16} />}
                disabled={!canPublish && runningHere === null}
                loading={runningHere !== null || asked}
                onClick={publishAll}
                aria-describedby="calendar-live-reason"
              >
                {t('live.publish')}
              </Button>
              <Text id="calendar-live-reason" size="xs" c={online ? 'dimmed' : 'orange.9'} ta="right">
                {reason}
              </Text>
            </Stack>
          )}
        </Group>

        {runningHere && (
          <Stack gap={4} role="status">
            <Text size="sm">
              {t('live.progress', { done: runningHere.done + 1, total: runningHere.total, name: runningHere.name })}
            </Text>
            {/* Moving stripes: a calendar of many events takes a while, and the bar moves on only after it. */}
            <Progress value={Math.max(3, (100 * runningHere.done) / Math.max(1, runningHere.total))} striped animated aria-hidden />
          </Stack>
        )}

        {account && states && (
          <Group gap="sm" align="flex-start">
            <Text size="sm" fw={600}>
              {t('live.wholeTrip')}
            </Text>
            <PublicationStatus
              state={states.trip}
              name={tripName}
              busy={actions.overwriting === 'trip'}
              onOverwrite={() => actions.overwrite({ kind: 'trip' }, null, states.trip)}
            />
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
