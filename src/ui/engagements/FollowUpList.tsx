/**
 * Follow-up actions in one list, for a trip or for every trip: tick them off, jump to the engagement, export
 * them as CSV for colleagues.
 */
import { Anchor, Button, Checkbox, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { forSpreadsheets } from '../../domain/files/csv-safety';
import { safeFileName } from '../../domain/shared/file-name';
import { isOverdue } from '../../domain/engagements/engagement-rules';
import { followUpsCsv, followUpsFileStem } from '../../domain/files/follow-up-csv';
import { todayIn } from '../../domain/shared/time';
import { usePlatform, useRepositories } from '../shared/context';
import { useLocale } from '../shared/locale';
import { sizeOf, withFileSaveLogged } from '../../usecases/operation-log';

/** Every trip's follow-ups, or one trip's (named, for the file it exports). */
export function FollowUpList({ trip }: { trip?: { id: string; name: string } }) {
  const tripId = trip?.id;
  const { t } = useTranslation('directory');
  const locale = useLocale();
  const { engagements } = useRepositories();
  const platform = usePlatform();
  const rows = useLiveQuery(() => engagements.listFollowUps(tripId), [engagements, tripId]);
  const [show, setShow] = useState<'open' | 'all'>('open');
  const today = todayIn('UTC');
  const visible = (rows ?? []).filter((row) => show === 'all' || !row.followUp.done);

  const exportCsv = async () => {
    const content = forSpreadsheets(followUpsCsv(visible, locale));
    const result = await withFileSaveLogged(platform, 'follow-ups-csv', sizeOf(content), () =>
      platform.saveFile({
        suggestedName: safeFileName(followUpsFileStem(locale, trip?.name), 'csv', followUpsFileStem(locale)),
        content,
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      }),
    );
    if (result.status === 'failed') {
      notifications.show({ color: 'red', title: t('followUps.notExported'), message: result.message });
    }
    if (result.status === 'saved') {
      notifications.show({ color: 'teal', message: t('followUps.exported', { count: visible.length }) });
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <SegmentedControl
          aria-label={t('followUps.which')}
          value={show}
          onChange={(value) => setShow(value as 'open' | 'all')}
          data={[
            { value: 'open', label: t('followUps.open') },
            { value: 'all', label: t('followUps.all') },
          ]}
        />
        <Button
          variant="default"
          leftSection={<IconFileSpreadsheet size={16} />}
          onClick={() => void exportCsv()}
          disabled={visible.length === 0}
        >
          {t('followUps.export')}
        </Button>
      </Group>
      {rows !== undefined && visible.length === 0 ? (
        <Text c="dimmed" size="sm">
          {show === 'open' ? t('followUps.noneOpen') : t('followUps.noneYet')}
        </Text>
      ) : (
        <Table aria-label={t('followUps.tableLabel')} verticalSpacing="xs" style={{ overflowWrap: 'anywhere' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={64} style={{ whiteSpace: 'nowrap' }}>
                {t('followUps.column.done')}
              </Table.Th>
              <Table.Th>{t('followUps.column.action')}</Table.Th>
              <Table.Th>{t('followUps.column.owner')}</Table.Th>
              <Table.Th>{t('followUps.column.due')}</Table.Th>
              <Table.Th>{t('followUps.column.engagement')}</Table.Th>
              {!tripId && <Table.Th>{t('followUps.column.trip')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visible.map(({ followUp, engagementTitle, engagementDate, tripName }) => (
              <Table.Tr key={followUp.id}>
                <Table.Td>
                  <Checkbox
                    aria-label={t('followUps.doneLabel', { action: followUp.description })}
                    checked={followUp.done}
                    onChange={(event) => void engagements.setFollowUpDone(followUp.id, event.currentTarget.checked)}
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" td={followUp.done ? 'line-through' : undefined}>
                    {followUp.description}
                  </Text>
                </Table.Td>
                <Table.Td>{followUp.owner}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {followUp.dueDate && (
                    <Text size="sm" c={isOverdue(followUp, today) ? 'red' : undefined}>
                      {isOverdue(followUp, today)
                        ? t('followUps.overdue', { date: locale.dateWithYear(followUp.dueDate) })
                        : locale.dateWithYear(followUp.dueDate)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/trips/${followUp.tripId}/engagements/${followUp.engagementId}`} size="sm">
                    {engagementTitle}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {engagementDate && locale.dateWithYear(engagementDate)}
                  </Text>
                </Table.Td>
                {!tripId && <Table.Td>{tripName}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
