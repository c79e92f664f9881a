/**
 * Backups and the data as a whole: save a backup file, restore one (after a preview), the automatic backups
 * and restoring from them, moving one trip to another computer, and erasing everything.
 */
import { Alert, Anchor, Button, Card, FileButton, Group, Modal, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import {
  IconAlertTriangle,
  IconDeviceFloppy,
  IconFolderOpen,
  IconHistory,
  IconLock,
  IconRestore,
  IconTrash,
} from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { backupAge, formatFileSize } from '../../domain/files/backup-display';
import type { AutomaticBackupInfo } from '../../platform';
import type { Message } from '../../domain/shared/message';
import { usePlatform, useRepositories } from '../shared/context';
import { RemoveCalendarsChoice } from '../shared/calendar-removal';
import { tripsCalendarsOnServer, type TripCalendars } from '../../usecases/calendar-removal';
import { useLocale } from '../shared/locale';
import { useScreen } from '../shared/use-screen';
import { computerZone } from '../shared/computer-zone';
import { useBackupStatus } from './backup-status';
import { RestorePreviewModal, type BackupReading, type RestoreCandidate } from './RestorePreviewModal';
import { backupWorker } from './backup-worker';
import { StageProgress } from './StageProgress';
import type { BackUpStage } from '../../usecases/back-up';
import { TripImportCard } from './TripImportCard';
import { useDataActions } from './use-data-actions';

/** Which control a menu command asked for: `?focus=restore` or `?focus=import-trip`. */
export type BackupsFocus = 'restore' | 'import-trip';

export function BackupsScreen() {
  const { t } = useTranslation('backups');
  const locale = useLocale();
  const headingRef = useScreen(t('title'));
  const platform = usePlatform();
  const status = useBackupStatus();
  const actions = useDataActions();
  const [candidate, setCandidate] = useState<RestoreCandidate | null>(null);
  const [reading, setReading] = useState<BackupReading | null>(null);
  const cancelReading = useRef<AbortController>(null);
  const [backingUp, setBackingUp] = useState<BackUpStage | null>(null);
  const [fileProblem, setFileProblem] = useState<{ source: string; message: Message | string } | null>(null);
  const [eraseOpen, setEraseOpen] = useState(false);
  const [searchParams, setSearchParams] = useSearchParams();
  const restoreButton = useRef<HTMLButtonElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const resetFile = useRef<() => void>(null);
  const now = new Date().toISOString();

  // Whoever opens this screen is likely to read or make a backup: the worker loads meanwhile.
  useEffect(() => backupWorker.warm(), []);

  const focus = searchParams.get('focus');
  useEffect(() => {
    if (focus !== 'restore' && focus !== 'import-trip') return;
    (focus === 'restore' ? restoreButton : importButton).current?.focus();
    setSearchParams({}, { replace: true });
  }, [focus, setSearchParams]);

  /** Reads and checks a backup in the worker, the dialog showing the stages, then its preview or why it cannot be restored. */
  const readBackup = async (source: string, content: Blob | string) => {
    cancelReading.current?.abort();
    const controller = new AbortController();
    cancelReading.current = controller;
    setFileProblem(null);
    setReading({ source, stage: { stage: 'reading' } });
    // The worker's progress comes by its own channel and may arrive after the answer: none is shown once it is in.
    let answered = false;
    const parsed = await backupWorker.readBackup(content, {
      onProgress: (stage) => {
        if (!answered && !controller.signal.aborted) setReading({ source, stage });
      },
      signal: controller.signal,
    });
    answered = true;
    if (controller.signal.aborted) return;
    cancelReading.current = null;
    setReading(null);
    if (parsed.ok) setCandidate({ backup: parsed.value, source });
    else if (parsed.error !== 'cancelled') setFileProblem({ source, message: parsed.error.message });
  };

  const stopReading = () => {
    cancelReading.current?.abort();
    cancelReading.current = null;
    setReading(null);
  };

  const readFile = async (file: File | null) => {
    resetFile.current?.();
    if (!file) return;
    await readBackup(file.name, file);
  };

  const openAutomatic = async (backup: AutomaticBackupInfo) => {
    const automatic = platform.automaticBackups;
    if (!automatic) return;
    setFileProblem(null);
    const source = t('restore.automaticSource', { time: locale.instant(backup.createdAt, computerZone()) });
    const read = await automatic.read(backup.id);
    if (read.status !== 'read') {
      setFileProblem({ source, message: read.message });
      return;
    }
    await readBackup(source, read.content);
  };

  const backUpNow = async () => {
    setBackingUp({ stage: 'reading', tablesRead: 0, tables: 0 });
    // As for reading: progress that arrives after the backup is made is not shown.
    let finished = false;
    try {
      await actions.backUpNow((stage) => {
        if (!finished) setBackingUp(stage);
      });
    } finally {
      finished = true;
      setBackingUp(null);
    }
  };

  return (
    <Stack gap="lg" maw={900}>
      <Title order={2} ref={headingRef} tabIndex={-1}>
        {t('title')}
      </Title>

      <Card withBorder component="section" aria-labelledby="backup-file-heading">
        <Stack gap="xs">
          <Title order={3} size="h4" id="backup-file-heading">
            {t('toFile.heading')}
          </Title>
          <Text size="sm">{t('toFile.intro')}</Text>
          <Alert color="yellow" icon={<IconLock size={16} />} p="xs">
            {t('toFile.sensitive')}
          </Alert>
          <Text size="sm" c={status.lastFileBackupAt ? 'dimmed' : 'orange.8'} data-testid="last-backup">
            {status.lastFileBackupAt
              ? t('toFile.last', {
                  age: locale.word(backupAge(status.lastFileBackupAt, now, locale.language)),
                  time: locale.instant(status.lastFileBackupAt, computerZone()),
                })
              : t('toFile.none')}
          </Text>
          <Group>
            <Button leftSection={<IconDeviceFloppy size={16} />} onClick={() => void actions.backUpToFile()}>
              {t('toFile.button')}
            </Button>
          </Group>
        </Stack>
      </Card>

      <Card withBorder component="section" aria-labelledby="restore-heading">
        <Stack gap="xs">
          <Title order={3} size="h4" id="restore-heading">
            {t('restore.heading')}
          </Title>
          <Text size="sm">{t('restore.intro')}</Text>
          <Group>
            <FileButton onChange={(file) => void readFile(file)} accept=".json,application/json" resetRef={resetFile}>
              {(props) => (
                <Button {...props} ref={restoreButton} variant="light" leftSection={<IconRestore size={16} />}>
                  {t('restore.button')}
                </Button>
              )}
            </FileButton>
          </Group>
          {fileProblem && (
            <Alert
              color="red"
              icon={<IconAlertTriangle size={16} />}
              title={t('restore.cannot', { source: fileProblem.source })}
              withCloseButton
              closeButtonLabel={t('restore.dismiss')}
              onClose={() => setFileProblem(null)}
            >
              {t('restore.unchanged', { problem: locale.word(fileProblem.message) })}
            </Alert>
          )}
        </Stack>
      </Card>

      {platform.automaticBackups && (
        <AutomaticBackupsCard
          backups={status.automatic}
          problem={status.automaticProblem}
          now={now}
          onBackUpNow={() => void backUpNow()}
          progress={backingUp}
          onShowFolder={platform.automaticBackups.showFolder}
          onRestore={(backup) => void openAutomatic(backup)}
        />
      )}

      <TripImportCard importButtonRef={importButton} />

      <Card withBorder component="section" aria-labelledby="erase-heading">
        <Stack gap="xs">
          <Title order={3} size="h4" id="erase-heading">
            {t('erase.heading')}
          </Title>
          <Text size="sm">{t('erase.intro')}</Text>
          <Group>
            <Button color="red" variant="light" leftSection={<IconTrash size={16} />} onClick={() => setEraseOpen(true)}>
              {t('erase.button')}
            </Button>
          </Group>
        </Stack>
      </Card>

      <RestorePreviewModal
        candidate={candidate}
        reading={reading}
        onCancelReading={stopReading}
        onClose={() => setCandidate(null)}
        onRestore={actions.restore}
      />
      <EraseModal
        opened={eraseOpen}
        onClose={() => setEraseOpen(false)}
        onErase={actions.eraseAll}
        copiesKept={platform.automaticBackups === null ? null : platform.automaticBackups.showFolder ? 'folder' : 'browser'}
      />
    </Stack>
  );
}

function AutomaticBackupsCard({
  backups,
  problem,
  now,
  onBackUpNow,
  onShowFolder,
  onRestore,
  progress,
}: {
  backups: AutomaticBackupInfo[] | null;
  problem: string | null;
  now: string;
  onBackUpNow: () => void;
  /** How far the backup asked for has got; null when none is being made. */
  progress: BackUpStage | null;
  onShowFolder: (() => Promise<unknown>) | null;
  onRestore: (backup: AutomaticBackupInfo) => void;
}) {
  const { t } = useTranslation('backups');
  const locale = useLocale();
  const timeOf = (backup: AutomaticBackupInfo) => locale.instant(backup.createdAt, computerZone());
  return (
    <Card withBorder component="section" aria-labelledby="automatic-heading">
      <Stack gap="xs">
        <Title order={3} size="h4" id="automatic-heading">
          {t('automatic.heading')}
        </Title>
        {/* The desktop keeps them in a folder it can show; the browser in its storage for the site. */}
        <Text size="sm">{onShowFolder ? t('automatic.introFolder', { folder: 'Backups' }) : t('automatic.introBrowser')}</Text>
        <Group>
          <Button variant="light" leftSection={<IconHistory size={16} />} onClick={onBackUpNow} loading={progress !== null}>
            {t('automatic.backUpNow')}
          </Button>
          {onShowFolder && (
            <Button variant="subtle" leftSection={<IconFolderOpen size={16} />} onClick={() => void onShowFolder()}>
              {t('automatic.showFolder')}
            </Button>
          )}
        </Group>
        {progress && (
          <StageProgress
            words={progress.stage === 'saving' ? t('automatic.saving') : t('automatic.readingTables', { read: progress.tablesRead, tables: progress.tables })}
            fraction={progress.stage === 'saving' ? null : progress.tables === 0 ? 0 : progress.tablesRead / progress.tables}
            label={t('automatic.progressLabel')}
          />
        )}
        {problem && (
          <Alert color="red" icon={<IconAlertTriangle size={16} />}>
            {problem}
          </Alert>
        )}
        {backups && backups.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('automatic.none')}
          </Text>
        )}
        {backups && backups.length > 0 && (
          <Table aria-label={t('automatic.tableLabel')} striped verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('automatic.made')}</Table.Th>
                <Table.Th>{t('automatic.why')}</Table.Th>
                <Table.Th ta="right">{t('automatic.size')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('automatic.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {backups.map((backup) => (
                <Table.Tr key={backup.id}>
                  <Table.Td>
                    {timeOf(backup)}{' '}
                    <Text span size="xs" c="dimmed">
                      ({locale.word(backupAge(backup.createdAt, now, locale.language))})
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`automatic.reason.${backup.reason}`)}</Table.Td>
                  <Table.Td ta="right">{formatFileSize(backup.sizeBytes, locale.language)}</Table.Td>
                  <Table.Td ta="right">
                    <Anchor
                      component="button"
                      size="sm"
                      onClick={() => onRestore(backup)}
                      aria-label={t('automatic.restoreLabel', { time: timeOf(backup) })}
                    >
                      {t('automatic.restore')}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}

function EraseModal({
  opened,
  onClose,
  onErase,
  copiesKept,
}: {
  opened: boolean;
  onClose: () => void;
  /** Where the copy made before erasing stays: the desktop's backups folder, the browser's storage, or nowhere. */
  copiesKept: 'folder' | 'browser' | null;
  onErase: (calendars: readonly TripCalendars[]) => Promise<{ ok: true; value: void } | { ok: false; error: Message | string }>;
}) {
  const { t } = useTranslation(['backups', 'common']);
  const repositories = useRepositories();
  // The published calendars that would stay on the server, orphaned, once the records naming them are erased.
  const [calendars, setCalendars] = useState<TripCalendars[]>([]);
  const [removeCalendars, setRemoveCalendars] = useState(true);
  useEffect(() => {
    if (!opened) return;
    let current = true;
    void tripsCalendarsOnServer(repositories).then((found) => {
      if (current) setCalendars(found);
    });
    return () => {
      current = false;
    };
  }, [opened, repositories]);
  const calendarCount = calendars.reduce((count, trip) => count + trip.calendars.length, 0);
  // The word typed to confirm is the reader's: a person reading Chinese types 清除.
  const eraseWord = t('erase.word');
  const locale = useLocale();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<Message | string | null>(null);
  const [erasing, setErasing] = useState(false);
  const close = () => {
    setTyped('');
    setProblem(null);
    setRemoveCalendars(true);
    onClose();
  };
  const confirm = async () => {
    if (typed.trim() !== eraseWord) return;
    setErasing(true);
    const result = await onErase(removeCalendars ? calendars : []);
    setErasing(false);
    if (result.ok) close();
    else setProblem(result.error);
  };
  return (
    <Modal opened={opened} onClose={close} title={t('erase.dialogTitle')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('erase.dialogIntro')}</Text>
          {copiesKept && (
            <Alert color="orange" icon={<IconAlertTriangle size={16} />} title={t('erase.handingOn')}>
              {copiesKept === 'folder' ? t('erase.copiesInFolder') : t('erase.copiesInBrowser')}
            </Alert>
          )}
          {calendarCount > 0 && (
            <RemoveCalendarsChoice
              calendars={calendars.flatMap((trip) => trip.calendars)}
              label={
                calendars.length === 1
                  ? t('erase.removeTripCalendars', { count: calendarCount, name: calendars[0]!.tripName })
                  : t('erase.removeCalendars', { count: calendarCount, trips: calendars.length })
              }
              onChange={setRemoveCalendars}
            />
          )}
          <TextInput
            label={t('erase.typeToConfirm', { word: eraseWord })}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            autoComplete="off"
            data-autofocus
          />
          {problem && (
            <Alert color="red" icon={<IconAlertTriangle size={16} />} title={t('erase.nothingErased')}>
              {locale.word(problem)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" color="red" loading={erasing} disabled={typed.trim() !== eraseWord}>
              {t('erase.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
