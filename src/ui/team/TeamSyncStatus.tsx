/**
 * Where the team sync stands, in few words: when it last synced, what waits to be sent, why the last try failed,
 * and the clashes to review. In full on the team screen; in the sidebar, the same in one or two lines, linking
 * to it.
 */
import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { backupAge } from '../../domain/files/backup-display';
import { computerZone } from '../shared/computer-zone';
import { useLocale } from '../shared/locale';
import { useTeamSync } from './team-sync';
import { useFailureText } from './team-words';

export function SyncSummary() {
  const { t } = useTranslation('team');
  const locale = useLocale();
  const { state, running, waiting, lastReport } = useTeamSync();
  const failureText = useFailureText();
  const zone = computerZone();
  const failure = state?.failure ?? (lastReport?.status === 'failed' ? lastReport.failure : null);
  return (
    <Stack gap={2} role="status" aria-live="polite">
      <Text size="sm">
        {running !== null
          ? t('status.syncing')
          : state?.lastSuccessAt
            ? t('status.synced', { time: locale.instant(state.lastSuccessAt, zone) })
            : t('status.never')}
      </Text>
      <Text size="sm">{waiting > 0 ? t('status.waiting', { count: waiting }) : t('status.nothingWaiting')}</Text>
      {failure && state?.lastAttemptAt && running === null && (
        <>
          <Text size="sm" c="orange.9">
            {t('status.failedAt', { time: locale.instant(state.lastAttemptAt, zone), reason: failureText(failure) })}
          </Text>
          <Text size="sm">{t('status.retry')}</Text>
        </>
      )}
    </Stack>
  );
}

/** In the sidebar: nothing without a space; otherwise a line or two, linking to the team screen. */
export function TeamSyncStatus() {
  const { t } = useTranslation('team');
  const locale = useLocale();
  const { space, readiness, state, running, waiting, clashes } = useTeamSync();
  if (!space || !readiness || readiness.status === 'no-space') return null;
  if (readiness.status !== 'ready') {
    return (
      <Anchor component={Link} to="/team" size="xs" c="orange.9">
        {readiness.status === 'needs-passphrase' ? t('status.needsPassphrase') : t('status.failedShort')}
      </Anchor>
    );
  }
  const failure = state?.failure;
  return (
    <Stack gap={0}>
      <Anchor component={Link} to="/team" size="xs" c={failure ? 'orange.9' : undefined}>
        {t('status.sidebar')}
      </Anchor>
      <Text size="xs" aria-live="polite">
        {running !== null
          ? t('status.syncing')
          : failure
            ? t('status.failedShort')
            : state?.lastSuccessAt
              ? t('status.syncedAge', { age: locale.word(backupAge(state.lastSuccessAt, new Date().toISOString(), locale.language)) })
              : t('status.never')}
      </Text>
      {waiting > 0 && <Text size="xs">{t('status.waiting', { count: waiting })}</Text>}
      {clashes.length > 0 && (
        <Anchor component={Link} to="/team#clashes" size="xs" c="orange.9">
          {t('status.clashes', { count: clashes.length })}
        </Anchor>
      )}
    </Stack>
  );
}
