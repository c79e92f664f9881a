/**
 * What this computer shares with the team: trips one by one, and the directory, which goes with any shared trip
 * (its people and partners live there). Any organiser may share a trip or stop sharing it; the latest choice
 * holds everywhere, and stopping leaves every copy as it is.
 */
import { Card, Stack, Switch, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { DIRECTORY_SCOPE, isShared } from '../../domain/sync/sync-log';
import { useRepositories } from '../shared/context';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTeamSync } from './team-sync';

export function TeamSharing() {
  const { t } = useTranslation(['team', 'common']);
  const { team, trips: tripRepository } = useRepositories();
  const sync = useTeamSync();
  const trips = useLiveQuery(() => tripRepository.listSummaries(), [tripRepository]);
  const shares = sync.state?.shares ?? {};
  const connection = sync.connection;
  if (!connection) return null;
  const me = connection.author();

  const choose = async (scope: string, name: string, shared: boolean) => {
    await team.share(connection, scope, shared);
    notifications.show({ color: 'teal', message: t(shared ? 'share.shared' : 'share.unshared', { name }) });
    void sync.syncNow();
  };
  const ask = (scope: string, name: string, shared: boolean) => {
    if (shared) {
      void choose(scope, name, true);
      return;
    }
    modals.openConfirmModal({
      title: t('share.unshareTitle', { name }),
      children: <Text size="sm">{t('share.unshareText')}</Text>,
      labels: { confirm: t('share.unshare'), cancel: t('common:action.cancel') },
      onConfirm: () => void choose(scope, name, false),
    });
  };
  const anyTrip = Object.entries(shares).some(([scope, choice]) => scope !== DIRECTORY_SCOPE && choice.shared);
  const whoShared = (scope: string) => {
    const choice = shares[scope];
    if (!choice?.shared) return t('share.notShared');
    return choice.organiser && choice.organiser !== me.organiser ? t('share.sharedBy', { name: choice.organiser }) : t('share.sharedByYou');
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="team-sharing">
      <Stack gap="sm">
        <Title order={3} size="h5" id="team-sharing">
          {t('share.heading')}
        </Title>
        <Text size="sm">{t('share.description')}</Text>
        <Switch
          label={t('share.directory')}
          description={anyTrip ? t('share.directoryWithTrips') : undefined}
          checked={isShared(shares, DIRECTORY_SCOPE)}
          disabled={anyTrip}
          onChange={(event) => ask(DIRECTORY_SCOPE, t('share.directory'), event.currentTarget.checked)}
        />
        {trips === undefined ? null : trips.length === 0 ? (
          <Text size="sm">{t('share.noTrips')}</Text>
        ) : (
          trips.map(({ trip }) => (
            <Switch
              key={trip.id}
              label={t('share.trip', { name: trip.name })}
              description={whoShared(trip.id)}
              checked={isShared(shares, trip.id)}
              onChange={(event) => ask(trip.id, trip.name, event.currentTarget.checked)}
            />
          ))
        )}
      </Stack>
    </Card>
  );
}
