/**
 * What a backup holds, before anything is restored from it, and the choice of how: replace everything (the
 * current data is kept as a backup first) or merge (records with the same id are replaced, others stay).
 */
import { List, Modal, Radio, Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { summarizeBackup, type Backup } from '../../domain/files/backup';
import { formatBackupTime, PREVIEW_TABLES, tableLabel } from '../../domain/files/backup-display';
import type { Result } from '../../domain/shared/result';
import { formatDateRange } from '../../domain/shared/time';
import { ImportDialogFooter } from '../shared/components/ImportDialogFooter';
import { useRepositories } from '../shared/context';
import { computerZone } from '../shared/computer-zone';
import type { RestoreMode } from '../../usecases/restore';

const TRIPS_SHOWN = 8;

export interface RestoreCandidate {
  backup: Backup;
  /** Where it comes from, such as the file's name. */
  source: string;
}

export function RestorePreviewModal({
  candidate,
  onClose,
  onRestore,
}: {
  candidate: RestoreCandidate | null;
  onClose: () => void;
  onRestore: (backup: Backup, mode: RestoreMode) => Promise<Result<void, string>>;
}) {
  const repositories = useRepositories();
  const current = useLiveQuery(() => (candidate ? repositories.backups.countAll() : undefined), [candidate, repositories]);
  const [mode, setMode] = useState<RestoreMode>('replace');
  const [problem, setProblem] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);
  const summary = candidate ? summarizeBackup(candidate.backup) : null;

  const close = () => {
    setProblem(null);
    setMode('replace');
    onClose();
  };

  const confirm = async () => {
    if (!candidate) return;
    setRestoring(true);
    setProblem(null);
    const result = await onRestore(candidate.backup, mode);
    setRestoring(false);
    if (result.ok) close();
    else setProblem(result.error);
  };

  return (
    <Modal opened={candidate !== null} onClose={close} title="Restore from a backup" size="lg">
      {candidate && summary && (
        <Stack gap="md">
          <Text size="sm">
            <strong>{candidate.source}</strong>: made by {summary.app.name} {summary.app.version} on{' '}
            {formatBackupTime(summary.createdAt, computerZone())}.
          </Text>
          <Table aria-label="What the backup holds" withTableBorder verticalSpacing={4} maw={480}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Records</Table.Th>
                <Table.Th ta="right">In the backup</Table.Th>
                <Table.Th ta="right">In the app now</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {PREVIEW_TABLES.map((table) => (
                <Table.Tr key={table}>
                  <Table.Th scope="row" fw={400}>
                    {tableLabel(table)}
                  </Table.Th>
                  <Table.Td ta="right">{summary.counts[table].toLocaleString('en')}</Table.Td>
                  <Table.Td ta="right" c="dimmed">
                    {current ? current[table].toLocaleString('en') : ''}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {summary.trips.length > 0 && (
            <div>
              <Text size="sm" fw={500}>
                Trips in the backup
              </Text>
              <List size="sm" aria-label="Trips in the backup">
                {summary.trips.slice(0, TRIPS_SHOWN).map((trip) => (
                  <List.Item key={trip.id}>
                    {trip.name} ({formatDateRange(trip.startDate, trip.endDate)})
                  </List.Item>
                ))}
              </List>
              {summary.trips.length > TRIPS_SHOWN && (
                <Text size="sm" c="dimmed">
                  and {summary.trips.length - TRIPS_SHOWN} more
                </Text>
              )}
            </div>
          )}
          <Radio.Group value={mode} onChange={(value) => setMode(value as RestoreMode)} label="How to restore">
            <Stack gap="xs" mt="xs">
              <Radio
                value="replace"
                label="Replace all data with the backup"
                description="Everything in the app now is saved as a backup first, then removed; the app then holds exactly what the backup holds."
              />
              <Radio
                value="merge"
                label="Merge the backup into the data"
                description="What the backup holds is put back over the same trips, people and organisations here, including changes made here since; anything only here stays."
              />
            </Stack>
          </Radio.Group>
          <ImportDialogFooter
            problems={[problem ? { title: 'Nothing was restored', message: problem } : null]}
            onCancel={close}
            confirm={{
              label: mode === 'replace' ? 'Replace all data' : 'Merge into the data',
              onConfirm: () => void confirm(),
              loading: restoring,
              color: mode === 'replace' ? 'red' : undefined,
            }}
          />
        </Stack>
      )}
    </Modal>
  );
}
