/**
 * A published calendar's state in words with an icon beside them (colour is never the only signal):
 * "Published", "Changes not yet published (3)", "Failed: the server could not be reached", "Changed on the
 * server by someone else (2)", with, for the last, the action to publish over those changes once the
 * organiser has read what will be lost.
 */
import { Button, Group, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCloudCheck, IconCloudOff, IconCloudUpload, IconCloudX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Publication, PublicationState } from '../../domain/calendars/calendar-publication';
import type { PublishReport } from '../../usecases/calendar-publishing';
import { useLocale, type Locale } from '../shared/locale';
import { summariseReport } from './publish-report';
import { problemReason } from './server-problems';

const LOOK: Record<PublicationState['status'], { color: string; Icon: typeof IconCloudCheck }> = {
  published: { color: 'teal.8', Icon: IconCloudCheck },
  'not-published': { color: 'gray.7', Icon: IconCloudOff },
  changes: { color: 'orange.9', Icon: IconCloudUpload },
  failed: { color: 'red.8', Icon: IconCloudX },
  conflict: { color: 'red.8', Icon: IconAlertTriangle },
};

/** The state as one phrase. */
export function publicationText(state: PublicationState, locale: Locale): string {
  const { t } = locale;
  switch (state.status) {
    case 'not-published':
      return t('publication.notPublished', { ns: 'calendars' });
    case 'published':
      return t('publication.published', { ns: 'calendars' });
    case 'changes':
      return state.changes.total > 0
        ? t('publication.changes', { ns: 'calendars', count: state.changes.total })
        : t('publication.changesUncounted', { ns: 'calendars' });
    case 'failed':
      return t('publication.failed', { ns: 'calendars', why: problemReason(state.failure, locale) });
    case 'conflict':
      return t('publication.conflict', { ns: 'calendars', count: state.uids.length });
  }
}

export function PublicationStatus({
  state,
  name,
  onOverwrite,
  busy = false,
}: {
  state: PublicationState;
  /** Whose calendar, for the action's accessible name. */
  name: string;
  /** Publishes over the events changed on the server, once confirmed; no action when absent. */
  onOverwrite?: () => void;
  busy?: boolean;
}) {
  const locale = useLocale();
  const { t } = useTranslation('calendars');
  const { color, Icon } = LOOK[state.status];
  const stands = state.status !== 'published' && state.status !== 'not-published';
  return (
    <Stack gap={4} align="flex-start">
      <Group gap={6} wrap="nowrap" align="flex-start">
        <Text c={color} lh={1} pt={2} style={{ flexShrink: 0 }}>
          <Icon size={16} aria-hidden />
        </Text>
        <Text size="sm" c={stands ? color : undefined} fw={stands ? 600 : 400}>
          {publicationText(state, locale)}
        </Text>
      </Group>
      {state.status === 'conflict' && onOverwrite && (
        <Button size="compact-xs" variant="light" color="red" ml={22} loading={busy} onClick={onOverwrite} aria-label={t('publication.overwriteFor', { name })}>
          {t('publication.overwrite')}
        </Button>
      )}
    </Stack>
  );
}

/** Shows what came of a publish the organiser asked for. */
export function notifyReport(report: PublishReport, locale: Locale): void {
  const summary = summariseReport(report, locale);
  notifications.show({
    color: summary.complete ? 'teal' : report.stopped || report.calendars.some((calendar) => calendar.status === 'failed') ? 'red' : 'orange',
    title: summary.title,
    message: summary.message,
    autoClose: summary.complete ? 5_000 : 12_000,
  });
}

/**
 * Asks before publishing over events someone changed on the server: which events, in which calendar, and
 * that their changes there are lost. `publish` runs only once the organiser confirms.
 */
export function confirmOverwrite({
  whose,
  uids,
  publication,
  locale,
  publish,
}: {
  /** The delegate's name, or null for the whole trip's calendar. */
  whose: string | null;
  uids: readonly string[];
  publication: Publication | undefined;
  locale: Locale;
  publish: () => void;
}): void {
  const { t } = locale;
  const events = uids.map((uid) => {
    const title = publication?.events[uid]?.sent.title;
    return title ? t('overwriteDialog.event', { ns: 'calendars', title }) : t('overwriteDialog.unnamed', { ns: 'calendars' });
  });
  modals.openConfirmModal({
    title: t('overwriteDialog.title', { ns: 'calendars' }),
    children: (
      <Stack gap="xs">
        <Text size="sm">
          {whose === null
            ? t('overwriteDialog.trip', { ns: 'calendars', count: uids.length, events: locale.list(events) })
            : t('overwriteDialog.person', { ns: 'calendars', count: uids.length, name: whose, events: locale.list(events) })}
        </Text>
        <Text size="sm" fw={600}>
          {t('overwriteDialog.lost', { ns: 'calendars' })}
        </Text>
      </Stack>
    ),
    labels: { confirm: t('overwriteDialog.confirm', { ns: 'calendars' }), cancel: t('overwriteDialog.cancel', { ns: 'calendars' }) },
    confirmProps: { color: 'red' },
    size: 'lg',
    onConfirm: publish,
  });
}
