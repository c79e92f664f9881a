/**
 * What a backup holds, before anything is restored from it, and the choice of how: replace everything (the
 * current data is kept as a backup first) or merge (records with the same id are replaced, others stay).
 *
 * The dialog opens as soon as a file is chosen and shows the reading's stages (reading, checking its times) with
 * Cancel, which is safe then as nothing has been written; then the preview; then the restore's stages (keeping
 * the data as it is, writing the records), when it can no longer be cancelled.
 */
import { Button, Group, List, Modal, Radio, Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { summarizeBackup, type Backup, type BackupSummary, type ReadingStage } from '../../domain/files/backup';
import type { RestoreCounts } from '../../storage/backup-repository';
import { PREVIEW_TABLES } from '../../domain/files/backup-display';
import type { Message } from '../../domain/shared/message';
import type { Result } from '../../domain/shared/result';
import { ImportDialogFooter } from '../shared/components/ImportDialogFooter';
import { useRepositories } from '../shared/context';
import { computerZone } from '../shared/computer-zone';
import { useLocale } from '../shared/locale';
import type { RestoreMode, RestoreStage } from '../../usecases/restore';
import { StageProgress } from './StageProgress';

const TRIPS_SHOWN = 8;

export interface RestoreCandidate {
  backup: Backup;
  /** Where it comes from, such as the file's name. */
  source: string;
}

/** A backup file being read: where from, and how far the reading has got. */
export interface BackupReading {
  source: string;
  stage: ReadingStage;
}

export function RestorePreviewModal({
  candidate,
  reading,
  onCancelReading,
  onClose,
  onRestore,
}: {
  candidate: RestoreCandidate | null;
  reading: BackupReading | null;
  onCancelReading: () => void;
  onClose: () => void;
  onRestore: (backup: Backup, mode: RestoreMode, onProgress: (stage: RestoreStage) => void) => Promise<Result<void, Message | string>>;
}) {
  const { t } = useTranslation(['backups', 'common']);
  const locale = useLocale();
  const repositories = useRepositories();
  const current = useLiveQuery(() => (candidate ? repositories.backups.countAll() : undefined), [candidate, repositories]);
  const [mode, setMode] = useState<RestoreMode>('replace');
  const [problem, setProblem] = useState<Message | string | null>(null);
  const [restoring, setRestoring] = useState(false);
  const [stage, setStage] = useState<RestoreStage | null>(null);
  const summary = useMemo(() => (candidate ? summarizeBackup(candidate.backup) : null), [candidate]);

  const close = () => {
    setProblem(null);
    setMode('replace');
    onClose();
  };

  const confirm = async () => {
    if (!candidate) return;
    setRestoring(true);
    setProblem(null);
    const result = await onRestore(candidate.backup, mode, setStage);
    setRestoring(false);
    setStage(null);
    if (result.ok) close();
    else setProblem(result.error);
  };

  return (
    <Modal
      opened={candidate !== null || reading !== null}
      onClose={candidate ? (restoring ? () => undefined : close) : onCancelReading}
      withCloseButton={!restoring}
      closeOnEscape={!restoring}
      closeOnClickOutside={!restoring}
      title={t('preview.title')}
      size="lg"
    >
      {!candidate && reading && (
        <Stack gap="md">
          <ReadingProgress reading={reading} />
          <Text size="sm" c="dimmed">
            {t('progress.cancelHint')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancelReading}>
              {t('common:action.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
      {candidate && summary && (
        <Stack gap="md">
          <BackupContents source={candidate.source} summary={summary} current={current} />
          <Radio.Group value={mode} onChange={(value) => setMode(value as RestoreMode)} label={t('preview.how')}>
            <Stack gap="xs" mt="xs">
              <Radio
                value="replace"
                disabled={restoring}
                label={t('preview.replace')}
                description={t('preview.replaceDescription')}
              />
              <Radio
                value="merge"
                disabled={restoring}
                label={t('preview.merge')}
                description={t('preview.mergeDescription')}
              />
            </Stack>
          </Radio.Group>
          {restoring ? (
            <RestoreProgress stage={stage} />
          ) : (
            <ImportDialogFooter
              problems={[problem ? { title: t('preview.nothingRestored'), message: locale.word(problem) } : null]}
              onCancel={close}
              confirm={{
                label: mode === 'replace' ? t('preview.confirmReplace') : t('preview.confirmMerge'),
                onConfirm: () => void confirm(),
                loading: restoring,
                color: mode === 'replace' ? 'red' : undefined,
              }}
            />
          )}
        </Stack>
      )}
    </Modal>
  );
}

function ReadingProgress({ reading }: { reading: BackupReading }) {
  const { t } = useTranslation('backups');
  const { stage } = reading;
  return stage.stage === 'reading' ? (
    <StageProgress words={t('progress.reading', { source: reading.source })} fraction={null} label={t('progress.label')} />
  ) : (
    <StageProgress
      words={t('progress.checking', { times: stage.times, records: stage.records })}
      fraction={stage.records === 0 ? 1 : stage.checked / stage.records}
      label={t('progress.label')}
    />
  );
}

function RestoreProgress({ stage }: { stage: RestoreStage | null }) {
  const { t } = useTranslation('backups');
  if (!stage || stage.stage === 'keeping') return <StageProgress words={t('progress.keeping')} fraction={null} label={t('progress.label')} />;
  return (
    <StageProgress
      words={t('progress.writing', { records: stage.records })}
      fraction={stage.records === 0 ? 1 : stage.written / stage.records}
      detail={t('progress.written', { written: stage.written, records: stage.records })}
      label={t('progress.label')}
    />
  );
}

/**
 * What the backup holds beside what the app holds now. Drawn again only when those change, not at each step of
 * the progress shown under it.
 */
const BackupContents = memo(function BackupContents({
  source,
  summary,
  current,
}: {
  source: string;
  summary: BackupSummary;
  current: RestoreCounts | undefined;
}) {
  const { t } = useTranslation('backups');
  const locale = useLocale();
  return (
    <>
      <Text size="sm">
        <Trans
          t={t}
          i18nKey="preview.madeBy"
          values={{
            source,
            app: summary.app.name,
            version: summary.app.version,
            time: locale.instant(summary.createdAt, computerZone()),
          }}
          components={[<strong key="source" />]}
        />
      </Text>
      <Table aria-label={t('preview.tableLabel')} withTableBorder verticalSpacing={4} maw={480}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('preview.records')}</Table.Th>
            <Table.Th ta="right">{t('preview.inBackup')}</Table.Th>
            <Table.Th ta="right">{t('preview.inAppNow')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {PREVIEW_TABLES.map((table) => (
            <Table.Tr key={table}>
              <Table.Th scope="row" fw={400}>
                {t(`table.${table}`)}
              </Table.Th>
              <Table.Td ta="right">{locale.number(summary.counts[table])}</Table.Td>
              <Table.Td ta="right" c="dimmed">
                {current ? locale.number(current[table]) : ''}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {summary.trips.length > 0 && (
        <div>
          <Text size="sm" fw={500}>
            {t('preview.trips')}
          </Text>
          <List size="sm" aria-label={t('preview.trips')}>
            {summary.trips.slice(0, TRIPS_SHOWN).map((trip) => (
              <List.Item key={trip.id}>{t('preview.trip', { name: trip.name, dates: locale.dateRange(trip.startDate, trip.endDate) })}</List.Item>
            ))}
          </List>
          {summary.trips.length > TRIPS_SHOWN && (
            <Text size="sm" c="dimmed">
              {t('preview.andMore', { count: summary.trips.length - TRIPS_SHOWN })}
            </Text>
          )}
        </div>
      )}
    </>
  );
});
