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
  IconRestore,
  IconTrash,
} from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { parseBackup } from '../../domain/files/backup';
import { backupAge, formatBackupTime, formatFileSize } from '../../domain/files/backup-display';
import type { AutomaticBackupInfo, AutomaticBackupReason } from '../../platform';
import { usePlatform } from '../shared/context';
import { useScreen } from '../shared/use-screen';
import { computerZone } from '../shared/computer-zone';
import { useBackupStatus } from './backup-status';
import { RestorePreviewModal, type RestoreCandidate } from './RestorePreviewModal';
import { TripImportCard } from './TripImportCard';
import { useDataActions } from './use-data-actions';

const REASON_LABELS: Record<AutomaticBackupReason, string> = {
  scheduled: 'Every few hours',
  quit: 'On quitting',
  'before-restore': 'Before a restore or erase',
  manual: 'Backed up now',
};

/** Which control a menu command asked for: `?focus=restore` or `?focus=import-trip`. */
export type BackupsFocus = 'restore' | 'import-trip';

export function BackupsScreen() {
  const headingRef = useScreen('Backups');
  const platform = usePlatform();
  const status = useBackupStatus();
  const actions = useDataActions();
  const [candidate, setCandidate] = useState<RestoreCandidate | null>(null);
  const [fileProblem, setFileProblem] = useState<{ source: string; message: string } | null>(null);
  const [eraseOpen, setEraseOpen] = useState(false);
  const [searchParams, setSearchParams] = useSearchParams();
  const restoreButton = useRef<HTMLButtonElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const resetFile = useRef<() => void>(null);
  const now = new Date().toISOString();

  const focus = searchParams.get('focus');
  useEffect(() => {
    if (focus !== 'restore' && focus !== 'import-trip') return;
    (focus === 'restore' ? restoreButton : importButton).current?.focus();
    setSearchParams({}, { replace: true });
  }, [focus, setSearchParams]);

  const readFile = async (file: File | null) => {
    resetFile.current?.();
    if (!file) return;
    setFileProblem(null);
    const parsed = parseBackup(await file.text());
    if (parsed.ok) setCandidate({ backup: parsed.value, source: file.name });
    else setFileProblem({ source: file.name, message: parsed.error.message });
  };

  const openAutomatic = async (backup: AutomaticBackupInfo) => {
    const automatic = platform.automaticBackups;
    if (!automatic) return;
    setFileProblem(null);
    const source = `The automatic backup of ${formatBackupTime(backup.createdAt, computerZone())}`;
    const read = await automatic.read(backup.id);
    if (read.status !== 'read') {
      setFileProblem({ source, message: read.message });
      return;
    }
    const parsed = parseBackup(read.content);
    if (parsed.ok) setCandidate({ backup: parsed.value, source });
    else setFileProblem({ source, message: parsed.error.message });
  };

  return (
    <Stack gap="lg" maw={900}>
      <Title order={2} ref={headingRef} tabIndex={-1}>
        Backups
      </Title>

      <Card withBorder component="section" aria-labelledby="backup-file-heading">
        <Stack gap="xs">
          <Title order={3} size="h4" id="backup-file-heading">
            Back up to a file
          </Title>
          <Text size="sm">
            One file holds every trip, the directory of organisations and people, and the settings. Keep a copy
            somewhere other than this computer, such as a USB stick or your organisation’s shared drive.
          </Text>
          <Text size="sm" c={status.lastFileBackupAt ? 'dimmed' : 'orange.8'} data-testid="last-backup">
            {status.lastFileBackupAt
              ? `Last backup file: ${backupAge(status.lastFileBackupAt, now)} (${formatBackupTime(status.lastFileBackupAt, computerZone())}).`
              : 'No backup file saved yet.'}
          </Text>
          <Group>
            <Button leftSection={<IconDeviceFloppy size={16} />} onClick={() => void actions.backUpToFile()}>
              Back up to a file…
            </Button>
          </Group>
        </Stack>
      </Card>

      <Card withBorder component="section" aria-labelledby="restore-heading">
        <Stack gap="xs">
          <Title order={3} size="h4" id="restore-heading">
            Restore
          </Title>
          <Text size="sm">
            Choose a backup file to see what it holds. Nothing changes until you confirm, and a restore can be
            undone.
          </Text>
          <Group>
            <FileButton onChange={(file) => void readFile(file)} accept=".json,application/json" resetRef={resetFile}>
              {(props) => (
                <Button {...props} ref={restoreButton} variant="light" leftSection={<IconRestore size={16} />}>
                  Restore from a file…
                </Button>
              )}
            </FileButton>
          </Group>
          {fileProblem && (
            <Alert
              color="red"
              icon={<IconAlertTriangle size={16} />}
              title={`${fileProblem.source} cannot be restored`}
              withCloseButton
              closeButtonLabel="Dismiss"
              onClose={() => setFileProblem(null)}
            >
              {fileProblem.message} Your data has not changed.
            </Alert>
          )}
        </Stack>
      </Card>

      {platform.automaticBackups && (
        <AutomaticBackupsCard
          where={platform.automaticBackups.where}
          backups={status.automatic}
          problem={status.automaticProblem}
          now={now}
          onBackUpNow={() => void actions.backUpNow()}
          onShowFolder={platform.automaticBackups.showFolder}
          onRestore={(backup) => void openAutomatic(backup)}
        />
      )}

      <TripImportCard importButtonRef={importButton} />

      <Card withBorder component="section" aria-labelledby="erase-heading">
        <Stack gap="xs">
          <Title order={3} size="h4" id="erase-heading">
            Erase all data
          </Title>
          <Text size="sm">
            Removes every trip, person and organisation from this computer, for example before handing it on. The
            data is backed up first, and the erase can be undone for a few seconds.
          </Text>
          <Group>
            <Button color="red" variant="light" leftSection={<IconTrash size={16} />} onClick={() => setEraseOpen(true)}>
              Erase all data…
            </Button>
          </Group>
        </Stack>
      </Card>

      <RestorePreviewModal candidate={candidate} onClose={() => setCandidate(null)} onRestore={actions.restore} />
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
  where,
  backups,
  problem,
  now,
  onBackUpNow,
  onShowFolder,
  onRestore,
}: {
  where: string;
  backups: AutomaticBackupInfo[] | null;
  problem: string | null;
  now: string;
  onBackUpNow: () => void;
  onShowFolder: (() => Promise<unknown>) | null;
  onRestore: (backup: AutomaticBackupInfo) => void;
}) {
  return (
    <Card withBorder component="section" aria-labelledby="automatic-heading">
      <Stack gap="xs">
        <Title order={3} size="h4" id="automatic-heading">
          Automatic backups
        </Title>
        <Text size="sm">
          The app backs up every few hours while it is open, before a restore or an erase replaces the data, and
          on the desktop when it quits. It keeps the recent ones, one a day for a week and one a week for two
          months, {where}.
        </Text>
        <Group>
          <Button variant="light" leftSection={<IconHistory size={16} />} onClick={onBackUpNow}>
            Back up now
          </Button>
          {onShowFolder && (
            <Button variant="subtle" leftSection={<IconFolderOpen size={16} />} onClick={() => void onShowFolder()}>
              Show the folder
            </Button>
          )}
        </Group>
        {problem && (
          <Alert color="red" icon={<IconAlertTriangle size={16} />}>
            {problem}
          </Alert>
        )}
        {backups && backups.length === 0 && (
          <Text size="sm" c="dimmed">
            No automatic backups yet. The first is made a minute after the app opens.
          </Text>
        )}
        {backups && backups.length > 0 && (
          <Table aria-label="Automatic backups" striped verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Made</Table.Th>
                <Table.Th>Why</Table.Th>
                <Table.Th ta="right">Size</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {backups.map((backup) => (
                <Table.Tr key={backup.id}>
                  <Table.Td>
                    {formatBackupTime(backup.createdAt, computerZone())}{' '}
                    <Text span size="xs" c="dimmed">
                      ({backupAge(backup.createdAt, now)})
                    </Text>
                  </Table.Td>
                  <Table.Td>{REASON_LABELS[backup.reason]}</Table.Td>
                  <Table.Td ta="right">{formatFileSize(backup.sizeBytes)}</Table.Td>
                  <Table.Td ta="right">
                    <Anchor
                      component="button"
                      size="sm"
                      onClick={() => onRestore(backup)}
                      aria-label={`Restore the backup of ${formatBackupTime(backup.createdAt, computerZone())}`}
                    >
                      Restore…
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

const ERASE_WORD = 'ERASE';

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
  onErase: () => Promise<{ ok: true; value: void } | { ok: false; error: string }>;
}) {
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [erasing, setErasing] = useState(false);
  const close = () => {
    setTyped('');
    setProblem(null);
    onClose();
  };
  const confirm = async () => {
    if (typed.trim() !== ERASE_WORD) return;
    setErasing(true);
    const result = await onErase();
    setErasing(false);
    if (result.ok) close();
    else setProblem(result.error);
  };
  return (
    <Modal opened={opened} onClose={close} title="Erase all data?">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            Every trip, person, organisation and setting will be removed from the app. The data is backed up first,
            so the erase can be undone.
          </Text>
          {copiesKept && (
            <Alert color="orange" icon={<IconAlertTriangle size={16} />} title="Handing the computer on?">
              {copiesKept === 'folder'
                ? 'Copies of the data stay in the automatic backups. Delete them too: use “Show the folder” on this screen and delete the files in it.'
                : 'Copies of the data stay in the automatic backups in this browser. Delete them too: clear this site’s data in the browser’s settings.'}
            </Alert>
          )}
          <TextInput
            label={`Type ${ERASE_WORD} to confirm`}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            autoComplete="off"
            data-autofocus
          />
          {problem && (
            <Alert color="red" icon={<IconAlertTriangle size={16} />} title="Nothing was erased">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={erasing} disabled={typed.trim() !== ERASE_WORD}>
              Erase all data
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
