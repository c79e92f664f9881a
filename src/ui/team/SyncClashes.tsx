/**
 * The clashes a sync settled: one field changed on two computers while neither knew of the other's change. The
 * later change was kept everywhere; here the organiser sees both, by whom and when, and either keeps what was
 * kept or puts the lost value back (a new change, which the next sync takes to everyone). A person's personal
 * values stay masked here as everywhere outside their page.
 */
import { Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { PlanTableName } from '../../domain/files/trip-import-plan';
import { fieldWord, UNNAMED } from '../../domain/files/trip-import-words';
import { parseTimestamp } from '../../domain/history/hybrid-logical-clock';
import type { ClashSide } from '../../domain/sync/sync-merge';
import type { ClashForReview } from '../../storage/team-repository';
import { computerZone } from '../shared/computer-zone';
import { useRepositories } from '../shared/context';
import { useLocale } from '../shared/locale';
import { isPersonalField, maskedValue, useStoredValueText } from '../shared/stored-values';
import { useTeamSync } from './team-sync';

export function SyncClashes() {
  const { t } = useTranslation('team');
  const { clashes } = useTeamSync();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="team-clashes" id="clashes">
      <Stack gap="sm">
        <Title order={3} size="h5" id="team-clashes">
          {t('clashes.heading')}
        </Title>
        {clashes.length === 0 ? (
          <Text size="sm">{t('clashes.empty')}</Text>
        ) : (
          <>
            <Text size="sm">{t('clashes.description')}</Text>
            <List listStyleType="none" spacing="md" aria-labelledby="team-clashes">
              {clashes.map((clash) => (
                <List.Item key={clash.id}>
                  <ClashItem clash={clash} />
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Card>
  );
}

function ClashItem({ clash }: { clash: ClashForReview }) {
  const { t } = useTranslation('team');
  const locale = useLocale();
  const { team } = useRepositories();
  const shown = useStoredValueText();
  const table = clash.table as PlanTableName;
  const record = clash.recordName ?? locale.word(UNNAMED[table]);
  // An engagement's start and end are one "time" in a trip file's summary; here they are told apart.
  const field =
    clash.table === 'engagements' && (clash.field === 'start' || clash.field === 'end')
      ? t(clash.field === 'start' ? 'clashes.startTime' : 'clashes.endTime')
      : locale.word(fieldWord(table, clash.field));
  const personal = isPersonalField(clash.table, clash.field);
  const value = (side: ClashSide) => (personal ? maskedValue(clash.field, side.value) || t('clashes.hidden') : shown(side.value) || t('clashes.empty_value'));
  const by = (side: ClashSide) => {
    const at = parseTimestamp(side.hlc);
    return t('clashes.by', {
      name: side.organiser || t('clashes.someone'),
      time: at ? locale.instant(new Date(at.millis).toISOString(), computerZone()) : '',
    });
  };
  const label = t('clashes.label', { record, field });

  const restore = async () => {
    const outcome = await team.restoreLost(clash);
    notifications.show({ color: outcome === 'restored' ? 'teal' : 'orange', message: t(outcome === 'restored' ? 'clashes.restored' : 'clashes.gone') });
  };
  const keep = async () => {
    await team.markReviewed(clash.id);
    notifications.show({ color: 'teal', message: t('clashes.reviewed') });
  };

  return (
    <Stack gap={4} component="article" aria-label={label}>
      <Text fw={600} size="sm">
        {label}
      </Text>
      <Text size="sm">
        {t('clashes.kept', { value: value(clash.kept) })} <Text span c="dimmed" size="sm">— {by(clash.kept)}</Text>
      </Text>
      <Text size="sm">
        {t('clashes.lost', { value: value(clash.lost) })} <Text span c="dimmed" size="sm">— {by(clash.lost)}</Text>
      </Text>
      <Group gap="xs">
        <Button size="xs" variant="light" onClick={() => void restore()}>
          {t('clashes.restore')}
        </Button>
        <Button size="xs" variant="default" onClick={() => void keep()}>
          {t('clashes.keep')}
        </Button>
      </Group>
    </Stack>
  );
}
