/**
 * Follow-up actions in one list, for a trip or for every trip: tick them off, jump to the engagement, export
 * them as CSV for colleagues.
 */
import { Anchor, Button, Checkbox, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { forSpreadsheets } from '../../domain/files/csv-safety';
import { safeFileName } from '../../domain/shared/file-name';
import { isOverdue } from '../../domain/engagements/engagement-rules';
import { followUpsCsv } from '../../domain/files/follow-up-csv';
import { formatDate, todayIn } from '../../domain/shared/time';
import { usePlatform, useRepositories } from '../shared/context';

export function FollowUpList({ tripId, fileName }: { tripId?: string; fileName: string }) {
  const { engagements } = useRepositories();
  const platform = usePlatform();
  const rows = useLiveQuery(() => engagements.listFollowUps(tripId), [engagements, tripId]);
  const [show, setShow] = useState<'open' | 'all'>('open');
  const today = todayIn('UTC');
  const visible = (rows ?? []).filter((row) => show === 'all' || !row.followUp.done);

  const exportCsv = async () => {
    const result = await platform.saveFile({
      suggestedName: safeFileName(fileName, 'csv', 'follow-ups'),
      content: forSpreadsheets(followUpsCsv(visible)),
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    if (result.status === 'failed') notifications.show({ color: 'red', title: 'Not exported', message: result.message });
    if (result.status === 'saved') notifications.show({ color: 'teal', message: `Exported ${visible.length} follow-ups` });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <SegmentedControl
          aria-label="Which follow-ups"
          value={show}
          onChange={(value) => setShow(value as 'open' | 'all')}
          data={[
            { value: 'open', label: 'Open' },
            { value: 'all', label: 'All' },
          ]}
        />
        <Button
          variant="default"
          leftSection={<IconFileSpreadsheet size={16} />}
          onClick={() => void exportCsv()}
          disabled={visible.length === 0}
        >
          Export CSV
        </Button>
      </Group>
      {rows !== undefined && visible.length === 0 ? (
        <Text c="dimmed" size="sm">
          {show === 'open' ? 'No open follow-ups.' : 'No follow-ups yet: add them on an engagement after it happens.'}
        </Text>
      ) : (
        <Table aria-label="Follow-ups" verticalSpacing="xs" style={{ overflowWrap: 'anywhere' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={64} style={{ whiteSpace: 'nowrap' }}>
                Done
              </Table.Th>
              <Table.Th>Action</Table.Th>
              <Table.Th>Owner</Table.Th>
              <Table.Th>Due</Table.Th>
              <Table.Th>Engagement</Table.Th>
              {!tripId && <Table.Th>Trip</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visible.map(({ followUp, engagementTitle, engagementDate, tripName }) => (
              <Table.Tr key={followUp.id}>
                <Table.Td>
                  <Checkbox
                    aria-label={`Done: ${followUp.description}`}
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
                      {formatDate(followUp.dueDate)}
                      {isOverdue(followUp, today) && ' (overdue)'}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/trips/${followUp.tripId}/engagements/${followUp.engagementId}`} size="sm">
                    {engagementTitle}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {engagementDate && formatDate(engagementDate)}
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
