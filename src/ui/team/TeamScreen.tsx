/**
 * The team space: connecting the team's folder and opening it with the passphrase; once open, the last sync and
 * what waits, what is shared, the clashes to review and any colleague's log that could not be read.
 */
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCloudCheck, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { usePlatform, useRepositories } from '../shared/context';
import { useScreen } from '../shared/use-screen';
import { SyncClashes } from './SyncClashes';
import { TeamSharing } from './TeamSharing';
import { ConnectFolderForm, PassphraseForm } from './TeamConnectForm';
import { SyncSummary } from './TeamSyncStatus';
import { useTeamSync } from './team-sync';
import { useComputerName, useFailureText } from './team-words';

export function TeamScreen() {
  const { t } = useTranslation(['team', 'common']);
  const headingRef = useScreen(t('title'));
  const sync = useTeamSync();
  const { space, readiness } = sync;
  return (
    <Stack gap="lg" maw={760}>
      <Title order={2} ref={headingRef} tabIndex={-1}>
        {t('title')}
      </Title>
      <Text size="sm">{t('intro')}</Text>
      <Card withBorder padding="lg" component="section">
        {space === undefined || readiness === null ? null : space === null || readiness.status === 'no-space' ? (
          <ConnectFolderForm space={space} onConnected={sync.refresh} />
        ) : readiness.status === 'needs-passphrase' ? (
          <PassphraseForm onUnlocked={sync.refresh} />
        ) : readiness.status === 'ready' ? (
          <Connected />
        ) : (
          <Unavailable />
        )}
      </Card>
      {readiness?.status === 'ready' && (
        <>
          <TeamSharing />
          <SyncClashes />
          <SkippedLogs />
        </>
      )}
    </Stack>
  );
}

/** The space could not be opened: why, with the way out (disconnect and connect again). */
function Unavailable() {
  const { t } = useTranslation(['team', 'common']);
  const { readiness } = useTeamSync();
  const failureText = useFailureText();
  return (
    <Stack gap="sm">
      <Alert color="orange" icon={<IconAlertTriangle size={18} />} role="alert">
        {readiness?.status === 'failed' ? failureText(readiness.failure) : readiness?.status === 'refused' ? t(`unlock.${readiness.reason}`) : ''}
      </Alert>
      <Group>
        <DisconnectButton />
      </Group>
    </Stack>
  );
}

function Connected() {
  const { t } = useTranslation(['team', 'common']);
  const sync = useTeamSync();
  const { space } = sync;
  if (!space) return null;
  const kept =
    space.kind === 'webdav' && space.passwordKept !== null
      ? t(space.passwordKept === 'keychain' ? 'connected.keptKeychain' : space.passwordKept === 'session' ? 'connected.keptSession' : 'connected.keptBrowser')
      : null;
  return (
    <Stack gap="xs">
      <Group gap={6} wrap="nowrap">
        <Text c="teal.8" lh={1}>
          <IconCloudCheck size={18} aria-hidden />
        </Text>
        <Title order={3} size="h5">
          {t('connected.heading')}
        </Title>
      </Group>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {space.kind === 'webdav' ? t('connected.webdav', { url: space.url, username: space.username }) : t('connected.folder', { folder: space.label })}
      </Text>
      {kept && (
        <Text size="sm" c="dimmed">
          {kept}
        </Text>
      )}
      <SyncSummary />
      <Group gap="xs" mt="xs">
        <SyncNowButton />
        <DisconnectButton />
      </Group>
    </Stack>
  );
}

export function SyncNowButton({ size = 'sm' }: { size?: 'xs' | 'sm' }) {
  const { t } = useTranslation(['team', 'common']);
  const sync = useTeamSync();
  const failureText = useFailureText();
  return (
    <Button
      size={size}
      variant="light"
      leftSection={<IconRefresh size={16} />}
      loading={sync.running !== null}
      onClick={() =>
        void sync.syncNow().then((report) => {
          if (!report) return;
          notifications.show(
            report.status === 'synced'
              ? { color: 'teal', message: t('status.syncedNow', { received: report.received, sent: report.sent }) }
              : { color: 'orange', message: failureText(report.failure!) },
          );
        })
      }
    >
      {t('connected.syncNow')}
    </Button>
  );
}

function DisconnectButton() {
  const { t } = useTranslation(['team', 'common']);
  const platform = usePlatform();
  const { team } = useRepositories();
  const sync = useTeamSync();
  return (
    <Button
      variant="default"
      color="red"
      onClick={() =>
        modals.openConfirmModal({
          title: t('connected.disconnectTitle'),
          children: <Text size="sm">{t('connected.disconnectText')}</Text>,
          labels: { confirm: t('connected.disconnect'), cancel: t('common:action.cancel') },
          confirmProps: { color: 'red' },
          onConfirm: async () => {
            await platform.teamSpace.disconnect();
            await team.forget();
            await sync.refresh();
            notifications.show({ color: 'teal', message: t('connected.disconnected') });
          },
        })
      }
    >
      {t('connected.disconnect')}
    </Button>
  );
}

/** Colleagues' logs the last sync skipped, each named, and why. */
function SkippedLogs() {
  const { t } = useTranslation(['team', 'common']);
  const { state } = useTeamSync();
  const computerName = useComputerName();
  const problems = state?.problems ?? [];
  if (problems.length === 0) return null;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="team-skipped-logs">
      <Stack gap="xs">
        <Title order={3} size="h5" id="team-skipped-logs">
          {t('logs.heading')}
        </Title>
        <Text size="sm">{t('logs.description')}</Text>
        {problems.map((problem) => (
          <Alert key={`${problem.node} ${problem.path}`} color="orange" icon={<IconAlertTriangle size={18} />} title={computerName(problem)}>
            {t(`logs.${problem.kind}`)}
          </Alert>
        ))}
      </Stack>
    </Card>
  );
}
